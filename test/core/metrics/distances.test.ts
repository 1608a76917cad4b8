/**
 * Diameter, average path length and global efficiency against:
 *  - a naive reference: Floyd-Warshall on the raw edge list read as undirected, the largest
 *    component found from those distances (ties to the one with the lowest person), the
 *    formulas written out (path-helpers.ts, no code shared with the module);
 *  - closed forms: paths (diameter n-1, average (n+1)/3), lattices (Manhattan distances),
 *    complete graphs (all 1).
 */
import { describe, expect, it } from 'vitest';
import {
  averagePathLength, combinePathLengths, diameter, finishPathLengths, globalEfficiency, pathLengthPartial,
  pathLengths,
} from '../../../src/core/metrics/distances.ts';
import { gridGraph, pathGraph, randomEdgeList, type EdgeList } from '../../fixtures/graphs/graphs.ts';
import { compileList, pairsList, randomSplit, undirectedDistances } from '../../fixtures/graphs/path-helpers.ts';

interface Expected { diameter: number | null; averagePathLength: number | null; globalEfficiency: number; componentSize: number }

function reference(list: EdgeList): Expected {
  const n = list.n;
  const d = undirectedDistances(list);
  // components from reachability; the largest, ties to the lowest first member
  let best: number[] = [];
  const seen = new Array<boolean>(n).fill(false);
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    const members = d[s]!.flatMap((x, t) => (x < Infinity ? [t] : []));
    for (const t of members) seen[t] = true;
    if (members.length > best.length) best = members;
  }
  let longest = 0;
  let total = 0;
  for (const u of best) for (const v of best) if (u !== v) {
    longest = Math.max(longest, d[u]![v]!);
    total += d[u]![v]!;
  }
  let inverse = 0;
  for (let u = 0; u < n; u++) for (let v = 0; v < n; v++) if (u !== v && d[u]![v]! < Infinity) inverse += 1 / d[u]![v]!;
  const c = best.length;
  return {
    componentSize: c,
    diameter: c >= 2 ? longest : null,
    averagePathLength: c >= 2 ? total / (c * (c - 1)) : null,
    globalEfficiency: n >= 2 ? inverse / (n * (n - 1)) : 0,
  };
}

function expectClose(actual: Expected, expected: Expected) {
  expect(actual.componentSize).toBe(expected.componentSize);
  expect(actual.diameter).toBe(expected.diameter);
  if (expected.averagePathLength === null) expect(actual.averagePathLength).toBeNull();
  else expect(actual.averagePathLength).toBeCloseTo(expected.averagePathLength, 12);
  expect(actual.globalEfficiency).toBeCloseTo(expected.globalEfficiency, 12);
}

describe('distances vs Floyd-Warshall', () => {
  // 200 seeded random graphs, n 0..24, sparse to dense, directed (direction ignored) and
  // undirected, with isolates, several components, parallel ties, self-ties and zero weights.
  it.each(Array.from({ length: 200 }, (_, seed) => seed))('random graph seed %i', (seed) => {
    const n = seed % 25;
    const list = randomEdgeList(41000 + seed, n, [0.03, 0.08, 0.2, 0.5][seed % 4]!, seed % 2 === 0);
    const g = compileList(list);
    const all = pathLengths(g);
    expectClose(all, reference(list));
    expect(diameter(g)).toBe(all.diameter);
    expect(averagePathLength(g)).toBe(all.averagePathLength);
    expect(globalEfficiency(g)).toBe(all.globalEfficiency);
  });
});

describe('distances: closed forms', () => {
  it.each([2, 3, 10, 500])('path of %i: diameter n-1, average (n+1)/3', (n) => {
    const g = compileList(pathGraph(n));
    expect(diameter(g)).toBe(n - 1);
    expect(averagePathLength(g)).toBeCloseTo((n + 1) / 3, 12);
    // efficiency: 2 sum_{d=1}^{n-1} (n-d)/d over n(n-1)
    let e = 0;
    for (let d = 1; d < n; d++) e += (2 * (n - d)) / d;
    expect(globalEfficiency(g)).toBeCloseTo(e / (n * (n - 1)), 12);
  });

  it('a directed path is read as undirected', () => {
    const directed = pathLengths(compileList(pathGraph(30, true)));
    const undirected = pathLengths(compileList(pathGraph(30, false)));
    expect(directed).toEqual(undirected);
  });

  it.each([[1, 6], [3, 3], [4, 7], [10, 12]])('lattice %i x %i: Manhattan distances', (rows, cols) => {
    // sum of |i - j| over ordered pairs of 0..L-1 is L(L^2 - 1)/3; a pair of lattice points adds
    // its row and column differences, each row difference occurring cols^2 times.
    const line = (l: number) => (l * (l * l - 1)) / 3;
    const n = rows * cols;
    const g = compileList(gridGraph(rows, cols));
    expect(diameter(g)).toBe(rows + cols - 2);
    expect(averagePathLength(g)).toBeCloseTo((cols * cols * line(rows) + rows * rows * line(cols)) / (n * (n - 1)), 12);
  });

  it('complete graph: everything 1', () => {
    const pairs: [number, number][] = [];
    for (let i = 0; i < 8; i++) for (let j = i + 1; j < 8; j++) pairs.push([i, j]);
    expect(pathLengths(compileList(pairsList(8, false, pairs))))
      .toEqual({ componentSize: 8, diameter: 1, averagePathLength: 1, globalEfficiency: 1 });
  });

  it('several components: the largest is measured; efficiency counts every pair of the graph', () => {
    // triangle 0-1-2, path 3-4-5-6, isolate 7: the path (4 people) is the largest component
    const list = pairsList(8, false, [[0, 1], [1, 2], [0, 2], [3, 4], [4, 5], [5, 6]]);
    const r = pathLengths(compileList(list));
    expect(r.componentSize).toBe(4);
    expect(r.diameter).toBe(3);
    expect(r.averagePathLength).toBeCloseTo(20 / 12, 14); // P4: 2(3*1 + 2*2 + 1*3) / 12
    // ordered pairs: triangle 6 at distance 1; path 2(3 + 2/2 + 1/3); over 8 * 7
    expect(r.globalEfficiency).toBeCloseTo((6 + 2 * (3 + 1 + 1 / 3)) / 56, 14);
  });

  it('components of equal size: the one with the lowest person is measured', () => {
    // star 0-1, 0-2, 0-3 (diameter 2) then path 4-5-6-7 (diameter 3): star first
    expect(diameter(compileList(pairsList(8, false, [[0, 1], [0, 2], [0, 3], [4, 5], [5, 6], [6, 7]])))).toBe(2);
    expect(diameter(compileList(pairsList(8, false, [[4, 1], [4, 2], [4, 3], [0, 5], [5, 6], [6, 7]])))).toBe(3);
  });

  it('n = 0, 1, 2 and no ties', () => {
    expect(pathLengths(compileList(pairsList(0, false, []))))
      .toEqual({ componentSize: 0, diameter: null, averagePathLength: null, globalEfficiency: 0 });
    expect(pathLengths(compileList(pairsList(1, false, []))))
      .toEqual({ componentSize: 1, diameter: null, averagePathLength: null, globalEfficiency: 0 });
    expect(pathLengths(compileList(pairsList(2, true, [[1, 0]]))))
      .toEqual({ componentSize: 2, diameter: 1, averagePathLength: 1, globalEfficiency: 1 });
    expect(pathLengths(compileList(pairsList(5, false, []))))
      .toEqual({ componentSize: 1, diameter: null, averagePathLength: null, globalEfficiency: 0 });
  });
});

describe('distances split into parts', () => {
  it.each(Array.from({ length: 20 }, (_, seed) => seed))('random split, seed %i', (seed) => {
    const n = 5 + seed * 3;
    const list = randomEdgeList(42000 + seed, n, 2 / n, seed % 2 === 1);
    const g = compileList(list);
    const parts = randomSplit(n, 1 + (seed % 5), seed).map(([from, to]) => pathLengthPartial(g, { from, to }));
    const split = finishPathLengths(g, combinePathLengths(parts));
    const whole = pathLengths(g);
    expect(split.diameter).toBe(whole.diameter);
    expect(split.averagePathLength).toBe(whole.averagePathLength);
    expect(split.globalEfficiency).toBeCloseTo(whole.globalEfficiency, 14);
  });

  it('refuses sums that miss some sources, and bad ranges', () => {
    const g = compileList(pathGraph(10));
    expect(() => finishPathLengths(g, pathLengthPartial(g, { from: 0, to: 5 }))).toThrow(/^distances: the sums cover 45 of the 90 pairs/);
    expect(() => pathLengthPartial(g, { from: 4, to: 11 })).toThrow(/^distances: sources from 4 to 11/);
    expect(() => diameter({ ...g, outOffsets: new Int32Array(2) })).toThrow(/^distances: /);
  });

  it('reports progress', () => {
    const g = compileList(pathGraph(300));
    const calls: number[] = [];
    pathLengths(g, { onProgress: (done) => calls.push(done) });
    expect(calls.at(-1)).toBe(300);
    expect(calls.length).toBeGreaterThanOrEqual(50);
    expect(calls.length).toBeLessThanOrEqual(101);
  });
});
