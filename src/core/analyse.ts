/**
 * A view's network and metrics, packed as transferable arrays. Pure: the analysis worker
 * calls it, and so do the CLI and the tests.
 */
import { compileGraph } from './graph/compile.ts';
import { computeNodeMetrics, type NodeMetrics } from './metrics/registry.ts';
import { networkSummary, type NetworkSummary } from './metrics/summary.ts';
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
  summary: NetworkSummary;
  stats: BuildStats;
}

export function analyseView(
  dataset: Dataset,
  view: NetworkView,
  onProgress: (fraction: number, step: string) => void = () => {},
): AnalysisResult {
  onProgress(0, 'Building the network');
  const { graph, stats } = buildGraph(dataset, view);
  const compiled = compileGraph(graph);
  const metrics = computeNodeMetrics(compiled, {
    onProgress: (f, step) => onProgress(0.05 + 0.95 * f, step),
  });
  const summary = networkSummary(compiled, metrics);
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
  onProgress(1, 'Done');
  return {
    ids: compiled.ids, directed: compiled.directed, edgeSource, edgeTarget, edgeWeight, edgeStrength,
    edgeTypes, edgeReciprocated, metrics, summary, stats,
  };
}
