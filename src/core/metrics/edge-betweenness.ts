/**
 * Edge betweenness: how many of the shortest routes between pairs of people run along a tie.
 * Girvan, M. & Newman, M. E. J. (2002). Community structure in social and biological networks.
 * PNAS 99(12), 7821-7826. Brandes, U. (2008). On variants of shortest-path betweenness
 * centrality and their generic computation. Social Networks 30(2), 136-145 (edge variant).
 * Convention: networkx `edge_betweenness_centrality(G, normalized=True, weight=None)`.
 * Unweighted; directed graphs follow tie direction; every pair s != t with a route counts,
 * including the pairs at either end of the tie itself (a tie is on the route between its own
 * two people). normalized (default): ordered-pair sums divided by n(n-1), which for an
 * undirected graph is the number of unordered pairs crossing the tie divided by n(n-1)/2;
 * raw: undirected sums halved (each unordered pair once), directed as they are. n <= 1: zeros.
 * Values are per position in the compiled out-lists (outTargets); both positions of an
 * undirected tie carry the same value.
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';
import { bfsEdgeStep, progressEvery } from './brandes.ts';

export interface EdgeBetweennessOptions {
  /** networkx `normalized`; default true. */
  normalized?: boolean;
  /** Called about every 1% of sources (at most ~100 times) and once at the end with done = total. */
  onProgress?: (done: number, total: number) => void;
}

/** One value per out-list position of g (length outTargets.length). */
export function edgeBetweenness(g: CompiledGraph, opts: EdgeBetweennessOptions = {}): Float64Array {
  assertCompiled(g, 'edge betweenness');
  const { n, outOffsets, outTargets } = g;
  const onProgress = opts.onProgress;
  const sums = new Float64Array(outTargets.length);
  if (n > 0) {
    const step = bfsEdgeStep(g);
    const every = progressEvery(n);
    for (let s = 0; s < n; s++) {
      step(s, sums);
      if (onProgress && (s + 1) % every === 0 && s + 1 < n) onProgress(s + 1, n);
    }
  }
  let scale = 1;
  if (opts.normalized ?? true) {
    if (n > 1) scale = 1 / (n * (n - 1));
  } else if (!g.directed) {
    scale = 0.5;
  }
  if (g.directed) {
    for (let p = 0; p < sums.length; p++) sums[p]! *= scale;
  } else {
    // Routes crossing {u, v} from u's side sit at position u -> v, the others at v -> u.
    for (let u = 0; u < n; u++) {
      for (let p = outOffsets[u]!, end = outOffsets[u + 1]!; p < end; p++) {
        const v = outTargets[p]!;
        if (v < u) continue;
        const q = position(g, v, u);
        const total = (sums[p]! + sums[q]!) * scale;
        sums[p] = total;
        sums[q] = total;
      }
    }
  }
  onProgress?.(n, n);
  return sums;
}

/**
 * One [source id, target id, value] per distinct tie, in the compiled order (by source, then
 * target). An undirected tie is listed once, from the person who comes first in g.ids.
 */
export function edgeBetweennessList(g: CompiledGraph, values: Float64Array): [string, string, number][] {
  assertCompiled(g, 'edge betweenness');
  const { n, ids, outOffsets, outTargets } = g;
  if (values.length !== outTargets.length) {
    throw new Error(`edge betweenness: ${values.length} values for ${outTargets.length} tie positions; compute them on this graph`);
  }
  const list: [string, string, number][] = [];
  for (let u = 0; u < n; u++) {
    for (let p = outOffsets[u]!, end = outOffsets[u + 1]!; p < end; p++) {
      const v = outTargets[p]!;
      if (!g.directed && v < u) continue;
      list.push([ids[u]!, ids[v]!, values[p]!]);
    }
  }
  return list;
}

/** Position of target in u's out-list (sorted by index): binary search. */
function position(g: CompiledGraph, u: number, target: number): number {
  let lo = g.outOffsets[u]!;
  let hi = g.outOffsets[u + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = g.outTargets[mid]!;
    if (x === target) return mid;
    if (x < target) lo = mid + 1;
    else hi = mid - 1;
  }
  throw new Error(`edge betweenness: tie ${g.ids[target]} - ${g.ids[u]} has no reverse; compile the graph first`);
}
