import { describe, expect, it } from 'vitest';
import { compareWaves, consecutiveChanges } from '../../../src/core/change/compare.ts';
import { importDataset } from '../../../src/core/import/dataset.ts';
import { defaultView, type NetworkView } from '../../../src/core/view/view.ts';

// W1: A>B, B>A, A>C, C>D, D>A. W2: A>B (kept), B>A gone (B answered: removed), A>C gone (A answered:
// removed), C>D gone (C did not answer W2: unknown), D>A kept, B>D new.
const ds = importDataset('t', [
  { name: 'p.csv', text: 'id\nA\nB\nC\nD\n' },
  { name: 't.csv', text: 'source,target,wave\nA,B,W1\nB,A,W1\nA,C,W1\nC,D,W1\nD,A,W1\nA,B,W2\nD,A,W2\nB,D,W2\n' },
  { name: 'r.csv', text: 'wave,id\nW1,A\nW1,B\nW1,C\nW1,D\nW2,A\nW2,B\nW2,D\n' },
]);
const view = (v: Partial<NetworkView> = {}): NetworkView => ({ ...defaultView(ds), ...v });

describe('compareWaves', () => {
  it('keeps a missing tie from a non-respondent apart from a lost one (directed)', () => {
    expect(compareWaves(ds, view(), 'W1', 'W2')).toEqual({ from: 'W1', to: 'W2', added: 1, removed: 2, kept: 2, unknown: 1, jaccard: 2 / 6 });
  });

  it('needs both ends to have answered in undirected views', () => {
    // Union W1: A-B, A-C, C-D, A-D. Union W2: A-B, A-D, B-D. A-C lost (A and C: C did not answer: unknown);
    // C-D unknown; kept A-B, A-D; added B-D.
    expect(compareWaves(ds, view({ direction: 'union' }), 'W1', 'W2')).toEqual(
      { from: 'W1', to: 'W2', added: 1, removed: 0, kept: 2, unknown: 2, jaccard: 2 / 5 });
  });

  it('counts everyone as a respondent when the data do not say', () => {
    const noResp = importDataset('t', [
      { name: 'p.csv', text: 'id\nA\nB\nC\nD\n' },
      { name: 't.csv', text: 'source,target,wave\nA,B,W1\nC,D,W1\nA,B,W2\n' },
    ]);
    expect(compareWaves(noResp, defaultView(noResp), 'W1', 'W2')).toMatchObject({ removed: 1, unknown: 0, kept: 1, added: 0 });
  });

  it('gives one record per consecutive pair, and null similarity when both waves are empty', () => {
    expect(consecutiveChanges(ds, view()).map((c) => [c.from, c.to])).toEqual([['W1', 'W2']]);
    expect(compareWaves(ds, view({ tieTypes: ['none'] }), 'W1', 'W2').jaccard).toBeNull();
    expect(() => compareWaves(ds, view(), 'W1', 'W9')).toThrow('compare: no wave "W9"');
  });
});
