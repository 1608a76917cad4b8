/**
 * Centralisation: how far a whole network is organised around one person, from 0 (everyone
 * alike) to 1 (a star: one person holds every tie, or lies on every route).
 * Freeman, L. C. (1978/79). Centrality in social networks: conceptual clarification. Social
 * Networks 1, 215-239 (eq. 5 and the star as the most central graph).
 * Convention: R sna `centralization(g, FUN, mode, normalize=TRUE)`: the sum over people of
 * (largest score - score), divided by sna's theoretical maximum of that sum (tmaxdev) for a
 * network of n people. Ties are read after compiling (parallel ties merged, self-ties
 * dropped) and counted, not weighted (sna on the dichotomised graph). null for n < 3, where the
 * maximum is 0.
 * - Degree, undirected (sna mode="graph"): maximum (n-1)(n-2), a star.
 * - Degree, directed: total degree in + out (sna mode="digraph", cmode="freeman"), maximum
 *   (n-1)(2(n-1)-2) = 2(n-1)(n-2): a centre with ties both ways to everyone else, nothing else.
 * - Betweenness, undirected: raw betweenness (each unordered pair once), maximum
 *   (n-1)^2(n-2)/2. Directed: raw (ordered pairs), maximum (n-1)^2(n-2). Both equal
 *   sum(max - b) / (n-1) on networkx-normalised betweenness b, which is how it is computed.
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';
import { betweenness } from './betweenness.ts';

export function degreeCentralisation(g: CompiledGraph): number | null {
  assertCompiled(g, 'centralisation');
  const { n, outOffsets, inOffsets, directed } = g;
  if (n < 3) return null;
  const degree = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    degree[v] = outOffsets[v + 1]! - outOffsets[v]!;
    if (directed) degree[v]! += inOffsets[v + 1]! - inOffsets[v]!;
  }
  const maximum = directed ? 2 * (n - 1) * (n - 2) : (n - 1) * (n - 2);
  return deviationFromLargest(degree) / maximum;
}

/**
 * normalizedBetweenness: betweenness(g) (networkx-normalised) if already computed; computed
 * here otherwise.
 */
export function betweennessCentralisation(g: CompiledGraph, normalizedBetweenness?: Float64Array): number | null {
  assertCompiled(g, 'centralisation');
  const n = g.n;
  if (normalizedBetweenness && normalizedBetweenness.length !== n) {
    throw new Error(`centralisation: ${normalizedBetweenness.length} betweenness values for ${n} people; compute them on this graph`);
  }
  if (n < 3) return null;
  return deviationFromLargest(normalizedBetweenness ?? betweenness(g)) / (n - 1);
}

/** sum over v of (max - x[v]). */
function deviationFromLargest(x: Float64Array): number {
  let max = -Infinity;
  for (let v = 0; v < x.length; v++) if (x[v]! > max) max = x[v]!;
  let sum = 0;
  for (let v = 0; v < x.length; v++) sum += max - x[v]!;
  return sum;
}
