import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/core/findings/context.ts';
import {
  dependentsOf, disconnectedFindings, edgeGroups, organisationsWithoutTie, respondentsInView,
} from '../../../src/core/findings/disconnected.ts';
import type { Finding } from '../../../src/core/findings/types.ts';
import { importDataset } from '../../../src/core/import/dataset.ts';
import { defaultView, type NetworkView } from '../../../src/core/view/view.ts';

// Wave W1 (worked by hand):
// - main network of 11: Acute triangle A1-A2-A3 with Alan (A4) hanging on A1 and Max (M1, no
//   sector) on A3; Council triangle C1-C2-C3; Acute-Council ties A1-C1 (both ways), A2-C2, A3-C3;
//   VCSE V1, V2, V3 reached only through Cleo (C3): C3>V1, C3>V2, V1>V2, V2>V3.
// - Pat and Pip (P1>P2) on their own; Ian (I1, did not answer) and Isla (I2, answered) alone.
// W2: Ian names Alice, so pooled over both waves Ian is no longer alone.
const ds = importDataset('t', [
  {
    name: 'p.csv',
    text: ['id,name,sector,organisation', 'A1,Alice,Acute,Trust', 'A2,Amir,Acute,Trust', 'A3,Ada,Acute,Trust', 'A4,Alan,Acute,Trust',
      'C1,Cara,Council,City', 'C2,Colm,Council,City', 'C3,Cleo,Council,City', 'V1,Vera,VCSE,Forum', 'V2,Vik,VCSE,Forum',
      'V3,Val,VCSE,Carers', 'I1,Ian,Acute,Trust', 'I2,Isla,Council,County', 'P1,Pat,Acute,Clinic', 'P2,Pip,Council,County',
      'M1,Max,,Trust'].join('\n'),
  },
  {
    name: 't.csv',
    text: ['source,target,type,wave', ...['A1>A2', 'A2>A3', 'A3>A1', 'A4>A1', 'C1>C2', 'C2>C3', 'C3>C1', 'A1>C1', 'C1>A1', 'A2>C2',
      'A3>C3', 'C3>V1', 'C3>V2', 'V1>V2', 'V2>V3', 'P1>P2', 'M1>A3'].map((t) => `${t.replace('>', ',')},advice,W1`),
    'A1,A2,advice,W2', 'I1,A1,advice,W2'].join('\n'),
  },
  {
    name: 'r.csv',
    text: ['wave,id', ...['A1', 'A2', 'A3', 'A4', 'C1', 'C2', 'C3', 'V1', 'V2', 'V3', 'I2', 'P1', 'M1'].map((id) => `W1,${id}`), 'W2,A1', 'W2,I1'].join('\n'),
  },
]);
const ctx = (v: Partial<NetworkView> = {}) => buildContext(ds, { ...defaultView(ds), wave: 'W1', ...v });
const byId = (found: Finding[]) => new Map(found.map((f) => [f.id, f]));

describe('disconnectedFindings', () => {
  it('finds isolates, single ties, a group cut off, a cut point and a sector at the edge (directed)', async () => {
    const found = disconnectedFindings(await ctx());
    expect(found.map((f) => f.id)).toEqual([
      'disconnected:isolates', 'disconnected:single-tie', 'disconnected:group:P1', 'disconnected:through:C3', 'disconnected:edge:VCSE',
    ]);
    expect(found).toEqual([
      {
        id: 'disconnected:isolates', kind: 'disconnected', title: '2 people have no ties in this wave',
        explanation: '1 (Ian) did not answer and nobody named them; 1 (Isla) answered but named nobody, and nobody named them. ' +
          'Not answering is not the same as having no relationships.',
        evidence: { nodes: ['I1', 'I2'], edges: [], figures: { isolates: 2, nonRespondents: 1, respondents: 1 } },
      },
      {
        id: 'disconnected:single-tie', kind: 'disconnected', title: '3 people have only one tie',
        explanation: 'Alan, Val and Max are each linked to the network by one tie (1 in Acute, 1 in VCSE and 1 with no sector recorded). ' +
          'If that tie lapses, they are left out.',
        evidence: { nodes: ['A4', 'V3', 'M1'], edges: [['A4', 'A1'], ['V2', 'V3'], ['M1', 'A3']], figures: { people: 3 } },
      },
      {
        id: 'disconnected:group:P1', kind: 'disconnected', title: 'A group of 2 people is cut off from everyone else',
        explanation: 'Pat and Pip (1 in Acute and 1 in Council) have ties with each other but none with the main network of 11 people. ' +
          'Nothing passes between them and the rest unless someone makes a link.',
        evidence: { nodes: ['P1', 'P2'], edges: [['P1', 'P2']], figures: { people: 2, mainNetwork: 11 } },
      },
      {
        id: 'disconnected:through:C3', kind: 'disconnected', title: '3 people reach the rest of the network only through Cleo',
        explanation: 'Every route between these 3 people (all in VCSE) and the rest of the main network passes through Cleo. ' +
          'One more tie across would give them a second way in.',
        evidence: { nodes: ['C3', 'V1', 'V2', 'V3'], edges: [['C3', 'V1'], ['C3', 'V2']], figures: { dependents: 3 } },
      },
      {
        id: 'disconnected:edge:VCSE', kind: 'disconnected', title: 'VCSE connects to other sectors through one person',
        explanation: 'Every one of the 2 ties between VCSE (3 people) and the other sectors has Cleo (Council) at one end. ' +
          'If that person moved on, VCSE would have no direct tie to the rest.',
        evidence: { nodes: ['C3', 'V1', 'V2', 'V3'], edges: [['C3', 'V1'], ['C3', 'V2']], figures: { people: 3, ties: 2, through: 1 } },
      },
    ]);
  });

  it('reads an undirected view the same way, with its ties as the view has them', async () => {
    const found = byId(disconnectedFindings(await ctx({ direction: 'union' })));
    expect([...found.keys()]).toEqual([
      'disconnected:isolates', 'disconnected:single-tie', 'disconnected:group:P1', 'disconnected:through:C3', 'disconnected:edge:VCSE',
    ]);
    expect(found.get('disconnected:single-tie')!.evidence.edges).toEqual([['A4', 'A1'], ['V3', 'V2'], ['M1', 'A3']]);
    expect(found.get('disconnected:group:P1')!.evidence.edges).toEqual([['P1', 'P2']]);
  });

  it('says when ties cannot be confirmed, and when other ties may exist outside the view', async () => {
    const confirmed = byId(disconnectedFindings(await ctx({ direction: 'confirmed' }))).get('disconnected:isolates')!;
    // Confirmed ties: only A1-C1. Everyone else is alone; 2 of them (Ian, Pip) did not answer W1.
    expect(confirmed.title).toBe('13 people have no ties in this wave');
    expect(confirmed.explanation).toBe('2 did not answer, so none of their ties could be confirmed; 11 answered but have no ties that count ' +
      'in this view. Not answering is not the same as having no relationships.');
    expect(confirmed.evidence.figures).toEqual({ isolates: 13, nonRespondents: 2, respondents: 11 });
  });

  it('pools waves: alone in every wave, answered in at least one', async () => {
    const c = await ctx({ wave: null });
    expect([...respondentsInView(c)!].sort()).toContain('I1');
    expect(byId(disconnectedFindings(c)).get('disconnected:isolates')).toEqual({
      id: 'disconnected:isolates', kind: 'disconnected', title: '1 person has no ties in any wave',
      explanation: '1 (Isla) answered but named nobody, and nobody named them.',
      evidence: { nodes: ['I2'], edges: [], figures: { isolates: 1, nonRespondents: 0, respondents: 1 } },
    });
  });

  it('names people without response data, and gives no sector detail without a boundary', async () => {
    const noResponse = importDataset('t', [
      { name: 'p.csv', text: 'id,name\nA,Ann\nB,Bo\nC,Cy\nD,Di\n' },
      { name: 't.csv', text: 'source,target\nA,B\nB,C\n' },
    ]);
    const c = await buildContext(noResponse, defaultView(noResponse));
    expect(respondentsInView(c)).toBeNull();
    expect(disconnectedFindings(c)).toEqual([
      {
        id: 'disconnected:isolates', kind: 'disconnected', title: '1 person has no ties in this network',
        explanation: 'Di: they are not linked to anyone, so nothing reaches them through the network.',
        evidence: { nodes: ['D'], edges: [], figures: { isolates: 1 } },
      },
      {
        id: 'disconnected:single-tie', kind: 'disconnected', title: '2 people have only one tie',
        explanation: 'Ann and Cy are each linked to the network by one tie. If that tie lapses, they are left out.',
        evidence: { nodes: ['A', 'C'], edges: [['A', 'B'], ['B', 'C']], figures: { people: 2 } },
      },
    ]);
    const plain = byId(disconnectedFindings(await ctx({ boundary: null })));
    expect(plain.get('disconnected:through:C3')!.explanation).toBe('Every route between these 3 people and the rest of the main network ' +
      'passes through Cleo. One more tie across would give them a second way in.');
    expect(plain.has('disconnected:edge:VCSE')).toBe(false);
  });

  it('gives nothing for an empty network, and only isolates when nobody has a tie', async () => {
    const empty = importDataset('e', [{ name: 'p.csv', text: 'id\n' }]);
    expect(disconnectedFindings(await buildContext(empty, defaultView(empty)))).toEqual([]);
    const none = disconnectedFindings(await ctx({ tieTypes: ['trust'] }));
    expect(none.map((f) => [f.id, f.title])).toEqual([['disconnected:isolates', '15 people have no ties in this wave']]);
  });

  it('lists the five largest separate groups and sums up the rest', async () => {
    const pairs = Array.from({ length: 8 }, (_, i) => [`X${i}a`, `X${i}b`]);
    const many = importDataset('m', [
      { name: 'p.csv', text: ['id', 'H1', 'H2', 'H3', ...pairs.flat()].join('\n') },
      { name: 't.csv', text: ['source,target', 'H1,H2', 'H2,H3', ...pairs.map(([a, b]) => `${a},${b}`)].join('\n') },
    ]);
    const found = disconnectedFindings(await buildContext(many, defaultView(many)));
    expect(found.map((f) => f.id)).toEqual([
      'disconnected:single-tie', 'disconnected:group:X0a', 'disconnected:group:X1a', 'disconnected:group:X2a',
      'disconnected:group:X3a', 'disconnected:group:X4a', 'disconnected:groups-more',
    ]);
    expect(found.at(-1)).toEqual({
      id: 'disconnected:groups-more', kind: 'disconnected', title: '3 more small groups (6 people) are cut off from the main network',
      explanation: 'Besides the groups above, 3 groups of 2 people have ties only among themselves.',
      evidence: { nodes: ['X5a', 'X5b', 'X6a', 'X6b', 'X7a', 'X7b'], edges: [], figures: { groups: 3, people: 6 } },
    });
  });
});

describe('dependentsOf', () => {
  it('lists who would lose the main network if a person left', async () => {
    const c = await ctx();
    expect(dependentsOf(c, 'C3')).toEqual(['V1', 'V2', 'V3']);
    expect(dependentsOf(c, 'A1')).toEqual(['A4']);
    expect(dependentsOf(c, 'C1')).toEqual([]);
    expect(() => dependentsOf(c, 'nobody')).toThrow('risk: no person "nobody" in this network');
  });
});

describe('edgeGroups', () => {
  it('tries two neighbouring groups together when neither is at the edge alone', async () => {
    const c = await ctx({ boundary: 'organisation' });
    // Organisations: Trust (6), City (3), Forum (2), Carers (1), County (2), Clinic (1). City's ties
    // run through C1, C2 and C3; Trust's too. Forum and Carers are too small alone; together (3)
    // their ties to City all run through Cleo. Clinic and County (Pat, Pip, Isla) have a tie
    // between them and none outside. City with Trust would be more than half of the 15.
    expect(edgeGroups(c).map((e) => [e.groups, e.size, e.ties, e.through])).toEqual([
      [['Carers', 'Forum'], 3, 2, ['C3']], [['Clinic', 'County'], 3, 0, []],
    ]);
    expect(edgeGroups(c)[0]!.finding.title).toBe('Carers and Forum connect to other organisations through one person');
  });

  it('reports a sector with ties inside and none to any other', async () => {
    const apart = importDataset('a', [
      { name: 'p.csv', text: 'id,sector\nA,x\nB,x\nC,x\nD,y\nE,y\nF,y\nG,y\n' },
      { name: 't.csv', text: 'source,target\nA,B\nB,C\nD,E\nE,F\nF,G\n' },
    ]);
    const found = edgeGroups(await buildContext(apart, defaultView(apart)));
    expect(found.map((e) => e.finding)).toEqual([{
      id: 'disconnected:edge:x', kind: 'disconnected', title: 'x has no ties to other sectors',
      explanation: 'None of the 3 people in x has a tie to anyone in another of the sectors.',
      evidence: { nodes: ['A', 'B', 'C'], edges: [], figures: { people: 3, ties: 0, through: 0 } },
    }]);
  });
});

describe('organisationsWithoutTie', () => {
  it('lists organisations with nobody tied to a sector', async () => {
    const c = await ctx();
    const result = organisationsWithoutTie(c, 'VCSE');
    expect(result).toEqual({
      sector: 'VCSE', considered: 4,
      organisations: [
        { organisation: 'Clinic', people: ['P1'] },
        { organisation: 'County', people: ['I2', 'P2'] },
        { organisation: 'Trust', people: ['A1', 'A2', 'A3', 'A4', 'I1', 'M1'] },
      ],
      finding: {
        id: 'disconnected:no-tie:VCSE', kind: 'disconnected', title: '3 of 4 organisations have no tie to VCSE',
        explanation: 'Nobody at these organisations has a tie to anyone in VCSE: Clinic, County and Trust.',
        evidence: { nodes: ['P1', 'I2', 'P2', 'A1', 'A2', 'A3', 'A4', 'I1', 'M1'], edges: [], figures: { organisations: 3, considered: 4 } },
      },
    });
    expect(organisationsWithoutTie(c, 'Council').organisations.map((o) => o.organisation)).toEqual(['Carers']);
    expect(organisationsWithoutTie(c, 'Housing')).toEqual({ sector: 'Housing', considered: 6, organisations: [], finding: null });
    expect(organisationsWithoutTie(c, 'VCSE', 'employer').finding).toBeNull();
  });
});

describe('on the sample learning system', () => {
  const roles = ['people', 'ties', 'respondents', 'attendance'] as const;
  const sample = importDataset('sample', roles.map((role) => ({ name: `${role}.csv`, role, text: readFileSync(`data/sample/${role}.csv`, 'utf8') })));

  it('finds the four isolates, the convenor as the only way in for 52 people, and VCSE and citizens at the edge', async () => {
    for (const wave of ['Baseline', '12 months', '24 months']) {
      const found = byId(disconnectedFindings(await buildContext(sample, { ...defaultView(sample), wave })));
      const isolates = found.get('disconnected:isolates')!;
      expect(isolates.title).toBe('4 people have no ties in this wave');
      expect(isolates.evidence.nodes.sort()).toEqual(['P036', 'P116', 'P135', 'P151']);
      expect(isolates.evidence.figures).toEqual({ isolates: 4, nonRespondents: 2, respondents: 2 });
      expect(isolates.explanation).toContain('2 (Hamish Baker and Priya MacDonald) did not answer and nobody named them');
      const convenor = found.get('disconnected:through:P145')!;
      expect(convenor.title).toBe('52 people reach the rest of the network only through Ruth Okonkwo');
      expect(convenor.explanation).toContain('(30 in VCSE, 12 in Public health and 10 in Lived experience)');
      const edge = found.get('disconnected:edge:Lived experience|VCSE')!;
      expect(edge.title).toBe('Lived experience and VCSE connect to other sectors through two people');
      expect(edge.evidence.nodes.slice(0, 2)).toEqual(['P021', 'P072']); // Kwame Mensah, Bernadette Quinn
      expect(edge.explanation).toContain('has Kwame Mensah (Public health) or Bernadette Quinn (VCSE) at one end');
    }
  });
});

describe('a large group cut off', () => {
  it('counts its people instead of naming them all', async () => {
    const ids = ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6'];
    const big = importDataset('b', [
      { name: 'p.csv', text: ['id', ...ids].join('\n') },
      { name: 't.csv', text: ['source,target', 'M1,M2', 'M2,M3', 'M3,M4', 'M4,M5', 'M5,M6', 'M6,M7', 'M7,M1', 'S1,S2', 'S2,S3', 'S3,S4', 'S4,S5', 'S5,S6', 'S6,S1'].join('\n') },
    ]);
    const found = disconnectedFindings(await buildContext(big, defaultView(big)));
    expect(found.map((f) => [f.id, f.title, f.explanation])).toEqual([[
      'disconnected:group:S1', 'A group of 6 people is cut off from everyone else',
      'These 6 people have ties with each other but none with the main network of 7 people. Nothing passes between them and the rest unless someone makes a link.',
    ]]);
  });
});
