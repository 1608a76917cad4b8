/**
 * Betweenness: how often a person lies on the shortest routes between two others.
 * Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of Mathematical
 * Sociology 25(2), 163-177. Freeman, L. C. (1977). A set of measures of centrality based on
 * betweenness. Sociometry 40(1), 35-41.
 * Convention: networkx `betweenness_centrality(G, weight=None, endpoints=False)`. Unweighted
 * (every tie is one step, whatever its weight); directed graphs follow tie direction; pairs
 * with no path between them add nothing. normalized (default): divided by (n-1)(n-2) for
 * directed graphs and by (n-1)(n-2)/2 for undirected ones (the number of pairs not involving
 * the node); raw: undirected sums are halved so each unordered pair counts once. n <= 2: zeros.
 * Path counts (sigma) are float64, exact up to 2^53 paths and finite far beyond.
 *
 * Split for parallel workers: betweennessPartial(g, { from, to }) returns the raw dependency
 * sums of the sources from .. to-1 (ordered pairs, unscaled); the element-wise sum of the
 * partials of any split of 0 .. n-1, passed to finishBetweenness, is betweenness(g) (up to the
 * order of floating-point additions, about 1e-15 relative).
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';
import { sourceStep } from './brandes-dijkstra.ts';
import { progressEvery } from './brandes.ts';

export interface BetweennessOptions {
  /** networkx `normalized`; default true. */
  normalized?: boolean;
  /** Called about every 1% of sources (at most ~100 times) and once at the end with done = total. */
  onProgress?: (done: number, total: number) => void;
}

export interface BetweennessPartialOptions {
  /** First source (inclusive), 0 <= from <= to. */
  from: number;
  /** Last source (exclusive), to <= n. */
  to: number;
  /** Shortest routes by tie length 1 / weight (see weighted-betweenness.ts); default false. */
  weighted?: boolean;
  /** Called about every 1% of this part's sources and once at the end with done = total = to - from. */
  onProgress?: (done: number, total: number) => void;
}

export interface FinishBetweennessOptions {
  /** networkx `normalized`; default true. */
  normalized?: boolean;
}

export function betweenness(g: CompiledGraph, opts: BetweennessOptions = {}): Float64Array {
  assertCompiled(g, 'betweenness');
  const sums = betweennessPartial(g, { from: 0, to: g.n, onProgress: opts.onProgress });
  return scaleInPlace(g, sums, opts.normalized ?? true);
}

/** Raw dependency sums over ordered pairs (s, t) for the sources s in [from, to); unscaled. */
export function betweennessPartial(g: CompiledGraph, opts: BetweennessPartialOptions): Float64Array {
  assertCompiled(g, 'betweenness');
  const { from, to, onProgress } = opts;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < from || to > g.n) {
    throw new Error(`betweenness: sources from ${from} to ${to} are not a range within 0 .. ${g.n}`);
  }
  const sums = new Float64Array(g.n);
  const total = to - from;
  if (total > 0) {
    const step = sourceStep(g, opts.weighted ?? false);
    const every = progressEvery(total);
    for (let s = from; s < to; s++) {
      step(s, sums, null);
      const done = s + 1 - from;
      if (onProgress && done % every === 0 && done < total) onProgress(done, total);
    }
  }
  onProgress?.(total, total);
  return sums;
}

/** networkx's scaling of summed partials (a new array; sums is left as it is). */
export function finishBetweenness(
  g: CompiledGraph,
  sums: Float64Array,
  opts: FinishBetweennessOptions = {},
): Float64Array {
  assertCompiled(g, 'betweenness');
  if (sums.length !== g.n) {
    throw new Error(`betweenness: ${sums.length} sums for ${g.n} people; add up the partials of this graph`);
  }
  return scaleInPlace(g, sums.slice(), opts.normalized ?? true);
}

/** The factor that turns ordered-pair sums into networkx's values. */
export function betweennessScale(g: CompiledGraph, normalized: boolean): number {
  const n = g.n;
  if (normalized) return n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
  return g.directed ? 1 : 0.5;
}

function scaleInPlace(g: CompiledGraph, values: Float64Array, normalized: boolean): Float64Array {
  const scale = betweennessScale(g, normalized);
  if (scale !== 1) for (let v = 0; v < values.length; v++) values[v]! *= scale;
  return values;
}
