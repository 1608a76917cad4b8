/**
 * Closeness and harmonic closeness from one breadth-first search per person, over a range
 * of people, so that the suite pays for one all-pairs pass instead of two and can share the
 * people out among workers. The values are those of closeness.ts and harmonic.ts (networkx
 * `closeness_centrality` with wf_improved, and `harmonic_centrality`): incoming distances,
 * unweighted; see those modules for the conventions and references.
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';
import { progressEvery } from './brandes.ts';

export interface ClosenessBoth {
  /** Values for the people from .. to-1, in order. */
  closeness: Float64Array;
  harmonic: Float64Array;
}

export function closenessBoth(
  g: CompiledGraph,
  opts: { from: number; to: number; onProgress?: (done: number, total: number) => void },
): ClosenessBoth {
  assertCompiled(g, 'closeness');
  const { from, to, onProgress } = opts;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < from || to > g.n) {
    throw new Error(`closeness: people from ${from} to ${to} are not a range within 0 .. ${g.n}`);
  }
  const { n, inOffsets, inSources } = g;
  const closeness = new Float64Array(to - from);
  const harmonic = new Float64Array(to - from);
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const inverse = new Float64Array(n + 1);
  for (let d = 1; d <= n; d++) inverse[d] = 1 / d;
  const every = progressEvery(to - from);
  for (let u = from; u < to; u++) {
    dist[u] = 0;
    queue[0] = u;
    let head = 0;
    let tail = 1;
    let total = 0;
    let inv = 0;
    while (head < tail) {
      const v = queue[head++]!;
      const next = dist[v]! + 1;
      const share = inverse[next]!;
      for (let p = inOffsets[v]!, end = inOffsets[v + 1]!; p < end; p++) {
        const w = inSources[p]!;
        if (dist[w] === -1) {
          dist[w] = next;
          total += next;
          inv += share;
          queue[tail++] = w;
        }
      }
    }
    const reached = tail - 1;
    if (total > 0 && n > 1) closeness[u - from] = (reached / total) * (reached / (n - 1));
    harmonic[u - from] = inv;
    for (let i = 0; i < tail; i++) dist[queue[i]!] = -1;
    const done = u + 1 - from;
    if (onProgress && done % every === 0 && done < to - from) onProgress(done, to - from);
  }
  onProgress?.(to - from, to - from);
  return { closeness, harmonic };
}
