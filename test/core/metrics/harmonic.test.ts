import { describe, expect, it } from 'vitest';
import { harmonic } from '../../../src/core/metrics/harmonic.ts';
import {
  byId, compile, floydWarshall, listOf, tieMatrix,
} from '../../fixtures/graphs/centrality-helpers.ts';
import { gridGraph, pathGraph, randomEdgeList, readCsv, type EdgeList } from '../../fixtures/graphs/graphs.ts';

/**
 * Independent reference: Floyd-Warshall on a boolean matrix read from the raw edge list, then
 * H(u) = sum over v != u of 1 / d(v, u), d(v, u) from v TO u (networkx's incoming convention).
 */
function naiveHarmonic(list: EdgeList): number[] {
  const d = floydWarshall(tieMatrix(list));
  return d.map((_, u) => d.reduce((acc, row, v) => (v === u ? acc : acc + 1 / row[u]!), 0));
}

const values = (list: EdgeList) => Array.from(harmonic(compile(list)));
const harmonicNumber = (k: number) => Array.from({ length: k }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b, 0);

describe('harmonic against networkx test_harmonic_centrality.py', () => {
  // Values as written in networkx's tests (3 decimals there); here the exact fractions.
  it.each([
    ['P3', pathGraph(3), [1.5, 2, 1.5]],
    ['P4', pathGraph(4), [11 / 6, 2.5, 2.5, 11 / 6]],
    ['K5', listOf(5, false, [[0, 1], [0, 2], [0, 3], [0, 4], [1, 2], [1, 3], [1, 4], [2, 3], [2, 4], [3, 4]]), [4, 4, 4, 4, 4]],
    ['C4', listOf(4, false, [[0, 1], [1, 2], [2, 3], [3, 0]]), [2.5, 2.5, 2.5, 2.5]],
    ['C5', listOf(5, false, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 0]]), [3, 3, 3, 3, 3]],
    // balanced_tree(r=2, h=2): networkx gives 4, 4.1666, 4.1666, 2.8333 x 4
    ['balanced tree', listOf(7, false, [[0, 1], [0, 2], [1, 3], [1, 4], [2, 5], [2, 6]]),
      [4, 25 / 6, 25 / 6, 17 / 6, 17 / 6, 17 / 6, 17 / 6]],
    // test_exampleGraph: a DiGraph, incoming distances
    ['directed example', listOf(5, true, [[0, 1], [0, 2], [0, 4], [2, 1], [2, 3], [4, 3]]), [0, 2, 1, 2.5, 1]],
    ['empty', listOf(0, true, []), []],
    ['singleton', listOf(1, true, []), [0]],
  ] as [string, EdgeList, number[]][])('%s', (_, list, expected) => {
    const h = values(list);
    expect(h.length).toBe(expected.length);
    expected.forEach((v, i) => expect(h[i]).toBeCloseTo(v, 14));
  });
});

describe('harmonic on shapes with known formulas', () => {
  it.each([
    [2, false, [], [0, 0]],
    [2, false, [[0, 1]], [1, 1]],
    [2, true, [[0, 1]], [0, 1]], // only 0 reaches 1
    [4, true, [[0, 1], [0, 2], [0, 3]], [0, 1, 1, 1]], // out-star: the hub is reached by nobody
    [4, true, [[1, 0], [2, 0], [3, 0]], [3, 0, 0, 0]], // in-star
    [5, false, [[0, 1], [1, 2], [3, 4]], [1.5, 2, 1.5, 1, 1]], // two components and no isolate
    [4, false, [[0, 1], [1, 2], [0, 2]], [2, 2, 2, 0]], // triangle + isolate
  ] as [number, boolean, [number, number][], number[]][])('n = %i, directed %s, ties %j', (n, directed, ties, expected) => {
    expect(values(listOf(n, directed, ties))).toEqual(expected);
  });

  it('path of 2,000 nodes: H(k) + H(n-1-k); directed path: H(k)', () => {
    const n = 2000;
    const h = values(pathGraph(n));
    const hd = values(pathGraph(n, true));
    for (const k of [0, 1, 2, 17, 999, 1000, 1998, 1999]) {
      expect(h[k]).toBeCloseTo(harmonicNumber(k) + harmonicNumber(n - 1 - k), 11);
      expect(hd[k]).toBeCloseTo(harmonicNumber(k), 11);
    }
  });

  it.each([[1, 5], [4, 4], [6, 9]])('lattice %i x %i: sums of 1 / Manhattan distance', (rows, cols) => {
    const h = values(gridGraph(rows, cols));
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        let sum = 0;
        for (let r2 = 0; r2 < rows; r2++)
          for (let c2 = 0; c2 < cols; c2++) if (r2 !== r || c2 !== c) sum += 1 / (Math.abs(r - r2) + Math.abs(c - c2));
        expect(h[r * cols + c]).toBeCloseTo(sum, 12);
      }
    }
  });

  it('ignores weights, parallel ties and self-ties', () => {
    const plain = values(listOf(4, true, [[0, 1], [1, 2], [2, 3]]));
    const noisy = values({ n: 4, directed: true, edges: [[0, 1, 0], [1, 2, 7], [1, 2, 0.5], [2, 3, 3], [3, 3, 1], [1, 1, 2]] });
    expect(noisy).toEqual(plain);
  });
});

describe('harmonic vs Floyd-Warshall', () => {
  // 200 seeded random graphs, n in 0..24, directed and undirected, sparse (many components,
  // sources and sinks) to dense, with parallel ties, self-ties and zero weights.
  it.each(Array.from({ length: 200 }, (_, seed) => seed))('random graph seed %i', (seed) => {
    const n = seed % 25;
    const list = randomEdgeList(8100 + seed, n, Math.min(0.9, (1 + (seed % 6)) / Math.max(1, n)), seed % 2 === 0);
    const h = harmonic(compile(list));
    naiveHarmonic(list).forEach((v, i) => expect(Math.abs(h[i]! - v), `node ${i}`).toBeLessThan(1e-12));
  });

  it('Florentine families and the Krackhardt kite by id', () => {
    for (const name of ['florentine-marriage', 'krackhardt-kite']) {
      const list = readCsv(name);
      const g = compile(list);
      const h = byId(g, harmonic(g));
      const ids = list.ids!;
      naiveHarmonic(list).forEach((v, i) => expect(h[ids[i]!]).toBeCloseTo(v, 12));
    }
    // By hand on the kite: Fernando has 5 people at 1 step, 3 at 2, 1 at 3; Jane 1, 1, 2 and 5
    // people at 1, 2, 3 and 4 steps.
    const g = compile(readCsv('krackhardt-kite'));
    const h = byId(g, harmonic(g));
    expect(h['Fernando']).toBeCloseTo(5 + 3 / 2 + 1 / 3, 14);
    expect(h['Jane']).toBeCloseTo(1 + 1 / 2 + 2 / 3 + 5 / 4, 14);
  });
});

describe('harmonic progress and input', () => {
  it('reports at most ~100 times, ending at n', () => {
    const calls: number[] = [];
    harmonic(compile(pathGraph(500)), { onProgress: (done) => calls.push(done) });
    expect(calls.length).toBeLessThanOrEqual(101);
    expect(calls.at(-1)).toBe(500);
  });

  it('rejects something that is not a compiled graph', () => {
    const g = compile(pathGraph(3));
    expect(() => harmonic({ ...g, ids: [] })).toThrow(/^harmonic: /);
  });
});
