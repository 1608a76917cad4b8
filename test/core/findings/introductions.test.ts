import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/core/findings/context.ts';
import {
  introductionFindings, introductionsByGroupPair, suggestIntroductions,
} from '../../../src/core/findings/introductions.ts';
import { importDataset, type InputFile } from '../../../src/core/import/dataset.ts';
import type { Dataset } from '../../../src/core/model/types.ts';
import { defaultView, type NetworkView } from '../../../src/core/view/view.ts';

const context = (ds: Dataset, v: Partial<NetworkView> = {}) => buildContext(ds, { ...defaultView(ds), wave: 'W1', ...v });

// Two sectors that never meet, joined only through a convenor in a group of one.
// Acute: triangle A1 A2 A3. Social care: triangle B1 B2 B3 (B2 names nobody). C1 (ICB) is tied to A1 and B1.
// Undirected: 8 ties; tie ends Acute 7, Social care 7, ICB 2. Expected Acute-Social care under random
// mixing = 7 * 7 / 16 = 3.0625, actual 0: they barely meet. Acute-ICB: 1 tie against 7 * 2 / 16 = 0.875
// (more than a third): they meet. Everyone's within-group ties: 2 (median 2); C1 is a group of one.
// A3 and B2 were both at two discharge meetings in W1; a W2 meeting of A2 and B1 does not count in W1.
const PEOPLE = 'id,name,sector,place\nA1,Ann One,Acute,North\nA2,Ann Two,Acute,North\nA3,Ann Three,Acute,South\n' +
  'B1,Bob One,Social care,North\nB2,Bob Two,Social care,South\nB3,Bob Three,Social care,South\nC1,Cara Convenor,ICB,North\n';
const TIES = 'source,target,type,wave\nA1,A2,trust,W1\nA2,A3,trust,W1\nA3,A1,trust,W1\nB1,B2,trust,W1\nB3,B2,trust,W1\n' +
  'B3,B1,trust,W1\nA1,C1,trust,W1\nC1,B1,trust,W1\n';
const MEETINGS = 'person_id,meeting,date,wave\nA3,Discharge meeting,2024-03-05,W1\nB2,Discharge meeting,2024-03-05,W1\n' +
  'A3,Discharge meeting,2024-04-02,W1\nB2,Discharge meeting,2024-04-02,W1\nA2,Forum,2025-01-10,W2\nB1,Forum,2025-01-10,W2\n';
const files = (extra: Partial<Record<'people' | 'ties' | 'attendance', string>> = {}): InputFile[] => [
  { name: 'people.csv', text: PEOPLE + (extra.people ?? ''), role: 'people' },
  { name: 'ties.csv', text: TIES + (extra.ties ?? ''), role: 'ties' },
  { name: 'attendance.csv', text: MEETINGS + (extra.attendance ?? ''), role: 'attendance' },
];
const base = importDataset('t', files());

const REASON_A1_B1 = 'Both are based in North and both know Cara Convenor; Ann One has ties to 2 people in Acute and ' +
  'Bob One has ties to 2 people in Social care.';
const REASON_A3_B2 = 'Both are based in South and both attended 2 meetings together, most recently the Discharge meeting ' +
  'on 2 April 2024; Ann Three has ties to 2 people in Acute and Bob Two has ties to 2 people in Social care.';

describe('suggestIntroductions', () => {
  it('proposes the friend of a friend first, then the people who met, never anyone twice', async () => {
    const list = suggestIntroductions(await context(base));
    // Place alone would also give A2-B1 (North) and A3-B3 (South), but B1 and A3 are taken.
    expect(list).toEqual([
      {
        id: 'intro:A1|B1', a: 'A1', b: 'B1', aLabel: 'Ann One', bLabel: 'Bob One', groups: ['Acute', 'Social care'],
        reason: REASON_A1_B1, commonContacts: ['C1'], meetings: [], place: 'North',
        figures: { commonContacts: 1, sharedMeetings: 0, withinGroupTiesA: 2, withinGroupTiesB: 2, crossGroupTiesA: 1, crossGroupTiesB: 1 },
        evidence: { nodes: ['A1', 'B1', 'C1'], edges: [['A1', 'C1'], ['C1', 'B1']] },
      },
      {
        id: 'intro:A3|B2', a: 'A3', b: 'B2', aLabel: 'Ann Three', bLabel: 'Bob Two', groups: ['Acute', 'Social care'],
        reason: REASON_A3_B2, commonContacts: [],
        meetings: [{ event: 'Discharge meeting', date: '2024-04-02' }, { event: 'Discharge meeting', date: '2024-03-05' }], place: 'South',
        figures: { commonContacts: 0, sharedMeetings: 2, withinGroupTiesA: 2, withinGroupTiesB: 2, crossGroupTiesA: 0, crossGroupTiesB: 0 },
        evidence: { nodes: ['A3', 'B2'], edges: [] },
      },
    ]);
    expect(suggestIntroductions(await context(base), { perPair: 1 }).map((i) => i.id)).toEqual(['intro:A1|B1']);
  });

  it('gives one finding per pair of groups that barely meet', async () => {
    expect(introductionFindings(await context(base))).toEqual([{
      id: 'introduction:Acute|Social care',
      kind: 'introduction',
      title: 'Acute and Social care have no ties: 2 introductions to suggest',
      explanation: 'No one in Acute has a tie with anyone in Social care, though random mixing with the same numbers of ties ' +
        'would give about 3.1. People who could be introduced: Ann One and Bob One; Ann Three and Bob Two.',
      evidence: {
        nodes: ['A1', 'B1', 'C1', 'A3', 'B2'], edges: [['A1', 'C1'], ['C1', 'B1']],
        figures: { ties: 0, expectedTies: 3.0625, groupSizeA: 3, groupSizeB: 3, introductions: 2 },
      },
    }]);
  });

  it('reads ties either way in undirected views, with ties as the graph keeps them', async () => {
    const list = suggestIntroductions(await context(base, { direction: 'union' }));
    expect(list.map((i) => i.id)).toEqual(['intro:A1|B1', 'intro:A3|B2']);
    expect(list[0]!.evidence.edges).toEqual([['A1', 'C1'], ['B1', 'C1']]);
    // Confirmed ties only: nobody named anyone back, so nobody is well connected in their sector.
    expect(suggestIntroductions(await context(base, { direction: 'confirmed' }))).toEqual([]);
  });

  it('never proposes people who already reported a tie of another type, nor people who did not answer', async () => {
    const ds = importDataset('t', files({ ties: 'A1,B1,information,W1\n' }));
    // The trust view has no A1-B1 tie, but they share information: no introduction. A2-B1 (both in North) comes in.
    const trust = suggestIntroductions(await context(ds, { tieTypes: ['trust'] }));
    expect(trust.map((i) => i.id)).toEqual(['intro:A3|B2', 'intro:A2|B1']);
    // Their Forum is in W2, so in W1 only the place is shared.
    expect(trust[1]!.reason).toBe('Both are based in North; Ann Two has ties to 2 people in Acute and Bob One has ties to 2 people in Social care.');
    const answered = importDataset('t', [...files(), {
      name: 'respondents.csv', role: 'respondents', text: 'wave,id\nW1,A1\nW1,A2\nW1,A3\nW1,B1\nW1,B3\nW1,C1\n',
    }]);
    // B2 did not answer W1: whether B2 knows A3 is unknown. A3 and B3 (both in South) instead.
    expect(suggestIntroductions(await context(answered)).map((i) => i.id)).toEqual(['intro:A1|B1', 'intro:A3|B3']);
  });

  it('prefers people who do not already carry many ties across, and says so', async () => {
    // X: h x1 x2 x3 (all tied); Y: y1 y2 y3 (all tied); Z: z1 z2 z3 (all tied). Across: h-z1, h-z2, h-z3,
    // x1-z2, y1-z1, y1-z3, y2-z2. Ties across per person: h 3, z2 3, y1 2, z1 2, z3 2, x1 1, y2 1; mean
    // 14/10, so "many" is max(3, 2.8) = 3: h and z2. X-Y: 0 ties against 16 * 9 / 38 = 3.8.
    // h and y1 share two contacts (z1, z3), x1 and y2 one (z2); the load puts x1-y2 first.
    const people = 'id,name,sector\nh,Hub Person,X\nx1,Xan One,X\nx2,Xan Two,X\nx3,Xan Three,X\ny1,Yan One,Y\ny2,Yan Two,Y\n' +
      'y3,Yan Three,Y\nz1,Zed One,Z\nz2,Zed Two,Z\nz3,Zed Three,Z\n';
    const pairs = ['h-x1', 'h-x2', 'h-x3', 'x1-x2', 'x1-x3', 'x2-x3', 'y1-y2', 'y1-y3', 'y2-y3', 'z1-z2', 'z1-z3', 'z2-z3',
      'h-z1', 'h-z2', 'h-z3', 'x1-z2', 'y1-z1', 'y1-z3', 'y2-z2'];
    const ds = importDataset('t', [
      { name: 'p.csv', text: people, role: 'people' },
      { name: 't.csv', text: `source,target,wave\n${pairs.map((p) => `${p.replace('-', ',')},W1`).join('\n')}\n`, role: 'ties' },
    ]);
    const list = suggestIntroductions(await context(ds));
    expect(list.map((i) => [i.id, i.reason])).toEqual([
      ['intro:x1|y2', 'Both know Zed Two; Xan One has ties to 3 people in X and Yan Two has ties to 2 people in Y; ' +
        'neither already carries many ties to other sectors, which spreads the bridging load.'],
      ['intro:h|y1', 'Both know Zed One and Zed Three; Hub Person has ties to 3 people in X and Yan One has ties to ' +
        '2 people in Y; Hub Person already has ties to 3 people in other sectors.'],
    ]);
    expect(list[1]!.evidence).toEqual({ nodes: ['h', 'y1', 'z1', 'z3'], edges: [['h', 'z1'], ['y1', 'z1'], ['h', 'z3'], ['y1', 'z3']] });
    expect(introductionFindings(await context(ds))[0]!.title).toBe('X and Y have no ties: 2 introductions to suggest');
  });

  it('handles a group of one, a person with no group, an isolate and several components', async () => {
    // R1 (Research, alone, no ties, South) and D1 (no sector, tied to A1 and B1): D1 is a second common
    // contact of A1 and B1 but never introduced; I1 (Acute, no ties) is not well connected in Acute.
    const ds = importDataset('t', files({
      people: 'R1,Rae One,Research,South\nD1,Dee One,,North\nI1,Ivy One,Acute,South\n', ties: 'D1,A1,trust,W1\nB1,D1,trust,W1\n',
    }));
    const pairs = introductionsByGroupPair(await context(ds), { maxPairs: Infinity });
    expect(pairs.map((p) => [p.groups.join('|'), p.ties, p.expected, p.introductions.map((i) => i.id)])).toEqual([
      ['Acute|Social care', 0, 3.0625, ['intro:A1|B1', 'intro:A3|B2']],
      ['Acute|Research', 0, 0, ['intro:A3|R1']],
      ['Research|Social care', 0, 0, ['intro:R1|B2']],
    ]);
    expect(pairs[0]!.introductions[0]!.commonContacts).toEqual(['C1', 'D1']);
    expect(pairs[2]!.introductions[0]!.reason).toBe('Both are based in South; Rae One is the only person in Research and ' +
      'Bob Two has ties to 2 people in Social care.');
    // Below one expected tie, the finding does not quote random mixing.
    expect(introductionFindings(await context(ds), { maxPairs: Infinity })[2]!.explanation).toBe(
      'No one in Research has a tie with anyone in Social care. People who could be introduced: Rae One and Bob Two.');
  });

  it('says nothing without a boundary, for an unknown attribute, an empty network or a network without ties', async () => {
    expect(suggestIntroductions(await context(base, { boundary: null }))).toEqual([]);
    expect(introductionFindings(await context(base, { boundary: null }))).toEqual([]);
    expect(suggestIntroductions(await context(base), { groupAttribute: 'team' })).toEqual([]);
    const empty = importDataset('t', [{ name: 'p.csv', text: 'id,sector\n', role: 'people' }]);
    expect(suggestIntroductions(await context(empty))).toEqual([]);
    expect(suggestIntroductions(await context(base, { wave: 'W2' }))).toEqual([]);
  });

  it('can group by another attribute, and checks its options', async () => {
    // By place: North (A1 A2 B1 C1) and South (A3 B2 B3) have 4 ties against 10 * 6 / 16 = 3.75: they meet.
    expect(introductionsByGroupPair(await context(base), { groupAttribute: 'place' })).toEqual([]);
    const ctx = await context(base);
    expect(() => suggestIntroductions(ctx, { perPair: 0 })).toThrow('introductions: perPair is 0');
    expect(() => suggestIntroductions(ctx, { maxPairs: 1.5 })).toThrow('introductions: maxPairs is 1.5');
  });
});

describe('introductions on the sample learning system (24 months, by sector)', async () => {
  const dir = fileURLToPath(new URL('../../../data/sample/', import.meta.url));
  const roles = ['people', 'ties', 'respondents', 'attendance'] as const;
  const ds = importDataset('sample', roles.map((role) => ({ name: `${role}.csv`, text: readFileSync(`${dir}${role}.csv`, 'utf8'), role })));
  const ctx = await buildContext(ds, defaultView(ds));
  const pairs = introductionsByGroupPair(ctx, { maxPairs: Infinity });
  const byName = new Map(pairs.map((p) => [p.groups.join('|'), p]));

  it('proposes introductions across the silos of story 2, and between social care and mental health', () => {
    expect(ctx.view.wave).toBe('24 months');
    for (const silo of ['Acute trust|Community health', 'Acute trust|Mental health', 'Community health|Mental health',
      'Adult social care|Mental health', 'Acute trust|Adult social care']) {
      expect(byName.get(silo)?.introductions.length, silo).toBe(3);
    }
    expect(byName.get('Adult social care|Mental health')).toMatchObject({ ties: 3, sizes: [19, 22] });
    // Nurses and social workers share only the discharge planning meeting: it is the reason offered.
    expect(byName.get('Acute trust|Adult social care')!.introductions.some((i) => i.reason.includes('Discharge planning meeting'))).toBe(true);
  });

  it('names only people who are not tied, in the right sectors, once per pair, each with a reason', () => {
    const sector = new Map(ds.actors.map((a) => [a.id, a.attributes['sector']]));
    const tied = new Set(ds.ties.filter((t) => t.wave === '24 months').flatMap((t) => [`${t.source}|${t.target}`, `${t.target}|${t.source}`]));
    for (const p of pairs) {
      const people = p.introductions.flatMap((i) => [i.a, i.b]);
      expect(new Set(people).size).toBe(people.length);
      expect(p.ties === 0 || p.ties <= p.expected / 3).toBe(true);
      for (const i of p.introductions) {
        expect(tied.has(`${i.a}|${i.b}`)).toBe(false);
        expect([sector.get(i.a), sector.get(i.b)]).toEqual(p.groups);
        expect(i.reason).toMatch(/^Both .+; .+ has ties to .+\.$/);
      }
    }
  });

  it('gives ten findings by default, the same each time', () => {
    const findings = introductionFindings(ctx);
    expect(findings).toHaveLength(10);
    expect(findings[0]!.id).toBe('introduction:Acute trust|Primary care');
    expect(findings.find((f) => f.id === 'introduction:Acute trust|VCSE')!.title).toBe('Acute trust and VCSE have no ties: 3 introductions to suggest');
    expect(introductionFindings(ctx)).toEqual(findings);
  });
});
