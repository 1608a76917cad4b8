import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { qapCorrelation } from '../../../src/core/change/qap.ts';
import { importDataset } from '../../../src/core/import/dataset.ts';
import { mulberry32 } from '../../../src/core/random.ts';
import { defaultView, type NetworkView } from '../../../src/core/view/view.ts';

// Four people. W1: A>B, B>C, C>D. W2: A>B, B>C, D>A. C did not answer W2 (D>A is named by D).
const small = importDataset('t', [
  { name: 'p.csv', text: 'id\nA\nB\nC\nD\n' },
  { name: 't.csv', text: 'source,target,wave\nA,B,W1\nB,C,W1\nC,D,W1\nA,B,W2\nB,C,W2\nD,A,W2\n' },
  { name: 'r.csv', text: 'wave,id\nW1,A\nW1,B\nW1,C\nW1,D\nW2,A\nW2,B\nW2,D\n' },
]);
const view = (v: Partial<NetworkView> = {}): NetworkView => ({ ...defaultView(small), ...v });

/** Exact permutation p-value by brute force over all 4! relabellings, with dense matrices. */
function exactP(x: number[][], y: number[][], undirected: boolean): number {
  const n = x.length;
  const cells = (m: number[][], perm: number[]): number[] => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) for (let j = undirected ? i + 1 : 0; j < n; j++) if (i !== j) out.push(m[perm[i]!]![perm[j]!]!);
    return out;
  };
  const pearson = (a: number[], b: number[]): number => {
    const ma = a.reduce((s, v) => s + v, 0) / a.length;
    const mb = b.reduce((s, v) => s + v, 0) / b.length;
    let num = 0, va = 0, vb = 0;
    a.forEach((v, i) => { num += (v - ma) * (b[i]! - mb); va += (v - ma) ** 2; vb += (b[i]! - mb) ** 2; });
    return num / Math.sqrt(va * vb);
  };
  const id = [0, 1, 2, 3];
  const observed = pearson(cells(x, id), cells(y, id));
  const perms: number[][] = [];
  const go = (p: number[], rest: number[]): void => {
    if (rest.length === 0) perms.push(p);
    rest.forEach((r, i) => go([...p, r], rest.filter((_, k) => k !== i)));
  };
  go([], id);
  return perms.filter((p) => pearson(cells(x, id), cells(y, p)) >= observed - 1e-12).length / perms.length;
}

/** n people, each directed pair tied with probability q, in waves W1 and W2 drawn independently (or W2 = W1). */
function randomWaves(n: number, q: number, seed: number, same = false) {
  const r = mulberry32(seed);
  const ids = Array.from({ length: n }, (_, i) => `N${i}`);
  const rows: string[] = [];
  for (const w of ['W1', 'W2']) {
    const r2 = same ? mulberry32(seed) : r;
    for (const a of ids) for (const b of ids) if (a !== b && r2() < q) rows.push(`${a},${b},${w}`);
  }
  return importDataset('r', [
    { name: 'p.csv', text: `id\n${ids.join('\n')}\n` },
    { name: 't.csv', text: `source,target,wave\n${rows.join('\n')}\n` },
  ]);
}

describe('qapCorrelation', () => {
  it('computes the correlation of the two tie matrices by hand on four people', () => {
    // Directed: N = 12 ordered pairs, a = b = 3 ties, k = 2 in both: (12*2 - 9) / sqrt(3*9*3*9) = 15/27.
    const d = qapCorrelation(small, view(), 'W1', 'W2', { permutations: 200 });
    expect(d.correlation).toBeCloseTo(5 / 9, 12);
    expect(d).toMatchObject({ people: 4, nonRespondents: 1, permutations: 200, jaccard: 2 / 4 });
    // Union: N = 6 unordered pairs, a = b = 3, k = 2: (6*2 - 9) / sqrt(3*3*3*3) = 1/3.
    expect(qapCorrelation(small, view({ direction: 'union' }), 'W1', 'W2').correlation).toBeCloseTo(1 / 3, 12);
  });

  it('agrees with the exact permutation distribution (brute force over all 24 relabellings)', () => {
    const x = [[0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1], [0, 0, 0, 0]];
    const y = [[0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 0], [1, 0, 0, 0]];
    const sym = (m: number[][]) => m.map((row, i) => row.map((v, j) => Math.max(v, m[j]![i]!)));
    for (const [direction, exact] of [['directed', exactP(x, y, false)], ['union', exactP(sym(x), sym(y), true)]] as const) {
      const r = qapCorrelation(small, view({ direction }), 'W1', 'W2', { permutations: 20000, seed: 7 });
      expect(r.pValue!).toBeGreaterThan(exact - 0.015);
      expect(r.pValue!).toBeLessThan(exact + 0.015);
    }
  });

  it('gives correlation 1 and p = 1/(P+1) for identical waves', () => {
    const ds = randomWaves(30, 0.08, 3, true);
    const r = qapCorrelation(ds, defaultView(ds), 'W1', 'W2', { permutations: 499 });
    expect(r.correlation).toBeCloseTo(1, 12);
    expect(r.asClose).toBe(0);
    expect(r.pValue).toBe(1 / 500);
    expect(r.explanation).toBe("The two waves' networks are far more alike than chance (correlation 1.00; none of 499 random relabellings came as close, p = 0.002): many relationships lasted.");
  });

  it('does not find similarity between independent random waves', () => {
    const ps = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => {
      const ds = randomWaves(25, 0.1, seed);
      return qapCorrelation(ds, defaultView(ds), 'W1', 'W2', { permutations: 199 }).pValue!;
    });
    // Roughly uniform: not always small, and spread out.
    expect(ps.filter((p) => p < 0.05).length).toBeLessThanOrEqual(2);
    expect(ps.filter((p) => p > 0.3).length).toBeGreaterThanOrEqual(3);
    const ds = randomWaves(25, 0.1, 2);
    expect(qapCorrelation(ds, defaultView(ds), 'W1', 'W2', { permutations: 199 }).explanation).toMatch(/^The two waves' networks are no more alike than chance would make them/);
  });

  it('repeats for a seed', () => {
    const a = qapCorrelation(small, view(), 'W1', 'W2', { seed: 5, permutations: 300 });
    expect(qapCorrelation(small, view(), 'W1', 'W2', { seed: 5, permutations: 300 })).toEqual(a);
  });

  it('states how non-respondents are handled, and can leave them out', () => {
    const all = qapCorrelation(small, view(), 'W1', 'W2');
    expect(all.explanation).toContain('1 person did not answer one of the waves; the ties they did not report count as absent here');
    // Respondents only: A, B, D. W1: A>B (B>C, C>D dropped); W2: A>B, D>A. N = 6, a = 1, b = 2, k = 1:
    // (6 - 2) / sqrt(1*5*2*4) = 4 / sqrt(40).
    const only = qapCorrelation(small, view(), 'W1', 'W2', { respondentsOnly: true });
    expect(only).toMatchObject({ people: 3, nonRespondents: 0 });
    expect(only.correlation).toBeCloseTo(4 / Math.sqrt(40), 12);
    expect(only.explanation).toContain('Only people who answered both waves are counted.');
  });

  it('counts everyone as a respondent without a respondents file', () => {
    const ds = randomWaves(10, 0.2, 1);
    expect(qapCorrelation(ds, defaultView(ds), 'W1', 'W2', { permutations: 10 }).nonRespondents).toBe(0);
  });

  it('cannot test a wave with no ties, and refuses bad input', () => {
    const r = qapCorrelation(small, view({ tieTypes: ['none'] }), 'W1', 'W2');
    expect(r).toMatchObject({ correlation: null, pValue: null, jaccard: null });
    expect(r.explanation).toBe('Neither wave has ties in this view, so the two waves cannot be compared for similarity.');
    expect(() => qapCorrelation(small, view(), 'W1', 'W9')).toThrow('compare: no wave "W9"');
    expect(() => qapCorrelation(small, view(), 'W1', 'W2', { permutations: 0 })).toThrow('qap: permutations is 0');
  });

  it('finds consecutive waves of the sample far more alike than chance', () => {
    const roles = ['people', 'ties', 'respondents', 'attendance'] as const;
    const sample = importDataset('sample', roles.map((role) => ({ name: `${role}.csv`, role, text: readFileSync(`data/sample/${role}.csv`, 'utf8') })));
    const v = defaultView(sample);
    for (const [from, to] of [['Baseline', '12 months'], ['12 months', '24 months']] as const) {
      const r = qapCorrelation(sample, v, from, to, { permutations: 200 });
      expect(r.pValue).toBe(1 / 201);
      expect(r.correlation!).toBeGreaterThan(0.6);
      expect(r.people).toBe(201);
    }
  });
});
