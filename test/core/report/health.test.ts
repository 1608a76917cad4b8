// Whole reports and charts (vega's first load) take seconds on a busy machine: a generous timeout, never a timed test.
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/import/dataset.ts';
import { healthReport } from '../../../src/core/report/health.ts';
import { formatChange, formatFigure } from '../../../src/core/report/format.ts';
import { fragmentation } from '../../../src/core/report/wave-figures.ts';
import { defaultView, type NetworkView } from '../../../src/core/view/view.ts';

// Sectors x = {A, B, C}, y = {D, E, F}; directed ties as reported.
// W1: A>B, B>A, B>D, D>E, E>F (C has no tie); A, B, D, E answered.
// W2: A>B, B>C, C>A, C>D, D>C, E>F; everyone answered.
const ds = importDataset('health', [
  { name: 'p.csv', text: 'id,sector\nA,x\nB,x\nC,x\nD,y\nE,y\nF,y\n' },
  { name: 't.csv', text: 'source,target,wave\nA,B,W1\nB,A,W1\nB,D,W1\nD,E,W1\nE,F,W1\nA,B,W2\nB,C,W2\nC,A,W2\nC,D,W2\nD,C,W2\nE,F,W2\n' },
  { name: 'r.csv', text: 'wave,id\nW1,A\nW1,B\nW1,D\nW1,E\nW2,A\nW2,B\nW2,C\nW2,D\nW2,E\nW2,F\n' },
]);
const view = (v: Partial<NetworkView> = {}): NetworkView => ({ ...defaultView(ds), ...v });

// Hand-computed, n = 6, n(n-1) = 30; centralisation's maximum for directed total degree is
// 2(n-1)(n-2) = 40.
// W1: degrees (in+out) A2 B3 C0 D2 E2 F1 -> sum(3 - d) = 8; parts {A,B,D,E,F}, {C}.
//   Cross-group brokerage: B brokers A>B>D (representative), D brokers B>D>E (gatekeeper);
//   D>E>F is inside y (coordinator, not counted). Population: the 5 with ties; values
//   0,1,1,0,0 -> Gini 2*(4+5)/(5*2) - 6/5 = 0.6.
// W2: degrees A2 B2 C4 D2 E1 F1 -> sum(4 - d) = 12; parts {A,B,C,D}, {E,F}.
//   C brokers B>C>D (representative) and D>C>A (gatekeeper); A>B>C, B>C>A, C>A>B are inside x.
//   Population 6, values 0,0,2,0,0,0 -> Gini 2*12/(6*2) - 7/6 = 5/6.
const W1 = { people: 6, ties: 5, responseRate: 4 / 6, density: 5 / 30, reciprocity: 2 / 5, crossShare: 1 / 5, eiIndex: (1 - 4) / 5,
  centralisation: 8 / 40, fragmentation: 1 - 20 / 30, largestComponent: 5 / 6, brokerageConcentration: 1 };
const W2 = { people: 6, ties: 6, responseRate: 1, density: 6 / 30, reciprocity: 2 / 6, crossShare: 2 / 6, eiIndex: (2 - 4) / 6,
  centralisation: 12 / 40, fragmentation: 1 - 14 / 30, largestComponent: 4 / 6, brokerageConcentration: 1 };

const close = (actual: Record<string, number | null>, expected: Record<string, number>) => {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [k, v] of Object.entries(expected)) expect(actual[k], k).toBeCloseTo(v, 12);
};

describe('healthReport', { timeout: 60_000 }, () => {
  it('gives the headline figures of the view’s wave and the change since the previous one', async () => {
    const h = await healthReport(ds, view({ wave: 'W2' }));
    expect(h.wave).toBe('W2');
    expect(h.previousWave).toBe('W1');
    close(Object.fromEntries(h.figures.map((f) => [f.id, f.value])), W2);
    close(Object.fromEntries(h.figures.map((f) => [f.id, f.previous])), W1);
    close(Object.fromEntries(h.figures.map((f) => [f.id, f.change])),
      Object.fromEntries(Object.entries(W2).map(([k, v]) => [k, v - W1[k as keyof typeof W1]])));
    expect(h.waves.map((w) => w.wave)).toEqual(['W1', 'W2']);
    expect(h.waves[0]!.brokerageGini).toBeCloseTo(0.6, 12);
    expect(h.waves[1]!.brokerageGini).toBeCloseTo(5 / 6, 12);
    expect(h.waves[0]!.isolates).toBe(1);
    expect(h.waves[1]!.components).toBe(2);
  });

  it('has no change at the first wave, and says what each figure means here', async () => {
    const h = await healthReport(ds, view({ wave: 'W1' }));
    expect(h.previousWave).toBeNull();
    expect(h.figures.every((f) => f.previous === null && f.change === null)).toBe(true);
    const say = Object.fromEntries(h.figures.map((f) => [f.id, f.sentence]));
    expect(say.people).toBe('6 people in the network at W1; 5 of them have at least one tie.');
    expect(say.responseRate).toBe('4 of 6 people answered at W1. Ties of people who did not answer are only those others reported about them.');
    expect(say.crossShare).toBe('20% of ties join people in different sectors; the rest stay inside one sector.');
    expect(say.eiIndex).toContain('−0.60 on a scale from −1');
    expect(say.fragmentation).toBe('33% of pairs of people cannot reach each other through any chain of ties (the network falls into 2 separate parts, one of them a person with no tie).');
    // No verdicts: a sentence never judges a figure.
    for (const s of Object.values(say)) expect(s).not.toMatch(/\b(good|bad|poor|healthy|unhealthy|worse|better)\b/i);
  });

  it('treats pooled waves as one network without a change, and no boundary as not measured', async () => {
    const h = await healthReport(ds, view({ wave: null, boundary: null }));
    expect(h.waves).toHaveLength(1);
    const by = Object.fromEntries(h.figures.map((f) => [f.id, f]));
    expect(by.responseRate!.value).toBeNull();
    expect(by.crossShare!.value).toBeNull();
    expect(by.eiIndex!.value).toBeNull();
    expect(by.brokerageConcentration!.value).toBeNull();
    expect(by.crossShare!.sentence).toMatch(/Choose a boundary/);
    // Pooled ties: W1 and W2 together, distinct ordered pairs: A>B B>A B>D D>E E>F B>C C>A C>D D>C = 9.
    expect(by.ties!.value).toBe(9);
    expect(by.ties!.change).toBeNull();
  });

  it('reads reciprocity as not applicable when direction is ignored', async () => {
    const h = await healthReport(ds, view({ wave: 'W2', direction: 'union' }));
    const r = h.figures.find((f) => f.id === 'reciprocity')!;
    expect(r.value).toBeNull();
    expect(r.sentence).toMatch(/Not applicable/);
    // Union W2: A-B, B-C, C-A, C-D, E-F = 5 ties; 2 of them cross.
    expect(h.figures.find((f) => f.id === 'crossShare')!.value).toBeCloseTo(1 / 5, 12);
  });
});

describe('fragmentation', () => {
  it('is the share of pairs that cannot reach each other', () => {
    expect(fragmentation([0, 0, 0, 0])).toBe(0);
    expect(fragmentation([0, 1, 2, 3])).toBe(1);
    // Sizes 2 and 1: 2 of 6 ordered pairs reach each other.
    expect(fragmentation([0, 0, 1])).toBeCloseTo(1 - 2 / 6, 12);
    expect(fragmentation([0])).toBeNull();
  });
});

describe('formatting figures for reading', () => {
  it('rounds shares to percentages, changes of shares to points, scores to 2 decimals', () => {
    expect(formatFigure(0.2, 'share')).toBe('20%');
    expect(formatFigure(-0.6, 'score')).toBe('−0.60');
    expect(formatFigure(1234, 'count')).toBe('1,234');
    expect(formatFigure(null, 'share')).toBe('not known');
    expect(formatChange(2 / 15, 'share')).toBe('+13 points');
    expect(formatChange(-1 / 15, 'share')).toBe('−6.7 points');
    expect(formatChange(0.1, 'score')).toBe('+0.10');
    expect(formatChange(0, 'count')).toBe('no change');
    expect(formatChange(-3, 'count')).toBe('−3');
  });
});
