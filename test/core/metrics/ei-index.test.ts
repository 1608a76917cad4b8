import { describe, expect, it } from 'vitest';
import { eiEgo, eiGroup, eiNetwork } from '../../../src/core/metrics/ei-index.ts';
import { groupsFromValues, type Groups } from '../../../src/core/metrics/groups.ts';
import { randomEdgeList, type EdgeList } from '../../fixtures/graphs/graphs.ts';
import { compile, matrixOf, pairs, plain, randomValues } from '../../fixtures/graphs/group-helpers.ts';

/**
 * Independent reference: walk every ordered pair (i, j) of the tie matrix and count. A
 * directed tie is the cell i -> j; an undirected tie is the pair i < j. Ties with an end
 * whose group is missing are skipped.
 */
function naiveEi(list: EdgeList, groups: Groups) {
  const { tie } = matrixOf(list);
  const k = groups.labels.length;
  const g = groups.of;
  const ei = (e: number, i: number) => (e + i === 0 ? NaN : (e - i) / (e + i));
  let e = 0;
  let i = 0;
  const ge = new Array<number>(k).fill(0);
  const gi = new Array<number>(k).fill(0);
  const ve = new Array<number>(list.n).fill(0);
  const vi = new Array<number>(list.n).fill(0);
  for (let a = 0; a < list.n; a++) {
    for (let b = 0; b < list.n; b++) {
      if (!tie[a]![b] || (!list.directed && b < a) || g[a] === -1 || g[b] === -1) continue;
      const same = g[a] === g[b];
      if (same) i++;
      else e++;
      if (same) gi[g[a]!]!++;
      else {
        ge[g[a]!]!++;
        ge[g[b]!]!++;
      }
      // the tie belongs to both ends' own ties
      for (const v of [a, b]) {
        if (same) vi[v]!++;
        else ve[v]!++;
      }
    }
  }
  return {
    network: e + i === 0 ? null : (e - i) / (e + i),
    group: ge.map((x, c) => ei(x, gi[c]!)),
    ego: ve.map((x, v) => (g[v] === -1 ? NaN : ei(x, vi[v]!))),
  };
}

describe('E-I index by hand', () => {
  // Directed: people 0, 1 in Acute; 2, 3 in Social care; 4 has no sector.
  //   0 -> 1, 1 -> 0 (inside Acute, twice), 0 -> 2 (across), 3 -> 2 (inside Social care),
  //   2 -> 4 and 4 -> 1 (to / from the unknown person: left out)
  const list = pairs(5, true, [[0, 1], [1, 0], [0, 2], [3, 2], [2, 4], [4, 1]]);
  const groups = groupsFromValues(['Acute', 'Acute', 'Social care', 'Social care', null]);

  it('network: E = 1, I = 3, so (1 - 3) / 4 = -0.5', () => {
    expect(eiNetwork(compile(list), groups)).toBe(-0.5);
  });

  it('groups: Acute E 1 I 2 -> -1/3; Social care E 1 I 1 -> 0', () => {
    const r = eiGroup(compile(list), groups);
    expect(r[0]).toBeCloseTo(-1 / 3, 15);
    expect(r[1]).toBe(0);
  });

  it('egos: sent and received ties both count; NaN without a group', () => {
    // 0: 0->1, 1->0 inside, 0->2 across: (1 - 2) / 3. 1: two inside: -1. 2: 0->2 across,
    // 3->2 inside: 0. 3: one inside: -1. 4: no group: NaN.
    const r = plain(eiEgo(compile(list), groups));
    expect(r[0]).toBeCloseTo(-1 / 3, 15);
    expect(r.slice(1)).toEqual([-1, 0, -1, NaN]);
  });

  it('undirected ties count once; the range runs from -1 (all inside) to +1 (all across)', () => {
    const g2 = groupsFromValues(['A', 'A', 'B', 'B']);
    expect(eiNetwork(compile(pairs(4, false, [[0, 1], [2, 3]])), g2)).toBe(-1);
    expect(eiNetwork(compile(pairs(4, false, [[0, 2], [1, 3], [0, 3]])), g2)).toBe(1);
    // two inside, one across, the across tie given twice (parallel) and as a self-tie extra
    const mixed: EdgeList = { n: 4, directed: false, edges: [[0, 1, 1], [3, 2, 1], [1, 2, 1], [2, 1, 5], [0, 0, 1]] };
    expect(eiNetwork(compile(mixed), g2)).toBeCloseTo(-1 / 3, 15);
    expect(plain(eiEgo(compile(mixed), g2))).toEqual([-1, 0, 0, -1]);
  });

  it('counts zero-weight ties (ties are counted, not weighed)', () => {
    const g2 = groupsFromValues(['A', 'B']);
    expect(eiNetwork(compile({ n: 2, directed: true, edges: [[0, 1, 0]] }), g2)).toBe(1);
  });
});

describe('E-I index when undefined, and input', () => {
  it.each([
    ['n = 0', pairs(0, false, []), []],
    ['n = 1', pairs(1, true, []), ['A']],
    ['n = 2, no tie', pairs(2, false, []), ['A', 'B']],
    ['only ties to people without a group', pairs(3, true, [[0, 1], [2, 1]]), ['A', null, 'B']],
  ] as [string, EdgeList, (string | null)[]][])('network null, groups and egos NaN: %s', (_, list, values) => {
    const g = compile(list);
    const groups = groupsFromValues(values);
    expect(eiNetwork(g, groups)).toBeNull();
    expect(plain(eiGroup(g, groups)).every(Number.isNaN)).toBe(true);
    expect(plain(eiEgo(g, groups)).every(Number.isNaN)).toBe(true);
  });

  it('one group only: -1 wherever there are ties', () => {
    const g = compile(pairs(3, false, [[0, 1]]));
    const groups = groupsFromValues(['A', 'A', 'A']);
    expect(eiNetwork(g, groups)).toBe(-1);
    expect(plain(eiGroup(g, groups))).toEqual([-1]);
    expect(plain(eiEgo(g, groups))).toEqual([-1, -1, NaN]);
  });

  it('rejects groups that do not fit the graph, naming the module', () => {
    const g = compile(pairs(3, false, [[0, 1]]));
    expect(() => eiNetwork(g, groupsFromValues(['A', 'B']))).toThrow(/^ei-index: groups has 2 entries/);
    expect(() => eiEgo(g, { of: Int32Array.from([0, 1, 2]), labels: ['A', 'B'] })).toThrow(/^ei-index: person 2/);
    expect(() => eiGroup({ ...g, n: 4 }, groupsFromValues(['A', 'B', 'C', 'D']))).toThrow(/^ei-index: /);
  });
});

describe('E-I index against counting', () => {
  // 300 seeded random graphs (isolates, components, sources and sinks, parallel and self-ties)
  // with 1-6 groups and about 15% of people without a group.
  it.each(Array.from({ length: 300 }, (_, seed) => seed))('seed %i', (seed) => {
    const n = seed % 30;
    const list = randomEdgeList(2100 + seed, n, [0.05, 0.15, 0.4][seed % 3]!, seed % 2 === 0);
    const groups = groupsFromValues(randomValues(4100 + seed, n, 1 + (seed % 6)));
    const g = compile(list);
    const ref = naiveEi(list, groups);
    const network = eiNetwork(g, groups);
    if (ref.network === null) expect(network).toBeNull();
    else expect(network).toBeCloseTo(ref.network, 14);
    const group = plain(eiGroup(g, groups));
    const ego = plain(eiEgo(g, groups));
    expect(group.length).toBe(groups.labels.length);
    group.forEach((x, c) => (Number.isNaN(ref.group[c]) ? expect(x).toBeNaN() : expect(x).toBeCloseTo(ref.group[c]!, 14)));
    ego.forEach((x, v) => (Number.isNaN(ref.ego[v]) ? expect(x).toBeNaN() : expect(x).toBeCloseTo(ref.ego[v]!, 14)));
  });
});
