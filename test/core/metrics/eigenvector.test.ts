import { describe, expect, it } from 'vitest';
import { eigenvector, type EigenvectorResult } from '../../../src/core/metrics/eigenvector.ts';
import {
  compile, floydWarshall, listOf, unweighted, weightMatrix,
} from '../../fixtures/graphs/centrality-helpers.ts';
import { gridGraph, pathGraph, randomEdgeList, readCsv, type EdgeList } from '../../fixtures/graphs/graphs.ts';

/**
 * Reference 1: networkx's eigenvector_centrality written out on a dense matrix (weights merged,
 * largest kept): x from 1/n, x' = x (A + I) (predecessors add), divided by its Euclidean norm, stop
 * at the first L1 change below n tol. Kith's "not applicable" rules read off the matrix: no
 * positive weight, or a directed graph with no cycle (no pair reaching each other).
 */
function denseEigenvector(list: EdgeList, maxIter = 1000, tol = 1e-6): { values: number[] | null; iterations: number } {
  const n = list.n;
  const w = weightMatrix(list);
  if (n === 0 || w.every((row) => row.every((x) => x === 0))) return { values: null, iterations: 0 };
  const d = floydWarshall(w.map((row) => row.map((x) => x > 0)));
  const cyclic = d.some((row, i) => row.some((x, j) => i !== j && x < Infinity && d[j]![i]! < Infinity));
  if (list.directed && !cyclic) return { values: null, iterations: 0 };
  let x = new Array<number>(n).fill(1 / n);
  for (let iter = 1; iter <= maxIter; iter++) {
    const y = x.map((xv, v) => xv + x.reduce((acc, xu, u) => acc + xu * w[u]![v]!, 0));
    const norm = Math.hypot(...y) || 1;
    const next = y.map((v) => v / norm);
    const err = next.reduce((acc, v, i) => acc + Math.abs(v - x[i]!), 0);
    x = next;
    if (err < n * tol) return { values: x, iterations: iter };
  }
  return { values: null, iterations: maxIter };
}

/** Reference 2: Jacobi rotations on a symmetric matrix; the eigenvector of the largest eigenvalue. */
function jacobiTop(a0: number[][]): { value: number; vector: number[] } {
  const n = a0.length;
  const a = a0.map((row) => [...row]);
  const v = a.map((_, i) => a.map((__, j): number => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p]![q]! ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (a[p]![q] === 0) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * a[p]![q]!);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const [akp, akq] = [a[k]![p]!, a[k]![q]!];
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const [apk, aqk] = [a[p]![k]!, a[q]![k]!];
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const [vkp, vkq] = [v[k]![p]!, v[k]![q]!];
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  let top = 0;
  for (let i = 1; i < n; i++) if (a[i]![i]! > a[top]![top]!) top = i;
  const vector = v.map((row) => row[top]!);
  const sign = vector.reduce((acc, x) => acc + x, 0) < 0 ? -1 : 1;
  return { value: a[top]![top]!, vector: vector.map((x) => sign * x) };
}

const run = (list: EdgeList, opts = {}): EigenvectorResult => eigenvector(compile(list), opts);
const vals = (list: EdgeList, opts = {}): number[] => Array.from(run(list, opts).values!);
const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => Array.from(a).reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);

describe('eigenvector against published networkx values', () => {
  it('networkx test_eigenvector_centrality.py: K5, P3', () => {
    const k5: [number, number][] = [];
    for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) k5.push([i, j]);
    vals(listOf(5, false, k5)).forEach((x) => expect(Math.abs(x - Math.sqrt(1 / 5))).toBeLessThan(1e-7));
    [0.5, 0.7071, 0.5].forEach((v, i) => expect(Math.abs(vals(pathGraph(3))[i]! - v)).toBeLessThan(1e-4));
  });

  it('networkx test_eigenvector_centrality.py: the directed example, weighted (2.0) and unweighted', () => {
    // nodes 1..8 as 0..7; networkx builds the DiGraph and then reverses it, so the ties go t -> s.
    const ties: [number, number][] = [[1, 2], [1, 3], [2, 4], [3, 2], [3, 5], [4, 2], [4, 5], [4, 6], [5, 6],
      [5, 7], [5, 8], [6, 8], [7, 1], [7, 5], [7, 8], [8, 6], [8, 7]];
    const reversed = listOf(8, true, ties.map(([s, t]) => [t - 1, s - 1]));
    const evc = [0.25368793, 0.19576478, 0.32817092, 0.40430835, 0.48199885, 0.15724483, 0.51346196, 0.32475403];
    const weighted: EdgeList = { ...reversed, edges: reversed.edges.map(([s, t]) => [s, t, 2]) };
    for (const list of [reversed, weighted]) vals(list).forEach((x, i) => expect(Math.abs(x - evc[i]!)).toBeLessThan(1e-4));
  });

  it('Zachary karate club, unweighted: the networkx power iteration digit for digit', () => {
    // networkx eigenvector_centrality(karate_club_graph()) with weight=None: 8 decimals for every
    // member from the networkx 3.1 output quoted in the tests of a TypeScript graph library, and
    // the first five members to full precision from a published notebook (0.3554834941851943, ...).
    const eight = [0.35548349, 0.26595387, 0.31718939, 0.21117408, 0.07596646, 0.07948058, 0.07948058,
      0.17095511, 0.22740509, 0.10267519, 0.07596646, 0.05285417, 0.08425192, 0.2264697, 0.10140628,
      0.10140628, 0.02363479, 0.09239676, 0.10140628, 0.14791134, 0.10140628, 0.09239676, 0.10140628,
      0.15012329, 0.05705374, 0.0592082, 0.07558192, 0.13347933, 0.13107926, 0.13496529, 0.17476028,
      0.19103627, 0.30865105, 0.37337121];
    const full = [0.3554834941851943, 0.2659538704545025, 0.3171893899684447, 0.21117407832057059, 0.0759664588165738];
    const g = compile(unweighted(readCsv('karate-club')));
    const r = eigenvector(g);
    expect(r.iterations).toBeLessThanOrEqual(100);
    g.ids.forEach((id, i) => {
      expect(Math.abs(r.values![i]! - eight[Number(id)]!)).toBeLessThan(5.1e-9);
      if (Number(id) < 5) expect(Math.abs(r.values![i]! - full[Number(id)]!)).toBeLessThan(1e-15);
    });
  });

  it('bipartite graphs converge thanks to the shift, to networkx\'s not-quite-converged values', () => {
    // Same source (networkx 3.1, 8 decimals): balanced_tree(2, 2) and star_graph(7); the exact
    // vectors would be 0.5 / 0.25 and 0.7071068 / 0.2672612: these are networkx's iterates.
    const tree = vals(listOf(7, false, [[0, 1], [0, 2], [1, 3], [1, 4], [2, 5], [2, 6]]));
    [0.49999981, 0.49999981, 0.49999981, 0.25000028, 0.25000028, 0.25000028, 0.25000028]
      .forEach((v, i) => expect(Math.abs(tree[i]! - v)).toBeLessThan(5.1e-9));
    const star = vals(listOf(8, false, [[0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7]]));
    [0.70710721, 0.26726108].forEach((v, i) => expect(Math.abs(star[i]! - v)).toBeLessThan(5.1e-9));
  });
});

describe('eigenvector vs a dense implementation, Jacobi rotations and the eigen-equation', () => {
  // 200 seeded random graphs, n in 0..24, directed and undirected: several components, sources
  // and sinks, acyclic directed graphs, zero weights, parallel ties and self-ties.
  it.each(Array.from({ length: 200 }, (_, seed) => seed))('random graph seed %i', (seed) => {
    const n = seed % 25;
    const directed = seed % 2 === 0;
    const list = randomEdgeList(5200 + seed, n, Math.min(0.9, (1 + (seed % 6)) / Math.max(1, n)), directed);
    const r = run(list);
    const ref = denseEigenvector(list);
    expect(r.values === null).toBe(ref.values === null);
    expect(r.converged).toBe(r.values !== null);
    expect(r.iterations).toBe(ref.iterations);
    if (r.values === null || ref.values === null) return;
    expect(maxDiff(r.values, ref.values)).toBeLessThan(1e-13);
    // Eigen-equation: with N = |(A + I)^T x|, lambda = N - 1 and |A^T x - lambda x|_1 = N |y - x|_1.
    const w = weightMatrix(list);
    const x = r.values;
    const y = Array.from(x, (xv, v) => xv + w.reduce((acc, row, u) => acc + x[u]! * row[v]!, 0));
    const norm = Math.hypot(...y);
    const residual = y.reduce((acc, yv, v) => acc + Math.abs(yv - norm * x[v]!), 0);
    expect(residual).toBeLessThan(norm * n * 1e-6);
    expect(Math.hypot(...x)).toBeCloseTo(1, 14);
    expect(x.every((v) => v >= 0)).toBe(true);
  });

  it.each([
    ['karate club, weighted', readCsv('karate-club')],
    ['karate club, unweighted', unweighted(readCsv('karate-club'))],
    ['Florentine families', readCsv('florentine-marriage')],
    ['Krackhardt kite', readCsv('krackhardt-kite')],
    ['lattice 5 x 6', gridGraph(5, 6)],
  ] as [string, EdgeList][])('%s: the Perron vector from Jacobi rotations', (_, list) => {
    const jacobi = jacobiTop(weightMatrix(list)).vector;
    const g = compile(list);
    const order = g.ids.map((id) => list.ids === undefined ? Number(id) : list.ids.indexOf(id));
    const tight = eigenvector(g, { tol: 1e-15, maxIter: 100000 }).values!;
    order.forEach((k, i) => expect(Math.abs(tight[i]! - jacobi[k]!)).toBeLessThan(1e-9));
    const loose = eigenvector(g).values!;
    order.forEach((k, i) => expect(Math.abs(loose[i]! - jacobi[k]!)).toBeLessThan(1e-4));
  });
});

describe('eigenvector conventions', () => {
  it('not applicable: no people, no ties, only zero weights, acyclic directed graphs', () => {
    expect(run(listOf(0, false, []))).toEqual({ values: null, converged: false, iterations: 0, reason: 'no people' });
    expect(run(listOf(1, false, [])).reason).toBe('no ties');
    expect(run(listOf(3, false, [])).reason).toBe('no ties');
    expect(run({ n: 3, directed: false, edges: [[0, 1, 0], [1, 2, 0], [2, 2, 4]] }).reason).toBe('no ties');
    expect(run(pathGraph(50, true)).reason).toBe('no cycles');
    expect(run(listOf(4, true, [[0, 1], [0, 2], [1, 3], [2, 3]])).reason).toBe('no cycles');
    // a cycle closed only by a zero-weight tie is no cycle for A
    expect(run({ n: 3, directed: true, edges: [[0, 1, 1], [1, 2, 1], [2, 0, 0]] }).reason).toBe('no cycles');
  });

  it('n = 2 with one tie; directed graphs use incoming ties', () => {
    expect(vals(listOf(2, false, [[0, 1]]))).toEqual([Math.SQRT1_2, Math.SQRT1_2]);
    // 0 <-> 1 and 1 -> 2: 2 is named by a central person, 0 and 1 by each other
    const x = vals(listOf(3, true, [[0, 1], [1, 0], [1, 2]]));
    expect(x[2]).toBeCloseTo(x[0]!, 4);
    const y = vals(listOf(3, true, [[0, 1], [1, 0], [2, 1]])); // 2 names 1, nobody names 2
    expect(y[2]).toBeLessThan(1e-4);
    expect(y[1]! > y[0]!).toBe(true);
  });

  it('weights count: scaling them keeps the vector, changing them does not', () => {
    const list = readCsv('karate-club');
    const scaled: EdgeList = { ...list, edges: list.edges.map(([s, t, w]) => [s, t, 10 * w]) };
    expect(maxDiff(vals(list, { tol: 1e-12 }), vals(scaled, { tol: 1e-12 }))).toBeLessThan(1e-9);
    expect(maxDiff(vals(list), vals(unweighted(list)))).toBeGreaterThan(0.01);
    const noisy: EdgeList = { ...list, edges: [...list.edges, ...list.edges.map(([s, t]): [number, number, number] => [t, s, 0]), [0, 0, 50]] };
    expect(vals(noisy)).toEqual(vals(list)); // parallel ties keep the largest weight; self-ties dropped
  });

  it('stops with values null when it cannot converge in maxIter', () => {
    const r = run(readCsv('karate-club'), { maxIter: 3 });
    expect(r).toEqual({ values: null, converged: false, iterations: 3, reason: 'did not converge' });
  });

  it('rejects bad options and something that is not a compiled graph', () => {
    const g = compile(pathGraph(3));
    expect(() => eigenvector(g, { tol: 0 })).toThrow(/^eigenvector: /);
    expect(() => eigenvector({ ...g, inSources: new Int32Array(0) })).toThrow(/^eigenvector: /);
  });
});
