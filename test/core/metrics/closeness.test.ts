import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../../src/core/graph/compile.ts';
import { closeness } from '../../../src/core/metrics/closeness.ts';
import {
  gridGraph, pathGraph, randomEdgeList, readCsv, toGraphology, type EdgeList,
} from '../../fixtures/graphs/graphs.ts';

const compile = (list: EdgeList) => compileGraph(toGraphology(list));
function byId(list: EdgeList): Record<string, number> {
  const g = compile(list);
  const c = closeness(g);
  return Object.fromEntries(g.ids.map((id, i) => [id, c[i]!]));
}
const list = (n: number, directed: boolean, pairs: [number, number][]): EdgeList =>
  ({ n, directed, edges: pairs.map(([s, t]) => [s, t, 1]) });

/**
 * Independent reference: Floyd-Warshall on a boolean matrix read from the raw edge list, then
 * the Wasserman-Faust formula written out: R = nodes with a path TO u (incoming distances,
 * networkx's directed convention), C(u) = (|R|-1)/(n-1) * (|R|-1)/sum of d(v, u) over R.
 */
function naiveCloseness(list: EdgeList): number[] {
  const { n } = list;
  const d = Array.from({ length: n }, (_, i) => new Array<number>(n).fill(Infinity).fill(0, i, i + 1));
  for (const [s, t] of list.edges) {
    if (s === t) continue;
    d[s]![t] = 1;
    if (!list.directed) d[t]![s] = 1;
  }
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) d[i]![j] = Math.min(d[i]![j]!, d[i]![k]! + d[k]![j]!);
  return d.map((_, u) => {
    const from = d.map((row) => row[u]!).filter((x) => x < Infinity); // includes u itself (0)
    const sum = from.reduce((a, b) => a + b, 0);
    return sum === 0 ? 0 : ((from.length - 1) / (n - 1)) * ((from.length - 1) / sum);
  });
}

describe('closeness against published values', () => {
  it('Krackhardt kite', () => {
    // networkx test_closeness_centrality.py, test_krackhardt_closeness, 3 decimals.
    const expected = { Andre: 0.529, Beverly: 0.529, Carol: 0.5, Diane: 0.6, Ed: 0.5,
      Fernando: 0.643, Garth: 0.643, Heather: 0.6, Ike: 0.429, Jane: 0.31 };
    const c = byId(readCsv('krackhardt-kite'));
    for (const [id, v] of Object.entries(expected)) expect(Math.abs(c[id]! - v)).toBeLessThan(1e-3);
    expect(c['Fernando']).toBe(9 / 14); // by hand: distances 1,1,1,1,1,2,2,2,3 sum to 14
  });

  it('Padgett Florentine marriages', () => {
    // networkx test_closeness_centrality.py, test_florentine_families_closeness.
    const expected = { Acciaiuoli: 0.368, Albizzi: 0.483, Barbadori: 0.4375, Bischeri: 0.4,
      Castellani: 0.389, Ginori: 0.333, Guadagni: 0.467, Lamberteschi: 0.326, Medici: 0.56,
      Pazzi: 0.286, Peruzzi: 0.368, Ridolfi: 0.5, Salviati: 0.389, Strozzi: 0.4375, Tornabuoni: 0.483 };
    const c = byId(readCsv('florentine-marriage'));
    for (const [id, v] of Object.entries(expected)) expect(Math.abs(c[id]! - v)).toBeLessThan(1e-3);
  });

  it('Zachary karate club, full precision', () => {
    // networkx closeness_centrality(karate_club_graph()) as printed in GeeksforGeeks,
    // "Network Centrality Measures in a Graph using Networkx | Python".
    const published = [0.5689655172413793, 0.4852941176470588, 0.559322033898305, 0.4647887323943662,
      0.3793103448275862, 0.38372093023255816, 0.38372093023255816, 0.44, 0.515625, 0.4342105263157895,
      0.3793103448275862, 0.36666666666666664, 0.3707865168539326, 0.515625, 0.3707865168539326,
      0.3707865168539326, 0.28448275862068967, 0.375, 0.3707865168539326, 0.5, 0.3707865168539326,
      0.375, 0.3707865168539326, 0.39285714285714285, 0.375, 0.375, 0.3626373626373626,
      0.4583333333333333, 0.4520547945205479, 0.38372093023255816, 0.4583333333333333,
      0.5409836065573771, 0.515625, 0.55];
    const c = byId(readCsv('karate-club'));
    published.forEach((v, member) => expect(Math.abs(c[String(member)]! - v)).toBeLessThan(1e-12));
  });

  it('networkx small cases: wf_improved on two components, directed path, K5, P3', () => {
    // networkx test_closeness_centrality.py: test_wf_improved (union of P4 and P3),
    // test_digraph (0 -> 1 -> 2 and its reverse), test_k5_closeness, test_p3_closeness.
    const twoParts = list(7, false, [[0, 1], [1, 2], [2, 3], [4, 5], [5, 6]]);
    const c = Object.values(byId(twoParts));
    [0.25, 0.375, 0.375, 0.25, 0.222, 0.333, 0.222].forEach((v, i) => expect(c[i]).toBeCloseTo(v, 3));
    const forward = Object.values(byId(list(3, true, [[0, 1], [1, 2]])));
    [0, 0.5, 0.667].forEach((v, i) => expect(forward[i]).toBeCloseTo(v, 3));
    const backward = Object.values(byId(list(3, true, [[1, 0], [2, 1]])));
    [0.667, 0.5, 0].forEach((v, i) => expect(backward[i]).toBeCloseTo(v, 3));
    const k5: [number, number][] = [];
    for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) k5.push([i, j]);
    expect(Object.values(byId(list(5, false, k5)))).toEqual([1, 1, 1, 1, 1]);
    expect(Object.values(byId(pathGraph(3)))).toEqual([2 / 3, 1, 2 / 3]);
  });
});

describe('closeness on shapes with known formulas', () => {
  it.each([
    [0, false, [], []],
    [1, false, [], [0]],
    [2, false, [], [0, 0]],
    [2, false, [[0, 1]], [1, 1]],
    [2, true, [[0, 1]], [0, 1]], // only 0 reaches 1
    [4, true, [[0, 1], [0, 2], [0, 3]], [0, 1 / 3, 1 / 3, 1 / 3]], // each sink reached by 0 alone: (1/1)(1/3)
  ] as [number, boolean, [number, number][], number[]][])('n = %i, directed %s, ties %j', (n, directed, ties, expected) => {
    const c = closeness(compile(list(n, directed, ties)));
    expected.forEach((v, i) => expect(c[i]).toBeCloseTo(v, 15));
  });

  it('gives isolates 0 and scales components by their share of n', () => {
    // triangle + isolate: each triangle node reaches 2 of 3 others at distance 1: (2/2)(2/3)
    const c = closeness(compile(list(4, false, [[0, 1], [1, 2], [0, 2]])));
    expect(Array.from(c)).toEqual([2 / 3, 2 / 3, 2 / 3, 0]);
  });

  it('path of 2,000 nodes: (n-1) / (k(k+1)/2 + (n-1-k)(n-k)/2)', () => {
    const n = 2000;
    const c = closeness(compile(pathGraph(n)));
    for (let k = 0; k < n; k++) {
      const sum = (k * (k + 1)) / 2 + ((n - 1 - k) * (n - k)) / 2;
      expect(c[k]).toBeCloseTo((n - 1) / sum, 14);
    }
  });

  it.each([[1, 5], [4, 4], [6, 9]])('lattice %i x %i: sums of Manhattan distances', (rows, cols) => {
    const c = closeness(compile(gridGraph(rows, cols)));
    const line = (len: number, i: number) => (i * (i + 1)) / 2 + ((len - 1 - i) * (len - i)) / 2;
    for (let r = 0; r < rows; r++) {
      for (let col = 0; col < cols; col++) {
        const sum = cols * line(rows, r) + rows * line(cols, col);
        expect(c[r * cols + col]).toBeCloseTo((rows * cols - 1) / sum, 14);
      }
    }
  });
});

describe('closeness vs Floyd-Warshall', () => {
  // 200 seeded random graphs, n in 0..24: directed and undirected, sparse (many components,
  // sources and sinks) to dense, with parallel ties, self-ties and zero weights.
  it.each(Array.from({ length: 200 }, (_, seed) => seed))('random graph seed %i', (seed) => {
    const n = seed % 25;
    const list = randomEdgeList(7000 + seed, n, Math.min(0.9, (1 + (seed % 6)) / Math.max(1, n)), seed % 2 === 0);
    const c = closeness(compile(list));
    naiveCloseness(list).forEach((v, i) => expect(Math.abs(c[i]! - v), `node ${i}`).toBeLessThan(1e-12));
  });
});

describe('closeness progress and input', () => {
  it('reports at most ~100 times, ending at n', () => {
    const calls: number[] = [];
    closeness(compile(pathGraph(500)), { onProgress: (done) => calls.push(done) });
    expect(calls.length).toBeLessThanOrEqual(101);
    expect(calls.at(-1)).toBe(500);
  });

  it('rejects something that is not a compiled graph', () => {
    const g = compile(pathGraph(3));
    expect(() => closeness({ ...g, ids: [] })).toThrow(/^closeness: /);
  });
});
