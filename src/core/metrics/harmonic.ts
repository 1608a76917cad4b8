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

export interface HarmonicOptions {
  /** Called about every 1% of nodes (at most ~100 times) and once at the end with done = total. */
  onProgress?: (done: number, total: number) => void;
}

export function harmonic(g: CompiledGraph, opts: HarmonicOptions = {}): Float64Array {
  assertCompiled(g, 'harmonic');
  const { n, inOffsets, inSources } = g;
  const onProgress = opts.onProgress;
  const result = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const every = Math.max(1, Math.ceil(n / 100));

  for (let u = 0; u < n; u++) {
    // Breadth-first search from u against tie direction: who reaches u, and in how many steps.
    dist[u] = 0;
    queue[0] = u;
    let head = 0;
    let tail = 1;
    let total = 0;
    while (head < tail) {
      const v = queue[head++]!;
      const next = dist[v]! + 1;
      const share = 1 / next;
      for (let p = inOffsets[v]!, end = inOffsets[v + 1]!; p < end; p++) {
        const w = inSources[p]!;
        if (dist[w] === -1) {
          dist[w] = next;
          total += share;
          queue[tail++] = w;
        }
      }
    }
    result[u] = total;
    for (let i = 0; i < tail; i++) dist[queue[i]!] = -1;
    if (onProgress && (u + 1) % every === 0 && u + 1 < n) onProgress(u + 1, n);
  }
  onProgress?.(n, n);
  return result;
}
