import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tieSurvival, type SurvivalCell } from '../../../src/core/change/survival.ts';
import { importDataset } from '../../../src/core/import/dataset.ts';
import type { FileRole } from '../../../src/core/model/types.ts';
import { defaultView, type NetworkView } from '../../../src/core/view/view.ts';

// Cohorts: A, B k1; C, E k2; D none given.
// W1: A>B, A>C, B>C, D>E.  W2: A>B, C>A, B>D.  W3: A>B, A>C (back again), C>A.
// Answered: W1 A, B, D; W2 A, B, C (D did not); W3 A, C (B did not).
const PEOPLE = 'id,cohort\nA,k1\nB,k1\nC,k2\nD,\nE,k2\n';
const TIES = 'source,target,wave\nA,B,W1\nA,C,W1\nB,C,W1\nD,E,W1\nA,B,W2\nC,A,W2\nB,D,W2\nA,B,W3\nA,C,W3\nC,A,W3\n';
const RESP = 'wave,id\nW1,A\nW1,B\nW1,D\nW2,A\nW2,B\nW2,C\nW3,A\nW3,C\n';
const ds = importDataset('t', [{ name: 'p.csv', text: PEOPLE }, { name: 't.csv', text: TIES }, { name: 'r.csv', text: RESP }]);
const view = (v: Partial<NetworkView> = {}): NetworkView => ({ ...defaultView(ds), ...v });
const cell = (present: number, lost: number, unknown: number): SurvivalCell =>
  ({ present, lost, unknown, share: present + lost === 0 ? null : present / (present + lost) });

describe('tieSurvival', () => {
  it('follows ties first seen in each wave, unknown outcomes left out of the share (directed)', () => {
    // First seen W1: at W2 A>B present, A>C and B>C lost, D>E unknown (D did not answer W2);
    // at W3 A>B, A>C present, B>C unknown (B did not answer W3), D>E unknown.
    // First seen W2 (C>A, B>D): at W3 C>A present, B>D unknown.
    const t = tieSurvival(ds, view());
    expect(t.columns).toEqual(['W2', 'W3']);
    expect(t.overall).toEqual([
      { firstSeen: 'W1', group: null, ties: 4, cells: [cell(1, 2, 1), cell(2, 0, 2)] },
      { firstSeen: 'W2', group: null, ties: 2, cells: [null, cell(1, 0, 1)] },
    ]);
    expect(t.split).toBeNull();
    expect(t.byGroup).toEqual([]);
  });

  it('splits by the source\'s attribute, a missing value as its own group', () => {
    const t = tieSurvival(ds, view(), { splitBy: { attribute: 'cohort', side: 'source' } });
    expect(t.byGroup).toEqual([
      { firstSeen: 'W1', group: 'k1', ties: 3, cells: [cell(1, 2, 0), cell(2, 0, 1)] },
      { firstSeen: 'W1', group: null, ties: 1, cells: [cell(0, 0, 1), cell(0, 0, 1)] },
      { firstSeen: 'W2', group: 'k1', ties: 1, cells: [null, cell(0, 0, 1)] },
      { firstSeen: 'W2', group: 'k2', ties: 1, cells: [null, cell(1, 0, 0)] },
    ]);
  });

  it('splits by either end: a tie between groups counts in both, an end with no value is passed over', () => {
    const t = tieSurvival(ds, view(), { splitBy: { attribute: 'cohort', side: 'either' } });
    expect(t.byGroup).toEqual([
      { firstSeen: 'W1', group: 'k1', ties: 3, cells: [cell(1, 2, 0), cell(2, 0, 1)] },
      { firstSeen: 'W1', group: 'k2', ties: 3, cells: [cell(0, 2, 1), cell(1, 0, 2)] },
      { firstSeen: 'W2', group: 'k1', ties: 2, cells: [null, cell(1, 0, 1)] },
      { firstSeen: 'W2', group: 'k2', ties: 1, cells: [null, cell(1, 0, 0)] },
    ]);
  });

  it('uses unordered pairs in undirected views, both ends needed to know a loss', () => {
    // Union W1: A-B, A-C, B-C, D-E; W2: A-B, A-C, B-D; W3: A-B, A-C.
    const t = tieSurvival(ds, view({ direction: 'union' }), { splitBy: { attribute: 'cohort', side: 'source' } });
    expect(t.overall).toEqual([
      { firstSeen: 'W1', group: null, ties: 4, cells: [cell(2, 1, 1), cell(2, 0, 2)] },
      { firstSeen: 'W2', group: null, ties: 1, cells: [null, cell(0, 0, 1)] },
    ]);
    // 'source' means nothing without direction: each end's group counts, as with 'either'.
    expect(t.byGroup.map((r) => [r.firstSeen, r.group, r.ties])).toEqual([['W1', 'k1', 3], ['W1', 'k2', 3], ['W2', 'k1', 1]]);
  });

  it('handles a single wave, empty waves, no respondents file and an unknown attribute', () => {
    const one = importDataset('t', [{ name: 'p.csv', text: PEOPLE }, { name: 't.csv', text: 'source,target,wave\nA,B,W1\n' }]);
    expect(tieSurvival(one, defaultView(one))).toEqual({ columns: [], overall: [], split: null, byGroup: [] });
    expect(tieSurvival(ds, view({ tieTypes: ['none'] })).overall).toEqual([
      { firstSeen: 'W1', group: null, ties: 0, cells: [cell(0, 0, 0), cell(0, 0, 0)] },
      { firstSeen: 'W2', group: null, ties: 0, cells: [null, cell(0, 0, 0)] },
    ]);
    const noResp = importDataset('t', [{ name: 'p.csv', text: PEOPLE }, { name: 't.csv', text: TIES }]);
    expect(tieSurvival(noResp, defaultView(noResp)).overall[0]!.cells).toEqual([cell(1, 3, 0), cell(2, 2, 0)]);
    expect(() => tieSurvival(ds, view(), { splitBy: { attribute: 'nope', side: 'source' } })).toThrow('survival: no attribute "nope"');
  });
});

describe('on the sample (story 1: the frailty connectors\' new ties do not last)', () => {
  const roles: FileRole[] = ['people', 'ties', 'respondents', 'attendance'];
  const sample = importDataset('sample', roles.map((role) => ({
    name: `${role}.csv`, role, text: readFileSync(new URL(`../../../data/sample/${role}.csv`, import.meta.url), 'utf8'),
  })));

  it('shows ties first seen at 12 months with a frailty connector surviving far less than others', () => {
    const t = tieSurvival(sample, defaultView(sample), { splitBy: { attribute: 'cohort', side: 'either' } });
    const row = (group: string | null) => t.byGroup.find((r) => r.firstSeen === '12 months' && r.group === group)!;
    const frailty = row('Frailty connectors 2025').cells[1]!;
    const others = row(null).cells[1]!;
    expect(frailty).toEqual({ present: 10, lost: 57, unknown: 6, share: 10 / 67 });
    expect(others.share!).toBeGreaterThan(0.6);
    // Ties from Baseline mostly last: about four in five still there at 24 months.
    expect(t.overall[0]!.cells[1]!.share!).toBeGreaterThan(0.75);
  });
});
