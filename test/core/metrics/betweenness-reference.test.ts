/**
 * Betweenness against two deliberately naive references that share no code with Brandes'
 * algorithm nor with compileGraph: both read the raw edge list (parallel ties, self-ties and
 * all) into a boolean adjacency matrix and take distances from Floyd-Warshall.
 *  1. Enumeration: list every shortest path of every pair explicitly, count those through v.
 *  2. Walk counting: the number of shortest s-t paths is the number of s-t walks of length
 *     d(s, t), read off powers of the adjacency matrix; paths through v number
 *     sigma(s, v) * sigma(v, t) when d(s, v) + d(v, t) = d(s, t).
 * Both normalise by the textbook count of pairs not involving v: C(n-1, 2) for undirected
 * graphs (unordered pairs), (n-1)(n-2) for directed ones (ordered pairs).
 */
import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../../src/core/graph/compile.ts';
import { betweenness } from '../../../src/core/metrics/betweenness.ts';
import { floydWarshall, tieMatrix } from '../../fixtures/graphs/centrality-helpers.ts';
import { gridGraph, randomEdgeList, readCsv, toGraphology, type EdgeList } from '../../fixtures/graphs/graphs.ts';

/** Pairs each reference visits: ordered (directed) or unordered (undirected), s != t, connected. */
function pairs(list: EdgeList, d: number[][]): [number, number][] {
  const out: [number, number][] = [];
  for (let s = 0; s < list.n; s++)
    for (let t = list.directed ? 0 : s + 1; t < list.n; t++)
      if (s !== t && d[s]![t]! < Infinity) out.push([s, t]);
  return out;
}

function normalise(raw: number[], directed: boolean, normalized: boolean): number[] {
  const n = raw.length;
  if (!normalized || n <= 2) return raw;
  const count = directed ? (n - 1) * (n - 2) : ((n - 1) * (n - 2)) / 2;
  return raw.map((x) => x / count);
}

/** Reference 1: explicit enumeration of all shortest paths (small graphs only). */
function enumerationBetweenness(list: EdgeList, normalized: boolean): number[] {
  const a = tieMatrix(list);
  const d = floydWarshall(a);
  const raw = new Array<number>(list.n).fill(0);
  for (const [s, t] of pairs(list, d)) {
    const paths: number[][] = [];
    const extend = (path: number[]) => {
      const x = path[path.length - 1]!;
      if (x === t) return void paths.push(path);
      for (let y = 0; y < list.n; y++)
        if (a[x]![y] && d[s]![y] === path.length && d[y]![t] === d[s]![t]! - path.length) extend([...path, y]);
    };
    extend([s]);
    for (const path of paths) for (const v of path.slice(1, -1)) raw[v]! += 1 / paths.length;
  }
  return normalise(raw, list.directed, normalized);
}

/** Reference 2: shortest-path counts from adjacency-matrix powers (walks of length d(s, t)). */
function walkCountBetweenness(list: EdgeList, normalized: boolean): number[] {
  const n = list.n;
  const a = tieMatrix(list);
  const d = floydWarshall(a);
  const sigma = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j): number => (i === j ? 1 : 0)));
  let power = sigma.map((row) => [...row]); // A^0
  for (let len = 1; len < n; len++) {
    power = power.map((row) => row.map((_, j) => row.reduce((acc, x, k) => acc + (a[k]![j] ? x : 0), 0)));
    for (let s = 0; s < n; s++) for (let t = 0; t < n; t++) if (d[s]![t] === len) sigma[s]![t] = power[s]![t]!;
  }
  const raw = new Array<number>(n).fill(0);
  for (const [s, t] of pairs(list, d))
    for (let v = 0; v < n; v++)
      if (v !== s && v !== t && d[s]![v]! + d[v]![t]! === d[s]![t])
        raw[v]! += (sigma[s]![v]! * sigma[v]![t]!) / sigma[s]![t]!;
  return normalise(raw, list.directed, normalized);
}

function expectClose(actual: Float64Array, expected: number[]) {
  expect(actual.length).toBe(expected.length);
  expected.forEach((x, i) => expect(Math.abs(actual[i]! - x), `node ${i}`).toBeLessThan(1e-9 * Math.max(1, x)));
}

describe('betweenness vs enumeration of all shortest paths', () => {
  // 300 seeded random graphs: n in 0..9, densities 0.15 to 0.75, directed and undirected,
  // with parallel ties, self-ties and zero weights in the input.
  it.each(Array.from({ length: 300 }, (_, seed) => seed))('random graph seed %i', (seed) => {
    const list = randomEdgeList(5000 + seed, seed % 10, 0.15 + (seed % 7) * 0.1, seed % 2 === 0);
    const g = compileGraph(toGraphology(list));
    for (const normalized of [true, false]) {
      expectClose(betweenness(g, { normalized }), enumerationBetweenness(list, normalized));
    }
  });

  it('the two references agree with each other', () => {
    for (let seed = 0; seed < 40; seed++) {
      const list = randomEdgeList(seed, 8, 0.3, seed % 2 === 0);
      const one = enumerationBetweenness(list, false);
      walkCountBetweenness(list, false).forEach((x, i) => expect(x).toBeCloseTo(one[i]!, 9));
    }
  });
});

describe('betweenness vs walk counting', () => {
  it.each([[1, 7], [3, 3], [4, 4], [5, 6]])('lattice %i x %i', (rows, cols) => {
    const list = gridGraph(rows, cols);
    expectClose(betweenness(compileGraph(toGraphology(list))), walkCountBetweenness(list, true));
  });

  it('Zachary karate club', () => {
    const list = readCsv('karate-club');
    expectClose(betweenness(compileGraph(toGraphology(list))), walkCountBetweenness(list, true));
  });

  // Sparser random graphs with 20 to 35 nodes: several components, sources and sinks.
  it.each(Array.from({ length: 16 }, (_, seed) => seed))('random graph seed %i', (seed) => {
    const n = 20 + seed;
    const list = randomEdgeList(9000 + seed, n, 2.5 / n, seed % 2 === 1);
    const g = compileGraph(toGraphology(list));
    expectClose(betweenness(g), walkCountBetweenness(list, true));
    expectClose(betweenness(g, { normalized: false }), walkCountBetweenness(list, false));
  });
});
