import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brokerageConcentration, concentrationRule, gini, organisationSpanning } from '../../../src/core/findings/concentration.ts';
import { buildContext } from '../../../src/core/findings/context.ts';
import { importDataset } from '../../../src/core/import/dataset.ts';
import type { FileRole } from '../../../src/core/model/types.ts';
import { defaultView, type NetworkView } from '../../../src/core/view/view.ts';

// A hub (sector X) names everyone; pairs inside four sectors are tied. M has no sector, I has no tie.
const people = ['H,X', 'X1,X', 'X2,X', 'Y1,Y', 'Y2,Y', 'Y3,Y', 'Z1,Z', 'Z2,Z', 'Z3,Z', 'W1,W', 'W2,W', 'W3,W', 'M,', 'I,X'];
const hubTies = ['X1', 'X2', 'Y1', 'Y2', 'Y3', 'Z1', 'Z2', 'Z3', 'W1', 'W2', 'W3', 'M'].map((t) => `H,${t}`);
const star = importDataset('t', [
  { name: 'p.csv', text: `id,sector\n${people.join('\n')}\n` },
  { name: 't.csv', text: `source,target\n${[...hubTies, 'X1,X2', 'Y1,Y2', 'Z1,Z2', 'W1,W2'].join('\n')}\n` },
]);
const starView = (v: Partial<NetworkView> = {}): NetworkView => ({ ...defaultView(star), direction: 'union', ...v });

describe('gini', () => {
  it('is the mean difference over twice the mean (Gini 1912)', () => {
    // By hand: |differences| over all ordered pairs of [0, 0, 1, 3] sum to 20; 20 / (2 * 4^2 * 1) = 0.625.
    expect(gini([3, 0, 1, 0])).toBeCloseTo(0.625, 12);
    expect(gini([2, 2, 2])).toBe(0);
    expect(gini([0, 0, 0, 5])).toBeCloseTo(3 / 4, 12);
    expect([gini([]), gini([0, 0])]).toEqual([null, null]);
  });
});

describe('concentrationRule', () => {
  it('needs ten people, and the top 5 holding a third and twice their even share', () => {
    expect([concentrationRule(197, 0.41), concentrationRule(197, 0.3), concentrationRule(12, 0.8),
      concentrationRule(12, 0.9), concentrationRule(9, 1), concentrationRule(20, null)]).toEqual([true, false, false, true, false, false]);
  });
});

describe('brokerageConcentration', () => {
  it('finds all bridging in one person, over the people with a tie and a sector', async () => {
    const ctx = await buildContext(star, starView());
    const c = brokerageConcentration(ctx)!;
    // The hub's 12 contacts with a sector: 11 x 10 ordered pairs, less the 4 tied pairs both ways = 102,
    // none inside X only (X1-X2 are tied), so all cross-group. Nobody else brokers. M and I are left out.
    expect(c).toMatchObject({
      roles: ['representative', 'gatekeeper', 'liaison', 'itinerant'],
      population: 12, total: 102, top: [{ id: 'H', label: 'H', crossGroup: 102 }], topShare: 1,
    });
    expect(c.gini).toBeCloseTo(11 / 12, 12);
    const others = ['Y1', 'Y2', 'Y3', 'Z1', 'Z2', 'Z3', 'W1', 'W2', 'W3'];
    expect(c.finding).toEqual({
      id: 'concentration:sector', kind: 'risk',
      title: 'Bridging leans on a few people: one person holds all of it',
      explanation: 'Of all the times someone links two people who have no direct tie across a sector boundary (102), ' +
        'all run through one of the 12 people with ties: H. Relying on so few boundary spanners leaves the system fragile: ' +
        'if they move on, much of the link between sectors goes with them. ' +
        'The Gini coefficient of this brokering is 0.92 (0 would mean everyone does an equal share).',
      evidence: {
        nodes: ['H'],
        edges: others.map((o) => ['H', o]),
        figures: { topShare: 1, gini: c.gini!, population: 12, crossGroupBrokerage: 102, top: 1, top1: 102 },
      },
    });
  });

  it('gives no share and no finding when nobody brokers (directed star: nobody names the hub)', async () => {
    const ctx = await buildContext(star, starView({ direction: 'directed' }));
    expect(brokerageConcentration(ctx)).toEqual({
      roles: ['representative', 'gatekeeper', 'liaison', 'itinerant'],
      population: 12, total: 0, top: [], topShare: null, gini: null, finding: null,
    });
  });

  it('gives no finding when bridging is spread evenly', async () => {
    // A ring of 10 alternating X and Y: everyone links their two neighbours (itinerant), twice.
    const ring = importDataset('t', [
      { name: 'p.csv', text: `id,sector\n${Array.from({ length: 10 }, (_, i) => `R${i},${i % 2 ? 'Y' : 'X'}`).join('\n')}\n` },
      { name: 't.csv', text: `source,target\n${Array.from({ length: 10 }, (_, i) => `R${i},R${(i + 1) % 10}`).join('\n')}\n` },
    ]);
    const c = brokerageConcentration(await buildContext(ring, { ...defaultView(ring), direction: 'union' }))!;
    expect([c.population, c.total, c.topShare, c.gini, c.finding]).toEqual([10, 20, 0.5, 0, null]);
    expect(c.top.map((p) => p.id)).toEqual(['R0', 'R1', 'R2', 'R3', 'R4']);
  });

  it('is null without a boundary', async () => {
    expect(brokerageConcentration(await buildContext(star, starView({ boundary: null })))).toBeNull();
  });
});

describe('organisationSpanning', () => {
  // The network of spanners.test.ts, with organisations (Hal has none).
  const ds = importDataset('t', [
    { name: 'p.csv', text: 'id,name,sector,organisation\nA,Ann,X,Org1\nB,Bob,X,Org1\nC,Cat,Y,Org2\nD,Dan,Y,Org2\n' +
      'E,Eve,Z,Org3\nF,Fay,W,Org3\nG,Gus,,Org1\nH,Hal,Z,\n' },
    { name: 't.csv', text: 'source,target\nA,B\nA,C\nC,A\nA,E\nF,A\nC,D\nD,E\nA,G\nB,D\nE,C\n' },
  ]);

  it('says per organisation which sectors its people reach, through whom', async () => {
    const ctx = await buildContext(ds, defaultView(ds));
    expect(organisationSpanning(ctx)).toEqual([
      {
        organisation: 'Org1', people: 3, groups: ['X'], reaches: ['W', 'Y', 'Z'], crossTies: 4,
        carriers: [{ id: 'A', label: 'Ann', crossTies: 3 }, { id: 'B', label: 'Bob', crossTies: 1 }],
        edges: [['A', 'C'], ['C', 'A'], ['A', 'E'], ['F', 'A'], ['B', 'D']],
        summary: 'Org1: 2 of its 3 people carry its 4 ties to other sectors (reaching 3 sectors); Ann carries 3 of them.',
      },
      {
        organisation: 'Org2', people: 2, groups: ['Y'], reaches: ['X', 'Z'], crossTies: 4,
        carriers: [{ id: 'C', label: 'Cat', crossTies: 2 }, { id: 'D', label: 'Dan', crossTies: 2 }],
        edges: [['C', 'A'], ['A', 'C'], ['E', 'C'], ['B', 'D'], ['D', 'E']],
        summary: 'Org2: both its people carry its 4 ties to other sectors (reaching 2 sectors); Cat carries 2 of them.',
      },
      {
        organisation: 'Org3', people: 2, groups: ['W', 'Z'], reaches: ['X', 'Y'], crossTies: 4,
        carriers: [{ id: 'E', label: 'Eve', crossTies: 3 }, { id: 'F', label: 'Fay', crossTies: 1 }],
        edges: [['A', 'E'], ['E', 'C'], ['D', 'E'], ['F', 'A']],
        summary: 'Org3: both its people carry its 4 ties to other sectors (reaching 2 sectors); Eve carries 3 of them.',
      },
    ]);
  });

  it('counts a cross tie inside one organisation once, and says when an organisation has none', async () => {
    const small = importDataset('t', [
      { name: 'p.csv', text: 'id,sector,organisation\nP,X,OrgA\nQ,Y,OrgA\nR,Y,OrgB\nS,Y,OrgC\n' },
      { name: 't.csv', text: 'source,target\nP,Q\nQ,R\nS,P\n' },
    ]);
    const spans = organisationSpanning(await buildContext(small, defaultView(small)));
    expect(spans.map((s) => [s.organisation, s.reaches, s.crossTies, s.summary])).toEqual([
      ['OrgA', ['X', 'Y'], 2, 'OrgA: both its people carry its 2 ties to other sectors (reaching 2 sectors); P carries 2 of them.'],
      ['OrgC', ['X'], 1, 'OrgC: its only tie to another sector (X) runs through its one person, S.'],
      ['OrgB', [], 0, 'OrgB: its one person has no tie to another sector.'],
    ]);
  });

  it('is empty without a boundary or without the attribute', async () => {
    expect(organisationSpanning(await buildContext(ds, { ...defaultView(ds), boundary: null }))).toEqual([]);
    expect(organisationSpanning(await buildContext(ds, defaultView(ds)), 'employer')).toEqual([]);
  });
});

describe('the sample learning system (data/README.md, story 1)', () => {
  const files = (['people', 'ties', 'respondents', 'attendance'] as FileRole[]).map((role) => ({
    name: `${role}.csv`, role, text: readFileSync(new URL(`../../../data/sample/${role}.csv`, import.meta.url), 'utf8'),
  }));
  const sample = importDataset('North Shire', files);

  it('finds bridging concentrated, leaning on the frailty connectors at 12 months but not at 24', async () => {
    const at12 = brokerageConcentration(await buildContext(sample, { ...defaultView(sample), wave: '12 months' }))!;
    const at24 = brokerageConcentration(await buildContext(sample, { ...defaultView(sample), wave: '24 months' }))!;
    for (const c of [at12, at24]) {
      expect(c.finding!.title).toMatch(/^Bridging leans on a few people: the top 5 hold \d+% of it$/);
      expect(c.top.map((p) => p.id)).toContain('P145'); // the ICB convenor
    }
    expect(at12.top.map((p) => p.id)).toEqual(expect.arrayContaining(['P026', 'P152', 'P167']));
    expect(at24.top.map((p) => p.id)).not.toContain('P026');
    expect(at24.top.map((p) => p.id)).not.toContain('P167');
  });

  it('shows the ICB reaching across sectors mostly through its convenor', async () => {
    const spans = organisationSpanning(await buildContext(sample, defaultView(sample)));
    const icb = spans.find((s) => s.organisation === 'NHS North Shire ICB')!;
    expect(icb.carriers[0]!.label).toBe('Ruth Okonkwo');
    expect(icb.summary).toContain('Ruth Okonkwo carries');
  });
});
