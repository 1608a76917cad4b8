import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/core/findings/context.ts';
import { cutOffBy, riskFindings, simulateRemoval, topSpanners, withoutNodes } from '../../../src/core/findings/risk.ts';
import { breakdown, num, pct } from '../../../src/core/findings/risk-words.ts';
import { importDataset } from '../../../src/core/import/dataset.ts';
import { components } from '../../../src/core/metrics/components.ts';
import { defaultView, type NetworkView } from '../../../src/core/view/view.ts';

// A tree of six in three sectors, read as undirected ('union'):  Ann(A2) - Abe(A) - Bea(B) - Cal(C) - Cy(C2)
//   X: A, A2   Y: B   Z: C, C2, C3                                                        \ Cleo(C3)
// Worked by hand:
// - Global efficiency (mean 1/d over the 30 ordered pairs): sums per person 7/3, 19/6, 7/2, 23/6,
//   31/12, 31/12 = 18, so 18/30 = 0.6. Without Cal: the path Ann-Abe-Bea gives 5 over 20 pairs = 0.25.
//   Without Bea: Ann-Abe (2) and the star Cal-Cy-Cleo (5): 7/20 = 0.35.
// - Two-step reach (share of the n-1 others): 2,3,5,4,3,3 of 5: mean 20/30. Without Cal: 2,2,2,0,0
//   of 4: mean 0.3. Without Bea: 1,1,2,2,2 of 4: mean 0.4.
// - Gould-Fernandez brokerage (both directions of an undirected tie), leaving out coordinator:
//   Cal: Bea to Cy and Bea to Cleo, each way = 4 (Cy-Cal-Cleo is coordinator); Abe: Ann-Bea = 2;
//   Bea: Abe-Cal = 2 (liaison). Betweenness: Cal 7 pairs, Bea 6, Abe 4.
const ds = importDataset('t', [
  { name: 'p.csv', text: 'id,name,sector,organisation\nA,Abe,X,North\nA2,Ann,X,North\nB,Bea,Y,South\nC,Cal,Z,South\nC2,Cy,Z,East\nC3,Cleo,Z,East\n' },
  { name: 't.csv', text: 'source,target\nA2,A\nA,B\nB,C\nC,C2\nC3,C\n' },
]);
const ctx = (v: Partial<NetworkView> = {}) => buildContext(ds, { ...defaultView(ds), direction: 'union', ...v });

describe('simulateRemoval', () => {
  it('recomputes the network without one person', async () => {
    expect(simulateRemoval(await ctx(), { people: ['B'] })).toEqual({
      removed: ['B'], spanners: [], spannersBy: null, note: null,
      largestBefore: 6, largestAfter: 3, cutOff: ['A', 'A2'], lostGroupPairs: [['X', 'Y'], ['Y', 'Z']],
      efficiencyBefore: 0.6, efficiencyAfter: expect.closeTo(0.35, 12), reachBefore: expect.closeTo(2 / 3, 12), reachAfter: expect.closeTo(0.4, 12),
    });
  });

  it('removes the top spanner by brokerage across sectors, or by betweenness without a boundary', async () => {
    const r = simulateRemoval(await ctx(), { topSpanners: 1 });
    expect(r).toEqual({
      removed: ['C'], spanners: ['C'], spannersBy: 'brokerage', note: null,
      largestBefore: 6, largestAfter: 3, cutOff: ['C2', 'C3'], lostGroupPairs: [['Y', 'Z']],
      efficiencyBefore: 0.6, efficiencyAfter: expect.closeTo(0.25, 12), reachBefore: expect.closeTo(2 / 3, 12), reachAfter: expect.closeTo(0.3, 12),
    });
    const c = await ctx();
    expect(topSpanners(c, 3).people.map((v) => c.g.ids[v])).toEqual(['C', 'A', 'B']); // 4, then 2 and 2 by id
    const plain = await ctx({ boundary: null });
    expect(topSpanners(plain, 3)).toEqual({ people: [3, 2, 0], by: 'betweenness' }); // Cal 7, Bea 6, Abe 4
    expect(simulateRemoval(plain, { topSpanners: 2 })).toMatchObject({
      removed: ['B', 'C'], spanners: ['C', 'B'], spannersBy: 'betweenness', lostGroupPairs: [],
      note: 'No boundary is chosen, so the top spanners are the people who lie on the most shortest routes between others (betweenness).',
    });
  });

  it('removes an organisation, and counts everyone as cut off when nobody is left connected', async () => {
    const r = simulateRemoval(await ctx(), { organisation: { attribute: 'organisation', value: 'South' } }, { efficiency: false });
    expect(r).toMatchObject({ removed: ['B', 'C'], largestAfter: 2, cutOff: ['C2', 'C3'], efficiencyAfter: null });
    const all = simulateRemoval(await ctx(), { people: ['A', 'C'], topSpanners: 0 });
    // Left: Ann, Bea, Cy, Cleo, nobody tied to anybody.
    expect(all).toMatchObject({ removed: ['A', 'C'], largestAfter: 1, cutOff: ['A2', 'B', 'C2', 'C3'], efficiencyAfter: 0, reachAfter: 0 });
  });

  it('follows tie direction in a directed view and refuses unknown people or attributes', async () => {
    const c = await ctx({ direction: 'directed' });
    expect(simulateRemoval(c, { people: ['B'] })).toMatchObject({ largestAfter: 3, cutOff: ['A', 'A2'] });
    // Two-step reach follows direction: A2>A>B, A>B>C, B>C>C2, C>C2, C3>C>C2; others reach nobody.
    expect(simulateRemoval(c, { people: [] }).reachBefore).toBeCloseTo((2 + 2 + 2 + 1 + 0 + 2) / 5 / 6, 12);
    expect(() => simulateRemoval(c, { people: ['Z9'] })).toThrow('risk: no person "Z9" in this network');
    expect(() => simulateRemoval(c, { organisation: { attribute: 'employer', value: 'x' } })).toThrow('risk: no attribute "employer"');
    expect(cutOffBy(c, ['C'])).toEqual(['C2', 'C3']);
  });

  it('handles an empty network', async () => {
    const empty = importDataset('e', [{ name: 'p.csv', text: 'id\n' }]);
    const c = await buildContext(empty, defaultView(empty));
    expect(simulateRemoval(c, { topSpanners: 3 })).toEqual({
      removed: [], spanners: [], spannersBy: 'betweenness', note: 'No boundary is chosen, so the top spanners are the people who lie on the most shortest routes between others (betweenness).',
      largestBefore: 0, largestAfter: 0, cutOff: [], lostGroupPairs: [], efficiencyBefore: 0, efficiencyAfter: 0, reachBefore: 0, reachAfter: 0,
    });
    expect(riskFindings(c)).toEqual([]);
  });
});

describe('withoutNodes', () => {
  it('keeps the compiled form: sorted rows, renumbered, with weights (directed and undirected)', async () => {
    for (const direction of ['directed', 'union'] as const) {
      const c = await ctx({ direction });
      const { graph, original } = withoutNodes(c.g, Uint8Array.from([0, 0, 1, 0, 0, 0]));
      expect(graph.ids).toEqual(['A', 'A2', 'C', 'C2', 'C3']);
      expect([...original]).toEqual([0, 1, 3, 4, 5]);
      expect(graph.edgeCount).toBe(3);
      expect(components(graph).sizes).toEqual([3, 2]);
      expect(graph.index.get('C3')).toBe(4);
    }
  });
});

describe('riskFindings', () => {
  it('describes the people whose departure would cut off most, and the top three spanners', async () => {
    expect(riskFindings(await ctx())).toEqual([
      {
        id: 'risk:person:B', kind: 'risk', title: 'If Bea left, 2 people would lose their link to the main network',
        explanation: 'Bea is the only link between 2 people (all in X) and the other 3. 2 pairs of sectors would have no direct tie left ' +
          '(X and Y; Y and Z). A second link between these parts would make the system less reliant on one person.',
        evidence: { nodes: ['B', 'A', 'A2'], edges: [['B', 'A']], figures: { cutOff: 2, largestBefore: 6, largestAfter: 3, lostGroupPairs: 2 } },
      },
      {
        id: 'risk:person:C', kind: 'risk', title: 'If Cal left, 2 people would lose their link to the main network',
        explanation: 'Cal is the only link between 2 people (all in Z) and the other 3. Y and Z would have no direct tie left. ' +
          'A second link between these parts would make the system less reliant on one person.',
        evidence: { nodes: ['C', 'C2', 'C3'], edges: [['C', 'C2'], ['C', 'C3']], figures: { cutOff: 2, largestBefore: 6, largestAfter: 3, lostGroupPairs: 1 } },
      },
      {
        id: 'risk:top-spanners', kind: 'risk', title: 'If the 3 main boundary spanners left, 3 people would lose their link to the main network',
        explanation: 'Cal, Abe and Bea link the most pairs of people across sectors. Without all three, the largest connected group would ' +
          'shrink from 6 people to 1 person, 2 pairs of sectors would have no direct tie left (X and Y; Y and Z), how easily anyone reaches ' +
          'anyone (global efficiency) would go from 0.6 to 0 and people would reach on average 0% of the others in two steps, against 67% now. ' +
          'Spreading this bridging work over more people would make the system less exposed.',
        evidence: {
          nodes: ['C', 'A', 'B', 'A2', 'C2', 'C3'],
          edges: [['C', 'B'], ['C', 'C2'], ['C', 'C3'], ['A', 'A2'], ['A', 'B']],
          figures: {
            spanners: 3, cutOff: 3, largestBefore: 6, largestAfter: 1, lostGroupPairs: 2, efficiencyBefore: 0.6,
            reachBefore: expect.closeTo(2 / 3, 12), reachAfter: 0, efficiencyAfter: 0,
          },
        },
      },
    ]);
  });

  it('says when the network would hold together, and uses betweenness without a boundary', async () => {
    // A ring of six: everyone lies on some shortest routes, equally; the first three by id go,
    // and the other three stay linked in a line. Efficiency: 20/30 before (each person 1+1+1/2+1/2+1/3),
    // 5/6 after; two-step reach 4 of 5 before, everyone after.
    const ring = importDataset('r', [
      { name: 'p.csv', text: 'id,name\nA,Ann\nB,Bo\nC,Cy\nD,Di\nE,Ed\nF,Flo\n' },
      { name: 't.csv', text: 'source,target\nA,B\nB,C\nC,D\nD,E\nE,F\nF,A\n' },
    ]);
    expect(riskFindings(await buildContext(ring, { ...defaultView(ring), direction: 'union' }))).toEqual([{
      id: 'risk:top-spanners', kind: 'risk', title: 'The network would hold together if the 3 people on the most routes between others left',
      explanation: 'Ann, Bo and Cy lie on the most shortest routes between others (no boundary is chosen). Without all three, the largest ' +
        'connected group would shrink from 6 people to 3 people, how easily anyone reaches anyone (global efficiency) would go from 0.67 ' +
        'to 0.83 and people would reach on average 100% of the others in two steps, against 80% now. Spreading this bridging work over ' +
        'more people would make the system less exposed.',
      evidence: {
        nodes: ['A', 'B', 'C'],
        edges: [['A', 'B'], ['A', 'F'], ['B', 'C'], ['C', 'D']],
        figures: {
          spanners: 3, cutOff: 0, largestBefore: 6, largestAfter: 3, lostGroupPairs: 0, efficiencyBefore: expect.closeTo(2 / 3, 12),
          efficiencyAfter: expect.closeTo(5 / 6, 12), reachBefore: expect.closeTo(0.8, 12), reachAfter: 1,
        },
      },
    }]);
  });
});

describe('words', () => {
  it('rounds for reading and splits people by sector', async () => {
    expect([num(0.27841), num(12.345), num(1234), num(0.6), pct(0.0884), pct(0.6667), pct(0)]).toEqual(['0.28', '12.3', '1,234', '0.6', '8.8%', '67%', '0%']);
    const c = await ctx();
    expect(breakdown(c, ['A', 'C', 'C2'])).toBe('2 in Z and 1 in X');
    expect(breakdown(await ctx({ boundary: null }), ['A'])).toBeNull();
  });
});

describe('on the sample learning system', () => {
  it('finds that 52 people depend on the ICB convenor in every wave, and who spans sectors when', async () => {
    const roles = ['people', 'ties', 'respondents', 'attendance'] as const;
    const sample = importDataset('sample', roles.map((role) => ({ name: `${role}.csv`, role, text: readFileSync(`data/sample/${role}.csv`, 'utf8') })));
    // The convenor and the two gatekeepers; at 12 months two funded frailty connectors (Aisha
    // Rahman P152, Tomasz Nowak P026) overtake the gatekeepers (DOMAIN story 1).
    const spanners: Record<string, string[]> = {
      Baseline: ['P145', 'P021', 'P072'], '12 months': ['P152', 'P145', 'P026'], '24 months': ['P021', 'P145', 'P072'],
    };
    for (const wave of ['Baseline', '12 months', '24 months']) {
      const c = await buildContext(sample, { ...defaultView(sample), wave });
      const r = simulateRemoval(c, { people: ['P145'] });
      expect(r.cutOff.length).toBe(52);
      expect([r.largestBefore, r.largestAfter]).toEqual([197, 144]);
      expect(r.lostGroupPairs).toContainEqual(['ICB', 'Public health']);
      expect(r.efficiencyAfter!).toBeLessThan(r.efficiencyBefore);
      const first = riskFindings(c)[0]!;
      expect(first.id).toBe('risk:person:P145');
      expect(first.title).toBe('If Ruth Okonkwo left, 52 people would lose their link to the main network');
      expect(simulateRemoval(c, { topSpanners: 3 }, { efficiency: false }).spanners).toEqual(spanners[wave]);
    }
  });
});
