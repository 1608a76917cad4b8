/**
 * A view's network and all its metrics, packed as transferable arrays. Pure: the analysis
 * worker calls it, and so do the CLI and the tests.
 */
import { compileGraph } from './graph/compile.ts';
import { groupsFromValues, type Groups } from './metrics/groups.ts';
import { nodeMetricArrays, type NodeMetrics } from './metrics/registry.ts';
import type { PoolFactory } from './metrics/parallel.ts';
import { computeSuite, type NetworkResults, type SuiteResult } from './metrics/suite.ts';
import type { GroupStats } from './metrics/suite-groups.ts';
import { formatValue } from './import/attributes.ts';
import type { Dataset } from './model/types.ts';
import { buildGraph, type BuildStats } from './view/build.ts';
import type { NetworkView } from './view/view.ts';

/** The network of a view, as the map and the table need it, aligned with `ids`. */
export interface AnalysisResult {
  ids: string[];
  directed: boolean;
  /** Edges as parallel arrays of node indices. */
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  edgeWeight: Float64Array;
  /** Merged strength per edge; NaN where no strength was given. */
  edgeStrength: Float64Array;
  edgeTypes: string[][];
  edgeReciprocated: Uint8Array;
  metrics: NodeMetrics;
  network: NetworkResults;
  /** Figures per group of the view's boundary; null without a boundary. */
  groups: GroupStats[] | null;
  stats: BuildStats;
}

export interface AnalyseOptions {
  onProgress?: (fraction: number, step: string) => void;
  pool?: PoolFactory;
}

/** The boundary attribute as groups aligned with the compiled order; null without one. */
export function boundaryGroups(dataset: Dataset, ids: string[], boundary: string | null): Groups | null {
  if (boundary === null || !dataset.attributes.some((a) => a.key === boundary)) return null;
  const byId = new Map(dataset.actors.map((a) => [a.id, a]));
  return groupsFromValues(ids.map((id) => {
    const v = byId.get(id)?.attributes[boundary] ?? null;
    return v === null ? null : formatValue(v);
  }));
}

/** The suite on a view's network: for the CLI, which wants the full results. */
export async function analyseSuite(dataset: Dataset, view: NetworkView, opts: AnalyseOptions = {}) {
  const { graph, stats } = buildGraph(dataset, view);
  const compiled = compileGraph(graph);
  const suite: SuiteResult = await computeSuite(compiled, {
    groups: boundaryGroups(dataset, compiled.ids, view.boundary),
    betweenness: view.betweenness,
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    ...(opts.pool ? { pool: opts.pool } : {}),
  });
  return { graph, compiled, stats, suite };
}

export type AnalysedSuite = Awaited<ReturnType<typeof analyseSuite>>;
/** An analysis without its graphology graph: all that the health figures read. */
export type AnalysedFigures = Omit<AnalysedSuite, 'graph'>;

/**
 * What the analysis worker keeps of an analysed view between requests: the figures and the
 * ties packed as arrays. The graphology graph goes once packed: at 200,000 ties it was the
 * largest thing the worker held after the dataset.
 */
export interface KeptAnalysis extends AnalysedFigures {
  packed: AnalysisResult;
}

export function keepAnalysis(a: AnalysedSuite): KeptAnalysis {
  return { compiled: a.compiled, stats: a.stats, suite: a.suite, packed: packResult(a) };
}

export async function analyseView(dataset: Dataset, view: NetworkView, opts: AnalyseOptions = {}): Promise<AnalysisResult> {
  const onProgress = opts.onProgress ?? (() => {});
  onProgress(0, 'Building the network');
  const analysed = await analyseSuite(dataset, view, { ...opts, onProgress: (f, step) => onProgress(0.05 + 0.95 * f, step) });
  onProgress(1, 'Done');
  return packResult(analysed);
}

/** The analysed network as arrays for the map and the table (transferable from a worker). */
export function packResult({ graph, compiled, stats, suite }: AnalysedSuite): AnalysisResult {
  const m = graph.size;
  const edgeSource = new Int32Array(m);
  const edgeTarget = new Int32Array(m);
  const edgeWeight = new Float64Array(m);
  const edgeStrength = new Float64Array(m);
  const edgeReciprocated = new Uint8Array(m);
  const edgeTypes: string[][] = [];
  let i = 0;
  graph.forEachEdge((_key, a, s, t) => {
    edgeSource[i] = compiled.index.get(s) ?? -1;
    edgeTarget[i] = compiled.index.get(t) ?? -1;
    edgeWeight[i] = a.weight;
    edgeStrength[i] = a.strength ?? NaN;
    edgeReciprocated[i] = a.reciprocated ? 1 : 0;
    edgeTypes.push(a.types);
    i++;
  });
  return {
    ids: compiled.ids, directed: compiled.directed, edgeSource, edgeTarget, edgeWeight, edgeStrength,
    edgeTypes, edgeReciprocated, metrics: nodeMetricArrays(suite.nodes, compiled.n), network: suite.network,
    groups: suite.groups, stats,
  };
}
