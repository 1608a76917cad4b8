/**
 * Eigenvector centrality: a person is central when they are tied to people who are themselves
 * central.
 * Bonacich, P. (1972). Factoring and weighting approaches to status scores and clique
 * identification. Journal of Mathematical Sociology 2(1), 113-120.
 * Convention: networkx `eigenvector_centrality(G, weight='weight')`, the same power iteration
 * step for step: start from 1/n everywhere; each step x'(v) = x(v) + sum over ties u -> v of
 * x(u) w(u, v), i.e. multiply by (A + I) (the shift keeps the eigenvectors and makes the iteration
 * converge on bipartite graphs); divide by the Euclidean norm; stop when sum |x' - x| < n tol.
 * Directed graphs use INCOMING ties (networkx's left eigenvector: being named by central
 * people counts). Values have unit Euclidean norm. Parallel ties were merged by compile (largest
 * weight).
 * Differences from networkx, on purpose (`values` is null whenever Kith shows "not applicable"):
 * - maxIter defaults to 1000, not 100. Where networkx converges (within 100 steps) the values are
 *   the same; between 101 and 1000 steps Kith gives the vector where networkx would raise
 *   PowerIterationFailedConvergence (`iterations` says how many were needed).
 * - No convergence within maxIter: null, never a half-way vector (networkx raises).
 * - n = 0 (networkx raises), or no tie with a positive weight (networkx returns 1/sqrt(n) for
 *   everyone, which says nothing): null.
 * - A directed graph whose positive-weight ties form no cycle: A is nilpotent, its only eigenvalue
 *   is 0 and the iteration creeps towards the ends of the longest chains (networkx fails to
 *   converge in 100 steps; with 1000 it would stop on a vector that is not an eigenvector): null.
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';

export interface EigenvectorOptions {
  /** Maximum number of power iterations; default 1000 (networkx: 100). */
  maxIter?: number;
  /** networkx `tol`, default 1e-6: stop when the L1 change is below n * tol. */
  tol?: number;
}

export interface EigenvectorResult {
  /** Aligned with g.ids, unit Euclidean norm; null when not applicable or not converged. */
  values: Float64Array | null;
  /** True exactly when values are given. */
  converged: boolean;
  /** Power iterations run; more than 100 means networkx's default would have given up. */
  iterations: number;
  /** Why values is null (for the methods note); null when values are given. */
  reason: 'no people' | 'no ties' | 'no cycles' | 'did not converge' | null;
}

export function eigenvector(g: CompiledGraph, opts: EigenvectorOptions = {}): EigenvectorResult {
  assertCompiled(g, 'eigenvector');
  const maxIter = opts.maxIter ?? 1000;
  const tol = opts.tol ?? 1e-6;
  if (!(tol > 0)) throw new Error(`eigenvector: tol is ${tol}; it must be > 0`);
  const { n, inOffsets, inSources, inWeights } = g;
  const none = (reason: EigenvectorResult['reason'], iterations = 0): EigenvectorResult =>
    ({ values: null, converged: false, iterations, reason });
  if (n === 0) return none('no people');
  let anyWeight = false;
  for (let p = 0; p < inWeights.length && !anyWeight; p++) anyWeight = inWeights[p]! > 0;
  if (!anyWeight) return none('no ties');
  if (g.directed && acyclic(g)) return none('no cycles');

  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  let iter = 0;
  while (iter < maxIter) {
    iter++;
    let squares = 0;
    for (let v = 0; v < n; v++) {
      let s = x[v]!; // the identity in (A + I)
      for (let p = inOffsets[v]!, end = inOffsets[v + 1]!; p < end; p++) s += x[inSources[p]!]! * inWeights[p]!;
      next[v] = s;
      squares += s * s;
    }
    const norm = (Number.isFinite(squares) ? Math.sqrt(squares) : scaledNorm(next)) || 1; // as networkx
    if (!Number.isFinite(norm)) break; // weights so large that a sum overflows
    let err = 0;
    for (let v = 0; v < n; v++) {
      const value = next[v]! / norm;
      next[v] = value;
      err += Math.abs(value - x[v]!);
    }
    [x, next] = [next, x];
    if (err < n * tol) return { values: x, converged: true, iterations: iter, reason: null };
  }
  return none('did not converge', iter);
}

/** Euclidean norm without overflow (networkx uses math.hypot), for very large weights only. */
function scaledNorm(v: Float64Array): number {
  let max = 0;
  for (let i = 0; i < v.length; i++) max = Math.max(max, Math.abs(v[i]!));
  if (max === 0 || !Number.isFinite(max)) return max;
  let squares = 0;
  for (let i = 0; i < v.length; i++) squares += (v[i]! / max) ** 2;
  return max * Math.sqrt(squares);
}

/** Kahn's algorithm on the ties with a positive weight: true when they form no directed cycle. */
function acyclic(g: CompiledGraph): boolean {
  const { n, outOffsets, outTargets, outWeights, inOffsets, inWeights } = g;
  const pending = new Int32Array(n); // positive-weight in-ties not yet removed
  for (let v = 0; v < n; v++) for (let p = inOffsets[v]!; p < inOffsets[v + 1]!; p++) if (inWeights[p]! > 0) pending[v]!++;
  const queue = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) if (pending[v] === 0) queue[tail++] = v;
  for (let head = 0; head < tail; head++) {
    const u = queue[head]!;
    for (let p = outOffsets[u]!; p < outOffsets[u + 1]!; p++) {
      if (outWeights[p]! > 0 && --pending[outTargets[p]!]! === 0) queue[tail++] = outTargets[p]!;
    }
  }
  return tail === n;
}
