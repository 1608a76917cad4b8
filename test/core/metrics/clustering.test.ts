import { describe, expect, it } from 'vitest';
import { averageClustering, localClustering, transitivity } from '../../../src/core/metrics/clustering.ts';
import { compile, listOf, tieMatrix } from '../../fixtures/graphs/centrality-helpers.ts';
import { gridGraph, pathGraph, randomEdgeList, readCsv, type EdgeList } from '../../fixtures/graphs/graphs.ts';

/** Reference, undirected: T(i) by enumerating every pair {j, k} of i's neighbours. */
function naiveUndirected(list: EdgeList): number[] {
  const a = tieMatrix(list);
  return a.map((row) => {
    const nb = row.flatMap((x, j) => (x ? [j] : []));
    let t = 0;
    for (let x = 0; x < nb.length; x++) for (let y = x + 1; y < nb.length; y++) if (a[nb[x]!]![nb[y]!]) t++;
    const d = nb.length;
    return t === 0 ? 0 : (2 * t) / (d * (d - 1));
  });
}

/**
 * Reference, directed: Fagiolo (2007) eq. (8) with dense integer matrices:
 * S = A + A^T, C(i) = (S^3)_ii / (2 (dtot (dtot - 1) - 2 dbi)), dtot = row + column sums of A,
 * dbi = (A^2)_ii (mutual pairs).
 */
function naiveFagiolo(list: EdgeList): number[] {
  const a = tieMatrix(list).map((row) => row.map(Number));
  const n = list.n;
  const s = a.map((row, i) => row.map((x, j) => x + a[j]![i]!));
  const mul = (x: number[][], y: number[][]) => x.map((row) => y[0] ? y[0].map((_, j) => row.reduce((acc, v, k) => acc + v * y[k]![j]!, 0)) : []);
  const s3 = mul(mul(s, s), s);
  const a2 = mul(a, a);
  return Array.from({ length: n }, (_, i) => {
    const dtot = a[i]!.reduce((x, y) => x + y, 0) + a.reduce((x, row) => x + row[i]!, 0);
    const t = s3[i]![i]!;
    return t === 0 ? 0 : t / (2 * (dtot * (dtot - 1) - 2 * a2[i]![i]!));
  });
}

/** Reference transitivity: symmetrise, count triangles i < j < k and connected triples. */
function naiveTransitivity(list: EdgeList): number {
  const d = tieMatrix(list);
  const a = d.map((row, i) => row.map((x, j) => x || d[j]![i]!));
  const n = list.n;
  let triangles = 0;
  let triples = 0;
  for (let i = 0; i < n; i++) {
    const deg = a[i]!.filter(Boolean).length;
    triples += (deg * (deg - 1)) / 2;
    for (let j = i + 1; j < n; j++) for (let k = j + 1; k < n; k++) if (a[i]![j] && a[j]![k] && a[i]![k]) triangles++;
  }
  return triangles === 0 ? 0 : (3 * triangles) / triples;
}

const local = (list: EdgeList) => Array.from(localClustering(compile(list)));
const complete = (n: number, directed: boolean): [number, number][] => {
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j && (directed || i < j)) pairs.push([i, j]);
  return pairs;
};
const without = (pairs: [number, number][], drop: [number, number][]) =>
  pairs.filter(([s, t]) => !drop.some(([a, b]) => a === s && b === t));

describe('clustering against published networkx values', () => {
  it('Zachary karate club: clustering, transitivity and average clustering, full precision', () => {
    // networkx clustering(karate_club_graph()) and transitivity(...) as printed in a public
    // notebook of networkx output ("Algorithm - II: Clustering, Link Analysis"); the same
    // transitivity, 45 triangles over 528 connected triples, is quoted widely.
    const published = [0.15, 0.3333333333333333, 0.24444444444444444, 0.6666666666666666, 0.6666666666666666,
      0.5, 0.5, 1.0, 0.5, 0, 0.6666666666666666, 0, 1.0, 0.6, 1.0, 1.0, 1.0, 1.0, 1.0, 0.3333333333333333,
      1.0, 1.0, 1.0, 0.4, 0.3333333333333333, 0.3333333333333333, 1.0, 0.16666666666666666,
      0.3333333333333333, 0.6666666666666666, 0.5, 0.2, 0.19696969696969696, 0.11029411764705882];
    const g = compile(readCsv('karate-club'));
    const c = localClustering(g);
    g.ids.forEach((id, i) => expect(c[i]).toBe(published[Number(id)]));
    expect(transitivity(g)).toBe(0.2556818181818182);
    expect(transitivity(g)).toBe((3 * 45) / 528);
    // networkx average_clustering(karate_club_graph()) = 0.5706384782076823
    expect(averageClustering(g)).toBeCloseTo(0.5706384782076823, 15);
    expect(averageClustering(g, c)).toBe(averageClustering(g));
  });

  it('networkx test_cluster.py: K5 and K5 minus a tie, undirected', () => {
    expect(local(listOf(5, false, complete(5, false)))).toEqual([1, 1, 1, 1, 1]);
    const g = compile(listOf(5, false, without(complete(5, false), [[1, 2]])));
    expect(Array.from(localClustering(g))).toEqual([5 / 6, 1, 1, 5 / 6, 5 / 6]);
    expect(transitivity(g)).toBe(0.875);
    expect(transitivity(compile(listOf(5, false, complete(5, false))))).toBe(1);
  });

  it('networkx test_cluster.py: directed K5, minus 1 -> 2, minus 2 -> 1 too (Fagiolo)', () => {
    const k5 = compile(listOf(5, true, complete(5, true)));
    expect(Array.from(localClustering(k5))).toEqual([1, 1, 1, 1, 1]);
    expect(averageClustering(k5)).toBe(1);
    const one = without(complete(5, true), [[1, 2]]);
    expect(local(listOf(5, true, one))).toEqual([11 / 12, 1, 1, 11 / 12, 11 / 12]);
    expect(local(listOf(5, true, without(one, [[2, 1]])))).toEqual([5 / 6, 1, 1, 5 / 6, 5 / 6]);
    // test_triangle_and_edge: cycle 0 -> 1 -> 2 -> 0 plus 0 -> 4
    expect(local(listOf(5, true, [[0, 1], [1, 2], [2, 0], [0, 4]]))[0]).toBe(1 / 6);
  });

  it('networkx test_cluster.py: paths, cube, triangle with a tail, empty graphs', () => {
    expect(local(pathGraph(10))).toEqual(new Array(10).fill(0));
    expect(local(pathGraph(10, true))).toEqual(new Array(10).fill(0));
    const cube = listOf(8, false, [[0, 1], [1, 2], [2, 3], [3, 0], [4, 5], [5, 6], [6, 7], [7, 4], [0, 4], [1, 5], [2, 6], [3, 7]]);
    expect(local(cube)).toEqual(new Array(8).fill(0));
    expect(transitivity(compile(cube))).toBe(0);
    expect(transitivity(compile(pathGraph(10)))).toBe(0);
    const tail = compile(listOf(4, false, [[0, 1], [1, 2], [2, 0], [2, 3]]));
    expect(averageClustering(tail)).toBe((1 + 1 + 1 / 3) / 4);
    for (const directed of [false, true]) {
      const empty = compile(listOf(0, directed, []));
      expect(localClustering(empty).length).toBe(0);
      expect(averageClustering(empty)).toBe(0); // networkx raises ZeroDivisionError
      expect(transitivity(empty)).toBe(0);
    }
  });
});

describe('clustering on awkward cases', () => {
  it('n = 1, 2, isolates, zero weights, parallel ties and self-ties', () => {
    expect(local(listOf(1, false, []))).toEqual([0]);
    expect(local(listOf(2, true, [[0, 1], [1, 0]]))).toEqual([0, 0]);
    // triangle given with zero weights, repeats and self-ties, plus an isolate
    const noisy: EdgeList = { n: 4, directed: false, edges: [[0, 1, 0], [1, 0, 2], [1, 2, 0], [2, 0, 1], [0, 0, 1], [2, 2, 0]] };
    expect(local(noisy)).toEqual([1, 1, 1, 0]);
    expect(averageClustering(compile(noisy))).toBe(0.75);
    expect(transitivity(compile(noisy))).toBe(1);
  });

  it('a directed graph whose ties are all mutual has the undirected values', () => {
    for (let seed = 0; seed < 20; seed++) {
      const list = randomEdgeList(500 + seed, 15, 0.3, false);
      const both: EdgeList = { n: 15, directed: true, edges: list.edges.flatMap(([s, t, w]): [number, number, number][] => [[s, t, w], [t, s, w]]) };
      expect(local(both)).toEqual(local(list));
      expect(transitivity(compile(both))).toBe(transitivity(compile(list)));
    }
  });

  it('directed transitivity is that of the graph read as undirected', () => {
    // 0 -> 1 -> 2 -> 0: one undirected triangle; as a DiGraph networkx would count successors only
    expect(transitivity(compile(listOf(3, true, [[0, 1], [1, 2], [2, 0]])))).toBe(1);
    expect(transitivity(compile(listOf(4, true, [[0, 1], [0, 2], [1, 2], [2, 3]])))).toBe(3 / 5);
  });

  it('lattices have no triangles', () => {
    const g = compile(gridGraph(6, 9));
    expect(Array.from(localClustering(g)).every((x) => x === 0)).toBe(true);
    expect(transitivity(g)).toBe(0);
  });

  it('rejects something that is not a compiled graph, and local values of the wrong length', () => {
    const g = compile(pathGraph(3));
    expect(() => localClustering({ ...g, n: 4 })).toThrow(/^clustering: /);
    expect(() => transitivity({ ...g, inOffsets: new Int32Array(1) })).toThrow(/^clustering: /);
    expect(() => averageClustering(g, new Float64Array(2))).toThrow(/^clustering: /);
  });
});

describe('clustering vs enumeration and matrix products', () => {
  // 200 seeded random graphs, n in 0..24, directed and undirected, sparse to dense, with
  // parallel ties, self-ties and zero weights.
  it.each(Array.from({ length: 200 }, (_, seed) => seed))('random graph seed %i', (seed) => {
    const n = seed % 25;
    const directed = seed % 2 === 0;
    const list = randomEdgeList(4400 + seed, n, Math.min(0.9, (2 + (seed % 7)) / Math.max(1, n)), directed);
    const g = compile(list);
    const expected = directed ? naiveFagiolo(list) : naiveUndirected(list);
    const c = localClustering(g);
    expect(Array.from(c)).toEqual(expected);
    const mean = n === 0 ? 0 : expected.reduce((a, b) => a + b, 0) / n;
    expect(averageClustering(g)).toBeCloseTo(mean, 14);
    expect(transitivity(g)).toBe(naiveTransitivity(list));
  });

  it('Florentine families and the Krackhardt kite', () => {
    for (const name of ['florentine-marriage', 'krackhardt-kite']) {
      const list = readCsv(name);
      const g = compile(list);
      expect(Array.from(localClustering(g))).toEqual(naiveUndirected(list));
      expect(transitivity(g)).toBe(naiveTransitivity(list));
    }
  });
});
