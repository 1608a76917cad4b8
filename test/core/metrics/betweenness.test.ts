import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../../src/core/graph/compile.ts';
import { betweenness } from '../../../src/core/metrics/betweenness.ts';
import {
  diamondChain, pathGraph, readCsv, toGraphology, type EdgeList,
} from '../../fixtures/graphs/graphs.ts';

const compile = (list: EdgeList) => compileGraph(toGraphology(list));
/** Betweenness keyed by node id. */
function byId(list: EdgeList, normalized = true): Record<string, number> {
  const g = compile(list);
  const b = betweenness(g, { normalized });
  return Object.fromEntries(g.ids.map((id, i) => [id, b[i]!]));
}
const list = (n: number, directed: boolean, pairs: [number, number][]): EdgeList =>
  ({ n, directed, edges: pairs.map(([s, t]) => [s, t, 1]) });

describe('betweenness against published values', () => {
  it('Krackhardt kite', () => {
    // networkx test_betweenness_centrality.py, test_krackhardt_kite_graph(_normalized), 3 decimals;
    // raw values there are doubled sums, halved here: 0.833 = 5/6, 3.667 = 11/3, 8.333 = 25/3.
    const kite = readCsv('krackhardt-kite');
    const raw = { Andre: 1.667 / 2, Beverly: 1.667 / 2, Carol: 0, Diane: 7.333 / 2, Ed: 0,
      Fernando: 16.667 / 2, Garth: 16.667 / 2, Heather: 14, Ike: 8, Jane: 0 };
    const norm = { Andre: 0.023, Beverly: 0.023, Carol: 0, Diane: 0.102, Ed: 0,
      Fernando: 0.231, Garth: 0.231, Heather: 0.389, Ike: 0.222, Jane: 0 };
    const b = byId(kite, false);
    const bn = byId(kite, true);
    for (const [id, v] of Object.entries(raw)) expect(b[id]).toBeCloseTo(v, 3);
    for (const [id, v] of Object.entries(norm)) expect(bn[id]).toBeCloseTo(v, 3);
    expect(b['Heather']).toBe(14);
  });

  it('Padgett Florentine marriages (Medici 0.522)', () => {
    // networkx test_betweenness_centrality.py, test_florentine_families_graph, 3 decimals.
    const expected = { Acciaiuoli: 0, Albizzi: 0.212, Barbadori: 0.093, Bischeri: 0.104,
      Castellani: 0.055, Ginori: 0, Guadagni: 0.255, Lamberteschi: 0, Medici: 0.522, Pazzi: 0,
      Peruzzi: 0.022, Ridolfi: 0.114, Salviati: 0.143, Strozzi: 0.103, Tornabuoni: 0.092 };
    const b = byId(readCsv('florentine-marriage'));
    for (const [id, v] of Object.entries(expected)) expect(Math.abs(b[id]! - v)).toBeLessThan(1e-3);
  });

  it('Zachary karate club, full precision', () => {
    // networkx betweenness_centrality(karate_club_graph(), normalized=True) as printed in
    // GeeksforGeeks, "Network Centrality Measures in a Graph using Networkx | Python".
    const published = [0.43763528138528146, 0.053936688311688304, 0.14365680615680618,
      0.011909271284271283, 0.0006313131313131313, 0.02998737373737374, 0.029987373737373736, 0,
      0.05592682780182781, 0.0008477633477633478, 0.0006313131313131313, 0, 0, 0.04586339586339586,
      0, 0, 0, 0, 0, 0.03247504810004811, 0, 0, 0, 0.017613636363636363, 0.0022095959595959595,
      0.0038404882154882154, 0, 0.02233345358345358, 0.0017947330447330447, 0.0029220779220779218,
      0.014411976911976909, 0.13827561327561325, 0.145247113997114, 0.30407497594997596];
    const b = byId(readCsv('karate-club'));
    published.forEach((v, member) => expect(Math.abs(b[String(member)]! - v)).toBeLessThan(1e-12));
  });

  it('networkx small cases: P3, directed path, disconnected paths, ladder', () => {
    // networkx test_betweenness_centrality.py: test_P3, test_directed_path(_normalized),
    // test_disconnected_path, test_ladder_graph (raw values there doubled, halved here).
    expect(Object.values(byId(pathGraph(3), true))).toEqual([0, 1, 0]);
    expect(Object.values(byId(pathGraph(3, true), false))).toEqual([0, 1, 0]);
    expect(Object.values(byId(pathGraph(3, true), true))).toEqual([0, 0.5, 0]);
    const twoPaths = list(7, false, [[0, 1], [1, 2], [3, 4], [4, 5], [5, 6]]);
    expect(Object.values(byId(twoPaths, false))).toEqual([0, 1, 0, 0, 2, 2, 0]);
    const ladder = list(6, false, [[0, 1], [0, 2], [1, 3], [2, 3], [2, 4], [4, 5], [3, 5]]);
    const b = Object.values(byId(ladder, false));
    [1.667, 1.667, 6.667, 6.667, 1.667, 1.667].forEach((v, i) => expect(b[i]).toBeCloseTo(v / 2, 3));
  });
});

describe('betweenness on shapes with known formulas', () => {
  it.each([0, 1, 2])('is all zeros for n = %i (normalised or not)', (n) => {
    const g = compile(list(n, false, n === 2 ? [[0, 1]] : []));
    expect(Array.from(betweenness(g))).toEqual(new Array(n).fill(0));
    expect(Array.from(betweenness(g, { normalized: false }))).toEqual(new Array(n).fill(0));
  });

  it('star: centre on every route (undirected), none when all ties point out', () => {
    const spokes: [number, number][] = [[0, 1], [0, 2], [0, 3], [0, 4], [0, 5]];
    // undirected: C(5, 2) = 10 pairs of leaves, all through the centre; normalised 10 / 10 = 1
    expect(Object.values(byId(list(6, false, spokes), false))).toEqual([10, 0, 0, 0, 0, 0]);
    expect(Object.values(byId(list(6, false, spokes), true))).toEqual([1, 0, 0, 0, 0, 0]);
    // out-star: sinks reach nobody, so no route passes the centre
    expect(Object.values(byId(list(6, true, spokes), false))).toEqual([0, 0, 0, 0, 0, 0]);
    // 2 sources -> centre -> 3 sinks: 2 x 3 ordered routes through the centre; 6 / (5 * 4)
    const bowtie = list(6, true, [[1, 0], [2, 0], [0, 3], [0, 4], [0, 5]]);
    expect(Object.values(byId(bowtie, false))).toEqual([6, 0, 0, 0, 0, 0]);
    expect(byId(bowtie, true)['0']).toBeCloseTo(6 / 20, 15);
  });

  it('path of 2,000 nodes: node k lies on k(n-1-k) routes; the middle one near 0.5', () => {
    const n = 2000;
    const g = compile(pathGraph(n));
    const raw = betweenness(g, { normalized: false });
    const norm = betweenness(g);
    for (let k = 0; k < n; k++) {
      expect(raw[k]).toBe(k * (n - 1 - k));
      expect(norm[k]).toBeCloseTo((2 * k * (n - 1 - k)) / ((n - 1) * (n - 2)), 12);
    }
    expect(norm[999]).toBeCloseTo(0.5, 3);
  });

  // Hubs h_i = 3i; middles a_i = 3i+1, b_i = 3i+2. From h_0 to h_40 there are 2^40 shortest
  // paths, more than an int32 or uint32 counter holds. Derived by hand: every route between
  // the 3i nodes before h_i and the 3(k-i) after it passes h_i, plus 1/2 for each of the pairs
  // (a_{i-1}, b_{i-1}) and (a_i, b_i); a middle node carries half of the routes between the
  // 3i+1 nodes up to h_i and the 3(k-1-i)+1 from h_{i+1} on.
  it.each([false, true])('chain of 40 diamonds stays finite and exact (directed: %s)', (directed) => {
    const k = 40;
    const g = compile(diamondChain(k, directed));
    const b = betweenness(g, { normalized: false });
    const hub = (i: number) => 9 * i * (k - i) + (directed ? 0 : i === 0 || i === k ? 0.5 : 1);
    const middle = (i: number) => ((3 * i + 1) * (3 * (k - 1 - i) + 1)) / 2;
    for (let i = 0; i <= k; i++) expect(b[3 * i]).toBe(hub(i));
    for (let i = 0; i < k; i++) {
      expect(b[3 * i + 1]).toBe(middle(i));
      expect(b[3 * i + 2]).toBe(middle(i));
    }
    const n = g.n;
    const norm = betweenness(g);
    const scale = directed ? 1 / ((n - 1) * (n - 2)) : 2 / ((n - 1) * (n - 2));
    for (let v = 0; v < n; v++) expect(norm[v]).toBeCloseTo(b[v]! * scale, 12);
  });

  it('ignores weights, zero included', () => {
    const a = list(5, false, [[0, 1], [1, 2], [2, 3], [3, 4], [0, 4]]);
    const zero: EdgeList = { ...a, edges: a.edges.map(([s, t]) => [s, t, 0]) };
    expect(Array.from(betweenness(compile(zero)))).toEqual(Array.from(betweenness(compile(a))));
  });
});

describe('betweenness progress and input', () => {
  it.each([0, 1, 7, 100, 250])('reports at most ~100 times, in order, ending at n (n = %i)', (n) => {
    const calls: [number, number][] = [];
    betweenness(compile(pathGraph(n)), { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.length).toBeLessThanOrEqual(101);
    expect(calls.at(-1)).toEqual([n, n]);
    for (let i = 1; i < calls.length; i++) expect(calls[i]![0]).toBeGreaterThan(calls[i - 1]![0]);
    if (n >= 100) expect(calls.length).toBeGreaterThanOrEqual(50);
  });

  it('rejects something that is not a compiled graph', () => {
    const g = compile(pathGraph(3));
    expect(() => betweenness({ ...g, inSources: new Int32Array(0) })).toThrow(/^betweenness: /);
  });
});
