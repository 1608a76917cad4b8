/**
 * Weighted betweenness: how often a person lies on the shortest routes between two others when
 * a strong tie is a short step and a weak tie a long one.
 * Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of Mathematical
 * Sociology 25(2), 163-177 (section 4, Dijkstra). Brandes, U. (2008). On variants of
 * shortest-path betweenness centrality and their generic computation. Social Networks 30(2),
 * 136-145. Opsahl, T., Agneessens, F. & Skvoretz, J. (2010). Node centrality in weighted
 * networks: generalizing degree and shortest paths. Social Networks 32(3), 245-251.
 * Convention: the length of a tie is 1 / weight (tie strength becomes distance, as in Opsahl et
 * al. 2010 and tnet's betweenness_w with alpha = 1); then networkx
 * `betweenness_centrality(G, weight='dist', endpoints=False)` with dist = 1 / weight on every
 * tie. networkx itself reads `weight` as a length, so pass it 1 / strength to compare.
 * - A zero-weight tie has infinite length: it is never part of a route (it still counts for
 *   degree and components). A route whose length overflows float64 is unusable too.
 * - Two routes whose lengths differ by at most 1e-12 of the longer are equally short, so that
 *   1/3 + 1/3 + 1/3 and 1 tie instead of one winning by a rounding error. networkx compares
 *   lengths exactly.
 * - Directed graphs follow tie direction; normalisation exactly as unweighted betweenness:
 *   (n-1)(n-2) directed, (n-1)(n-2)/2 undirected; raw undirected values count each unordered
 *   pair once. n <= 2: zeros. Path counts are float64.
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';
import { betweennessPartial, finishBetweenness, type BetweennessOptions } from './betweenness.ts';

export function weightedBetweenness(g: CompiledGraph, opts: BetweennessOptions = {}): Float64Array {
  assertCompiled(g, 'weighted betweenness');
  const sums = betweennessPartial(g, { from: 0, to: g.n, weighted: true, onProgress: opts.onProgress });
  return finishBetweenness(g, sums, { normalized: opts.normalized ?? true });
}
