import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../../src/core/graph/compile.ts';
import { degrees } from '../../../src/core/metrics/degree.ts';
import { randomEdgeList, readCsv, toGraphology, type EdgeList } from '../../fixtures/graphs/graphs.ts';

const compile = (list: EdgeList) => compileGraph(toGraphology(list));

/**
 * Independent reference: merged weight matrix straight from the edge list, then row and column
 * counts and sums; degree = in + out for directed graphs (networkx DiGraph.degree).
 */
function naiveDegrees(list: EdgeList) {
  const { n } = list;
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(-1));
  for (const [s, t, w] of list.edges) {
    if (s === t) continue;
    m[s]![t] = Math.max(m[s]![t]!, w);
    if (!list.directed) m[t]![s] = Math.max(m[t]![s]!, w);
  }
  const out = m.map((row) => row.filter((w) => w >= 0));
  const inc = m.map((_, t) => m.map((row) => row[t]!).filter((w) => w >= 0));
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
  const outDegree = out.map((r) => r.length);
  const inDegree = inc.map((r) => r.length);
  const outStrength = out.map(sum);
  const inStrength = inc.map(sum);
  return {
    outDegree, inDegree, outStrength, inStrength,
    degree: list.directed ? outDegree.map((d, v) => d + inDegree[v]!) : outDegree,
    strength: list.directed ? outStrength.map((d, v) => d + inStrength[v]!) : outStrength,
  };
}

describe('degrees', () => {
  it('gives Zachary karate club degrees as published', () => {
    // networkx degree_centrality(karate_club_graph()) printed in GeeksforGeeks, "Network
    // Centrality Measures in a Graph using Networkx", times n - 1 = 33.
    const published = [
      0.48484848484848486, 0.2727272727272727, 0.30303030303030304, 0.18181818181818182,
      0.09090909090909091, 0.12121212121212122, 0.12121212121212122, 0.12121212121212122,
      0.15151515151515152, 0.06060606060606061, 0.09090909090909091, 0.030303030303030304,
      0.06060606060606061, 0.15151515151515152, 0.06060606060606061, 0.06060606060606061,
      0.06060606060606061, 0.06060606060606061, 0.06060606060606061, 0.09090909090909091,
      0.06060606060606061, 0.06060606060606061, 0.06060606060606061, 0.15151515151515152,
      0.09090909090909091, 0.09090909090909091, 0.06060606060606061, 0.12121212121212122,
      0.09090909090909091, 0.12121212121212122, 0.12121212121212122, 0.18181818181818182,
      0.36363636363636365, 0.5151515151515151,
    ];
    const list = readCsv('karate-club');
    const g = compile(list);
    const d = degrees(g);
    const byId = g.ids.map((id) => d.degree[g.index.get(id)!]!);
    const order = g.ids.map(Number);
    order.forEach((member, i) => expect(byId[i]).toBe(Math.round(published[member]! * 33)));
    // Undirected: in = out = degree, in distinct buffers.
    expect(Array.from(d.inDegree)).toEqual(Array.from(d.degree));
    expect(Array.from(d.outDegree)).toEqual(Array.from(d.degree));
    expect(d.inDegree).not.toBe(d.degree);
    expect(d.inStrength.buffer).not.toBe(d.strength.buffer);
    // Strength: the karate weights add up, each tie counted at both ends (sum by hand from the CSV).
    const total = list.edges.reduce((s, [, , w]) => s + w, 0);
    expect(d.strength.reduce((s, x) => s + x, 0)).toBe(2 * total);
  });

  it('counts a small directed graph by hand', () => {
    // a -> b (2), a -> c (1), b -> a (0.5), c -> b (0), d isolated; a self-tie and a repeat dropped.
    const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
    for (const id of ['a', 'b', 'c', 'd']) graph.addNode(id);
    graph.addEdge('a', 'b', { weight: 2 });
    graph.addEdge('a', 'b', { weight: 1 });
    graph.addEdge('a', 'c', { weight: 1 });
    graph.addEdge('b', 'a', { weight: 0.5 });
    graph.addEdge('c', 'b', { weight: 0 });
    graph.addEdge('d', 'd', { weight: 7 });
    const d = degrees(compileGraph(graph));
    expect(Array.from(d.outDegree)).toEqual([2, 1, 1, 0]);
    expect(Array.from(d.inDegree)).toEqual([1, 2, 1, 0]);
    expect(Array.from(d.degree)).toEqual([3, 3, 2, 0]);
    expect(Array.from(d.outStrength)).toEqual([3, 0.5, 0, 0]);
    expect(Array.from(d.inStrength)).toEqual([0.5, 2, 1, 0]);
    expect(Array.from(d.strength)).toEqual([3.5, 2.5, 1, 0]);
  });

  it.each([0, 1, 2])('handles n = %i', (n) => {
    const d = degrees(compile({ n, directed: false, edges: n === 2 ? [[0, 1, 0]] : [] }));
    expect(Array.from(d.degree)).toEqual(n === 2 ? [1, 1] : new Array(n).fill(0));
    expect(Array.from(d.strength)).toEqual(new Array(n).fill(0));
  });

  it('rejects something that is not a compiled graph', () => {
    const g = compile({ n: 3, directed: true, edges: [[0, 1, 1]] });
    expect(() => degrees({ ...g, outOffsets: new Int32Array(2) })).toThrow(/^degree: /);
  });

  it.each(Array.from({ length: 100 }, (_, seed) => seed))('matches the naive counts (seed %i)', (seed) => {
    const list = randomEdgeList(1000 + seed, 1 + (seed % 12), 0.35, seed % 2 === 1);
    const d = degrees(compile(list));
    const ref = naiveDegrees(list);
    for (const key of ['inDegree', 'outDegree', 'degree', 'inStrength', 'outStrength', 'strength'] as const) {
      expect(Array.from(d[key]), key).toEqual(ref[key]);
    }
  });
});
