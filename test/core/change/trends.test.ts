import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { networkTrends, personTrajectory, type NetworkTrends } from '../../../src/core/change/trends.ts';
import { importDataset } from '../../../src/core/import/dataset.ts';
import { defaultView, type NetworkView } from '../../../src/core/view/view.ts';

// Sectors x = {A, B}, y = {C, D, E}. W1: A>B, B>A, A>C. W2: A>B, B>C, C>D, D>E (E joins).
// W3: no ties (only A answered). C did not answer W2 nor W3; B did not answer W3.
const ds = importDataset('t', [
  { name: 'p.csv', text: 'id,sector\nA,x\nB,x\nC,y\nD,y\nE,y\n' },
  { name: 't.csv', text: 'source,target,wave\nA,B,W1\nB,A,W1\nA,C,W1\nA,B,W2\nB,C,W2\nC,D,W2\nD,E,W2\n' },
  { name: 'r.csv', text: 'wave,id\nW1,A\nW1,B\nW1,C\nW2,A\nW2,B\nW2,D\nW3,A\n' },
]);
const view = (v: Partial<NetworkView> = {}): NetworkView => ({ ...defaultView(ds), ...v });
const values = (t: NetworkTrends, id: string) => t.series.find((s) => s.id === id)!.values;

describe('networkTrends', () => {
  it('gives the headline figures of each wave, in order (directed)', () => {
    const t = networkTrends(ds, view());
    expect(t.waves).toEqual(['W1', 'W2', 'W3']);
    expect(Object.fromEntries(t.series.map((s) => [s.id, s.values]))).toEqual({
      peopleWithTies: [3, 5, 0],
      ties: [3, 4, 0],
      density: [3 / 20, 4 / 20, 0],
      reciprocity: [2 / 3, 0, null],
      crossShare: [1 / 3, 1 / 4, null],
      eiIndex: [-1 / 3, -1 / 2, null],
      largestComponentShare: [3 / 5, 1, 1 / 5],
      isolates: [2, 0, 5],
      // Total degrees W1: 3,2,1,0,0 -> sum(3 - d) = 9 over 2(n-1)(n-2) = 24. W2: 1,2,2,2,1 -> 2/24. W3: all 0.
      degreeCentralisation: [9 / 24, 2 / 24, 0],
      responseRate: [3 / 5, 3 / 5, 1 / 5],
    });
    for (const s of t.series) expect(s.label.length > 0 && s.explain.length > 0).toBe(true);
  });

  it('gives the figures of each group of the boundary', () => {
    const t = networkTrends(ds, view());
    expect(t.groups.map((g) => [g.label, Object.fromEntries(g.series.map((s) => [s.id, s.values]))])).toEqual([
      ['x', { internalTies: [2, 1, 0], externalTies: [1, 1, 0], eiIndex: [-1 / 3, 0, null], density: [1, 0.5, 0] }],
      ['y', { internalTies: [0, 2, 0], externalTies: [1, 1, 0], eiIndex: [1, -1 / 3, null], density: [0, 2 / 6, 0] }],
    ]);
    expect(networkTrends(ds, view({ boundary: null })).groups).toEqual([]);
    expect(values(networkTrends(ds, view({ boundary: null })), 'crossShare')).toEqual([null, null, null]);
    // A tie to someone with no sector neither crosses nor stays inside: left out of the share.
    const blank = importDataset('t', [
      { name: 'p.csv', text: 'id,sector\nA,x\nB,y\nC,\n' },
      { name: 't.csv', text: 'source,target,wave\nA,B,W1\nA,C,W1\n' },
    ]);
    expect(values(networkTrends(blank, defaultView(blank)), 'crossShare')).toEqual([1]);
  });

  it('counts unordered pairs in undirected views, where reciprocity does not apply', () => {
    const t = networkTrends(ds, view({ direction: 'union' }));
    expect(values(t, 'ties')).toEqual([2, 4, 0]);
    expect(values(t, 'density')).toEqual([2 / 10, 4 / 10, 0]);
    expect(values(t, 'reciprocity')).toEqual([null, null, null]);
    expect(values(networkTrends(ds, view({ direction: 'confirmed' })), 'ties')).toEqual([1, 0, 0]);
  });

  it('has no response rate when the data do not say who answered, and handles no waves', () => {
    const noResp = importDataset('t', [
      { name: 'p.csv', text: 'id\nA\nB\n' },
      { name: 't.csv', text: 'source,target,wave\nA,B,W1\n' },
    ]);
    expect(values(networkTrends(noResp, defaultView(noResp)), 'responseRate')).toEqual([null]);
    const noWaves = importDataset('t', [{ name: 'p.csv', text: 'id\nA\nB\n' }, { name: 't.csv', text: 'source,target\nA,B\n' }]);
    expect(networkTrends(noWaves, defaultView(noWaves))).toMatchObject({ waves: [], groups: [] });
    expect(networkTrends(ds, view(), { waves: ['W3', 'W1'] }).waves).toEqual(['W3', 'W1']);
    expect(() => networkTrends(ds, view(), { waves: ['W9'] })).toThrow('trends: no wave "W9"');
  });
});

describe('personTrajectory', () => {
  it('follows one person across waves, saying when they did not answer', () => {
    const b = personTrajectory(ds, view(), 'B');
    expect(b.rows).toEqual([
      // W1: nobody's shortest route runs through B.
      { wave: 'W1', answered: true, ties: 1, received: 1, betweenness: 0, groupsReached: 1 },
      // W2 is the path A>B>C>D>E: B lies on A>C, A>D, A>E, 3 of (n-1)(n-2) = 12 ordered pairs.
      { wave: 'W2', answered: true, ties: 2, received: 1, betweenness: 3 / 12, groupsReached: 2 },
      { wave: 'W3', answered: false, ties: 0, received: 0, betweenness: 0, groupsReached: 0 },
    ]);
    expect(b.summary).toBe('Ties rose from 1 to 2, then fell to 0; reached 1, 2, then 0 sectors. Did not answer at W3, so ties there are only those others reported.');
  });

  it('shows someone who joins, in an undirected view', () => {
    const e = personTrajectory(ds, view({ direction: 'union' }), 'E');
    expect(e.rows.map((r) => [r.answered, r.ties, r.received, r.groupsReached])).toEqual([[false, 0, null, 0], [false, 1, null, 1], [false, 0, null, 0]]);
    expect(e.summary).toBe('Ties rose from 0 to 1, then fell to 0; reached 0, 1, then 0 sectors. Did not answer at W1 or W2 or W3, so ties there are only those others reported.');
  });

  it('summarises a single wave, no boundary and unknown response', () => {
    const one = importDataset('t', [
      { name: 'p.csv', text: 'id,sector\nA,x\nB,y\n' },
      { name: 't.csv', text: 'source,target,wave\nA,B,W1\n' },
    ]);
    const t = personTrajectory(one, defaultView(one), 'A');
    expect(t.rows).toEqual([{ wave: 'W1', answered: null, ties: 1, received: 0, betweenness: 0, groupsReached: 1 }]);
    expect(t.summary).toBe('1 tie at W1; reached 1 sector.');
    expect(personTrajectory(one, { ...defaultView(one), boundary: null }, 'A').summary).toBe('1 tie at W1.');
    expect(() => personTrajectory(one, defaultView(one), 'Z')).toThrow('trajectory: no person "Z"');
  });
});

describe('trends on the sample (story 1: the frailty programme)', () => {
  const roles = ['people', 'ties', 'respondents', 'attendance'] as const;
  const sample = importDataset('sample', roles.map((role) => ({ name: `${role}.csv`, role, text: readFileSync(`data/sample/${role}.csv`, 'utf8') })));
  const v = defaultView(sample);

  it('shows cross-sector ties rising at 12 months and falling by 24 months', () => {
    const t = networkTrends(sample, v);
    expect(t.waves).toEqual(['Baseline', '12 months', '24 months']);
    const [b, m12, m24] = values(t, 'crossShare') as number[];
    expect(m12!).toBeGreaterThan(b! + 0.08);
    expect(m24!).toBeLessThan(m12! - 0.08);
    // Cross-sector directed pairs 136 -> 259 -> 157 (data/README.md), out of 802, 896, 836.
    expect(values(t, 'crossShare')).toEqual([136 / 802, 259 / 896, 157 / 836]);
  });

  it("shows the rise and fall in each frailty connector's trajectory", () => {
    for (const [id, ties] of [['P026', [7, 21, 10]], ['P152', [5, 20, 9]], ['P167', [4, 19, 6]]] as const) {
      const t = personTrajectory(sample, v, id);
      expect(t.rows.map((r) => r.ties)).toEqual(ties);
      const [g0, g1, g2] = t.rows.map((r) => r.groupsReached!);
      expect(g1!).toBeGreaterThan(g0!);
      expect(g2!).toBeLessThanOrEqual(g1!);
      const [b0, b1, b2] = t.rows.map((r) => r.betweenness);
      expect(b1!).toBeGreaterThan(b0!);
      expect(b2!).toBeLessThan(b1!);
      expect(t.summary).toMatch(new RegExp(`^Ties rose from ${ties[0]} to ${ties[1]}, then fell to ${ties[2]}; reached`));
    }
  });
});
