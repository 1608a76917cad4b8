import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/import/dataset.ts';
import { responseRates } from '../../../src/core/view/response.ts';

// Five people: three in Acute, one in VCSE, one with no sector. W1: A, B, D answered (and
// a respondent row for someone not in the people file is ignored by the import); W2 unknown.
const ds = importDataset('r', [
  { name: 'p.csv', text: 'id,sector\nA,Acute\nB,Acute\nC,Acute\nD,VCSE\nE,\n' },
  { name: 't.csv', text: 'source,target,wave\nA,B,W1\nA,B,W2\n' },
  { name: 'r.csv', role: 'respondents', text: 'id,wave\nA,W1\nB,W1\nD,W1\n' },
]);

describe('responseRates', () => {
  it('counts who answered each wave, overall and by group, with people without a value last', () => {
    const r = responseRates(ds, 'sector');
    expect(r.groups).toEqual(['Acute', 'VCSE', 'Not recorded']);
    const w1 = r.waves.find((w) => w.wave === 'W1')!;
    expect(w1.overall).toEqual({ answered: 3, people: 5, rate: 3 / 5 });
    expect(w1.byGroup).toEqual([
      { answered: 2, people: 3, rate: 2 / 3 },
      { answered: 1, people: 1, rate: 1 },
      { answered: 0, people: 1, rate: 0 },
    ]);
  });

  it('says nothing about a wave whose respondents are not recorded', () => {
    const w2 = responseRates(ds, 'sector').waves.find((w) => w.wave === 'W2')!;
    expect(w2.overall).toBeNull();
    expect(w2.byGroup).toEqual([null, null, null]);
  });

  it('gives the overall rate alone without a grouping attribute', () => {
    const r = responseRates(ds, null);
    expect(r.groups).toEqual([]);
    expect(r.waves[0]!.overall?.answered).toBe(3);
    expect(responseRates(ds, 'no such attribute').attribute).toBeNull();
  });
});
