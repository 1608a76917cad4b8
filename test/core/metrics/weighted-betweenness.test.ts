/**
 * Weighted betweenness (tie length = 1 / weight) against:
 *  - a naive reference: Floyd-Warshall with path counting on the raw edge list (path-helpers.ts),
 *    lengths compared with the same relative 1e-12, no code shared with the Dijkstra step;
 *  - small networks worked out by hand (each case says how);
 *  - unweighted betweenness, which it must equal when every tie has the same weight.
 */
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../../src/core/graph/compile.ts';
import { betweenness } from '../../../src/core/metrics/betweenness.ts';
import { weightedBetweenness } from '../../../src/core/metrics/weighted-betweenness.ts';
import {
  diamondChain, gridGraph, idsOf, mulberry32, pathGraph, randomEdgeList, readCsv, reorder, type EdgeList,
} from '../../fixtures/graphs/graphs.ts';
import {
  compileList, countingBetweenness, mapWeights, maxRelativeDifference,
} from '../../fixtures/graphs/path-helpers.ts';

const weighted = (n: number, directed: boolean, edges: [number, number, number][]): EdgeList => ({ n, directed, edges });
const raw = (list: EdgeList) => Array.from(weightedBetweenness(compileList(list), { normalized: false }));

describe('weighted betweenness vs Floyd-Warshall path counting', () => {
  // 200 seeded random graphs, n 0..13, weights from {0, 0.5, 1, 2, 3} (zero: no route),
  // parallel ties (largest weight kept) and self-ties, directed and undirected.
  it.each(Array.from({ length: 200 }, (_, seed) => seed))('random graph seed %i', (seed) => {
    const list = randomEdgeList(11000 + seed, seed % 14, 0.15 + (seed % 6) * 0.12, seed % 2 === 1);
    const g = compileList(list);
    for (const normalized of [true, false]) {
      expect(maxRelativeDifference(weightedBetweenness(g, { normalized }), countingBetweenness(list, true, normalized)))
        .toBeLessThan(1e-9);
    }
  });

  // The same with very unequal weights: 1e-6 (length 1e6) or 1e6 (length 1e-6) next to 1 and 3.
  // Not both in one graph: lengths 1e6 + 1e-6 and 1e6 + 2e-6 differ by one part in 10^12, the
  // tolerance itself, where the two methods' different order of additions decides (see below).
  it.each(Array.from({ length: 60 }, (_, seed) => seed))('very unequal weights, seed %i', (seed) => {
    const extreme = seed % 2 === 0 ? 1e-6 : 1e6;
    const spread = new Map([[0, 0], [0.5, extreme], [1, 1], [2, extreme], [3, 3]]);
    const list = mapWeights(randomEdgeList(12000 + seed, 5 + (seed % 9), 0.3 + (seed % 4) * 0.1, seed % 4 < 2),
      (w) => spread.get(w)!);
    expect(maxRelativeDifference(weightedBetweenness(compileList(list), { normalized: false }),
      countingBetweenness(list, true, false))).toBeLessThan(1e-9);
  });

  it('grid with random weights, and the karate club with its interaction counts', () => {
    const grid = gridGraph(5, 6);
    const rng = (i: number) => 1 + ((i * 7919) % 5);
    const list = { ...grid, edges: grid.edges.map(([s, t], i): [number, number, number] => [s, t, rng(i)]) };
    expect(maxRelativeDifference(weightedBetweenness(compileList(list)), countingBetweenness(list, true, true)))
      .toBeLessThan(1e-9);
    const karate = readCsv('karate-club');
    expect(maxRelativeDifference(weightedBetweenness(compileList(karate)), countingBetweenness(karate, true, true)))
      .toBeLessThan(1e-9);
  });
});

describe('weighted betweenness worked out by hand', () => {
  it('a strong detour beats a weak direct tie', () => {
    // 0-1 and 1-2 weight 4 (length 1/4 each), 0-2 weight 1 (length 1): 0 to 2 goes via 1.
    const triangle = weighted(3, false, [[0, 1, 4], [1, 2, 4], [0, 2, 1]]);
    expect(raw(triangle)).toEqual([0, 1, 0]);
    expect(Array.from(betweenness(compileList(triangle), { normalized: false }))).toEqual([0, 0, 0]);
    // extremes: weight 1e6 (length 1e-6) twice against a direct 1e-6 (length 1e6), and reversed
    expect(raw(weighted(3, false, [[0, 1, 1e6], [1, 2, 1e6], [0, 2, 1e-6]]))).toEqual([0, 1, 0]);
    expect(raw(weighted(3, false, [[0, 1, 1e-6], [1, 2, 1e-6], [0, 2, 1e6]]))).toEqual([0, 0, 0]);
  });

  it('a zero-weight tie is never part of a route', () => {
    // path 0-1-2 whose first tie has weight 0: 0 reaches nobody, so 1 lies on no route
    expect(raw(weighted(3, false, [[0, 1, 0], [1, 2, 1]]))).toEqual([0, 0, 0]);
    // square 0-1-2-3-0 with 0-1 at weight 0: routes use the path 1-2-3-0, whose inner people
    // 2 and 3 each lie between two pairs: 2 on (1,3) and (1,0), 3 on (2,0) and (1,0)
    const square = weighted(4, false, [[0, 1, 0], [1, 2, 1], [2, 3, 1], [3, 0, 1]]);
    expect(raw(square)).toEqual([0, 0, 2, 2]);
    expect(Array.from(betweenness(compileList(square), { normalized: false }))).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('routes equal up to rounding error split the pair (relative 1e-12)', () => {
    // cycle 0-1-2-3-0, three ties of weight 10 (length 0.1) and 0-3 of weight 10/3 (length 0.3).
    // In float64, 0.1 + 0.1 + 0.1 = 0.30000000000000004 > 0.3; compared within 1e-12 they are
    // equal, so the pair (0, 3) splits between 0-3 and 0-1-2-3: 1 and 2 get 1/2 each, plus 1
    // for the pair each is the middle of, (0, 2) and (1, 3).
    const cycle = weighted(4, false, [[0, 1, 10], [1, 2, 10], [2, 3, 10], [0, 3, 10 / 3]]);
    expect(0.1 + 0.1 + 0.1).not.toBe(1 / (10 / 3));
    expect(raw(cycle)).toEqual([0, 1.5, 1.5, 0]);
  });

  it('lengths within one part in 10^12 are equal; one part in 10^11 is not', () => {
    // 0-2 of length 2^20 (weight 2^-20) against 0-1 of length 2^19 then 1-2 of length 2^19 + x:
    // x = 1e-7 differs by about 1e-13 relative, a tie: 1 gets 1/2 (networkx, exact: 0);
    // x = 1e-5 differs by about 1e-11: the direct tie is shorter and 1 gets 0.
    const detour = (x: number) => weighted(3, false, [[0, 1, 2 ** -19], [1, 2, 1 / (2 ** 19 + x)], [0, 2, 2 ** -20]]);
    expect(raw(detour(1e-7))).toEqual([0, 0.5, 0]);
    expect(raw(detour(1e-5))).toEqual([0, 0, 0]);
  });

  it('the tolerance never makes two people at one distance precede each other', () => {
    // 0-1 and 0-2 of length 1e6 (weight 1e-6), 1-2 of length 1e-7 (weight 1e7). From 0, both
    // are at 1e6, so 0-1-2 is not a route to 2 although 1e6 + 1e-7 is within the tolerance of
    // 1e6 (else the answer would depend on which of 1 and 2 the heap settles first). From 1,
    // 1-2-0 (1e6 + 1e-7) ties with 1-0 (1e6) and 2 is nearer than 0: 2 gets 1/2 of the
    // ordered pair (1, 0), and likewise 1 of (2, 0). Undirected raw values halve the ordered
    // sums: 1/4 each.
    expect(raw(weighted(3, false, [[0, 1, 1e-6], [0, 2, 1e-6], [1, 2, 1e7]]))).toEqual([0, 0.25, 0.25]);
  });

  it('directed: follows tie direction and strength', () => {
    // 0 -> 1 -> 2 strong (weight 2 each, length 1/2), 0 -> 2 weak (weight 1/3, length 3),
    // 2 -> 3 and 3 -> 0 (weight 1, length 1). Routes: 0->2 = 0,1,2 and 0->3 = 0,1,2,3 (2 < 4);
    // 1->3 = 1,2,3; 1->0 = 1,2,3,0; 2->0 = 2,3,0; 2->1 = 2,3,0,1; 3->1 = 3,0,1; 3->2 =
    // 3,0,1,2 (2 < 4). Counting inner people: 0 on 2->1, 3->1, 3->2; 1 on 0->2, 0->3, 3->2;
    // 2 on 0->3, 1->3, 1->0; 3 on 1->0, 2->0, 2->1. Unweighted, 0 -> 2 is one step, so 1 is on
    // no route (0->3 = 0,2,3; 3->2 = 3,0,2).
    const list = weighted(4, true, [[0, 1, 2], [1, 2, 2], [0, 2, 1 / 3], [2, 3, 1], [3, 0, 1]]);
    expect(raw(list)).toEqual([3, 3, 3, 3]);
    expect(Array.from(betweenness(compileList(list), { normalized: false }))).toEqual([3, 0, 3, 3]);
  });

  it('parallel ties keep the strongest, self-ties are ignored', () => {
    // 0-2 given twice, weights 1 and 1/4: the strongest (length 1) ties with 0-1-2 (1/2 + 1/2)
    const list = weighted(3, false, [[0, 1, 2], [1, 2, 2], [0, 2, 0.25], [2, 0, 1], [1, 1, 100]]);
    expect(raw(list)).toEqual([0, 0.5, 0]);
  });
});

describe('weighted betweenness with equal weights is unweighted betweenness', () => {
  it.each([1, 0.7, 3, 1e-6, 1e6])('every tie of weight %s', (w) => {
    for (let seed = 0; seed < 30; seed++) {
      const list = mapWeights(randomEdgeList(13000 + seed, 3 + (seed % 15), 0.25, seed % 2 === 0), () => w);
      const g = compileList(list);
      expect(maxRelativeDifference(weightedBetweenness(g), betweenness(g))).toBeLessThan(1e-12);
    }
  });

  it('a missing weight reads as 1', () => {
    const list = randomEdgeList(99, 12, 0.3, true);
    const bare = new Graph({ type: 'directed', allowSelfLoops: true, multi: true });
    for (let i = 0; i < list.n; i++) bare.addNode(String(i));
    for (const [s, t] of list.edges) bare.addEdge(String(s), String(t));
    const g = compileGraph(bare);
    expect(maxRelativeDifference(weightedBetweenness(g), betweenness(g))).toBeLessThan(1e-12);
  });

  it.each([false, true])('chain of 40 diamonds: 2^40 routes, exact (directed: %s)', (directed) => {
    const g = compileList(mapWeights(diamondChain(40, directed), () => 2.5));
    expect(Array.from(weightedBetweenness(g, { normalized: false })))
      .toEqual(Array.from(betweenness(g, { normalized: false })));
  });

  it('path of 1,000 people (long chain): node k lies on k(n-1-k) routes', () => {
    const n = 1000;
    const b = weightedBetweenness(compileList(mapWeights(pathGraph(n), () => 0.2)), { normalized: false });
    for (let k = 0; k < n; k++) expect(b[k]).toBe(k * (n - 1 - k));
  });

  it('multiplying every weight by the same factor changes nothing', () => {
    const list = mapWeights(randomEdgeList(5, 25, 0.2, false), (w) => w + 1);
    const before = weightedBetweenness(compileList(list));
    const after = weightedBetweenness(compileList(mapWeights(list, (w) => w * 37.5)));
    expect(maxRelativeDifference(after, before)).toBeLessThan(1e-12);
  });
});

describe('weighted betweenness does not depend on the order of people', () => {
  // Many equal lengths (weights 1, 2, 3 and 0.5 give lengths 1, 1/2, 1/3, 2), so the heap
  // often holds people at one distance; relabelling them must not change anyone's value.
  it.each(Array.from({ length: 20 }, (_, seed) => seed))('random graph seed %i, shuffled', (seed) => {
    const list = randomEdgeList(14000 + seed, 8 + (seed % 20), 0.2, seed % 2 === 0);
    const ids = idsOf(list);
    const rng = mulberry32(seed);
    const shuffled = [...ids];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    const a = compileList(list);
    const b = compileList(reorder(list, shuffled));
    const va = weightedBetweenness(a);
    const vb = weightedBetweenness(b);
    for (const id of ids) expect(Math.abs(va[a.index.get(id)!]! - vb[b.index.get(id)!]!)).toBeLessThan(1e-12);
  });

  it('the tie shorter than the tolerance, in every order of the three people', () => {
    const orders = [['0', '1', '2'], ['0', '2', '1'], ['1', '0', '2'], ['1', '2', '0'], ['2', '0', '1'], ['2', '1', '0']];
    const list = weighted(3, false, [[0, 1, 1e-6], [0, 2, 1e-6], [1, 2, 1e7]]);
    for (const order of orders) {
      const g = compileList(reorder(list, order));
      const b = weightedBetweenness(g, { normalized: false });
      expect(['0', '1', '2'].map((id) => b[g.index.get(id)!])).toEqual([0, 0.25, 0.25]);
    }
  });
});

describe('weighted betweenness edge cases and input', () => {
  it.each([0, 1, 2])('zeros for n = %i', (n) => {
    const g = compileList(weighted(n, false, n === 2 ? [[0, 1, 3]] : []));
    expect(Array.from(weightedBetweenness(g))).toEqual(new Array(n).fill(0));
  });

  it('isolates and separate groups add nothing', () => {
    // two weighted paths 0-1-2 and 3-4-5-6 plus isolate 7
    const list = weighted(8, false, [[0, 1, 2], [1, 2, 5], [3, 4, 1], [4, 5, 1], [5, 6, 9]]);
    expect(raw(list)).toEqual([0, 1, 0, 0, 2, 2, 0, 0]);
  });

  it('reports progress and rejects what is not a compiled graph', () => {
    const g = compileList(pathGraph(300));
    const calls: number[] = [];
    weightedBetweenness(g, { onProgress: (done) => calls.push(done) });
    expect(calls.at(-1)).toBe(300);
    expect(calls.length).toBeLessThanOrEqual(101);
    expect(() => weightedBetweenness({ ...g, outWeights: new Float64Array(1) })).toThrow(/^weighted betweenness: /);
  });
});
