/**
 * Harmonic centrality: the sum of 1 / distance from everyone else, so that people out of reach
 * add 0 instead of making the measure undefined.
 * Marchiori, M. & Latora, V. (2000). Harmony in the small-world. Physica A 285(3-4), 539-546.
 * Boldi, P. & Vigna, S. (2014). Axioms for centrality. Internet Mathematics 10(3-4), 222-262.
 * Convention: networkx `harmonic_centrality(G, distance=None)`. Unweighted (hops), not
 * normalised: H(u) = sum over v != u of 1 / d(v, u), between 0 and n - 1; pairs with no path add
 * 0, so disconnected graphs need no special case. Directed graphs use INCOMING distances (from
 * the others to u), as networkx and Kith's closeness do. n = 0: empty; n = 1: [0].
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';
import { closenessBoth } from './closeness-both.ts';

export interface HarmonicOptions {
  /** Called about every 1% of nodes (at most ~100 times) and once at the end with done = total. */
  onProgress?: (done: number, total: number) => void;
}

export function harmonic(g: CompiledGraph, opts: HarmonicOptions = {}): Float64Array {
  assertCompiled(g, 'harmonic');
  // One search per person serves closeness and harmonic closeness alike (closeness-both.ts).
  return closenessBoth(g, { from: 0, to: g.n, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) }).harmonic;
}
