/**
 * Edge betweenness against:
 *  - explicit enumeration of every shortest path of every pair (path-helpers.ts), reading the
 *    raw edge list, no code shared with Brandes' algorithm or compileGraph;
 *  - Krackhardt's kite, values worked out by hand below;
 *  - closed forms (paths, stars) and two identities: the raw values of all ties add up to the
 *    total length of all shortest routes, and the ties of a person carry twice their (raw,
 *    undirected) node betweenness plus one route to each person they reach.
 */
import { describe, expect, it } from 'vitest';
import { betweenness } from '../../../src/core/metrics/betweenness.ts';
import { edgeBetweenness, edgeBetweennessList } from '../../../src/core/metrics/edge-betweenness.ts';
import type { CompiledGraph } from '../../../src/core/graph/compile.ts';
import { gridGraph, pathGraph, randomEdgeList, readCsv, type EdgeList } from '../../fixtures/graphs/graphs.ts';
import {
  compileList, enumerationEdgeBetweenness, mapWeights, pairsList, undirectedDistances,
} from '../../fixtures/graphs/path-helpers.ts';

/** Values keyed 'u,v' by node index (undirected: u < v), from the list helper. */
function keyed(g: CompiledGraph, values: Float64Array): Map<string, number> {
  return new Map(edgeBetweennessList(g, values).map(([s, t, x]) => [`${g.index.get(s)},${g.index.get(t)}`, x]));
}

function expectSameMap(actual: Map<string, number>, expected: Map<string, number>) {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [k, x] of expected) expect(Math.abs(actual.get(k)! - x), `tie ${k}`).toBeLessThan(1e-12);
}

describe('edge betweenness vs enumeration of all shortest paths', () => {
  // 200 seeded random graphs, n 0..9, directed and undirected, with parallel ties, self-ties,
  // zero weights, isolates, several components, sources and sinks.
  it.each(Array.from({ length: 200 }, (_, seed) => seed))('random graph seed %i', (seed) => {
    const list = randomEdgeList(21000 + seed, seed % 10, 0.15 + (seed % 7) * 0.1, seed % 2 === 0);
    const g = compileList(list);
    for (const normalized of [true, false]) {
      expectSameMap(keyed(g, edgeBetweenness(g, { normalized })), enumerationEdgeBetweenness(list, normalized));
    }
  });

  it('lattice 3 x 4', () => {
    const list = gridGraph(3, 4);
    const g = compileList(list);
    expectSameMap(keyed(g, edgeBetweenness(g)), enumerationEdgeBetweenness(list, true));
  });
});

describe('edge betweenness worked out by hand', () => {
  it('Krackhardt kite', () => {
    // Ike-Jane: Jane's 9 pairs all cross it. Heather-Ike: {Ike, Jane} x the 8 others = 16.
    // Fernando-Heather: {Heather, Ike, Jane} x the seven kite people, each pair crossing it
    // when the kite person is nearer Fernando than Garth (Andre, Carol, Fernando), half when
    // both are as near (Diane): 3 x 3.5 = 10.5; Garth-Heather likewise (Beverly, Ed, Garth,
    // half Diane). No pair inside the kite detours through Heather. Normalised by 45 pairs.
    const g = compileList(readCsv('krackhardt-kite'));
    const byName = new Map(edgeBetweennessList(g, edgeBetweenness(g)).map(([s, t, x]) => [[s, t].sort().join('-'), x]));
    expect(byName.get('Ike-Jane')).toBeCloseTo(9 / 45, 15);
    expect(byName.get('Heather-Ike')).toBeCloseTo(16 / 45, 15);
    expect(byName.get('Fernando-Heather')).toBeCloseTo(10.5 / 45, 15);
    expect(byName.get('Garth-Heather')).toBeCloseTo(10.5 / 45, 15);
    const rawByName = new Map(edgeBetweennessList(g, edgeBetweenness(g, { normalized: false }))
      .map(([s, t, x]) => [[s, t].sort().join('-'), x]));
    expect(rawByName.get('Heather-Ike')).toBe(16);
    expect(rawByName.get('Fernando-Heather')).toBe(10.5);
  });

  it.each([false, true])('path of 50: tie (k, k+1) is crossed by (k+1)(n-1-k) pairs (directed: %s)', (directed) => {
    const n = 50;
    const g = compileList(pathGraph(n, directed));
    const raw = keyed(g, edgeBetweenness(g, { normalized: false }));
    const norm = keyed(g, edgeBetweenness(g));
    const pairs = directed ? n * (n - 1) : (n * (n - 1)) / 2;
    for (let k = 0; k + 1 < n; k++) {
      expect(raw.get(`${k},${k + 1}`)).toBe((k + 1) * (n - 1 - k));
      expect(norm.get(`${k},${k + 1}`)).toBeCloseTo(((k + 1) * (n - 1 - k)) / pairs, 14);
    }
  });

  it('stars: undirected spokes carry n-1 pairs; directed in- and out-spokes', () => {
    // star 0-1..0-5: spoke 0-i is on i's 5 pairs: raw 5, normalised 5 / 15
    const star = pairsList(6, false, [[0, 1], [0, 2], [0, 3], [0, 4], [0, 5]]);
    const g = compileList(star);
    for (const [, , x] of edgeBetweennessList(g, edgeBetweenness(g, { normalized: false }))) expect(x).toBe(5);
    // 1, 2 -> 0 -> 3, 4, 5: an in-spoke carries its own tie and 3 onward routes (4), an
    // out-spoke its own tie and 2 incoming routes (3); normalised by 6 x 5 = 30
    const bowtie = compileList(pairsList(6, true, [[1, 0], [2, 0], [0, 3], [0, 4], [0, 5]]));
    const values = keyed(bowtie, edgeBetweenness(bowtie));
    expect(values).toEqual(new Map([['0,3', 3 / 30], ['0,4', 3 / 30], ['0,5', 3 / 30], ['1,0', 4 / 30], ['2,0', 4 / 30]]));
  });
});

describe('edge betweenness identities', () => {
  it.each(Array.from({ length: 30 }, (_, seed) => seed))('random graph seed %i', (seed) => {
    const n = 10 + seed;
    const list = randomEdgeList(22000 + seed, n, 3 / n, seed % 2 === 1);
    const g = compileList(list);
    const raw = edgeBetweenness(g, { normalized: false });
    // 1. raw values of the distinct ties add up to the summed length of all shortest routes
    //    (ordered pairs when directed, unordered when undirected)
    const d = list.directed ? directedDistances(list) : undirectedDistances(list);
    let lengths = 0;
    for (let s = 0; s < n; s++) for (let t = list.directed ? 0 : s + 1; t < n; t++) if (s !== t && d[s]![t]! < Infinity) lengths += d[s]![t]!;
    const total = edgeBetweennessList(g, raw).reduce((acc, [, , x]) => acc + x, 0);
    expect(total).toBeCloseTo(lengths, 9);
    // 2. undirected: the ties of v carry 2 B(v) + (people v reaches)
    if (!list.directed) {
      const b = betweenness(g, { normalized: false });
      for (let v = 0; v < n; v++) {
        let carried = 0;
        for (let p = g.outOffsets[v]!; p < g.outOffsets[v + 1]!; p++) carried += raw[p]!;
        const reached = d[v]!.filter((x, t) => t !== v && x < Infinity).length;
        expect(carried).toBeCloseTo(2 * b[v]! + reached, 9);
      }
    }
  });
});

function directedDistances(list: EdgeList): number[][] {
  const n = list.n;
  const d = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity)));
  for (const [s, t] of list.edges) if (s !== t) d[s]![t] = 1;
  for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++)
    if (d[i]![k]! + d[k]![j]! < d[i]![j]!) d[i]![j] = d[i]![k]! + d[k]![j]!;
  return d;
}

describe('edge betweenness layout, edge cases and input', () => {
  it('both positions of an undirected tie carry the same value; the list has each tie once', () => {
    const list = randomEdgeList(5, 25, 0.2, false);
    const g = compileList(list);
    const values = edgeBetweenness(g);
    expect(values.length).toBe(g.outTargets.length);
    for (let u = 0; u < g.n; u++) {
      for (let p = g.outOffsets[u]!; p < g.outOffsets[u + 1]!; p++) {
        const v = g.outTargets[p]!;
        const q = Array.from(g.outTargets.subarray(g.outOffsets[v]!, g.outOffsets[v + 1]!)).indexOf(u) + g.outOffsets[v]!;
        expect(values[q]).toBe(values[p]);
      }
    }
    const rows = edgeBetweennessList(g, values);
    expect(rows.length).toBe(g.edgeCount);
    for (const [s, t] of rows) expect(g.index.get(s)!).toBeLessThan(g.index.get(t)!);
  });

  it('ignores weights, zero included', () => {
    const list = randomEdgeList(8, 15, 0.3, true);
    const g1 = compileList(list);
    const g0 = compileList(mapWeights(list, () => 0));
    expect(Array.from(edgeBetweenness(g0))).toEqual(Array.from(edgeBetweenness(g1)));
  });

  it('n = 0, 1, 2', () => {
    expect(Array.from(edgeBetweenness(compileList(pairsList(0, false, []))))).toEqual([]);
    expect(Array.from(edgeBetweenness(compileList(pairsList(1, true, []))))).toEqual([]);
    // one tie between two people: their one pair, normalised by 2 x 1 / 2 = 1
    expect(Array.from(edgeBetweenness(compileList(pairsList(2, false, [[0, 1]])))) ).toEqual([1, 1]);
    expect(Array.from(edgeBetweenness(compileList(pairsList(2, true, [[0, 1]]))))).toEqual([0.5]);
  });

  it('reports progress and rejects bad input', () => {
    const g = compileList(pathGraph(200));
    const calls: number[] = [];
    edgeBetweenness(g, { onProgress: (done) => calls.push(done) });
    expect(calls.at(-1)).toBe(200);
    expect(calls.length).toBeLessThanOrEqual(101);
    expect(() => edgeBetweenness({ ...g, inSources: new Int32Array(0) })).toThrow(/^edge betweenness: /);
    expect(() => edgeBetweennessList(g, new Float64Array(3))).toThrow(/^edge betweenness: 3 values/);
  });
});
