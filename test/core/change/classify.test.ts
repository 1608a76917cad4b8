import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changeCounts, classifyTies, membership, type TieChange } from '../../../src/core/change/classify.ts';
import { compareWaves } from '../../../src/core/change/compare.ts';
import { importDataset } from '../../../src/core/import/dataset.ts';
import type { FileRole } from '../../../src/core/model/types.ts';
import { defaultView, type NetworkView } from '../../../src/core/view/view.ts';

// W1: A>B 2, B>A 3, A>C 1, C>D 2, D>A (no strength), A>D 2.
// W2: A>B 3 (strengthened), B>A 3 (same), A>D 1 (weakened), D>A 4 (kept: no strength before),
//     B>F, D>C 1, F>A 2 (new). A>C gone, A answered W2: lost. C>D gone, C did not answer W2: unknown.
// F first appears in W2 (joins); G answered W1 only and nobody names them in W2 (leaves);
// C did not answer W2 but D names them (stopped answering, not a leaver); E never takes part.
const PEOPLE = 'id,sector\nA,x\nB,x\nC,y\nD,y\nE,y\nF,x\nG,x\n';
const TIES = 'source,target,strength,wave\nA,B,2,W1\nB,A,3,W1\nA,C,1,W1\nC,D,2,W1\nD,A,,W1\nA,D,2,W1\n' +
  'A,B,3,W2\nB,A,3,W2\nA,D,1,W2\nD,A,4,W2\nB,F,,W2\nD,C,1,W2\nF,A,2,W2\n';
const RESP = 'wave,id\nW1,A\nW1,B\nW1,C\nW1,D\nW1,G\nW2,A\nW2,B\nW2,D\nW2,F\n';
const ds = importDataset('t', [
  { name: 'p.csv', text: PEOPLE }, { name: 't.csv', text: TIES }, { name: 'r.csv', text: RESP },
]);
const view = (v: Partial<NetworkView> = {}): NetworkView => ({ ...defaultView(ds), ...v });
const tie = (source: string, target: string, status: TieChange['status'], before: number | null, after: number | null): TieChange =>
  ({ source, target, status, before, after });

describe('classifyTies', () => {
  it('classifies directed ties, keeping a non-respondent\'s missing tie apart from a lost one', () => {
    const list = classifyTies(ds, view(), 'W1', 'W2');
    expect(list).toEqual([
      tie('A', 'B', 'strengthened', 2, 3),
      tie('A', 'C', 'lost', 1, null),
      tie('A', 'D', 'weakened', 2, 1),
      tie('B', 'A', 'kept', 3, 3),
      tie('B', 'F', 'new', null, null),
      tie('C', 'D', 'unknown', 2, null),
      tie('D', 'A', 'kept', null, 4),
      tie('D', 'C', 'new', null, 1),
      tie('F', 'A', 'new', null, 2),
    ]);
    expect(changeCounts(list)).toEqual({ new: 3, lost: 1, unknown: 1, kept: 2, strengthened: 1, weakened: 1 });
    expect(compareWaves(ds, view(), 'W1', 'W2')).toMatchObject({ added: 3, removed: 1, kept: 4, unknown: 1 });
  });

  it('classifies unordered pairs in undirected views, needing both ends to have answered', () => {
    // Union, strengths merged by max. W1: A-B 3, A-C 1, A-D 2, C-D 2. W2: A-B 3, A-D 4, A-F 2, B-F, C-D 1.
    // A-C: C did not answer W2, so unknown although A did.
    expect(classifyTies(ds, view({ direction: 'union' }), 'W1', 'W2')).toEqual([
      tie('A', 'B', 'kept', 3, 3),
      tie('A', 'C', 'unknown', 1, null),
      tie('A', 'D', 'strengthened', 2, 4),
      tie('A', 'F', 'new', null, 2),
      tie('B', 'F', 'new', null, null),
      tie('C', 'D', 'weakened', 2, 1),
    ]);
    // Confirmed: only pairs named both ways. Merged by min: A-B 2 -> 3, A-D 2 -> 1 (D>A had no strength at W1).
    expect(classifyTies(ds, view({ direction: 'confirmed', merge: 'min' }), 'W1', 'W2')).toEqual([
      tie('A', 'B', 'strengthened', 2, 3),
      tie('A', 'D', 'weakened', 2, 1),
    ]);
  });

  it('agrees with compareWaves in every view', () => {
    for (const direction of ['directed', 'union', 'confirmed'] as const) {
      const c = changeCounts(classifyTies(ds, view({ direction }), 'W1', 'W2'));
      expect(compareWaves(ds, view({ direction }), 'W1', 'W2')).toMatchObject(
        { added: c.new, removed: c.lost, unknown: c.unknown, kept: c.kept + c.strengthened + c.weakened });
    }
  });

  it('handles a single wave, empty waves, an unknown wave and no respondents file', () => {
    expect(changeCounts(classifyTies(ds, view(), 'W1', 'W1'))).toEqual({ new: 0, lost: 0, unknown: 0, kept: 6, strengthened: 0, weakened: 0 });
    expect(classifyTies(ds, view({ tieTypes: ['none'] }), 'W1', 'W2')).toEqual([]);
    expect(() => classifyTies(ds, view(), 'W1', 'W9')).toThrow('no wave "W9"');
    const noResp = importDataset('t', [{ name: 'p.csv', text: PEOPLE }, { name: 't.csv', text: TIES }]);
    // Everyone counts as a respondent: C>D is lost, not unknown.
    expect(changeCounts(classifyTies(noResp, defaultView(noResp), 'W1', 'W2'))).toMatchObject({ lost: 2, unknown: 0 });
  });
});

describe('membership', () => {
  it('names who joined and who left, keeping people who stopped answering apart', () => {
    expect(membership(ds, 'W1', 'W2')).toMatchObject(
      { respondentsKnown: true, joined: ['F'], left: ['G'], stoppedAnswering: ['C'] });
    expect(membership(ds, 'W2', 'W1')).toMatchObject({ joined: ['G'], left: ['F'], stoppedAnswering: [] });
    expect(membership(ds, 'W1', 'W2').rule).toMatch(/^Someone takes part in a wave if they answered it/);
  });

  it('falls back on ties alone when the data do not say who answered', () => {
    const noResp = importDataset('t', [{ name: 'p.csv', text: PEOPLE }, { name: 't.csv', text: TIES }]);
    expect(membership(noResp, 'W1', 'W2')).toMatchObject({ respondentsKnown: false, joined: ['F'], left: [], stoppedAnswering: [] });
    expect(() => membership(noResp, 'W1', 'W3')).toThrow('membership: no wave "W3"');
  });
});

describe('on the sample (story 5: wave-2 non-response is not loss)', () => {
  const roles: FileRole[] = ['people', 'ties', 'respondents', 'attendance'];
  const sample = importDataset('sample', roles.map((role) => ({
    name: `${role}.csv`, role, text: readFileSync(new URL(`../../../data/sample/${role}.csv`, import.meta.url), 'utf8'),
  })));
  const quiet = ['P011', 'P031', 'P040', 'P073', 'P101', 'P102', 'P107', 'P108', 'P109', 'P115', 'P117', 'P126',
    'P132', 'P134', 'P138', 'P146', 'P153', 'P197'];

  it('counts consistently with compareWaves for both pairs of consecutive waves', () => {
    for (const direction of ['directed', 'union'] as const) {
      const v = { ...defaultView(sample), direction };
      for (const [from, to] of [['Baseline', '12 months'], ['12 months', '24 months']] as const) {
        const c = changeCounts(classifyTies(sample, v, from, to));
        expect(compareWaves(sample, v, from, to)).toMatchObject(
          { added: c.new, removed: c.lost, unknown: c.unknown, kept: c.kept + c.strengthened + c.weakened });
      }
    }
  });

  it('marks the 82 Baseline ties of the 18 wave-2 non-respondents unknown, none lost', () => {
    const list = classifyTies(sample, defaultView(sample), 'Baseline', '12 months');
    const theirs = list.filter((c) => quiet.includes(c.source) && c.status !== 'new');
    expect(theirs).toHaveLength(82);
    expect(theirs.every((c) => c.status === 'unknown')).toBe(true);
    const m = membership(sample, 'Baseline', '12 months');
    expect([...m.stoppedAnswering].sort()).toEqual(quiet);
    expect(m.left).toEqual([]);
  });
});
