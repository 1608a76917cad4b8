import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { compileGraph, type CompiledGraph } from '../../../src/core/graph/compile.ts';
import { idsOf, randomEdgeList, toGraphology, type EdgeList } from '../../fixtures/graphs/graphs.ts';

/** Rows of a CSR as [target, weight] lists, for readable expectations. */
function rows(offsets: Int32Array, targets: Int32Array, weights: Float64Array): [number, number][][] {
  const out: [number, number][][] = [];
  for (let v = 0; v + 1 < offsets.length; v++) {
    const row: [number, number][] = [];
    for (let p = offsets[v]!; p < offsets[v + 1]!; p++) row.push([targets[p]!, weights[p]!]);
    out.push(row);
  }
  return out;
}
const outRows = (g: CompiledGraph) => rows(g.outOffsets, g.outTargets, g.outWeights);
const inRows = (g: CompiledGraph) => rows(g.inOffsets, g.inSources, g.inWeights);

/**
 * Independent reference: an n x n matrix of merged weights (-1 = no tie), built straight from the
 * edge list by the documented rule (drop self-ties, keep the largest weight of parallel ties).
 */
function naiveMatrix(list: EdgeList): number[][] {
  const m = Array.from({ length: list.n }, () => new Array<number>(list.n).fill(-1));
  for (const [s, t, w] of list.edges) {
    if (s === t) continue;
    m[s]![t] = Math.max(m[s]![t]!, w);
    if (!list.directed) m[t]![s] = Math.max(m[t]![s]!, w);
  }
  return m;
}

describe('compileGraph', () => {
  it('compiles the empty graph', () => {
    const g = compileGraph(new Graph({ type: 'directed' }));
    expect(g.n).toBe(0);
    expect(g.ids).toEqual([]);
    expect(Array.from(g.outOffsets)).toEqual([0]);
    expect(Array.from(g.inOffsets)).toEqual([0]);
    expect(g.edgeCount).toBe(0);
  });

  it('keeps graph.nodes() order and indexes ids', () => {
    const graph = new Graph({ type: 'undirected' });
    for (const id of ['zoe', 'amir', 'bea']) graph.addNode(id);
    const g = compileGraph(graph);
    expect(g.ids).toEqual(['zoe', 'amir', 'bea']);
    expect([...g.index]).toEqual([['zoe', 0], ['amir', 1], ['bea', 2]]);
    expect(g.directed).toBe(false);
  });

  it('builds sorted out- and in-lists for a directed graph', () => {
    const graph = new Graph({ type: 'directed' });
    for (const id of ['a', 'b', 'c', 'd']) graph.addNode(id);
    graph.addEdge('a', 'c', { weight: 2 });
    graph.addEdge('a', 'b', { weight: 1 });
    graph.addEdge('d', 'a', { weight: 0.5 });
    graph.addEdge('b', 'c', { weight: 3 });
    const g = compileGraph(graph);
    expect(g.directed).toBe(true);
    expect(g.edgeCount).toBe(4);
    expect(outRows(g)).toEqual([[[1, 1], [2, 2]], [[2, 3]], [], [[0, 0.5]]]);
    expect(inRows(g)).toEqual([[[3, 0.5]], [[0, 1]], [[0, 2], [1, 3]], []]);
  });

  it('lists each undirected edge in both rows and shares the in arrays with out', () => {
    const graph = new Graph({ type: 'undirected' });
    for (const id of ['a', 'b', 'c']) graph.addNode(id);
    graph.addEdge('c', 'a', { weight: 2 });
    graph.addEdge('b', 'a', { weight: 1 });
    const g = compileGraph(graph);
    expect(g.edgeCount).toBe(2);
    expect(outRows(g)).toEqual([[[1, 1], [2, 2]], [[0, 1]], [[0, 2]]]);
    expect(g.inOffsets).toBe(g.outOffsets);
    expect(g.inSources).toBe(g.outTargets);
    expect(g.inWeights).toBe(g.outWeights);
  });

  it('merges parallel directed ties keeping the largest weight, but not opposite ones', () => {
    const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
    for (const id of ['a', 'b']) graph.addNode(id);
    graph.addEdge('a', 'b', { weight: 2 });
    graph.addEdge('a', 'b', { weight: 5 });
    graph.addEdge('a', 'b', { weight: 1 });
    graph.addEdge('b', 'a', { weight: 0 });
    graph.addEdge('a', 'a', { weight: 9 });
    const g = compileGraph(graph);
    expect(g.edgeCount).toBe(2);
    expect(outRows(g)).toEqual([[[1, 5]], [[0, 0]]]);
    expect(inRows(g)).toEqual([[[1, 0]], [[0, 5]]]);
  });

  it('merges a-b and b-a in an undirected multigraph and drops self-ties', () => {
    const graph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: true });
    for (const id of ['a', 'b', 'c']) graph.addNode(id);
    graph.addEdge('a', 'b', { weight: 1 });
    graph.addEdge('b', 'a', { weight: 4 });
    graph.addEdge('c', 'c', { weight: 1 });
    const g = compileGraph(graph);
    expect(g.edgeCount).toBe(1);
    expect(outRows(g)).toEqual([[[1, 4]], [[0, 4]], []]);
  });

  it('reads a missing weight as 1 and keeps zero-weight ties', () => {
    const graph = new Graph({ type: 'undirected' });
    for (const id of ['a', 'b', 'c']) graph.addNode(id);
    graph.addEdge('a', 'b');
    graph.addEdge('b', 'c', { weight: 0 });
    const g = compileGraph(graph);
    expect(g.edgeCount).toBe(2);
    expect(outRows(g)).toEqual([[[1, 1]], [[0, 1], [2, 0]], [[1, 0]]]);
  });

  it('rejects a mixed graph', () => {
    const graph = new Graph({ type: 'mixed' });
    graph.addNode('a');
    graph.addNode('b');
    graph.addDirectedEdge('a', 'b');
    expect(() => compileGraph(graph)).toThrow(/^compile: graph type is 'mixed'/);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['negative', -1],
    ['a string', '2'],
    ['null', null],
  ])('rejects a weight that is %s', (_, weight) => {
    const graph = new Graph({ type: 'directed' });
    graph.addNode('a');
    graph.addNode('b');
    graph.addEdge('a', 'b', { weight });
    expect(() => compileGraph(graph)).toThrow(/^compile: tie .* \(a -> b\) has weight/);
  });

  it('rejects a bad weight even on a self-tie it would drop', () => {
    const graph = new Graph({ type: 'undirected', allowSelfLoops: true });
    graph.addNode('a');
    graph.addEdge('a', 'a', { weight: -2 });
    expect(() => compileGraph(graph)).toThrow(/^compile:/);
  });

  it('does not depend on edge insertion order', () => {
    const list = randomEdgeList(7, 12, 0.4, true);
    const a = compileGraph(toGraphology(list));
    const b = compileGraph(toGraphology({ ...list, edges: [...list.edges].reverse() }));
    expect(outRows(b)).toEqual(outRows(a));
    expect(inRows(b)).toEqual(inRows(a));
  });

  // 200 seeded random graphs (directed and undirected, 0..14 nodes, with parallel ties,
  // self-ties and zero weights) against the matrix built directly from the edge list.
  it.each(Array.from({ length: 200 }, (_, seed) => seed))('matches a naive adjacency matrix (seed %i)', (seed) => {
    const list = randomEdgeList(seed, seed % 15, 0.1 + (seed % 5) * 0.15, seed % 2 === 0);
    const g = compileGraph(toGraphology(list));
    const m = naiveMatrix(list);
    expect(g.ids).toEqual(idsOf(list));
    const expectOut: [number, number][][] = m.map((row) =>
      row.flatMap((w, t): [number, number][] => (w >= 0 ? [[t, w]] : [])));
    const expectIn: [number, number][][] = m.map((_, t) =>
      m.flatMap((row, s): [number, number][] => (row[t]! >= 0 ? [[s, row[t]!]] : [])));
    expect(outRows(g)).toEqual(expectOut);
    expect(inRows(g)).toEqual(expectIn);
    const pairs = m.flat().filter((w) => w >= 0).length;
    expect(g.edgeCount).toBe(list.directed ? pairs : pairs / 2);
  });
});
