import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/import/dataset.ts';
import { pseudonymCode, pseudonymise } from '../../../src/core/model/pseudonymise.ts';

describe('pseudonymise', () => {
  const ds = importDataset('t', [
    { name: 'p.csv', text: 'id,name,sector\nA1,Ann Smith,Acute\nB2,Bob Jones,VCSE\n' },
    { name: 't.csv', text: 'source,target\nA1,B2\n' },
  ]);

  it('replaces every name by a stable code and leaves ids, attributes and ties alone', () => {
    const p = pseudonymise(ds);
    expect(p.actors.map((a) => a.label)).toEqual([pseudonymCode('A1'), pseudonymCode('B2')]);
    expect(p.actors.map((a) => a.label).join(' ')).not.toMatch(/Ann|Bob/);
    expect(p.actors.map((a) => a.id)).toEqual(['A1', 'B2']);
    expect(p.actors[0]?.attributes).toEqual(ds.actors[0]?.attributes);
    expect(p.ties).toBe(ds.ties);
    expect(ds.actors[0]?.label).toBe('Ann Smith');
  });

  it('gives the same person the same code every time, and different people different codes', () => {
    expect(pseudonymCode('A1')).toBe(pseudonymCode('A1'));
    expect(pseudonymCode('A1')).toMatch(/^P-[0-9A-Z]{5}$/);
    const many = importDataset('t', [{ name: 'p.csv', text: `id\n${Array.from({ length: 5000 }, (_, i) => `N${i}`).join('\n')}\n` }]);
    const codes = new Set(pseudonymise(many).actors.map((a) => a.label));
    expect(codes.size).toBe(5000);
  });
});
