import { describe, expect, it } from 'vitest';
import { components } from '../../../src/core/metrics/components.ts';
import { strongComponents } from '../../../src/core/metrics/strong-components.ts';
import { pathGraph, randomEdgeList, readCsv, type EdgeList } from '../../fixtures/graphs/graphs.ts';
import { compile, cycleGraph, list } from '../../fixtures/graphs/holes-helpers.ts';

/**
 * Independent reference: transitive closure by Floyd-Warshall over a boolean matrix of the raw
 * ties (self-ties ignored; undirected ties both ways); u and v share a component when each
 * reaches the other. Groups sorted by size descending, then by lowest member.
 */
function naiveStrong(l: EdgeList): { component: number[]; sizes: number[] } {
  const n = l.n;
  const r = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => i === j));
  for (const [s, t] of l.edges) {
    r[s]![t] = true;
    if (!l.directed) r[t]![s] = true;
  }
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++)
      if (r[i]![k]) for (let j = 0; j < n; j++) if (r[k]![j]) r[i]![j] = true;
  const groups: number[][] = [];
  const done = new Array<boolean>(n).fill(false);
  for (let v = 0; v < n; v++) {
    if (done[v]) continue;
    const members = [];
    for (let u = v; u < n; u++) if (r[v]![u] && r[u]![v]) { members.push(u); done[u] = true; }
    groups.push(members);
  }
  groups.sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const component = new Array<number>(n);
  groups.forEach((members, c) => members.forEach((v) => (component[v] = c)));
  return { component, sizes: groups.map((m) => m.length) };
}

describe('strongComponents', () => {
  it('a cycle with a tail, a source, a sink and an isolate', () => {
    // The directed graph S of the structural-holes tests: 4 -> 0, 0 <-> 1, 1 -> 2 -> 0, 0 -> 3,
    // 2 -> 3, 5 alone. networkx 3.6 strongly_connected_components: {0, 1, 2}, {3}, {4}, {5}.
    const s = list(6, true, [[4, 0], [0, 1], [1, 0], [1, 2], [2, 0], [0, 3], [2, 3]]);
    const c = strongComponents(compile(s));
    expect(Array.from(c.component)).toEqual([0, 0, 0, 1, 2, 3]);
    expect(c.sizes).toEqual([3, 1, 1, 1]);
  });

  it('numbers the largest 0 and breaks ties by lowest node index', () => {
    // cycles {5, 6}, {1, 3}, {0, 2, 4}, and 7 -> 0: sizes 3, 2, 2, 1; {1, 3} before {5, 6}.
    const l = list(8, true, [[5, 6], [6, 5], [3, 1], [1, 3], [0, 2], [2, 4], [4, 0], [7, 0], [3, 5]]);
    const c = strongComponents(compile(l));
    expect(Array.from(c.component)).toEqual([0, 1, 0, 1, 0, 2, 2, 3]);
    expect(c.sizes).toEqual([3, 2, 2, 1]);
  });

  it.each([
    [0, [], [], []],
    [1, [], [0], [1]],
    [2, [[0, 1]], [0, 1], [1, 1]],
    [2, [[0, 1], [1, 0]], [0, 0], [2]],
  ] as [number, [number, number][], number[], number[]][])('n = %i, ties %j', (n, ties, component, sizes) => {
    const c = strongComponents(compile(list(n, true, ties)));
    expect(Array.from(c.component)).toEqual(component);
    expect(c.sizes).toEqual(sizes);
  });

  it('20,000 nodes: a directed path is 20,000 singletons, a directed cycle one group', () => {
    const path = strongComponents(compile(pathGraph(20000, true)));
    expect(path.sizes.length).toBe(20000);
    expect(path.component.every((c, v) => c === v)).toBe(true);
    const cycle = strongComponents(compile(cycleGraph(20000, true)));
    expect(cycle.sizes).toEqual([20000]);
  });

  it('undirected graphs: the same as components()', () => {
    for (let seed = 0; seed < 50; seed++) {
      const l = randomEdgeList(9100 + seed, seed % 40, 1.2 / Math.max(1, seed % 40), false);
      const g = compile(l);
      const s = strongComponents(g);
      const w = components(g);
      expect(Array.from(s.component)).toEqual(Array.from(w.component));
      expect(s.sizes).toEqual(w.sizes);
    }
    expect(strongComponents(compile(readCsv('karate-club'))).sizes).toEqual([34]);
  });

  it('a zero-weight tie still leads somewhere; self-ties do not make a cycle', () => {
    const l: EdgeList = { n: 3, directed: true, edges: [[0, 1, 0], [1, 0, 2], [2, 2, 1]] };
    expect(strongComponents(compile(l)).sizes).toEqual([2, 1]);
  });

  it('rejects something that is not a compiled graph', () => {
    const g = compile(list(2, true, [[0, 1]]));
    expect(() => strongComponents({ ...g, n: 1 })).toThrow(/^strongComponents: /);
  });

  // 300 seeded random directed graphs (and some undirected), sparse to dense.
  it.each(Array.from({ length: 300 }, (_, seed) => seed))('matches the transitive closure (seed %i)', (seed) => {
    const n = seed % 30;
    const l = randomEdgeList(9000 + seed, n, [0.8, 1.5, 3][seed % 3]! / Math.max(1, n), seed % 5 !== 0);
    const c = strongComponents(compile(l));
    const ref = naiveStrong(l);
    expect(Array.from(c.component)).toEqual(ref.component);
    expect(c.sizes).toEqual(ref.sizes);
  });
});
