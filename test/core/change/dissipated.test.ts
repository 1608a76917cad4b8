import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bridgeGrowth, dissipatedBridges, dissipationFinding, growthFinding, listNames } from '../../../src/core/change/dissipated.ts';
import { importDataset } from '../../../src/core/import/dataset.ts';
import type { FileRole } from '../../../src/core/model/types.ts';
import { defaultView, type NetworkView } from '../../../src/core/view/view.ts';

// Sectors: A, D, G x; B, E y; C z; F not given (its ties are neither bridging nor within).
// W1: A>D, B>E (within), A>B (bridge), A>F.
// W2: the same, plus new bridges A>C, A>E, C>A, D>B.
// W3: A>D, B>E, A>E, A>F kept; A>B, A>C, D>B gone (reporters answered: lost); C>A gone but C did not
//     answer W3 (unknown).
const PEOPLE = 'id,sector\nA,x\nB,y\nC,z\nD,x\nE,y\nF,\nG,x\n';
const TIES = 'source,target,wave\nA,D,W1\nB,E,W1\nA,B,W1\nA,F,W1\n' +
  'A,D,W2\nB,E,W2\nA,B,W2\nA,F,W2\nA,C,W2\nA,E,W2\nC,A,W2\nD,B,W2\n' +
  'A,D,W3\nB,E,W3\nA,E,W3\nA,F,W3\n';
const RESP = 'wave,id\nW1,A\nW1,B\nW1,C\nW1,D\nW2,A\nW2,B\nW2,C\nW2,D\nW3,A\nW3,B\nW3,D\n';
const ds = importDataset('t', [{ name: 'p.csv', text: PEOPLE }, { name: 't.csv', text: TIES }, { name: 'r.csv', text: RESP }]);
const view = (v: Partial<NetworkView> = {}): NetworkView => ({ ...defaultView(ds), boundary: 'sector', ...v });
const person = (id: string, before: number, after: number, kept: number, lost: number, unknown: number, nw: number) =>
  ({ id, label: id, before, after, kept, lost, unknown, new: nw });

describe('dissipatedBridges', () => {
  it('lists the bridging ties lost (not unknown) and the people who carried them, most lost first', () => {
    const r = dissipatedBridges(ds, view(), 'W2', 'W3');
    expect(r).toMatchObject({ from: 'W2', to: 'W3', boundary: 'sector', before: 5, after: 1 });
    expect(r.counts).toEqual({ new: 0, lost: 3, unknown: 1, kept: 1, strengthened: 0, weakened: 0 });
    expect(r.within).toEqual({ new: 0, lost: 0, unknown: 0, kept: 2, strengthened: 0, weakened: 0 });
    expect(r.ties.map((t) => [t.source, t.target, t.status])).toEqual([['A', 'B', 'lost'], ['A', 'C', 'lost'], ['D', 'B', 'lost']]);
    expect(r.carriers).toEqual([
      person('A', 4, 1, 1, 2, 1, 0), person('B', 2, 0, 0, 2, 0, 0), person('C', 2, 0, 0, 1, 1, 0),
      person('D', 1, 0, 0, 1, 0, 0), person('E', 1, 1, 1, 0, 0, 0),
    ]);
  });

  it('uses unordered pairs in undirected views: A-C is unknown because C did not answer', () => {
    const r = dissipatedBridges(ds, view({ direction: 'union' }), 'W2', 'W3');
    expect(r.counts).toMatchObject({ lost: 2, unknown: 1, kept: 1 });
    expect(r.ties.map((t) => [t.source, t.target])).toEqual([['A', 'B'], ['B', 'D']]);
  });

  it('finds nothing without a boundary, or between identical or empty waves', () => {
    expect(dissipatedBridges(ds, view({ boundary: null }), 'W2', 'W3')).toMatchObject({ before: 0, ties: [], carriers: [] });
    expect(dissipatedBridges(ds, view(), 'W2', 'W2').ties).toEqual([]);
    expect(dissipatedBridges(ds, view({ tieTypes: ['none'] }), 'W2', 'W3').before).toBe(0);
    expect(dissipationFinding(ds, view({ boundary: null }), 'W2', 'W3')).toBeNull();
    expect(growthFinding(ds, view({ boundary: null }), 'W1', 'W2')).toBeNull();
  });
});

describe('bridgeGrowth', () => {
  it('lists the new bridging ties and who carried them, most new first', () => {
    const r = bridgeGrowth(ds, view(), 'W1', 'W2');
    expect(r).toMatchObject({ before: 1, after: 5 });
    expect(r.ties.map((t) => `${t.source}>${t.target}`)).toEqual(['A>C', 'A>E', 'C>A', 'D>B']);
    expect(r.carriers.map((p) => [p.id, p.new])).toEqual([['A', 3], ['C', 2], ['B', 1], ['D', 1], ['E', 1]]);
  });
});

describe('findings', () => {
  it('says bridging ties faded, with the unknown apart and who carried them', () => {
    const f = dissipationFinding(ds, view(), 'W2', 'W3')!;
    expect(f).toEqual({
      id: 'change:dissipated:W2|W3',
      kind: 'change',
      title: 'Bridging ties faded after W2',
      explanation: '3 of 5 cross-sector ties at W2 were lost by W3 (another 1 unknown: their reporters did not answer). ' +
        'That is 75% of those whose fate is known, against 0% of ties within a sector. Most of them were carried by A and B.',
      evidence: {
        nodes: ['A', 'B', 'C', 'D'],
        edges: [['A', 'B'], ['A', 'C'], ['D', 'B']],
        figures: { bridgesBefore: 5, lost: 3, kept: 1, unknown: 1, lostShare: 0.75, withinLostShare: 0, 'lost:A': 2, 'lost:B': 2 },
      },
    });
    // Nothing was lost between W1 and W2: no finding.
    expect(dissipationFinding(ds, view(), 'W1', 'W2')).toBeNull();
  });

  it('says bridging ties grew, and who carried the new ones', () => {
    const f = growthFinding(ds, view(), 'W1', 'W2')!;
    expect(f.id).toBe('change:bridges-grew:W1|W2');
    expect(f.title).toBe('Cross-sector ties grew from W1 to W2');
    expect(f.explanation).toBe('Cross-sector ties rose from 1 at W1 to 5 at W2, and 4 of them are new (4 people answered at W1, 4 at W2). ' +
      'Most of the 4 new ones were carried by A and C.');
    expect(f.evidence.nodes).toEqual(['A', 'C', 'B', 'D', 'E']);
    expect(growthFinding(ds, view(), 'W2', 'W3')).toBeNull();
  });

  it('joins names in plain English', () => {
    expect([listNames([]), listNames(['A']), listNames(['A', 'B']), listNames(['A', 'B', 'C'])]).toEqual(['', 'A', 'A and B', 'A, B and C']);
  });
});

describe('on the sample (stories 1 and 5)', () => {
  const roles: FileRole[] = ['people', 'ties', 'respondents', 'attendance'];
  const sample = importDataset('sample', roles.map((role) => ({
    name: `${role}.csv`, role, text: readFileSync(new URL(`../../../data/sample/${role}.csv`, import.meta.url), 'utf8'),
  })));
  const v = defaultView(sample);
  const connectors = ['P026', 'P152', 'P167'];
  const quiet = new Set(['P011', 'P031', 'P040', 'P073', 'P101', 'P102', 'P107', 'P108', 'P109', 'P115', 'P117', 'P126',
    'P132', 'P134', 'P138', 'P146', 'P153', 'P197']);

  it('finds cross-sector ties growing to 12 months, carried by the frailty connectors', () => {
    const f = growthFinding(sample, v, 'Baseline', '12 months')!;
    expect(f.title).toBe('Cross-sector ties grew from Baseline to 12 months');
    expect(f.evidence.figures).toMatchObject({ bridgesBefore: 136, bridgesAfter: 259 });
    expect(f.evidence.nodes.slice(0, 3).sort()).toEqual(connectors);
    expect(f.explanation).toContain('Gareth Lloyd, Aisha Rahman and Tomasz Nowak');
  });

  it('finds them fading by 24 months, carried by the same three, and the unknown kept apart', () => {
    const f = dissipationFinding(sample, v, '12 months', '24 months')!;
    expect(f.explanation).toBe('102 of 259 cross-sector ties at 12 months were lost by 24 months (another 34 unknown: their ' +
      'reporters did not answer). That is 45% of those whose fate is known, against 13% of ties within a sector. ' +
      'Most of them were carried by Aisha Rahman, Gareth Lloyd and Tomasz Nowak.');
    expect(f.evidence.nodes.slice(0, 3).sort()).toEqual(connectors);
    // Before the programme ended, bridges did not fade.
    expect(dissipationFinding(sample, v, 'Baseline', '12 months')).toBeNull();
  });

  it('never counts a wave-2 non-respondent\'s bridging tie as lost', () => {
    const r = dissipatedBridges(sample, v, 'Baseline', '12 months');
    expect(r.ties.some((t) => quiet.has(t.source))).toBe(false);
    const theirs = r.carriers.filter((p) => quiet.has(p.id));
    expect(theirs.reduce((n, p) => n + p.unknown, 0)).toBeGreaterThan(0);
    expect(r.counts.unknown).toBeGreaterThan(0);
  });
});
