import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/core/findings/context.ts';
import { groupPairPeople, spannerFindings, spannerProfiles, spannerReason } from '../../../src/core/findings/spanners.ts';
import { formatNumber, groupNoun, listWords, percent } from '../../../src/core/findings/spanner-words.ts';
import { importDataset } from '../../../src/core/import/dataset.ts';
import type { FileRole } from '../../../src/core/model/types.ts';
import { defaultView, type NetworkView } from '../../../src/core/view/view.ts';

// Sectors W (Fay), X (Ann, Bob), Y (Cat, Dan), Z (Eve, Hal); Gus has no sector; Hal has no ties.
// Ties: A>B, A>C, C>A, A>E, F>A, C>D, D>E, A>G, B>D, E>C.
// Pairs of groups (a pair of people once, whatever the direction):
//   W|X: F-A (sole: A, F)   X|Y: A-C, B-D (no sole carrier)   X|Z: A-E (sole: A, E)   Y|Z: C-E, D-E (sole: E)
// Brokerage by hand (a -> b -> c, no a -> c, all with a sector; Gould & Fernandez roles):
//   A: (C,B) gatekeeper, (F,B) gatekeeper, (C,E) (F,C) (F,E) liaison  -> cross-group 5
//   B: (A,D) representative -> 1     C: (A,D) gatekeeper, (E,A) liaison, (E,D) gatekeeper -> 3
//   D: (B,E) liaison, (C,E) representative -> 2     E: (D,C) itinerant -> 1     F: 0
const ds = importDataset('t', [
  { name: 'p.csv', text: 'id,name,sector\nA,Ann,X\nB,Bob,X\nC,Cat,Y\nD,Dan,Y\nE,Eve,Z\nF,Fay,W\nG,Gus,\nH,Hal,Z\n' },
  { name: 't.csv', text: 'source,target\nA,B\nA,C\nC,A\nA,E\nF,A\nC,D\nD,E\nA,G\nB,D\nE,C\n' },
]);
const view = (v: Partial<NetworkView> = {}): NetworkView => ({ ...defaultView(ds), ...v });

describe('groupPairPeople', () => {
  it('lists who carries the ties between each pair of groups, and who is on every one of them', async () => {
    const ctx = await buildContext(ds, view());
    expect(groupPairPeople(ctx)).toEqual([
      { groups: ['W', 'X'], ties: 1, people: ['A', 'F'], sole: ['A', 'F'] },
      { groups: ['X', 'Y'], ties: 2, people: ['A', 'B', 'C', 'D'], sole: [] },
      { groups: ['X', 'Z'], ties: 1, people: ['A', 'E'], sole: ['A', 'E'] },
      { groups: ['Y', 'Z'], ties: 2, people: ['C', 'D', 'E'], sole: ['E'] },
    ]);
  });
});

describe('spannerProfiles', () => {
  it('orders people by groups reached, then cross-group brokerage, then name', async () => {
    const ctx = await buildContext(ds, view());
    const profiles = spannerProfiles(ctx);
    expect(profiles.map((p) => [p.label, p.reaches.join(''), p.brokerage.crossGroup])).toEqual([
      ['Ann', 'WYZ', 5], ['Cat', 'XZ', 3], ['Dan', 'XZ', 2], ['Eve', 'XY', 1], ['Bob', 'Y', 1], ['Fay', 'X', 0],
    ]);
    const a = ctx.g.index.get('A')!;
    expect(profiles[0]).toEqual({
      id: 'A', label: 'Ann', group: 'X', reaches: ['W', 'Y', 'Z'],
      // Gus (no sector) is not counted among the contacts.
      contacts: 4, crossContacts: ['C', 'E', 'F'], crossShare: 0.75,
      crossTies: [['A', 'C'], ['C', 'A'], ['A', 'E'], ['F', 'A']],
      brokerage: { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 2, liaison: 3, total: 5, crossGroup: 5 },
      betweenness: ctx.suite.nodes.betweenness[a], constraint: ctx.suite.nodes.constraint[a],
      soleCarrier: [{ groups: ['W', 'X'], ties: 1 }, { groups: ['X', 'Z'], ties: 1 }],
      reason: 'Links 4 sectors: X with W, Y and Z; every tie between W and X, and between X and Z, runs through them.',
    });
    expect(profiles.map((p) => p.reason)).toEqual([
      'Links 4 sectors: X with W, Y and Z; every tie between W and X, and between X and Z, runs through them.',
      'Links 3 sectors: Y with X and Z.',
      'Links 3 sectors: Y with X and Z.',
      'Links 3 sectors: Z with X and Y; every tie between X and Z, and between Y and Z, runs through them.',
      'Links X with Y.',
      'Links W with X; the only tie between W and X runs through them.',
    ]);
  });

  it('gives undirected ties once, smaller id first, with the same contacts', async () => {
    const ctx = await buildContext(ds, view({ direction: 'union' }));
    const ann = spannerProfiles(ctx).find((p) => p.id === 'A')!;
    expect(ann.crossTies).toEqual([['A', 'C'], ['A', 'E'], ['A', 'F']]);
    expect([ann.contacts, ann.crossShare]).toEqual([4, 0.75]);
    // Undirected: untied pairs of contacts with a sector, B-C, B-E, B-F, C-F, E-F, each counted both ways (as R sna).
    expect(ann.brokerage.total).toBe(10);
  });

  it('is empty without a boundary, and with no ties', async () => {
    const none = await buildContext(ds, view({ boundary: null }));
    expect([spannerProfiles(none), spannerFindings(none), groupPairPeople(none)]).toEqual([[], [], []]);
    const empty = await buildContext(ds, view({ tieTypes: ['none'] }));
    expect([spannerProfiles(empty), spannerFindings(empty)]).toEqual([[], []]);
  });

  it('counts a pair named both ways once, so "the only tie" stays true', async () => {
    const two = importDataset('t', [
      { name: 'p.csv', text: 'id,sector\nP,One\nQ,Two\nR,Two\n' },
      { name: 't.csv', text: 'source,target\nP,Q\nQ,P\nQ,R\n' },
    ]);
    const ctx = await buildContext(two, defaultView(two));
    // Q brokers P -> Q -> R (gatekeeper), so comes first.
    expect(spannerProfiles(ctx).map((p) => [p.id, p.reason])).toEqual([
      ['Q', 'Links Two with One; the only tie between One and Two runs through them.'],
      ['P', 'Links One with Two; the only tie between One and Two runs through them.'],
    ]);
  });
});

describe('spannerFindings', () => {
  it('gives one finding per spanner reaching 3 groups or carrying every tie between two', async () => {
    const ctx = await buildContext(ds, view());
    const findings = spannerFindings(ctx);
    expect(findings.map((f) => [f.id, f.title])).toEqual([
      ['spanner:A', 'Ann links 4 sectors'],
      ['spanner:E', 'Eve carries every tie between 2 pairs of sectors'],
      ['spanner:F', 'Fay holds the only tie between W and X'],
    ]);
    const a = ctx.g.index.get('A')!;
    expect(findings[0]).toEqual({
      id: 'spanner:A', kind: 'spanner', title: 'Ann links 4 sectors',
      explanation: 'Links 4 sectors: X with W, Y and Z; every tie between W and X, and between X and Z, runs through them. ' +
        '3 of their 4 contacts are in other sectors (75%). ' +
        'They link people who have no direct tie to each other, across a sector boundary, 5 times.',
      evidence: {
        nodes: ['A', 'C', 'E', 'F'],
        edges: [['A', 'C'], ['C', 'A'], ['A', 'E'], ['F', 'A']],
        figures: {
          groupsReached: 3, contacts: 4, crossContacts: 3, crossShare: 0.75, crossGroupBrokerage: 5, totalBrokerage: 5,
          soleCarrierPairs: 2, betweenness: ctx.suite.nodes.betweenness[a]!, constraint: ctx.suite.nodes.constraint[a]!,
        },
      },
    });
    expect(findings[1]!.explanation).toBe('Links 3 sectors: Z with X and Y; every tie between X and Z, and between Y and Z, ' +
      'runs through them. All 3 of their contacts are in other sectors. ' +
      'They link people who have no direct tie to each other, across a sector boundary, once.');
    expect(findings[2]!.explanation).toBe('Links W with X; the only tie between W and X runs through them. Their only contact is in another sector.');
    expect(spannerFindings(ctx, { minGroups: 2 }).map((f) => f.id)).toEqual(['spanner:A', 'spanner:C', 'spanner:D', 'spanner:E', 'spanner:F']);
  });

  it('uses the boundary word: organisation, or "group" for a coded attribute', async () => {
    const ctx = await buildContext(ds, view());
    expect(spannerFindings({ ...ctx, boundary: 'organisation' })[0]!.title).toBe('Ann links 4 organisations');
    expect(spannerFindings({ ...ctx, boundary: 'qi_trained' })[0]!.title).toBe('Ann links 4 groups');
  });
});

describe('spannerReason', () => {
  it('counts the groups when they are many, and summarises several sole-carried pairs', () => {
    const noun = groupNoun('sector');
    const pairs = [{ groups: ['A', 'B'], ties: 2 }, { groups: ['A', 'C'], ties: 1 }, { groups: ['B', 'D'], ties: 5 }] as const;
    const sole = pairs.map((p) => ({ groups: [...p.groups] as [string, string], ties: p.ties }));
    expect(spannerReason('A', ['B', 'C', 'D', 'E'], sole, noun)).toBe(
      'Links 5 sectors: ties from A reach 4 others; every tie between 3 pairs of sectors runs through them, among them A and B, and A and C.');
    expect(spannerReason('A', ['B', 'C'], sole.slice(0, 1), noun)).toBe('Links 3 sectors: A with B and C; both ties between A and B run through them.');
    expect(spannerReason('B', ['D'], sole.slice(2), noun)).toBe('Links B with D; all 5 ties between B and D run through them.');
  });
});

describe('words', () => {
  it('rounds for reading and joins lists in UK style', () => {
    // Whole numbers are counts and stay exact, so a report agrees with the file it read.
    expect([2539, 197, 45.6, 9.54, 0.153, 0, 20000, 1234.5, NaN].map(formatNumber)).toEqual(
      ['2,539', '197', '46', '9.5', '0.15', '0', '20,000', '1,230', 'not applicable']);
    expect([0.4199, 0.0423, 1, 0.996, 0, 0.003].map(percent)).toEqual(['42%', '4.2%', '100%', '99%', '0%', '0.3%']);
    expect([listWords([]), listWords(['A']), listWords(['A', 'B']), listWords(['A', 'B', 'C'])]).toEqual(['', 'A', 'A and B', 'A, B and C']);
    expect(['sector', 'place', 'specialty', 'business', 'qi_trained', null].map((b) => groupNoun(b).many)).toEqual(
      ['sectors', 'places', 'specialties', 'businesses', 'groups', 'groups']);
  });
});

describe('the sample learning system (data/README.md, story 1 and story 4)', () => {
  const files = (['people', 'ties', 'respondents', 'attendance'] as FileRole[]).map((role) => ({
    name: `${role}.csv`, role, text: readFileSync(new URL(`../../../data/sample/${role}.csv`, import.meta.url), 'utf8'),
  }));
  const sample = importDataset('North Shire', files);
  const connectors = ['P026', 'P152', 'P167']; // Tomasz Nowak, Aisha Rahman, Gareth Lloyd

  it('finds the frailty connectors spanning several sectors at 12 months, fading by 24 months', async () => {
    const at12 = spannerProfiles(await buildContext(sample, { ...defaultView(sample), wave: '12 months' }));
    const at24 = spannerProfiles(await buildContext(sample, { ...defaultView(sample), wave: '24 months' }));
    const top12 = at12.slice(0, 5).map((p) => p.id);
    for (const id of connectors) {
      const p12 = at12.find((p) => p.id === id)!;
      const p24 = at24.find((p) => p.id === id)!;
      expect(top12).toContain(id);
      expect(p12.reaches.length).toBeGreaterThanOrEqual(4);
      expect(p24.crossContacts.length).toBeLessThan(p12.crossContacts.length / 2);
      expect(p24.brokerage.crossGroup).toBeLessThan(p12.brokerage.crossGroup / 4);
    }
    const reached = (list: typeof at12) => connectors.reduce((s, id) => s + list.find((p) => p.id === id)!.reaches.length, 0);
    expect(reached(at24)).toBeLessThan(reached(at12));
  });

  it('finds the ICB convenor as the spanner reaching most sectors, the only link between ICB and public health', async () => {
    const ctx = await buildContext(sample, defaultView(sample));
    const ruth = spannerProfiles(ctx)[0]!;
    expect([ruth.id, ruth.label, ruth.group]).toEqual(['P145', 'Ruth Okonkwo', 'ICB']);
    expect(ruth.soleCarrier.map((s) => s.groups.join('|'))).toContain('ICB|Public health');
    const finding = spannerFindings(ctx).find((f) => f.id === 'spanner:P145')!;
    expect(finding.title).toBe(`Ruth Okonkwo links ${ruth.reaches.length + 1} sectors`);
    expect(finding.explanation).toContain('ICB and Public health');
  });
});
