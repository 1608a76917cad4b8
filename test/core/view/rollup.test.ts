/**
 * Rolling people up to groups, against counts worked out by hand on a network of six people:
 * A and B in X, C and E in Y, D with no value and F with an empty value (both "Not recorded");
 * E and F have no ties. Ties (source → target, strength): A→B 2, B→A 3, A→C 1, C→A 4,
 * B→C (no strength), D→A 5, C→D 2.
 */
import { describe, expect, it } from 'vitest';
import { NOT_RECORDED, rollUp, type PersonNetwork } from '../../../src/core/view/rollup.ts';

const ids = ['A', 'B', 'C', 'D', 'E', 'F'];
const groupOf = ['X', 'X', 'Y', null, 'Y', ''];
const edges: [number, number, number][] = [[0, 1, 2], [1, 0, 3], [0, 2, 1], [2, 0, 4], [1, 2, NaN], [3, 0, 5], [2, 3, 2]];
const net = (directed: boolean): PersonNetwork => ({
  ids, directed,
  edgeSource: Int32Array.from(edges.map((e) => e[0])),
  edgeTarget: Int32Array.from(edges.map((e) => e[1])),
  edgeStrength: Float64Array.from(edges.map((e) => e[2])),
});

describe('rollUp', () => {
  it('counts people, isolates and ties within each group, "Not recorded" gathering missing and empty values', () => {
    const r = rollUp(net(true), groupOf);
    expect(r.groups.map((g) => [g.key, g.people, g.isolates, g.withinTies, g.withinStrength, g.members])).toEqual([
      ['X', 2, 0, 2, 5, ['A', 'B']],
      ['Y', 2, 1, 0, 0, ['C', 'E']],
      [NOT_RECORDED, 2, 1, 0, 0, ['D', 'F']],
    ]);
  });

  it('keeps the two directions apart in a directed view', () => {
    const r = rollUp(net(true), groupOf);
    expect(r.ties.map((t) => [t.source, t.target, t.ties, t.strength, t.missingStrength])).toEqual([
      ['X', 'Y', 2, 1, 1], // A→C 1, B→C with no strength
      ['Y', 'X', 1, 4, 0], // C→A
      ['Y', NOT_RECORDED, 1, 2, 0], // C→D
      [NOT_RECORDED, 'X', 1, 5, 0], // D→A
    ]);
  });

  it('counts each pair of groups once in an undirected view, in the groups\' order', () => {
    const r = rollUp(net(false), groupOf);
    expect(r.ties.map((t) => [t.source, t.target, t.ties, t.strength, t.missingStrength])).toEqual([
      ['X', 'Y', 3, 5, 1],
      ['X', NOT_RECORDED, 1, 5, 0],
      ['Y', NOT_RECORDED, 1, 2, 0],
    ]);
    // Every person tie is counted once: within plus between.
    const total = r.groups.reduce((s, g) => s + g.withinTies, 0) + r.ties.reduce((s, t) => s + t.ties, 0);
    expect(total).toBe(edges.length);
  });

  it('orders groups by people, largest first, and treats ties without strengths as missing', () => {
    const r = rollUp({ ids: ['p', 'q', 'r', 's'], directed: false, edgeSource: [0, 1], edgeTarget: [2, 3] }, ['small', 'big', 'big', 'big']);
    expect(r.groups.map((g) => [g.key, g.people, g.withinTies])).toEqual([['big', 3, 1], ['small', 1, 0]]);
    expect(r.ties).toEqual([{ source: 'big', target: 'small', ties: 1, strength: 0, missingStrength: 1 }]);
  });

  it('keeps groups made only of isolates, and refuses a grouping of the wrong length', () => {
    const r = rollUp({ ids: ['a', 'b', 'c'], directed: true, edgeSource: [0], edgeTarget: [1] }, ['k', 'k', 'alone']);
    expect(r.groups.find((g) => g.key === 'alone')).toMatchObject({ people: 1, isolates: 1, withinTies: 0 });
    expect(() => rollUp(net(true), ['X'])).toThrow(/1 group values for 6 people/);
  });
});
