import { describe, expect, it } from 'vitest';
import { pagerank } from '../../../src/core/metrics/pagerank.ts';
import { compile, listOf, solve, unweighted, weightMatrix } from '../../fixtures/graphs/centrality-helpers.ts';
import { gridGraph, pathGraph, randomEdgeList, readCsv, type EdgeList } from '../../fixtures/graphs/graphs.ts';

/** Row-stochastic transition matrix: w / out-strength; rows that sum to 0 (dangling) uniform. */
function transitions(list: EdgeList): number[][] {
  const w = weightMatrix(list);
  return w.map((row) => {
    const s = row.reduce((a, b) => a + b, 0);
    return s === 0 ? row.map(() => 1 / list.n) : row.map((x) => x / s);
  });
}

/** Reference 1: the exact stationary vector, solving (I - alpha P^T) x = (1 - alpha) / n. */
function exactPagerank(list: EdgeList, alpha = 0.85): number[] {
  const n = list.n;
  const p = transitions(list);
  const m = p.map((_, i) => p.map((row, j) => (i === j ? 1 : 0) - alpha * row[i]!));
  return solve(m, new Array<number>(n).fill((1 - alpha) / n));
}

/**
 * Reference 2: networkx's power iteration on the dense Google matrix G = alpha P + (1 - alpha) / n
 * (networkx google_matrix), x <- x G from 1/n, stopping at the first L1 change below n tol.
 */
function densePagerank(list: EdgeList, alpha = 0.85, tol = 1e-6): number[] {
  const n = list.n;
  const google = transitions(list).map((row) => row.map((x) => alpha * x + (1 - alpha) / n));
  let x = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < 100; iter++) {
    const next = x.map((_, j) => x.reduce((acc, xi, i) => acc + xi * google[i]![j]!, 0));
    const err = next.reduce((acc, v, i) => acc + Math.abs(v - x[i]!), 0);
    x = next;
    if (err < n * tol) return x;
  }
  throw new Error('reference did not converge');
}

const l1 = (a: ArrayLike<number>, b: ArrayLike<number>) => Array.from(a).reduce((acc, v, i) => acc + Math.abs(v - b[i]!), 0);
const values = (list: EdgeList, alpha?: number) => pagerank(compile(list), alpha === undefined ? {} : { alpha });

describe('pagerank against published networkx values', () => {
  // networkx pagerank(karate_club_graph()) from networkx versions whose karate club had no weight
  // attribute (so every tie counts 1): printed in a public notebook of networkx output and, to the
  // same digits, in the test of a Nim port (nimnetworkx, "nxRet0"), which also gives the directed
  // version (each tie from the lower to the higher number: "nxRet1"; member 33 is then dangling).
  const karate = [0.09700181758983709, 0.05287839103742701, 0.057078423047636745, 0.03586064322306479,
    0.021979406974834498, 0.02911334166344221, 0.02911334166344221, 0.024490758039509182,
    0.029765339186167028, 0.014308950284462801, 0.021979406974834498, 0.009564916863537148,
    0.014645186487916191, 0.029536314977202986, 0.014535161524273825, 0.014535161524273825,
    0.016785378110253487, 0.014558859774243493, 0.014535161524273825, 0.019604416711937293,
    0.014535161524273825, 0.014558859774243493, 0.014535161524273825, 0.03152091531163228,
    0.021075455001162945, 0.021005628174745786, 0.015043395360629753, 0.025638803528350497,
    0.01957296050943854, 0.02628726283711208, 0.02458933653429248, 0.03715663592267942,
    0.07169213006588289, 0.1009179167487121];
  const karateDirected = [0.015060398201356056, 0.015860478291831532, 0.017545657516999914,
    0.019409903871309166, 0.015860478291831532, 0.015860478291831532, 0.027095006459620766,
    0.024909454583064414, 0.01772472464614078, 0.016924644555665305, 0.027095006459620766,
    0.015860478291831532, 0.02136002900358678, 0.024909454583064414, 0.015060398201356056,
    0.015060398201356056, 0.04258589015733158, 0.017545657516999914, 0.015060398201356056,
    0.017545657516999914, 0.015060398201356056, 0.017545657516999914, 0.015060398201356056,
    0.015060398201356056, 0.015060398201356056, 0.02188774830674678, 0.015060398201356056,
    0.023751994661056028, 0.016924644555665305, 0.02402129521468138, 0.02176761579390405,
    0.04592580168141822, 0.09548948104425682, 0.2590491773753372];

  it('Zachary karate club, unweighted, full precision', () => {
    const list = unweighted(readCsv('karate-club'));
    const g = compile(list);
    const pr = pagerank(g);
    g.ids.forEach((id, i) => expect(Math.abs(pr[i]! - karate[Number(id)]!), `member ${id}`).toBeLessThan(1e-15));
  });

  it('Zachary karate club as a directed graph (lower number -> higher), full precision', () => {
    const list = unweighted(readCsv('karate-club'));
    const directed: EdgeList = { ...list, directed: true, edges: list.edges.map(([s, t, w]) => {
      const [a, b] = [Number(list.ids![s]), Number(list.ids![t])];
      return (a < b ? [s, t, w] : [t, s, w]) as [number, number, number];
    }) };
    const g = compile(directed);
    const pr = pagerank(g);
    g.ids.forEach((id, i) => expect(Math.abs(pr[i]! - karateDirected[Number(id)]!), `member ${id}`).toBeLessThan(1e-15));
  });

  it('Langville and Meyer example with a dangling node (networkx test_pagerank.py, alpha 0.9)', () => {
    // nodes 1..6 as 0..5; networkx checks these to 1e-4 with tol 1e-8
    const list = listOf(6, true, [[0, 1], [0, 2], [2, 0], [2, 1], [2, 4], [3, 4], [3, 5], [4, 3], [4, 5], [5, 3]]);
    const expected = [0.03721197, 0.05395735, 0.04150565, 0.37508082, 0.20599833, 0.28624589];
    const pr = pagerank(compile(list), { alpha: 0.9, tol: 1e-8 });
    expected.forEach((v, i) => expect(pr[i]).toBeCloseTo(v, 7));
  });
});

describe('pagerank vs the exact solution and a dense power iteration', () => {
  // 200 seeded random graphs, n in 1..25: isolates, dangling nodes, zero weights (including
  // nodes whose out-ties all weigh 0), parallel ties and self-ties.
  it.each(Array.from({ length: 200 }, (_, seed) => seed))('random graph seed %i', (seed) => {
    const n = 1 + (seed % 25);
    const list = randomEdgeList(6100 + seed, n, Math.min(0.9, (1 + (seed % 6)) / n), seed % 3 !== 0);
    const g = compile(list);
    const pr = pagerank(g);
    expect(l1(pr, densePagerank(list))).toBeLessThan(1e-13); // same iterates, same stopping step
    const exact = exactPagerank(list);
    // After stopping, the L1 error is at most alpha / (1 - alpha) times the last change < n tol.
    expect(l1(pr, exact)).toBeLessThan((0.85 / 0.15) * n * 1e-6);
    expect(l1(pagerank(g, { tol: 1e-15 / n, maxIter: 1000 }), exact)).toBeLessThan(1e-12);
    expect(pr.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 13);
  });

  it.each([[0.5], [0.99]])('alpha %f on the Florentine families and a lattice', (alpha) => {
    for (const list of [readCsv('florentine-marriage'), gridGraph(5, 6)]) {
      const pr = pagerank(compile(list), { alpha, tol: 1e-14, maxIter: 10000 });
      expect(l1(pr, exactPagerank(list, alpha))).toBeLessThan(1e-10);
    }
  });
});

describe('pagerank conventions', () => {
  it('n = 0, 1, 2 and no ties', () => {
    expect(Array.from(values(listOf(0, true, [])))).toEqual([]);
    expect(Array.from(values(listOf(1, true, [])))).toEqual([1]);
    expect(Array.from(values(listOf(2, false, [])))).toEqual([0.5, 0.5]);
    expect(Array.from(values(listOf(2, false, [[0, 1]])))).toEqual([0.5, 0.5]);
  });

  it('an undirected tie counts both ways', () => {
    const list = randomEdgeList(77, 20, 0.2, false);
    const both: EdgeList = { ...list, directed: true, edges: list.edges.flatMap(([s, t, w]): [number, number, number][] => [[s, t, w], [t, s, w]]) };
    expect(l1(values(list), values(both))).toBeLessThan(1e-15);
  });

  it('a node whose out-ties all weigh 0 is dangling, as in networkx', () => {
    const zero = listOf(4, true, [[1, 2], [2, 3], [3, 1]]);
    zero.edges.push([0, 1, 0], [0, 2, 0]);
    const none = listOf(4, true, [[1, 2], [2, 3], [3, 1]]);
    expect(Array.from(values(zero))).toEqual(Array.from(values(none)));
  });

  it('very unequal weights and parallel ties (largest kept)', () => {
    const list: EdgeList = { n: 4, directed: true, edges: [[0, 1, 1e9], [0, 2, 1e-9], [0, 2, 1e-12], [1, 0, 1], [2, 3, 3], [3, 0, 0.5], [3, 3, 9]] };
    const pr = values(list);
    expect(l1(pr, exactPagerank(list))).toBeLessThan(6 * 4e-6);
    expect(pr[2]! < pr[1]!).toBe(true);
    const merged: EdgeList = { ...list, edges: [[0, 1, 1e9], [0, 2, 1e-9], [1, 0, 1], [2, 3, 3], [3, 0, 0.5]] };
    expect(Array.from(values(merged))).toEqual(Array.from(pr));
  });

  it('long chains: a directed path of 3,000 against its closed form', () => {
    // Only the last node is dangling, so x_0 = c and x_i = c + alpha x_(i-1): x_i = c (1 - alpha^(i+1)) / (1 - alpha),
    // with c fixed by the sum being 1.
    const n = 3000;
    const a = 0.85;
    const c = (1 - a) / (n - (a * (1 - a ** n)) / (1 - a));
    const exact = Array.from({ length: n }, (_, i) => (c * (1 - a ** (i + 1))) / (1 - a));
    const g = compile(pathGraph(n, true));
    const pr = pagerank(g);
    expect(pr.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
    // networkx's stopping rule (L1 change < n tol = 0.003) is loose on big graphs: still within the bound
    expect(l1(pr, exact)).toBeLessThan((a / (1 - a)) * n * 1e-6);
    expect(l1(pagerank(g, { tol: 1e-16, maxIter: 1000 }), exact)).toBeLessThan(1e-11);
  });

  it('throws when it cannot converge, and on bad options or input', () => {
    const g = compile(pathGraph(10));
    expect(() => pagerank(g, { maxIter: 1 })).toThrow(/^pagerank: did not converge/);
    expect(() => pagerank(g, { alpha: 1.5 })).toThrow(/^pagerank: /);
    expect(() => pagerank(g, { tol: 0 })).toThrow(/^pagerank: /);
    expect(() => pagerank({ ...g, outWeights: new Float64Array(0) })).toThrow(/^pagerank: /);
  });
});
