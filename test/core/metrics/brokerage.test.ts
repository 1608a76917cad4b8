import { describe, expect, it } from 'vitest';
import { brokerage, type Brokerage } from '../../../src/core/metrics/brokerage.ts';
import { groupsFromValues, type Groups } from '../../../src/core/metrics/groups.ts';
import { mulberry32, randomEdgeList, type EdgeList } from '../../fixtures/graphs/graphs.ts';
import { compile, matrixOf, pairs, plain, randomValues } from '../../fixtures/graphs/group-helpers.ts';

type Role = Exclude<keyof Brokerage, 'total'>;
const ROLES: Role[] = ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison'];

/**
 * Independent reference: every ordered triple (a, b, c) of distinct people with a -> b, b -> c
 * and no a -> c, all three with a group, classified by the table in brokerage.ts (sna's C
 * source: [a b c] w_I, [b] [a c] w_O, [a b] [c] b_IO, [a] [b c] b_OI, [a] [b] [c] b_O).
 */
function naiveBrokerage(list: EdgeList, groups: Groups): Record<keyof Brokerage, number[]> {
  const { tie } = matrixOf(list);
  const g = groups.of;
  const out = Object.fromEntries([...ROLES, 'total'].map((r) => [r, new Array<number>(list.n).fill(0)])) as
    Record<keyof Brokerage, number[]>;
  for (let a = 0; a < list.n; a++) {
    for (let b = 0; b < list.n; b++) {
      for (let c = 0; c < list.n; c++) {
        if (a === b || b === c || a === c || !tie[a]![b] || !tie[b]![c] || tie[a]![c]) continue;
        const [ga, gb, gc] = [g[a]!, g[b]!, g[c]!];
        if (ga === -1 || gb === -1 || gc === -1) continue;
        let role: Role;
        if (ga === gb && gb === gc) role = 'coordinator';
        else if (ga === gc) role = 'itinerant';
        else if (ga === gb) role = 'representative';
        else if (gb === gc) role = 'gatekeeper';
        else role = 'liaison';
        out[role][b]!++;
        out.total[b]!++;
      }
    }
  }
  return out;
}

const rolesOf = (r: Brokerage, v: number) => Object.fromEntries(ROLES.map((role) => [role, r[role][v]]));
const only = (role: Role | null, count = 1) => Object.fromEntries(ROLES.map((r) => [r, r === role ? count : 0]));

describe('brokerage: the five roles on a two-path 0 -> 1 -> 2', () => {
  it.each([
    [['A', 'A', 'A'], 'coordinator'],
    [['A', 'B', 'A'], 'itinerant'],
    [['A', 'A', 'B'], 'representative'],
    [['A', 'B', 'B'], 'gatekeeper'],
    [['A', 'B', 'C'], 'liaison'],
  ] as [string[], Role][])('groups %j: person 1 is a %s', (values, role) => {
    const r = brokerage(compile(pairs(3, true, [[0, 1], [1, 2]])), groupsFromValues(values));
    expect(rolesOf(r, 1)).toEqual(only(role));
    expect(plain(r.total)).toEqual([0, 1, 0]);
  });

  it('no brokerage when 0 -> 2 closes the triad; the reverse tie 2 -> 0 does not close it', () => {
    const groups = groupsFromValues(['A', 'A', 'A']);
    expect(plain(brokerage(compile(pairs(3, true, [[0, 1], [1, 2], [0, 2]])), groups).total)).toEqual([0, 0, 0]);
    // a directed 3-cycle: 0->1->2, 1->2->0 and 2->0->1 are all open (no 0->2, 1->0, 2->1)
    const r = brokerage(compile(pairs(3, true, [[0, 1], [1, 2], [2, 0]])), groups);
    expect(plain(r.coordinator)).toEqual([1, 1, 1]);
  });

  it('undirected: each open pair counts both ways (representative one way, gatekeeper the other)', () => {
    // 0 - 1 - 2, groups A A B: (0, 2) via 1 is [a b] [c]; (2, 0) via 1 is [a] [b c]
    const r = brokerage(compile(pairs(3, false, [[0, 1], [1, 2]])), groupsFromValues(['A', 'A', 'B']));
    expect(rolesOf(r, 1)).toEqual({ ...only(null), representative: 1, gatekeeper: 1 });
    expect(plain(r.total)).toEqual([0, 2, 0]);
  });

  it('leaves out any two-path with someone missing a group', () => {
    for (const values of [[null, 'A', 'A'], ['A', null, 'A'], ['A', 'A', null]]) {
      const r = brokerage(compile(pairs(3, true, [[0, 1], [1, 2]])), groupsFromValues(values));
      expect(plain(r.total)).toEqual([0, 0, 0]);
    }
  });

  it('the four-person example of the R cograph brokerage pages, by hand', () => {
    // A -> B, A -> C, B -> C, B -> D, C -> D, D -> A; groups {A, B} and {C, D}.
    // Open two-paths: D->A->B gatekeeper, D->A->C itinerant, A->B->D representative,
    // A->C->D gatekeeper, B->D->A itinerant, C->D->A representative (A->B->C and B->C->D closed).
    const list = pairs(4, true, [[0, 1], [0, 2], [1, 2], [1, 3], [2, 3], [3, 0]]);
    const r = brokerage(compile(list), groupsFromValues(['1', '1', '2', '2']));
    expect(rolesOf(r, 0)).toEqual({ ...only(null), gatekeeper: 1, itinerant: 1 });
    expect(rolesOf(r, 1)).toEqual(only('representative'));
    expect(rolesOf(r, 2)).toEqual(only('gatekeeper'));
    expect(rolesOf(r, 3)).toEqual({ ...only(null), itinerant: 1, representative: 1 });
  });

  it('a mutual tie is not a two-path back to the start', () => {
    // 0 <-> 1 -> 2: only 0 -> 1 -> 2 is open; 1 -> 0 -> 1 is not a pair of distinct people
    const r = brokerage(compile(pairs(3, true, [[0, 1], [1, 0], [1, 2]])), groupsFromValues(['A', 'A', 'A']));
    expect(plain(r.coordinator)).toEqual([0, 1, 0]);
  });
});

describe('brokerage: edge cases and input', () => {
  it.each([0, 1, 2])('all zeros for n = %i', (n) => {
    const r = brokerage(compile(pairs(n, true, n === 2 ? [[0, 1], [1, 0]] : [])), groupsFromValues(new Array(n).fill('A')));
    for (const key of [...ROLES, 'total'] as const) expect(plain(r[key])).toEqual(new Array(n).fill(0));
  });

  it('rejects groups that do not fit the graph, naming the module', () => {
    const g = compile(pairs(3, true, [[0, 1]]));
    expect(() => brokerage(g, groupsFromValues(['A']))).toThrow(/^brokerage: groups has 1 entries/);
    expect(() => brokerage(g, { of: Int32Array.from([0, -3, 0]), labels: ['A'] })).toThrow(/^brokerage: person 1/);
  });

  it('a hub that names everyone: both ways of checking a -> c agree with counting', () => {
    // hub 0 names 1..40; each of them names a few others. For broker b the hub's 40 out-ties
    // are longer than b's, and b's ties to the hub are shorter than the hub's: both checks run.
    const rng = mulberry32(77);
    const edges: [number, number, number][] = [];
    for (let v = 1; v <= 40; v++) {
      edges.push([0, v, 1]);
      for (let j = 0; j < 3; j++) edges.push([v, Math.floor(rng() * 41), 1]);
      if (rng() < 0.3) edges.push([v, 0, 1]);
    }
    const list: EdgeList = { n: 41, directed: true, edges };
    const groups = groupsFromValues(randomValues(78, 41, 3, 0.1));
    const r = brokerage(compile(list), groups);
    const ref = naiveBrokerage(list, groups);
    for (const key of [...ROLES, 'total'] as const) expect(plain(r[key])).toEqual(ref[key]);
  });
});

describe('brokerage against every ordered triple', () => {
  // 300 seeded random graphs, n up to 22, directed and undirected, with isolates, sources and
  // sinks, parallel and self-ties; 1-5 groups and about 15% of people without a group.
  it.each(Array.from({ length: 300 }, (_, seed) => seed))('seed %i', (seed) => {
    const n = seed % 23;
    const list = randomEdgeList(5100 + seed, n, [0.1, 0.25, 0.5][seed % 3]!, seed % 4 !== 0);
    const groups = groupsFromValues(randomValues(6100 + seed, n, 1 + (seed % 5)));
    const r = brokerage(compile(list), groups);
    const ref = naiveBrokerage(list, groups);
    for (const key of [...ROLES, 'total'] as const) expect(plain(r[key])).toEqual(ref[key]);
    const sum = ROLES.reduce((acc, role) => acc.map((x, v) => x + r[role][v]!), new Array<number>(n).fill(0));
    expect(plain(r.total)).toEqual(sum);
    if (!list.directed) {
      // each open pair counted both ways: representative one way is gatekeeper the other
      expect(plain(r.representative)).toEqual(plain(r.gatekeeper));
      for (const role of ['coordinator', 'itinerant', 'liaison'] as const) expect(r[role].every((x) => x % 2 === 0)).toBe(true);
    }
  });
});
