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
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';

export interface BetweennessOptions {
  /** networkx `normalized`; default true. */
  normalized?: boolean;
  /** Called about every 1% of sources (at most ~100 times) and once at the end with done = total. */
  onProgress?: (done: number, total: number) => void;
}

export function betweenness(g: CompiledGraph, opts: BetweennessOptions = {}): Float64Array {
  assertCompiled(g, 'betweenness');
  const normalized = opts.normalized ?? true;
  const onProgress = opts.onProgress;
  const { n, outOffsets, outTargets, inOffsets, inSources } = g;
  const result = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n); // BFS queue; read backwards it is Brandes' stack
  const every = Math.max(1, Math.ceil(n / 100));

  for (let s = 0; s < n; s++) {
    // Breadth-first search from s, counting shortest paths.
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      const sv = sigma[v]!;
      for (let p = outOffsets[v]!, end = outOffsets[v + 1]!; p < end; p++) {
        const w = outTargets[p]!;
        if (dist[w] === -1) {
          dist[w] = next;
          order[tail++] = w;
        }
        if (dist[w] === next) sigma[w]! += sv;
      }
    }
    // Dependency accumulation in order of non-increasing distance. The predecessors of w are
    // its in-neighbours one step closer to s, so no predecessor lists are stored.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const coeff = (1 + delta[w]!) / sigma[w]!;
      const prev = dist[w]! - 1;
      for (let p = inOffsets[w]!, end = inOffsets[w + 1]!; p < end; p++) {
        const v = inSources[p]!;
        if (dist[v] === prev) delta[v]! += sigma[v]! * coeff;
      }
      result[w]! += delta[w]!;
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i]!;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
    if (onProgress && (s + 1) % every === 0 && s + 1 < n) onProgress(s + 1, n);
  }

  // The sums above run over ordered pairs (s, t).
  let scale = 1;
  if (normalized) {
    if (n > 2) scale = 1 / ((n - 1) * (n - 2));
  } else if (!g.directed) {
    scale = 0.5;
  }
  if (scale !== 1) for (let v = 0; v < n; v++) result[v]! *= scale;
  onProgress?.(n, n);
  return result;
}
