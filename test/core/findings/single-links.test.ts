import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/core/findings/context.ts';
import { singleMeetingLinks, singlePersonLinks } from '../../../src/core/findings/single-links.ts';
import { importDataset, type InputFile } from '../../../src/core/import/dataset.ts';
import { defaultView, type NetworkView } from '../../../src/core/view/view.ts';

const context = (files: InputFile[], view: Partial<NetworkView> = {}) => {
  const ds = importDataset('t', files);
  return buildContext(ds, { ...defaultView(ds), ...view });
};

// Sectors P, Q, R, S. P and Q are tied only through Pat Ash (p1); P and R only by the pair
// Pam Birch (p2) and Rosa Gale (r1), who name each other; Q and R by two different pairs.
// S has no tie outside itself. Una Kerr (u1) has no sector. By profession, nurses (p2, p3)
// and social workers (q3, r2) share no tie.
const files: InputFile[] = [
  {
    name: 'people.csv',
    text: ['id,name,sector,profession', 'p1,Pat Ash,P,manager', 'p2,Pam Birch,P,nurse', 'p3,Phil Cedar,P,nurse',
      'q1,Quinn Dale,Q,manager', 'q2,Queenie Elm,Q,manager', 'q3,Quentin Fir,Q,social worker',
      'r1,Rosa Gale,R,doctor', 'r2,Rhys Holt,R,social worker', 's1,Sam Ives,S,analyst', 's2,Sue Jay,S,analyst',
      'u1,Una Kerr,,analyst'].join('\n'),
  },
  {
    name: 'ties.csv',
    text: ['source,target,wave', 'p1,p2,W1', 'p2,p3,W1', 'q1,q2,W1', 'q2,q3,W1', 'r1,r2,W1', 's1,s2,W1',
      'p1,q1,W1', 'p1,q2,W1', 'q3,p1,W1', 'p2,r1,W1', 'r1,p2,W1', 'q1,r2,W1', 'q2,r1,W1', 'u1,p3,W1', 'u1,s1,W1'].join('\n'),
  },
  {
    name: 'attendance.csv',
    text: ['person,meeting,date,wave',
      'p2,Discharge planning meeting,2024-01-10,W1', 'q3,Discharge planning meeting,2024-01-10,W1',
      'p3,Discharge planning meeting,2024-02-10,W1', 'q3,Discharge planning meeting,2024-02-10,W1', 'r2,Discharge planning meeting,2024-02-10,W1',
      'r2,VCSE forum,2024-01-15,W1', 's1,VCSE forum,2024-01-15,W1',
      's1,Meeting X,2024-01-20,W1', 'p3,Meeting X,2024-01-20,W1',
      's2,M1,2024-01-21,W1', 'q1,M1,2024-01-21,W1',
      's1,M2,2024-01-22,W1', 'q2,M2,2024-01-22,W1',
      // Another wave: R and S would share a second series, but not in W1.
      'r1,Old forum,2023-01-01,W0', 's2,Old forum,2023-01-01,W0'].join('\n'),
  },
];
const W1 = { wave: 'W1' };

describe('singlePersonLinks', () => {
  it('finds groups whose ties all go through one person, or one pair of people', async () => {
    expect(singlePersonLinks(await context(files, W1))).toEqual([
      {
        id: 'single-person:sector:P|Q', kind: 'risk',
        title: 'P and Q meet only through Pat Ash',
        explanation: 'All 3 ties between P (3 people) and Q (3 people) involve Pat Ash (P), with 3 people in Q. If Pat Ash left, no tie would join them.',
        evidence: { nodes: ['p1', 'q1', 'q2', 'q3'], edges: [['p1', 'q1'], ['p1', 'q2'], ['q3', 'p1']], figures: { ties: 3, people: 4, sizeA: 3, sizeB: 3 } },
      },
      {
        id: 'single-person:sector:P|R', kind: 'risk',
        title: 'P and R meet only through Pam Birch and Rosa Gale',
        explanation: 'The only ties between P (3 people) and R (2 people) join Pam Birch (P) and Rosa Gale (R). If either left, no tie would join them.',
        evidence: { nodes: ['p2', 'r1'], edges: [['p2', 'r1'], ['r1', 'p2']], figures: { ties: 2, people: 2, sizeA: 3, sizeB: 2 } },
      },
    ]);
  });

  it('counts an undirected tie once', async () => {
    const findings = singlePersonLinks(await context(files, { ...W1, direction: 'union' }));
    expect(findings[1]!.explanation).toBe('The only tie between P (3 people) and R (2 people) joins Pam Birch (P) and Rosa Gale (R). If either left, no tie would join them.');
    expect(findings[1]!.evidence.edges).toEqual([['p2', 'r1']]);
  });

  it('takes another attribute, and says nothing without one', async () => {
    const ctx = await context(files, W1);
    // By profession each of these pairs of groups has one tie (or one pair naming each other).
    expect(singlePersonLinks(ctx, 'profession').map((f) => f.title)).toEqual([
      'Analyst and nurse meet only through Una Kerr and Phil Cedar',
      'Doctor and manager meet only through Rosa Gale and Queenie Elm',
      'Doctor and nurse meet only through Rosa Gale and Pam Birch',
      'Doctor and social worker meet only through Rosa Gale and Rhys Holt',
      'Manager and nurse meet only through Pat Ash and Pam Birch',
    ]);
    expect(singlePersonLinks(ctx, null)).toEqual([]);
    expect(singlePersonLinks(ctx, 'no such column')).toEqual([]);
    expect(singlePersonLinks(await context(files, { ...W1, boundary: null }))).toEqual([]);
    expect(singlePersonLinks(await context([]))).toEqual([]);
  });
});

describe('singleMeetingLinks', () => {
  it('finds groups with no tie that share one meeting series, in the view\'s wave', async () => {
    const ctx = await context(files, W1);
    expect(singleMeetingLinks(ctx)).toEqual([
      {
        id: 'single-meeting:sector:P|S', kind: 'silo',
        title: 'P and S meet only at Meeting X',
        explanation: 'No one whose sector is P has a tie with anyone whose sector is S. The only meetings where both are in the room are Meeting X: ' +
          '1 meeting in the W1 wave, attended by 1 of the 3 people whose sector is P and 1 of the 2 people whose sector is S.',
        evidence: { nodes: ['p3', 's1'], edges: [], figures: { meetings: 1, attendeesA: 1, attendeesB: 1, sizeA: 3, sizeB: 2 } },
      },
      {
        id: 'single-meeting:sector:R|S', kind: 'silo',
        title: 'R and S meet only at VCSE forum',
        explanation: 'No one whose sector is R has a tie with anyone whose sector is S. The only meetings where both are in the room are VCSE forum: ' +
          '1 meeting in the W1 wave, attended by 1 of the 2 people whose sector is R and 1 of the 2 people whose sector is S.',
        evidence: { nodes: ['r2', 's1'], edges: [], figures: { meetings: 1, attendeesA: 1, attendeesB: 1, sizeA: 2, sizeB: 2 } },
      },
    ]);
  });

  it('finds nurses and social workers meeting only at discharge planning (by profession)', async () => {
    const findings = singleMeetingLinks(await context(files, W1), 'profession');
    // analyst-manager share M1 and M2 (two series); analyst-nurse are tied (u1-p3).
    expect(findings.map((f) => f.id)).toEqual(['single-meeting:profession:analyst|social worker', 'single-meeting:profession:nurse|social worker']);
    expect(findings[1]).toEqual({
      id: 'single-meeting:profession:nurse|social worker', kind: 'silo',
      title: 'Nurse and social worker meet only at Discharge planning meeting',
      explanation: 'No one whose profession is nurse has a tie with anyone whose profession is social worker. The only meetings where both are ' +
        'in the room are Discharge planning meeting: 2 meetings in the W1 wave, attended by both people whose profession is nurse and ' +
        'both people whose profession is social worker.',
      evidence: { nodes: ['p2', 'p3', 'q3', 'r2'], edges: [], figures: { meetings: 2, attendeesA: 2, attendeesB: 2, sizeA: 2, sizeB: 2 } },
    });
  });

  it('reads every wave when the view pools them, and leaves co-attendance ties out of "no tie"', async () => {
    // Pooled: R and S also share the Old forum, so only P-S remains.
    expect(singleMeetingLinks(await context(files, { wave: null })).map((f) => f.id)).toEqual(['single-meeting:sector:P|S']);
    expect(singleMeetingLinks(await context(files, { wave: null })).map((f) => f.explanation.includes('across all waves'))).toEqual([true]);
    const withMeetings = await context(files, { ...W1, coAttendance: true });
    expect(singleMeetingLinks(withMeetings)).toEqual(singleMeetingLinks(await context(files, W1)));
    // The view's own network does count co-attendance: p3 and s1 are now tied.
    expect(singlePersonLinks(withMeetings).map((f) => f.id)).toContain('single-person:sector:P|S');
  });

  it('counts attendance with no wave in every wave, and speaks of a group of one', async () => {
    const small: InputFile[] = [
      { name: 'people.csv', text: 'id,name,sector\na1,Ann,A\na2,Al,A\nb1,Bo,B\n' },
      { name: 'ties.csv', text: 'source,target,wave\na1,a2,W1\n' },
      { name: 'attendance.csv', text: 'person,meeting,date\na1,Forum,2024-01-01\nb1,Forum,2024-01-01\n' },
    ];
    const [f] = singleMeetingLinks(await context(small, W1));
    expect(f!.explanation).toBe('No one whose sector is A has a tie with anyone whose sector is B. The only meetings where both are in the room ' +
      'are Forum: 1 meeting in the W1 wave, attended by 1 of the 2 people whose sector is A and the one person whose sector is B.');
    // No waves at all: nothing to say about them.
    const [g] = singleMeetingLinks(await context([small[0]!, small[2]!]));
    expect(g!.explanation).toContain('are Forum: 1 meeting, attended by');
  });

  it('says nothing without attendance, boundary or people', async () => {
    expect(singleMeetingLinks(await context(files.slice(0, 2), W1))).toEqual([]);
    expect(singleMeetingLinks(await context(files, { ...W1, boundary: null }))).toEqual([]);
    expect(singleMeetingLinks(await context([]))).toEqual([]);
  });
});

describe('single links on the sample', () => {
  const sample = (['people', 'ties', 'respondents', 'attendance'] as const).map((role) => ({
    name: `${role}.csv`, role, text: readFileSync(new URL(`../../../data/sample/${role}.csv`, import.meta.url), 'utf8'),
  }));

  it.each(['Baseline', '12 months', '24 months'])('story 2: nurses and social workers meet only at the discharge planning meeting (%s)', async (wave) => {
    const findings = singleMeetingLinks(await context(sample, { wave }), 'profession');
    const f = findings.find((x) => x.id === 'single-meeting:profession:nurse|social worker')!;
    expect(f.title).toBe('Nurse and social worker meet only at Discharge planning meeting');
    expect(f.evidence.figures.meetings).toBe(3);
  });

  it('stories 3 and 4: public health meets the ICB only through Ruth Okonkwo, and citizens only through Kwame Mensah', async () => {
    const findings = singlePersonLinks(await context(sample));
    const icb = findings.find((f) => f.id === 'single-person:sector:ICB|Public health')!;
    expect(icb.title).toBe('ICB and Public health meet only through Ruth Okonkwo');
    expect(icb.evidence.nodes).toContain('P145');
    const citizens = findings.find((f) => f.id === 'single-person:sector:Lived experience|Public health')!;
    expect(citizens.title).toBe('Lived experience and Public health meet only through Kwame Mensah');
    expect(citizens.evidence.nodes).toContain('P021');
  });
});
