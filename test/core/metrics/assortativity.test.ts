import { describe, expect, it } from 'vitest';
import { attributeAssortativity } from '../../../src/core/metrics/assortativity.ts';
import { groupsFromValues, type Groups } from '../../../src/core/metrics/groups.ts';
import { randomEdgeList, type EdgeList } from '../../fixtures/graphs/graphs.ts';
import { compile, matrixOf, pairs, randomValues } from '../../fixtures/graphs/group-helpers.ts';

/**
 * Independent reference, as networkx computes it: build the mixing matrix explicitly (one
 * count per tie end pair: directed i -> j in row g_i, column g_j; undirected both ways),
 * normalise it to sum 1, then r = (trace - sum(M @ M)) / (1 - sum(M @ M)).
 */
function naiveAssortativity(list: EdgeList, groups: Groups): number | null {
  const { tie } = matrixOf(list);
  const k = groups.labels.length;
  const M = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  let total = 0;
  for (let i = 0; i < list.n; i++) {
    for (let j = 0; j < list.n; j++) {
      const [gi, gj] = [groups.of[i]!, groups.of[j]!];
      if (!tie[i]![j] || gi === -1 || gj === -1) continue;
      M[gi]![gj]!++; // an undirected tie is in both cells of the matrix: counted both ways
      total++;
    }
  }
  if (total === 0) return null;
  for (const row of M) for (let j = 0; j < k; j++) row[j]! /= total;
  let trace = 0;
  let s = 0; // sum of all entries of M @ M
  for (let i = 0; i < k; i++) {
    trace += M[i]![i]!;
    for (let j = 0; j < k; j++) for (let l = 0; l < k; l++) s += M[i]![l]! * M[l]![j]!;
  }
  return Math.abs(1 - s) < 1e-12 ? null : (trace - s) / (1 - s);
}

describe('attribute assortativity by hand', () => {
  // networkx's test graph (test_mixing.py / base_test.py): nodes 0, 1 'one'; 2, 3 'two';
  // 4 'red'; 5 'blue'; ties (0,1), (2,3), (0,4), (2,5).
  const list = pairs(6, false, [[0, 1], [2, 3], [0, 4], [2, 5]]);
  const groups = groupsFromValues(['one', 'one', 'two', 'two', 'red', 'blue']);

  it('undirected: 6/22', () => {
    // 8 tie ends: one-one 2, two-two 2, one-red, red-one, two-blue, blue-two 1 each.
    // trace 4/8; row sums = column sums 3/8, 3/8, 1/8, 1/8: s = 20/64. r = (1/2 - 5/16) / (11/16)
    expect(attributeAssortativity(compile(list), groups)).toBeCloseTo(6 / 22, 15);
  });

  it('directed: 1/3', () => {
    // 4 ties: one->one, two->two, one->red, two->blue. trace 1/2; rows one, two 1/2 each;
    // columns one, two, red, blue 1/4 each: s = 1/4. r = (1/2 - 1/4) / (3/4)
    expect(attributeAssortativity(compile({ ...list, directed: true }), groups)).toBeCloseTo(1 / 3, 15);
  });

  it('+1 when every tie stays inside (networkx docs: red-red, blue-blue), -1 for two groups all across', () => {
    const two = groupsFromValues(['red', 'red', 'blue', 'blue']);
    expect(attributeAssortativity(compile(pairs(4, false, [[0, 1], [2, 3]])), two)).toBe(1);
    // e = [[0, 1/2], [1/2, 0]]: trace 0, s = 1/2, r = -1
    expect(attributeAssortativity(compile(pairs(4, false, [[0, 2], [1, 3], [0, 3]])), two)).toBe(-1);
  });

  it('leaves out people without a group, and ignores weights', () => {
    // As the undirected case above plus person 6 (no group) tied to 0 and 2 with weight 9.
    const withMissing: EdgeList = { n: 7, directed: false, edges: [...list.edges, [6, 0, 9], [2, 6, 9]] };
    const values = ['one', 'one', 'two', 'two', 'red', 'blue', null];
    expect(attributeAssortativity(compile(withMissing), groupsFromValues(values))).toBeCloseTo(6 / 22, 15);
    const heavy: EdgeList = { ...list, edges: list.edges.map(([s, t], i) => [s, t, i === 0 ? 0 : 5]) };
    expect(attributeAssortativity(compile(heavy), groups)).toBeCloseTo(6 / 22, 15);
  });
});

describe('attribute assortativity when undefined, and input', () => {
  it.each([
    ['n = 0', pairs(0, false, []), []],
    ['n = 1', pairs(1, false, []), ['A']],
    ['n = 2, no tie', pairs(2, true, []), ['A', 'B']],
    ['n = 2, one group', pairs(2, true, [[0, 1]]), ['A', 'A']],
    ['one group only', pairs(3, false, [[0, 1], [1, 2]]), ['A', 'A', 'A']],
    ['two groups, ties only inside one', pairs(4, false, [[0, 1]]), ['A', 'A', 'B', 'B']],
    ['ties only to people without a group', pairs(3, true, [[0, 1], [2, 1]]), ['A', null, 'B']],
  ] as [string, EdgeList, (string | null)[]][])('null: %s', (_, list, values) => {
    expect(attributeAssortativity(compile(list), groupsFromValues(values))).toBeNull();
  });

  it('n = 2 across two groups: -1', () => {
    expect(attributeAssortativity(compile(pairs(2, false, [[0, 1]])), groupsFromValues(['A', 'B']))).toBe(-1);
  });

  it('rejects groups that do not fit the graph, naming the module', () => {
    const g = compile(pairs(2, false, [[0, 1]]));
    expect(() => attributeAssortativity(g, groupsFromValues(['A']))).toThrow(/^assortativity: groups has 1/);
    expect(() => attributeAssortativity({ ...g, ids: [] }, groupsFromValues(['A', 'B']))).toThrow(/^assortativity: /);
  });
});

describe('attribute assortativity against an explicit mixing matrix', () => {
  // 300 seeded random graphs with 1-6 groups and about 15% of people without a group.
  it.each(Array.from({ length: 300 }, (_, seed) => seed))('seed %i', (seed) => {
    const n = seed % 30;
    const list = randomEdgeList(8100 + seed, n, [0.05, 0.15, 0.4][seed % 3]!, seed % 2 === 0);
    const groups = groupsFromValues(randomValues(8500 + seed, n, 1 + (seed % 6)));
    const ref = naiveAssortativity(list, groups);
    const r = attributeAssortativity(compile(list), groups);
    if (ref === null) expect(r).toBeNull();
    else expect(r).toBeCloseTo(ref, 12);
  });
});
