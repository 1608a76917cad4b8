/**
 * PageRank: the share of time a random walker spends with a person, following ties in
 * proportion to their weight and now and then jumping to anyone at random.
 * Brin, S. & Page, L. (1998). The anatomy of a large-scale hypertextual Web search engine.
 * Computer Networks and ISDN Systems 30(1-7), 107-117.
 * Convention: networkx `pagerank(G, alpha=0.85, weight='weight')` with its defaults
 * (personalization and dangling uniform, nstart uniform, max_iter 100, tol 1e-6), the same power
 * iteration step for step:  x' = alpha (x P + (sum of x over dangling nodes) / n) + (1 - alpha) / n,
 * where P[u][v] = w(u, v) / (sum of u's out-weights). Stops when sum |x' - x| < n tol. An
 * undirected tie is followed both ways. A dangling node is one whose out-weights sum to 0 (no
 * out-ties, or only zero-weight ones); its walker jumps anywhere. Parallel ties were merged by
 * compile (largest weight), where networkx MultiGraph would add them. Values sum to 1.
 * n = 0: empty. With alpha < 1 the iteration contracts by alpha each step, so with the defaults it
 * always stops within 100 steps; with other options it may not, and then this throws, as networkx
 * raises PowerIterationFailedConvergence.
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';

export interface PageRankOptions {
  /** Damping: the chance of following a tie rather than jumping; networkx `alpha`, default 0.85. */
  alpha?: number;
  /** networkx `tol`, default 1e-6 (the iteration stops when the L1 change is below n * tol). */
  tol?: number;
  /** networkx `max_iter`, default 100. */
  maxIter?: number;
}

export function pagerank(g: CompiledGraph, opts: PageRankOptions = {}): Float64Array {
  assertCompiled(g, 'pagerank');
  const alpha = opts.alpha ?? 0.85;
  const tol = opts.tol ?? 1e-6;
  const maxIter = opts.maxIter ?? 100;
  if (!(alpha >= 0 && alpha <= 1)) throw new Error(`pagerank: alpha is ${alpha}; it must lie in [0, 1]`);
  if (!(tol > 0)) throw new Error(`pagerank: tol is ${tol}; it must be > 0`);
  const { n, outOffsets, outWeights, inOffsets, inSources, inWeights } = g;
  if (n === 0) return new Float64Array(0);

  // 1 / out-strength, or 0 for dangling nodes (networkx: rows of P that sum to 0).
  const inverse = new Float64Array(n);
  const dangling: number[] = [];
  for (let u = 0; u < n; u++) {
    let s = 0;
    for (let p = outOffsets[u]!, end = outOffsets[u + 1]!; p < end; p++) s += outWeights[p]!;
    if (s === 0) dangling.push(u);
    else inverse[u] = 1 / s;
  }

  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const scaled = new Float64Array(n); // x[u] / out-strength of u
  const jump = (1 - alpha) / n;
  for (let iter = 0; iter < maxIter; iter++) {
    let danglingSum = 0;
    for (const u of dangling) danglingSum += x[u]!;
    const base = (alpha * danglingSum) / n + jump;
    for (let u = 0; u < n; u++) scaled[u] = x[u]! * inverse[u]!;
    let err = 0;
    for (let v = 0; v < n; v++) {
      // Pull along incoming ties (undirected: the same lists as outgoing).
      let s = 0;
      for (let p = inOffsets[v]!, end = inOffsets[v + 1]!; p < end; p++) s += scaled[inSources[p]!]! * inWeights[p]!;
      const value = alpha * s + base;
      next[v] = value;
      err += Math.abs(value - x[v]!);
    }
    [x, next] = [next, x];
    if (err < n * tol) return x;
  }
  throw new Error(`pagerank: did not converge in ${maxIter} iterations (alpha ${alpha}, tol ${tol})`);
}
