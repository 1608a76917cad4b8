/**
 * Closeness: how few steps, along ties, separate a person from the others who can reach them.
 * Freeman, L. C. (1978/79). Centrality in social networks: conceptual clarification. Social
 * Networks 1, 215-239. Disconnected graphs: Wasserman, S. & Faust, K. (1994). Social Network
 * Analysis: Methods and Applications. Cambridge University Press, p. 201.
 * Convention: networkx `closeness_centrality(G, distance=None, wf_improved=True)`. Unweighted
 * (hops). For a node u, let R be the people who can reach u (u included) and D the sum of
 * their distances to u:  C(u) = ((|R|-1) / D) * ((|R|-1) / (n-1)),  0 when nobody reaches u.
 * Directed graphs use INCOMING distances (from the others to u), as networkx does: a person
 * many can reach in few steps is close, whatever their own ties sent.
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';

export interface ClosenessOptions {
  /** Called about every 1% of nodes (at most ~100 times) and once at the end with done = total. */
  onProgress?: (done: number, total: number) => void;
}

export function closeness(g: CompiledGraph, opts: ClosenessOptions = {}): Float64Array {
  assertCompiled(g, 'closeness');
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
      for (let p = inOffsets[v]!, end = inOffsets[v + 1]!; p < end; p++) {
        const w = inSources[p]!;
        if (dist[w] === -1) {
          dist[w] = next;
          total += next;
          queue[tail++] = w;
        }
      }
    }
    const reached = tail - 1; // others who reach u
    if (total > 0 && n > 1) result[u] = (reached / total) * (reached / (n - 1));
    for (let i = 0; i < tail; i++) dist[queue[i]!] = -1;
    if (onProgress && (u + 1) % every === 0 && u + 1 < n) onProgress(u + 1, n);
  }
  onProgress?.(n, n);
  return result;
}
