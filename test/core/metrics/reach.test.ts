import { describe, expect, it } from 'vitest';
import { twoStepReach } from '../../../src/core/metrics/reach.ts';
import { compile, floydWarshall, listOf, tieMatrix } from '../../fixtures/graphs/centrality-helpers.ts';
import { gridGraph, pathGraph, randomEdgeList, readCsv, type EdgeList } from '../../fixtures/graphs/graphs.ts';

/** Reference 1: boolean matrix products. Reached in <= 2 steps = (A + A^2), diagonal left out. */
function matrixReach(list: EdgeList): number[] {
  const a = tieMatrix(list);
  const n = list.n;
  return a.map((row, u) => {
    let count = 0;
    for (let v = 0; v < n; v++) {
      if (v === u) continue;
      if (row[v] || row.some((x, k) => x && a[k]![v])) count++;
    }
    return n < 2 ? 0 : count / (n - 1);
  });
}

/** Reference 2: distances from Floyd-Warshall, counted where 1 <= d(u, v) <= 2. */
function distanceReach(list: EdgeList): number[] {
  const d = floydWarshall(tieMatrix(list));
  return d.map((row) => (list.n < 2 ? 0 : row.filter((x) => x >= 1 && x <= 2).length / (list.n - 1)));
}

const values = (list: EdgeList) => Array.from(twoStepReach(compile(list)));

describe('two-step reach on small cases worked out by hand', () => {
  it.each([
    [0, false, [], []],
    [1, false, [], [0]],
    [2, false, [], [0, 0]],
    [2, false, [[0, 1]], [1, 1]],
    [2, true, [[0, 1]], [1, 0]], // follows tie direction: the sink reaches nobody
    [4, true, [[0, 1], [0, 2], [0, 3]], [1, 0, 0, 0]], // out-star
    [4, true, [[1, 0], [2, 0], [3, 0]], [0, 1 / 3, 1 / 3, 1 / 3]], // in-star
    [4, false, [[0, 1], [0, 2], [0, 3]], [1, 1, 1, 1]], // every leaf reaches the others through the hub
    [5, true, [[0, 1], [1, 2], [2, 3], [3, 4]], [2 / 4, 2 / 4, 2 / 4, 1 / 4, 0]], // directed chain
    [5, false, [[0, 1], [1, 2], [3, 4]], [2 / 4, 2 / 4, 2 / 4, 1 / 4, 1 / 4]], // two components
    [3, true, [[0, 1], [1, 0], [1, 2], [2, 1]], [1, 1, 1]], // mutual ties
  ] as [number, boolean, [number, number][], number[]][])('n = %i, directed %s, ties %j', (n, directed, ties, expected) => {
    expect(values(listOf(n, directed, ties))).toEqual(expected);
  });

  it('path of 1,000: the ends reach 2, their neighbours 3, everyone else 4', () => {
    const r = values(pathGraph(1000));
    const expected = (k: number) => Math.min(k, 2) + Math.min(999 - k, 2);
    r.forEach((x, k) => expect(x).toBe(expected(k) / 999));
  });

  it('lattice 5 x 7: Manhattan distance 1 or 2, clipped at the border', () => {
    const [rows, cols] = [5, 7];
    const r = values(gridGraph(rows, cols));
    for (let a = 0; a < rows; a++) {
      for (let b = 0; b < cols; b++) {
        let count = 0;
        for (let a2 = 0; a2 < rows; a2++)
          for (let b2 = 0; b2 < cols; b2++) if (Math.abs(a - a2) + Math.abs(b - b2) <= 2 && (a !== a2 || b !== b2)) count++;
        expect(r[a * cols + b]).toBe(count / (rows * cols - 1));
      }
    }
  });

  it('counts zero-weight ties and ignores weights, parallel ties and self-ties', () => {
    const noisy: EdgeList = { n: 4, directed: true, edges: [[0, 1, 0], [0, 1, 5], [1, 2, 0], [2, 3, 9], [2, 2, 1]] };
    expect(values(noisy)).toEqual([2 / 3, 2 / 3, 1 / 3, 0]);
  });

  it('Krackhardt kite: Andre reaches everyone but Ike and Jane; Jane reaches Ike and Heather', () => {
    const g = compile(readCsv('krackhardt-kite'));
    const r = twoStepReach(g);
    expect(r[g.index.get('Andre')!]).toBe(7 / 9);
    expect(r[g.index.get('Jane')!]).toBe(2 / 9);
    expect(r[g.index.get('Fernando')!]).toBe(8 / 9); // all but Jane (3 steps away)
  });
});

describe('two-step reach vs two naive references', () => {
  // 200 seeded random graphs, n in 0..24, directed and undirected, with isolates, sources,
  // sinks, parallel ties, self-ties and zero weights.
  it.each(Array.from({ length: 200 }, (_, seed) => seed))('random graph seed %i', (seed) => {
    const n = seed % 25;
    const list = randomEdgeList(9300 + seed, n, Math.min(0.9, (1 + (seed % 5)) / Math.max(1, n)), seed % 2 === 1);
    const r = values(list);
    const m = matrixReach(list);
    expect(distanceReach(list)).toEqual(m); // the references agree with each other
    expect(r).toEqual(m);
  });

  it('rejects something that is not a compiled graph', () => {
    const g = compile(pathGraph(3));
    expect(() => twoStepReach({ ...g, outOffsets: new Int32Array(2) })).toThrow(/^reach: /);
  });
});
