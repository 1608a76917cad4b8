/**
 * Every metric of a view's network, in one call: node, tie and network figures, and group
 * figures when a boundary (sector, organisation, ...) is chosen. The app's analysis worker
 * and the CLI both call this, so the screen and a script always agree.
 *
 * "Not applicable" is NaN in a node array (an isolate's constraint, say) and null for a
 * whole figure (eigenvector centrality that does not converge, group figures without a
 * group); never 0. Exact betweenness can be handed to a parallel runner (workers).
 */
import type { CompiledGraph } from '../graph/compile.ts';
import { attributeAssortativity } from './assortativity.ts';
import { betweennessScale } from './betweenness.ts';
import { brokerage, type Brokerage } from './brokerage.ts';
import { betweennessCentralisation, degreeCentralisation } from './centralisation.ts';
import { averageClustering, localClustering, transitivity } from './clustering.ts';
import { components } from './components.ts';
import { constraint } from './constraint.ts';
import { coreNumber } from './core-number.ts';
import { crossesBoundary, mixingMatrix } from './crossing.ts';
import { cutPoints } from './cut-points.ts';
import { degrees } from './degree.ts';
import { edgeBetweenness } from './edge-betweenness.ts';
import { effectiveSize, efficiency } from './effective-size.ts';
import { eiEgo, eiGroup, eiNetwork } from './ei-index.ts';
import { eigenvector } from './eigenvector.ts';
import type { Groups } from './groups.ts';
import { louvain } from './louvain.ts';
import { modularity } from './modularity.ts';
import { inlinePool, type MetricPool, type PoolFactory } from './parallel.ts';
import { pagerank } from './pagerank.ts';
import { twoStepReach } from './reach.ts';
import { reciprocity } from './reciprocity.ts';
import { sampledBetweenness } from './sampled-betweenness.ts';
import { sampledDistances } from './sampled-distances.ts';
import { strongComponents } from './strong-components.ts';
import { groupStats, type GroupStats } from './suite-groups.ts';

/**
 * Exact betweenness, or an estimate from a sample of people; `weighted` takes shortest routes
 * by tie length 1 / strength instead of by steps.
 */
export type BetweennessMode =
  | { kind: 'exact'; weighted?: boolean }
  | { kind: 'sampled'; samples: number; seed: number; weighted?: boolean };


export interface SuiteOptions {
  groups?: Groups | null;
  betweenness?: BetweennessMode;
  /** Shortest routes by tie strength (length 1 / strength) for betweenness; default false. */
  weightedBetweenness?: boolean;
  /** Seed of community detection, so results repeat. Default 1. */
  communitySeed?: number;
  /** Also compute tie betweenness (a second all-pairs pass). Default false. */
  tieBetweenness?: boolean;
  /** Where the all-pairs work runs (workers, or here); default here. */
  pool?: PoolFactory;
  onProgress?: (fraction: number, step: string) => void;
}

export interface NodeResults {
  degree: Float64Array; inDegree: Float64Array; outDegree: Float64Array; weightedDegree: Float64Array;
  betweenness: Float64Array; betweennessRaw: Float64Array;
  /** Per person standard error when betweenness was estimated from a sample; null when exact. */
  betweennessError: Float64Array | null;
  closeness: Float64Array; harmonic: Float64Array;
  eigenvector: Float64Array | null; pagerank: Float64Array;
  clustering: Float64Array; constraint: Float64Array; effectiveSize: Float64Array; efficiency: Float64Array;
  coreNumber: Float64Array; articulationPoint: Float64Array; cutOff: Float64Array; reach2: Float64Array;
  community: Float64Array; component: Float64Array; strongComponent: Float64Array;
  eiIndex: Float64Array | null; brokerage: Brokerage | null;
}

export interface NetworkResults {
  nodes: number; edges: number; directed: boolean; density: number;
  reciprocity: number | null; transitivity: number; averageClustering: number;
  weakComponents: number; strongComponents: number; largestComponentShare: number; isolates: number;
  diameter: number | null; averagePathLength: number | null; globalEfficiency: number;
  degreeCentralization: number | null; betweennessCentralization: number | null;
  communities: number; communityModularity: number | null;
  eiIndex: number | null; groupModularity: number | null; assortativity: number | null;
  /**
   * How betweenness, closeness and distances were computed: 'exact' or 'sampled from k of n
   * people (seed s)'. When sampled, the diameter is the longest distance seen: a lower bound.
   */
  betweennessMethod: string;
}

export interface TieResults {
  /** Per out-list position of the compiled graph: 1 crosses the boundary, 0 not, -1 unknown. */
  crossesBoundary: Int8Array | null;
  betweenness: Float64Array | null;
  /** Ties whose loss would split a group of connected people: [i, j], i < j. */
  bridges: Array<[number, number]>;
}

export interface SuiteResult {
  nodes: NodeResults;
  network: NetworkResults;
  ties: TieResults;
  groups: GroupStats[] | null;
}

export async function computeSuite(g: CompiledGraph, opts: SuiteOptions = {}): Promise<SuiteResult> {
  const pool = (opts.pool ?? inlinePool)(g);
  try {
    return await suiteOn(g, pool, opts);
  } finally {
    pool.close();
  }
}

async function suiteOn(g: CompiledGraph, pool: MetricPool, opts: SuiteOptions): Promise<SuiteResult> {
  const report = opts.onProgress ?? (() => {});
  const phase = (start: number, end: number, step: string) => (done: number, total: number) =>
    report(start + (end - start) * (total > 0 ? done / total : 1), step);
  const groups = opts.groups ?? null;
  const weighted = opts.betweenness?.weighted ?? opts.weightedBetweenness ?? false;
  const mode = opts.betweenness ?? { kind: 'exact' };

  report(0, 'Counting ties');
  const d = degrees(g);
  const weak = components(g);
  const strong = strongComponents(g);
  const cuts = cutPoints(g);

  let raw: Float64Array;
  let betweennessError: Float64Array | null = null;
  let method = 'exact';
  let close: Float64Array;
  let harm: Float64Array;
  let paths: { diameter: number | null; averagePathLength: number | null; globalEfficiency: number };
  if (mode.kind === 'sampled' && mode.samples < g.n) {
    // Large networks: betweenness, closeness and distances all estimated from the same people.
    const s = sampledBetweenness(g, {
      samples: mode.samples, seed: mode.seed, weighted, normalized: false, onProgress: phase(0.02, 0.6, 'Estimating betweenness'),
    });
    raw = s.values;
    betweennessError = s.standardError;
    method = `sampled from ${s.samples} of ${g.n} people (seed ${mode.seed})${weighted ? ', routes by tie strength' : ''}`;
    report(0.6, 'Estimating closeness');
    const d = sampledDistances(g, s.sources);
    close = d.closeness;
    harm = d.harmonic;
    paths = { diameter: d.diameterAtLeast, averagePathLength: d.averagePathLength, globalEfficiency: d.globalEfficiency };
  } else {
    const sums = await pool.betweenness(weighted, phase(0.02, 0.5, 'Measuring betweenness'));
    raw = sums.map((v) => v * betweennessScale(g, false));
    ({ closeness: close, harmonic: harm } = await pool.closeness(phase(0.5, 0.68, 'Measuring closeness')));
    paths = await pool.paths(phase(0.68, 0.86, 'Measuring distances'));
  }
  if (weighted && method === 'exact') method = 'exact, routes by tie strength';
  const norm = betweennessScale(g, true) / betweennessScale(g, false);
  const betweenness = raw.map((v) => v * norm);
  if (betweennessError) {
    const e = betweennessError;
    betweennessError = e.map((v) => v * norm);
  }

  report(0.86, 'Finding communities');
  const comm = louvain(g, { seed: opts.communitySeed ?? 1 });
  report(0.9, 'Measuring brokerage');
  const clustering = localClustering(g);
  const eig = eigenvector(g);
  const ties: TieResults = {
    crossesBoundary: groups ? crossesBoundary(g, groups) : null,
    betweenness: opts.tieBetweenness ? edgeBetweenness(g, { onProgress: phase(0.9, 0.98, 'Measuring tie betweenness') }) : null,
    bridges: cuts.bridges,
  };
  const nodes: NodeResults = {
    degree: d.degree, inDegree: d.inDegree, outDegree: d.outDegree, weightedDegree: d.strength,
    betweenness, betweennessRaw: raw, betweennessError,
    closeness: close, harmonic: harm,
    eigenvector: eig.values, pagerank: pagerank(g),
    clustering, constraint: constraint(g), effectiveSize: effectiveSize(g), efficiency: efficiency(g),
    coreNumber: coreNumber(g), articulationPoint: Float64Array.from(cuts.articulation), cutOff: cuts.cutOff,
    reach2: twoStepReach(g),
    community: Float64Array.from(comm.community), component: Float64Array.from(weak.component),
    strongComponent: Float64Array.from(strong.component),
    eiIndex: groups ? eiEgo(g, groups) : null, brokerage: groups ? brokerage(g, groups) : null,
  };
  let isolates = 0;
  for (let v = 0; v < g.n; v++) if (d.degree[v] === 0) isolates++;
  const pairs = g.n * (g.n - 1);
  const network: NetworkResults = {
    nodes: g.n, edges: g.edgeCount, directed: g.directed,
    density: g.n < 2 ? 0 : (g.directed ? g.edgeCount : 2 * g.edgeCount) / pairs,
    reciprocity: reciprocity(g), transitivity: transitivity(g), averageClustering: averageClustering(g, clustering),
    weakComponents: weak.sizes.length, strongComponents: strong.sizes.length,
    largestComponentShare: g.n === 0 ? 0 : (weak.sizes[0] ?? 0) / g.n, isolates,
    diameter: paths.diameter, averagePathLength: paths.averagePathLength, globalEfficiency: paths.globalEfficiency,
    degreeCentralization: degreeCentralisation(g),
    betweennessCentralization: betweennessError === null ? betweennessCentralisation(g, betweenness) : null,
    communities: comm.count, communityModularity: comm.modularity,
    eiIndex: groups ? eiNetwork(g, groups) : null,
    groupModularity: groups ? modularity(g, groups.of) : null,
    assortativity: groups ? attributeAssortativity(g, groups) : null,
    betweennessMethod: method,
  };
  const groupResults = groups ? groupStats(mixingMatrix(g, groups), eiGroup(g, groups), groups, g.directed) : null;
  report(1, 'Done');
  return { nodes, network, ties, groups: groupResults };
}
