import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/core/findings/context.ts';
import { egoNetwork } from '../../../src/core/findings/ego.ts';
import { importDataset } from '../../../src/core/import/dataset.ts';
import type { FileRole } from '../../../src/core/model/types.ts';
import { defaultView, type NetworkView } from '../../../src/core/view/view.ts';

// The network of spanners.test.ts: sectors W (Fay), X (Ann, Bob), Y (Cat, Dan), Z (Eve, Hal);
// Gus has no sector; Hal has no ties. Ties: A>B, A>C, C>A, A>E, F>A, C>D, D>E, A>G, B>D, E>C.
const ds = importDataset('t', [
  { name: 'p.csv', text: 'id,name,sector\nA,Ann,X\nB,Bob,X\nC,Cat,Y\nD,Dan,Y\nE,Eve,Z\nF,Fay,W\nG,Gus,\nH,Hal,Z\n' },
  { name: 't.csv', text: 'source,target\nA,B\nA,C\nC,A\nA,E\nF,A\nC,D\nD,E\nA,G\nB,D\nE,C\n' },
]);
const view = (v: Partial<NetworkView> = {}): NetworkView => ({ ...defaultView(ds), ...v });

describe('egoNetwork', () => {
  it('explains a directed ego network: contacts, ties among them, groups, brokering and position', async () => {
    const ctx = await buildContext(ds, view());
    const ego = egoNetwork(ctx, 'A')!;
    expect(ego).toMatchObject({
      id: 'A', label: 'Ann', group: 'X',
      contacts: [
        { id: 'B', label: 'Bob', group: 'X', names: true, namedBy: false },
        { id: 'C', label: 'Cat', group: 'Y', names: true, namedBy: true },
        { id: 'E', label: 'Eve', group: 'Z', names: true, namedBy: false },
        { id: 'F', label: 'Fay', group: 'W', names: false, namedBy: true },
        { id: 'G', label: 'Gus', group: null, names: true, namedBy: false },
      ],
      ties: [['A', 'B'], ['A', 'C'], ['C', 'A'], ['A', 'E'], ['F', 'A'], ['A', 'G']],
      contactTies: [['E', 'C']],
      groups: ['W', 'X', 'Y', 'Z'], reaches: ['W', 'Y', 'Z'],
      // By hand: (C,B) (F,B) gatekeeper; (C,E) (F,C) (F,E) liaison; (C,G) (F,G) have no sector.
      roles: { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 2, liaison: 3, total: 5 },
      brokeredPairs: 7,
      brokerage: [
        'Stands on 7 two-step routes between people who do not name each other directly (someone names them, they name someone else).',
        'Brings information into X from 2 other sectors (gatekeeper 2 times).',
        'Carries information between 3 pairs of other sectors, such as from W to Y (liaison 3 times).',
      ],
      position: [
        'Effective size 4.6 of 5 contacts: most of their contacts are not tied to each other, so each leads somewhere different.',
        'Constraint 0.3 (from near 0 to about 1), moderate: some of their contacts are tied to each other.',
      ],
    });
    // Burt (1992) by hand, mutual weights a_AC = 2, others 1, sum 6:
    // constraint = 3 (1/6)^2 + (2/6 + 1/6 * 1/3)^2 + (1/6 + 2/6 * 1/4)^2 = 385/1296;
    // effective size = 3 + (1 - 1/6 * 1/2) + (1 - 2/6 * 1) = 55/12.
    expect(ego.constraint).toBeCloseTo(385 / 1296, 12);
    expect(ego.effectiveSize).toBeCloseTo(55 / 12, 12);
  });

  it('counts roles exactly as the suite does, for everyone, in both directions', async () => {
    for (const direction of ['directed', 'union'] as const) {
      const ctx = await buildContext(ds, view({ direction }));
      const b = ctx.suite.nodes.brokerage!;
      for (const id of ctx.g.ids) {
        const v = ctx.g.index.get(id)!;
        expect(egoNetwork(ctx, id)!.roles).toEqual({
          coordinator: b.coordinator[v], itinerant: b.itinerant[v], representative: b.representative[v],
          gatekeeper: b.gatekeeper[v], liaison: b.liaison[v], total: b.total[v],
        });
      }
    }
  });

  it('reads undirected views as pairs of contacts, and says when contacts know each other', async () => {
    const ctx = await buildContext(ds, view({ direction: 'union' }));
    const ego = egoNetwork(ctx, 'E')!;
    expect(ego.contactTies).toEqual([['A', 'C'], ['C', 'D']]);
    expect(ego.brokeredPairs).toBe(1);
    expect(ego.brokerage).toEqual([
      'Links one pair of their contacts who have no tie to each other.',
      'Carries information between X and Y, neither of them their own sector (liaison 2 times).',
    ]);
    // Constraint by hand: 2 (1/3 + 1/9)^2 + (1/3 + 1/15 + 1/9)^2 = 1329/2025; effective size 3 - 2 * 2 / 3.
    expect(ego.position).toEqual([
      'Effective size 1.7 of 3 contacts: some of their contacts know each other.',
      'Constraint 0.66 (from near 0 to about 1), high: their ties run to a few people who are closely tied to each other, so there is little room to broker.',
    ]);
    expect(ego.constraint).toBeCloseTo(1329 / 2025, 12);
  });

  it('handles an isolate, someone with no sector, no boundary, and an unknown id', async () => {
    const ctx = await buildContext(ds, view());
    expect(egoNetwork(ctx, 'H')).toMatchObject({
      contacts: [], ties: [], contactTies: [], groups: ['Z'], reaches: [], brokeredPairs: 0,
      brokerage: ['Has fewer than two contacts, so links no one to anyone else.'],
      position: ['Has no ties in this view, so effective size and constraint do not apply.'],
    });
    expect(egoNetwork(ctx, 'G')).toMatchObject({ group: null, groups: ['X'], reaches: ['X'], brokeredPairs: 0 });
    const none = await buildContext(ds, view({ boundary: null }));
    const ego = egoNetwork(none, 'A')!;
    expect([ego.group, ego.groups, ego.roles, ego.brokeredPairs]).toEqual([null, [], null, 7]);
    expect(ego.brokerage).toHaveLength(1);
    expect(egoNetwork(ctx, 'nobody')).toBeNull();
  });

  it('explains one frailty connector on the sample data at 12 months (data/README.md, story 1)', async () => {
    const files = (['people', 'ties', 'respondents', 'attendance'] as FileRole[]).map((role) => ({
      name: `${role}.csv`, role, text: readFileSync(new URL(`../../../data/sample/${role}.csv`, import.meta.url), 'utf8'),
    }));
    const sample = importDataset('North Shire', files);
    const ctx = await buildContext(sample, { ...defaultView(sample), wave: '12 months' });
    const ego = egoNetwork(ctx, 'P152')!; // Aisha Rahman, PCN pharmacist
    expect(ego.label).toBe('Aisha Rahman');
    expect(ego.reaches.length).toBeGreaterThanOrEqual(4);
    expect(ego.brokerage.some((s) => s.startsWith('Passes information from Primary care to '))).toBe(true);
  });
});
