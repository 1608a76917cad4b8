/**
 * Betweenness split into parts for parallel workers: betweennessPartial over any split of the
 * sources, added up and passed to finishBetweenness, must give betweenness() (and
 * weightedBetweenness()). Each part is also checked on its own against the per-source
 * dependencies of a naive reference (Floyd-Warshall with path counting in path-helpers.ts,
 * sharing no code with Brandes' algorithm). The random graphs include dense ones, where the
 * search expands levels bottom-up, and sparse ones and long paths, where it goes top-down.
 */
import { describe, expect, it } from 'vitest';
import {
  betweenness, betweennessPartial, finishBetweenness,
} from '../../../src/core/metrics/betweenness.ts';
import { weightedBetweenness } from '../../../src/core/metrics/weighted-betweenness.ts';
import { diamondChain, gridGraph, pathGraph, randomEdgeList, type EdgeList } from '../../fixtures/graphs/graphs.ts';
import {
  addUp, compileList, dependencyMatrix, maxRelativeDifference, randomSplit,
} from '../../fixtures/graphs/path-helpers.ts';

/** Sum of the dependency rows from .. to-1 of the reference. */
function referencePart(dep: number[][], n: number, from: number, to: number): number[] {
  const part = new Array<number>(n).fill(0);
  for (let s = from; s < to; s++) for (let v = 0; v < n; v++) part[v]! += dep[s]![v]!;
  return part;
}

describe('betweennessPartial + finishBetweenness = betweenness', () => {
  // 120 seeded random graphs, n 0..45, densities from a few ties to half of all pairs,
  // directed and undirected, with parallel ties, self-ties and zero weights; 1 to 7 parts.
  it.each(Array.from({ length: 120 }, (_, seed) => seed))('random graph and split, seed %i', (seed) => {
    const n = seed % 46;
    const p = [0.03, 0.1, 0.25, 0.5][seed % 4]!;
    const list = randomEdgeList(700 + seed, n, p, seed % 3 !== 0);
    const g = compileList(list);
    for (const weighted of [false, true]) {
      const split = randomSplit(n, 1 + (seed % 7), seed);
      const parts = split.map(([from, to]) => betweennessPartial(g, { from, to, weighted }));
      const total = addUp(parts, n);
      for (const normalized of [true, false]) {
        const whole = weighted ? weightedBetweenness(g, { normalized }) : betweenness(g, { normalized });
        expect(maxRelativeDifference(finishBetweenness(g, total, { normalized }), whole)).toBeLessThan(1e-12);
      }
    }
  });

  it('one part per source, in reverse order, on a grid and a diamond chain', () => {
    for (const list of [gridGraph(6, 7), diamondChain(12, true)]) {
      const g = compileList(list);
      const parts: Float64Array[] = [];
      for (let s = g.n - 1; s >= 0; s--) parts.push(betweennessPartial(g, { from: s, to: s + 1 }));
      expect(maxRelativeDifference(finishBetweenness(g, addUp(parts, g.n)), betweenness(g))).toBeLessThan(1e-12);
    }
  });

  it('empty parts add nothing; the full range unscaled is the ordered-pair sum', () => {
    const g = compileList(pathGraph(5));
    expect(Array.from(betweennessPartial(g, { from: 3, to: 3 }))).toEqual([0, 0, 0, 0, 0]);
    // undirected path 0-1-2-3-4: node k lies on k(4-k) unordered pairs, counted both ways here
    expect(Array.from(betweennessPartial(g, { from: 0, to: 5 }))).toEqual([0, 6, 8, 6, 0]);
    expect(Array.from(finishBetweenness(g, betweennessPartial(g, { from: 0, to: 5 }), { normalized: false })))
      .toEqual([0, 3, 4, 3, 0]);
  });

  it('finishBetweenness leaves its input as it was', () => {
    const g = compileList(pathGraph(4));
    const sums = betweennessPartial(g, { from: 0, to: 4 });
    const copy = sums.slice();
    finishBetweenness(g, sums);
    expect(sums).toEqual(copy);
  });
});

describe('each part against the reference dependencies', () => {
  const cases: [string, EdgeList][] = [
    ...Array.from({ length: 40 }, (_, seed): [string, EdgeList] =>
      [`random ${seed}`, randomEdgeList(3000 + seed, 4 + (seed % 9), [0.15, 0.35, 0.6, 0.9][seed % 4]!, seed % 2 === 0)]),
    ['dense directed 30', randomEdgeList(77, 30, 0.6, true)],
    ['sparse directed 30 (sources, sinks, isolates)', randomEdgeList(78, 30, 0.04, true)],
    ['path 12, directed', pathGraph(12, true)],
    ['grid 4 x 5', gridGraph(4, 5)],
  ];
  it.each(cases)('%s', (_, list) => {
    const g = compileList(list);
    for (const weighted of [false, true]) {
      const dep = dependencyMatrix(list, weighted);
      for (const [from, to] of randomSplit(list.n, 3, list.n)) {
        const part = betweennessPartial(g, { from, to, weighted });
        expect(maxRelativeDifference(part, referencePart(dep, list.n, from, to))).toBeLessThan(1e-9);
      }
    }
  });
});

describe('betweennessPartial progress and input', () => {
  it('reports progress over its own sources, ending at to - from', () => {
    const g = compileList(pathGraph(500));
    const calls: [number, number][] = [];
    betweennessPartial(g, { from: 100, to: 350, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.at(-1)).toEqual([250, 250]);
    expect(calls.length).toBeGreaterThanOrEqual(50);
    expect(calls.length).toBeLessThanOrEqual(101);
    for (let i = 1; i < calls.length; i++) expect(calls[i]![0]).toBeGreaterThan(calls[i - 1]![0]);
    const empty: [number, number][] = [];
    betweennessPartial(g, { from: 7, to: 7, onProgress: (done, total) => empty.push([done, total]) });
    expect(empty).toEqual([[0, 0]]);
  });

  it.each([[-1, 2], [2, 1], [0, 6], [0.5, 2], [0, NaN]])('rejects the range %s .. %s', (from, to) => {
    const g = compileList(pathGraph(5));
    expect(() => betweennessPartial(g, { from, to })).toThrow(/^betweenness: sources from/);
  });

  it('rejects sums of the wrong length and graphs that are not compiled', () => {
    const g = compileList(pathGraph(5));
    expect(() => finishBetweenness(g, new Float64Array(4))).toThrow(/^betweenness: 4 sums for 5 people/);
    expect(() => betweennessPartial({ ...g, outTargets: new Int32Array(0) }, { from: 0, to: 1 }))
      .toThrow(/^betweenness: graph is not a compiled graph/);
  });
});
