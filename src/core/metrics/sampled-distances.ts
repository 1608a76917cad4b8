/**
 * Closeness, harmonic closeness and distances estimated from a sample of people ("pivots"),
 * for large networks where every person's search is too slow. Eppstein, D. & Wang, J. (2004).
 * Fast approximation of centrality. Journal of Graph Algorithms and Applications 8(1), 39-45.
 *
 * From each pivot p, one search along tie direction gives d(p, u) for everyone p reaches:
 * exactly the incoming distances that closeness and harmonic closeness of u sum over. Each
 * sum over the n-1 others is estimated by the pivots' sum scaled by (n-1)/k_u, where k_u is
 * the number of pivots other than u (as for sampled betweenness). Distances: one undirected
 * search from each pivot; average path length over the pivots in the largest component,
 * global efficiency scaled likewise, and the diameter as the longest distance seen, which is
 * a lower bound (the true diameter may be longer); the suite says so.
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';
import { components } from './components.ts';

export interface SampledDistances {
  closeness: Float64Array;
  harmonic: Float64Array;
  averagePathLength: number | null;
  /** The longest distance seen from the pivots: a lower bound of the diameter. */
  diameterAtLeast: number | null;
  globalEfficiency: number;
}

export function sampledDistances(g: CompiledGraph, pivots: Int32Array): SampledDistances {
  assertCompiled(g, 'sampled distances');
  const { n, outOffsets, outTargets, inOffsets, inSources } = g;
  const k = pivots.length;
  const isPivot = new Uint8Array(n);
  for (const p of pivots) isPivot[p] = 1;
  const sum = new Float64Array(n);
  const reach = new Float64Array(n);
  const inv = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const search = (s: number, undirected: boolean, visit: (v: number, d: number) => void): void => {
    dist[s] = 0;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      const next = dist[v]! + 1;
      for (let p = outOffsets[v]!, end = outOffsets[v + 1]!; p < end; p++) {
        const w = outTargets[p]!;
        if (dist[w] === -1) { dist[w] = next; queue[tail++] = w; visit(w, next); }
      }
      if (!undirected || !g.directed) continue;
      for (let p = inOffsets[v]!, end = inOffsets[v + 1]!; p < end; p++) {
        const w = inSources[p]!;
        if (dist[w] === -1) { dist[w] = next; queue[tail++] = w; visit(w, next); }
      }
    }
    for (let i = 0; i < tail; i++) dist[queue[i]!] = -1;
  };

  for (const p of pivots) search(p, false, (u, d) => { sum[u]! += d; reach[u]!++; inv[u]! += 1 / d; });
  const closeness = new Float64Array(n);
  const harmonic = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const ku = k - isPivot[u]!;
    if (ku <= 0 || n < 2) continue;
    const scale = (n - 1) / ku;
    const r = reach[u]! * scale;
    const s = sum[u]! * scale;
    if (s > 0) closeness[u] = (r / s) * (r / (n - 1));
    harmonic[u] = inv[u]! * scale;
  }

  const { component, sizes } = components(g);
  const largest = sizes[0] ?? 0;
  let pairs = 0;
  let total = 0;
  let longest = 0;
  let inverseAll = 0;
  for (const p of pivots) {
    search(p, true, (v, d) => {
      inverseAll += 1 / d;
      if (component[p] === 0 && component[v] === 0) { total += d; pairs++; if (d > longest) longest = d; }
    });
  }
  const connected = largest >= 2 && pairs > 0;
  return {
    closeness, harmonic,
    averagePathLength: connected ? total / pairs : null,
    diameterAtLeast: connected ? longest : null,
    globalEfficiency: n < 2 || k === 0 ? 0 : inverseAll / (k * (n - 1)),
  };
}
