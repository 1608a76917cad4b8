/**
 * Ties packed into columns in the worker and rebuilt on the page must be the same ties: every
 * field, missing values (type, strength, wave) kept missing, a strength of 0 kept 0, directed
 * and undirected records, and the rows they came from.
 */
import { describe, expect, it } from 'vitest';
import { emptyDataset, type Dataset, type Tie } from '../../src/core/model/types.ts';
import { packDataset, shareEqualLists, unpackDataset } from '../../src/worker/tie-columns.ts';

const ties: Tie[] = [
  { source: 'P1', target: 'P2', type: 'advice', strength: 3, wave: 'Baseline', directed: true, from: { file: 'ties.csv', row: 2 } },
  { source: 'P2', target: 'P1', type: null, strength: null, wave: null, directed: true, from: { file: 'ties.csv', row: 3 } },
  { source: 'P1', target: 'P3', type: 'advice', strength: 0, wave: '12 months', directed: false, from: { file: 'other.csv', row: 9 } },
];

describe('tie columns', () => {
  it('rebuild the same ties and leave the rest of the dataset as it was', async () => {
    const ds: Dataset = { ...emptyDataset('x'), actors: [{ id: 'P1', label: 'A', attributes: { sector: null } }], ties };
    const { packed, transfer } = packDataset(ds);
    expect(transfer).toHaveLength(8);
    expect(packed.ties.strings).toEqual(['P1', 'P2', 'advice', 'Baseline', 'ties.csv', 'P3', '12 months', 'other.csv']);
    expect(await unpackDataset(structuredClone(packed))).toEqual(ds);
  });

  it('rebuild many ties across slices in their order', async () => {
    const many: Tie[] = Array.from({ length: 12_345 }, (_, i) => ({
      source: `P${i % 97}`, target: `P${(i * 7) % 101}`, type: i % 3 === 0 ? null : 'trust', strength: i % 5 === 0 ? null : i % 4,
      wave: i % 2 ? 'W1' : 'W2', directed: i % 11 !== 0, from: { file: 'f.csv', row: i + 2 },
    }));
    const ds: Dataset = { ...emptyDataset('y'), ties: many };
    // A budget of 0 ms yields after every slice, so the rebuild crosses several pauses.
    expect(await unpackDataset(packDataset(ds).packed, 0)).toEqual(ds);
  });
});

describe('shareEqualLists', () => {
  it('gives equal lists one object, keeps their contents and order, and tells [] from [""]', () => {
    const lists = [['advice'], ['advice', 'trust'], ['advice'], [], ['advice', 'trust'], [''], []];
    const shared = shareEqualLists(lists);
    expect(shared).toEqual(lists);
    expect(shared[0]).toBe(shared[2]);
    expect(shared[1]).toBe(shared[4]);
    expect(shared[3]).toBe(shared[6]);
    expect(shared[3]).not.toBe(shared[5]);
    expect(shared[0]).not.toBe(shared[1]);
  });
});
