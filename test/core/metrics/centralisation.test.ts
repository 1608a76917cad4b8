/**
 * Freeman centralisation (R sna `centralization(..., normalize=TRUE)` conventions) against:
 *  - the defining shapes: a star is 1, a complete graph and a cycle are 0;
 *  - small graphs worked out by hand;
 *  - a naive reference: degrees from the raw edge list, raw betweenness from Floyd-Warshall
 *    path counting (path-helpers.ts), and sna's theoretical maxima written out
 *    (sna nli.R, degree/betweenness with tmaxdev=TRUE).
 */
import { describe, expect, it } from 'vitest';
import { betweenness } from '../../../src/core/metrics/betweenness.ts';
import { betweennessCentralisation, degreeCentralisation } from '../../../src/core/metrics/centralisation.ts';
import { pathGraph, randomEdgeList, type EdgeList } from '../../fixtures/graphs/graphs.ts';
import { compileList, countingBetweenness, lengthMatrix, pairsList } from '../../fixtures/graphs/path-helpers.ts';

const star = (n: number): [number, number][] => Array.from({ length: n - 1 }, (_, i): [number, number] => [0, i + 1]);
const both = (pairs: [number, number][]): [number, number][] => pairs.flatMap(([s, t]): [number, number][] => [[s, t], [t, s]]);
const cycle = (n: number): [number, number][] => Array.from({ length: n }, (_, i): [number, number] => [i, (i + 1) % n]);
function complete(n: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);
  return pairs;
}

/** sum(max - x) / sna's maximum, from the raw edge list. */
function reference(list: EdgeList): { degree: number | null; betweenness: number | null } {
  const n = list.n;
  if (n < 3) return { degree: null, betweenness: null };
  const len = lengthMatrix(list, false); // 1 where a tie exists (self-ties and repeats merged)
  const degree = Array.from({ length: n }, (_, v) => {
    let d = 0;
    for (let u = 0; u < n; u++) {
      if (len[v]![u] === 1) d++;
      if (list.directed && len[u]![v] === 1) d++;
    }
    return d;
  });
  const raw = countingBetweenness(list, false, false); // undirected: unordered pairs, as sna
  const deviation = (x: number[]) => x.reduce((acc, v) => acc + (Math.max(...x) - v), 0);
  const degreeMax = list.directed ? (n - 1) * (2 * (n - 1) - 2) : (n - 1) * (n - 2);
  const betweennessMax = list.directed ? (n - 1) ** 2 * (n - 2) : ((n - 1) ** 2 * (n - 2)) / 2;
  return { degree: deviation(degree) / degreeMax, betweenness: deviation(raw) / betweennessMax };
}

describe('centralisation of the defining shapes', () => {
  it.each([3, 4, 5, 10, 50])('star of %i is 1 (undirected, and directed with ties both ways)', (n) => {
    const g = compileList(pairsList(n, false, star(n)));
    expect(degreeCentralisation(g)).toBeCloseTo(1, 14);
    expect(betweennessCentralisation(g)).toBeCloseTo(1, 14);
    const d = compileList(pairsList(n, true, both(star(n))));
    expect(degreeCentralisation(d)).toBeCloseTo(1, 14);
    expect(betweennessCentralisation(d)).toBeCloseTo(1, 14);
  });

  it.each([3, 4, 7, 12])('complete graph and cycle of %i are 0', (n) => {
    for (const pairs of [complete(n), cycle(n)]) {
      expect(degreeCentralisation(compileList(pairsList(n, false, pairs)))).toBe(0);
      expect(betweennessCentralisation(compileList(pairsList(n, false, pairs)))).toBe(0);
    }
    // directed cycle: everyone has in 1 + out 1, and the same betweenness
    expect(degreeCentralisation(compileList(pairsList(n, true, cycle(n))))).toBe(0);
    expect(betweennessCentralisation(compileList(pairsList(n, true, cycle(n))))).toBeCloseTo(0, 14);
  });
});

describe('centralisation worked out by hand', () => {
  it('path of 4: degree 1/3, betweenness 4/9', () => {
    // degrees 1,2,2,1: (1 + 0 + 0 + 1) / (3 x 2). Raw betweenness 0,2,2,0: 4 / (3^2 x 2 / 2).
    const g = compileList(pathGraph(4));
    expect(degreeCentralisation(g)).toBeCloseTo(1 / 3, 15);
    expect(betweennessCentralisation(g)).toBeCloseTo(4 / 9, 15);
  });

  it('directed out-star of 5: degree 1/2, betweenness 0', () => {
    // total degrees 4,1,1,1,1: 4 x 3 / (4 x (2 x 4 - 2)) = 12 / 24. No route passes the centre.
    const g = compileList(pairsList(5, true, star(5)));
    expect(degreeCentralisation(g)).toBe(0.5);
    expect(betweennessCentralisation(g)).toBe(0);
  });

  it('directed bow-tie 1, 2 -> 0 -> 3, 4: betweenness 6 x 4 / (4^2 x 3)', () => {
    // 0 is on the 2 x 2 = 4 ordered routes from {1, 2} to {3, 4}: raw 4, others 0
    const g = compileList(pairsList(5, true, [[1, 0], [2, 0], [0, 3], [0, 4]]));
    expect(betweennessCentralisation(g)).toBeCloseTo((4 * 4) / (16 * 3), 15);
    // total degrees 4,1,1,1,1 as for the out-star
    expect(degreeCentralisation(g)).toBe(0.5);
  });
});

describe('centralisation vs the naive reference', () => {
  // 100 seeded random graphs, n 0..13, directed and undirected, with isolates, parallel ties,
  // self-ties and zero weights (read as ties).
  it.each(Array.from({ length: 100 }, (_, seed) => seed))('random graph seed %i', (seed) => {
    const list = randomEdgeList(51000 + seed, seed % 14, 0.1 + (seed % 5) * 0.15, seed % 2 === 1);
    const g = compileList(list);
    const expected = reference(list);
    const degree = degreeCentralisation(g);
    const between = betweennessCentralisation(g);
    if (expected.degree === null) {
      expect(degree).toBeNull();
      expect(between).toBeNull();
      return;
    }
    expect(degree).toBeCloseTo(expected.degree, 12);
    expect(between).toBeCloseTo(expected.betweenness!, 12);
    expect(degree!).toBeLessThanOrEqual(1 + 1e-12);
    expect(between!).toBeLessThanOrEqual(1 + 1e-12);
  });
});

describe('centralisation edge cases and input', () => {
  it.each([0, 1, 2])('null for n = %i', (n) => {
    const g = compileList(pairsList(n, false, n === 2 ? [[0, 1]] : []));
    expect(degreeCentralisation(g)).toBeNull();
    expect(betweennessCentralisation(g)).toBeNull();
  });

  it('no ties at all: 0', () => {
    const g = compileList(pairsList(6, true, []));
    expect(degreeCentralisation(g)).toBe(0);
    expect(betweennessCentralisation(g)).toBe(0);
  });

  it('uses betweenness passed in, and checks its length', () => {
    const g = compileList(randomEdgeList(3, 20, 0.15, false));
    expect(betweennessCentralisation(g, betweenness(g))).toBe(betweennessCentralisation(g));
    expect(() => betweennessCentralisation(g, new Float64Array(3))).toThrow(/^centralisation: 3 betweenness values/);
    expect(() => degreeCentralisation({ ...g, ids: [] })).toThrow(/^centralisation: /);
  });
});
