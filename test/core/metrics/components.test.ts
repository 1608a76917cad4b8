import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../../src/core/graph/compile.ts';
import { components } from '../../../src/core/metrics/components.ts';
import { randomEdgeList, readCsv, toGraphology, type EdgeList } from '../../fixtures/graphs/graphs.ts';

const compile = (list: EdgeList) => compileGraph(toGraphology(list));
const list = (n: number, directed: boolean, pairs: [number, number][]): EdgeList =>
  ({ n, directed, edges: pairs.map(([s, t]) => [s, t, 1]) });

/**
 * Independent reference: union-find over the raw edge list (direction ignored), then the groups
 * sorted by size descending and, for equal sizes, by their lowest member.
 */
function naiveComponents(l: EdgeList): { component: number[]; sizes: number[] } {
  const parent = Array.from({ length: l.n }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  for (const [s, t] of l.edges) parent[find(s)] = find(t);
  const groups = new Map<number, number[]>();
  for (let v = 0; v < l.n; v++) groups.set(find(v), [...(groups.get(find(v)) ?? []), v]);
  const sorted = [...groups.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const component = new Array<number>(l.n);
  sorted.forEach((members, c) => members.forEach((v) => (component[v] = c)));
  return { component, sizes: sorted.map((m) => m.length) };
}

describe('components', () => {
  it('numbers the largest 0 and breaks ties by lowest node index', () => {
    // groups {1,2,3}, {0,5}, {6,7}, {4}: sizes 3, 2, 2, 1; {0,5} before {6,7} (0 < 6)
    const c = components(compile(list(8, false, [[1, 2], [3, 2], [5, 0], [7, 6]])));
    expect(Array.from(c.component)).toEqual([1, 0, 0, 0, 3, 1, 2, 2]);
    expect(c.sizes).toEqual([3, 2, 2, 1]);
  });

  it('ignores direction (weak components)', () => {
    // 0 -> 1 <- 2 and 3 -> 4: nobody reaches everyone, but there are two weak groups
    const c = components(compile(list(5, true, [[0, 1], [2, 1], [3, 4]])));
    expect(Array.from(c.component)).toEqual([0, 0, 0, 1, 1]);
    expect(c.sizes).toEqual([3, 2]);
  });

  it('connects through zero-weight ties, not through self-ties', () => {
    const l: EdgeList = { n: 3, directed: false, edges: [[0, 1, 0], [2, 2, 1]] };
    const c = components(compile(l));
    expect(Array.from(c.component)).toEqual([0, 0, 1]);
    expect(c.sizes).toEqual([2, 1]);
  });

  it.each([
    [0, [], []],
    [1, [0], [1]],
    [2, [0, 1], [1, 1]],
  ] as [number, number[], number[]][])('handles n = %i', (n, component, sizes) => {
    const c = components(compile(list(n, false, [])));
    expect(Array.from(c.component)).toEqual(component);
    expect(c.sizes).toEqual(sizes);
  });

  it('finds one group in the karate club and the Florentine marriages', () => {
    // Both are connected (networkx's Florentine graph leaves out the isolated Pucci family).
    expect(components(compile(readCsv('karate-club'))).sizes).toEqual([34]);
    expect(components(compile(readCsv('florentine-marriage'))).sizes).toEqual([15]);
  });

  it('rejects something that is not a compiled graph', () => {
    const g = compile(list(2, false, [[0, 1]]));
    expect(() => components({ ...g, n: 3 })).toThrow(/^components: /);
  });

  // 200 seeded sparse random graphs (n up to 39, about one tie per node): many components.
  it.each(Array.from({ length: 200 }, (_, seed) => seed))('matches union-find (seed %i)', (seed) => {
    const n = seed % 40;
    const l = randomEdgeList(3000 + seed, n, 1 / Math.max(1, n), seed % 2 === 0);
    const c = components(compile(l));
    const ref = naiveComponents(l);
    expect(Array.from(c.component)).toEqual(ref.component);
    expect(c.sizes).toEqual(ref.sizes);
  });
});
