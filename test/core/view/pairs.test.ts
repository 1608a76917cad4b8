import { describe, expect, it } from 'vitest';
import { PairTable } from '../../../src/core/view/pairs.ts';

describe('PairTable', () => {
  it('merges strengths by each rule, leaving missing strengths out and null when none was given', () => {
    const rules = { max: 5, min: 1, sum: 9, mean: 3 } as const;
    for (const [rule, expected] of Object.entries(rules)) {
      const p = new PairTable(rule as keyof typeof rules);
      for (const s of [1, null, 5, 3]) p.add(7, 0, 1, s, 'advice', true, false);
      p.add(8, 1, 0, null, 'advice', true, false);
      expect(p.size).toBe(2);
      expect(p.strength(0)).toBe(expected);
      expect(p.count[0]).toBe(4);
      expect(p.strength(1)).toBeNull();
    }
  });

  it('is reciprocated only when both directions were named', () => {
    const p = new PairTable('max');
    p.add(1, 0, 1, null, 'a', true, false);
    p.add(2, 0, 2, null, 'a', true, false);
    p.add(2, 0, 2, null, 'a', false, true);
    expect(p.reciprocated(0)).toBe(false);
    expect(p.reciprocated(1)).toBe(true);
  });

  it('lists types in order of first appearance, sharing equal lists', () => {
    const p = new PairTable('max');
    p.add(1, 0, 1, null, 'trust', true, false);
    p.add(1, 0, 1, null, 'advice', true, false);
    p.add(2, 0, 2, null, 'advice', true, false);
    p.add(2, 0, 2, null, 'trust', true, false);
    p.add(3, 0, 3, null, 'advice', true, false);
    expect(p.types(0)).toEqual(['trust', 'advice']);
    expect(p.types(1)).toBe(p.types(0));
    expect(p.types(2)).toEqual(['advice']);
  });

  it('keeps every type when a view has more types than a mask holds', () => {
    const p = new PairTable('max');
    for (let k = 0; k < 40; k++) p.add(1, 0, 1, null, `t${k}`, true, false);
    p.add(2, 0, 2, null, 't35', true, false);
    p.add(2, 0, 2, null, 't3', true, false);
    expect(p.types(0)).toEqual(Array.from({ length: 40 }, (_, k) => `t${k}`));
    expect(p.types(1)).toEqual(['t3', 't35']);
  });
});
