import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/import/dataset.ts';
import type { ImportReport } from '../../../src/core/model/types.ts';
import { fixture } from './fixtures.ts';

function balanced(r: ImportReport): void {
  expect(r.accepted + r.merged + r.rejected).toBe(r.rowsRead);
}

describe('importDataset: a clean people and ties file', () => {
  const ds = importDataset('t', [fixture('ties-basic.csv'), fixture('people-basic.csv')]);

  it('detects each file and reads people before ties, whatever the order given', () => {
    expect(ds.imports.map((r) => [r.file, r.role])).toEqual([['people-basic.csv', 'people'], ['ties-basic.csv', 'ties']]);
    ds.imports.forEach(balanced);
  });

  it('creates one actor per person with typed attributes, empty cells missing', () => {
    expect(ds.actors.map((a) => a.id)).toEqual(['A', 'B', 'C', 'D']);
    expect(ds.actors[0]?.label).toBe('Ann Smith');
    expect(ds.actors[1]?.attributes.years).toBeNull();
    expect(ds.actors[2]?.attributes.years).toBe(12);
    expect(ds.actors[3]?.attributes.place).toBeNull();
    const kinds = Object.fromEntries(ds.attributes.map((a) => [a.key, a.kind]));
    expect(kinds).toEqual({ sector: 'categorical', place: 'categorical', years: 'numeric' });
    expect(ds.attributes.find((a) => a.key === 'place')?.missing).toBe(1);
    expect(ds.attributes.find((a) => a.key === 'sector')?.categories).toEqual(['Acute', 'Social care', 'VCSE']);
  });

  it('keeps every tie as reported, with missing strength as null', () => {
    expect(ds.ties).toHaveLength(5);
    expect(ds.ties[2]).toMatchObject({ source: 'A', target: 'C', type: 'trust', strength: null, wave: 'W1', directed: true });
    expect(ds.tieTypes).toEqual(['advice', 'trust', 'information']);
    expect(ds.waves.map((w) => w.id)).toEqual(['W1', 'W2']);
    expect(ds.waves[0]?.respondents).toBeNull();
    expect(ds.imports[1]).toMatchObject({ rowsRead: 5, accepted: 5, created: 5, fatal: null });
  });
});

describe('importDataset: bad input is reported row by row, nothing lost', () => {
  it('merges duplicate ids, fills gaps, reports conflicts and rejects a row with no id', () => {
    const ds = importDataset('t', [fixture('people-duplicates.csv')]);
    const r = ds.imports[0]!;
    balanced(r);
    expect(r).toMatchObject({ rowsRead: 6, accepted: 3, merged: 2, rejected: 1, created: 3 });
    expect(ds.actors.find((a) => a.id === 'A')?.attributes.sector).toBe('Acute');
    const conflict = r.issues.find((i) => i.row === 5);
    expect(conflict?.message).toContain('kept "Acute", ignored "Mental health"');
    expect(r.issues.find((i) => i.outcome === 'rejected')).toMatchObject({ row: 6, column: 'id' });
  });

  it('rejects self-ties, missing ends and missing waves; keeps a non-numeric strength as missing', () => {
    const ds = importDataset('t', [fixture('people-basic.csv'), fixture('ties-problems.csv')]);
    const r = ds.imports[1]!;
    balanced(r);
    expect(r).toMatchObject({ rowsRead: 8, accepted: 3, merged: 2, rejected: 3 });
    const byRow = new Map(r.issues.map((i) => [`${i.row}:${i.outcome}`, i]));
    expect(byRow.get('3:rejected')?.message).toMatch(/Self-tie/);
    expect(byRow.get('5:warning')).toMatchObject({ column: 'strength' });
    expect(byRow.get('5:merged')?.message).toMatch(/row 2/);
    expect(byRow.get('6:rejected')).toMatchObject({ column: 'source' });
    // The file has a wave column, so a row with an empty wave cell cannot be placed in time.
    expect(byRow.get('7:rejected')).toMatchObject({ column: 'wave' });
    // The repeat on row 8 raises the kept strength to 4.
    expect(ds.ties.find((t) => t.source === 'A' && t.target === 'B')?.strength).toBe(4);
  });

  it('adds people that a ties file names but the people file lacks, and says so', () => {
    const ds = importDataset('t', [fixture('people-basic.csv'), fixture('ties-problems.csv')]);
    expect(ds.actors.map((a) => a.id)).toContain('Z');
    const note = ds.imports[1]!.issues.find((i) => i.message.includes('"Z" is not in the people file'));
    expect(note).toMatchObject({ row: 4, outcome: 'warning' });
  });

  it('gives a file-level message for a file with no source or target column', () => {
    const ds = importDataset('t', [fixture('no-id-ties.csv', 'ties')]);
    expect(ds.imports[0]?.fatal).toMatch(/No column for the source .* and target/);
    expect(ds.imports[0]).toMatchObject({ rowsRead: 1, rejected: 1 });
  });

  it('says when it cannot tell what a file holds', () => {
    const ds = importDataset('t', [fixture('unrecognisable.csv')]);
    expect(ds.imports[0]?.fatal).toMatch(/cannot tell what this file holds.*foo, bar/);
  });

  it('reports an empty file and a binary file without throwing', () => {
    const ds = importDataset('t', [{ name: 'empty.csv', text: '' }, { name: 'x.xlsx', text: 'PK\u0003\u0004\u0000\u0000junk' }]);
    expect(ds.imports.map((r) => r.fatal)).toEqual(['The file is empty.', expect.stringMatching(/binary data/)]);
  });

  it('reads semicolons, quoted delimiters, doubled quotes, a BOM and multi-line cells', () => {
    const a = importDataset('t', [fixture('people-semicolon.csv')]);
    expect(a.actors.map((x) => [x.label, x.attributes.sector])).toEqual([['Ann', 'Acute; hospital'], ['Bob "Bobby" Jones', 'VCSE']]);
    const b = importDataset('t', [fixture('people-bom-multiline.csv')]);
    expect(b.actors.map((x) => x.id)).toEqual(['X1', 'X2']);
    expect(b.actors[0]?.label).toBe('Multi\nline name');
    // The second person is on spreadsheet row 3 even though the first spans two lines.
    expect(b.imports[0]).toMatchObject({ rowsRead: 2, accepted: 2 });
  });

  it('matches ties that name people rather than give ids, and refuses an ambiguous name', () => {
    const ds = importDataset('t', [
      { name: 'p.csv', text: 'id,name\n1,Zoë Adams\n2,Sam Roe\n3,Sam Roe\n' },
      { name: 't.csv', text: 'source,target\nzoe  adams,2\n1,Sam Roe\n' },
    ]);
    expect(ds.ties.map((t) => [t.source, t.target])).toEqual([['1', '2']]);
    expect(ds.imports[1]?.issues[0]).toMatchObject({ row: 3, column: 'target', outcome: 'rejected' });
  });

  it('treats __proto__ and constructor as ordinary ids and columns', () => {
    const ds = importDataset('t', [
      { name: 'p.csv', text: 'id,__proto__,constructor\n__proto__,x,y\nconstructor,z,w\n' },
      { name: 't.csv', text: 'source,target\n__proto__,constructor\n' },
    ]);
    expect(ds.actors.map((a) => a.id)).toEqual(['__proto__', 'constructor']);
    expect(Object.keys(ds.actors[0]!.attributes)).toEqual(['__proto__', 'constructor']);
    expect(ds.actors[0]!.attributes['__proto__']).toBe('x');
    expect(ds.ties).toHaveLength(1);
  });

  it('reads respondents per wave and orders waves by first appearance', () => {
    const ds = importDataset('t', [
      fixture('people-basic.csv'),
      { name: 'r.csv', text: 'wave,id\nW2,A\nW1,A\nW1,B\nW1,B\nW1,Q\n' },
    ]);
    const r = ds.imports[1]!;
    balanced(r);
    expect(r).toMatchObject({ role: 'respondents', accepted: 3, merged: 1, rejected: 1 });
    expect(ds.waves.map((w) => [w.id, w.respondents])).toEqual([['W2', ['A']], ['W1', ['A', 'B']]]);
  });
});

describe('importDataset: files chosen and labelled by the caller', () => {
  it('uses the columns chosen for roles, and says when a chosen column is absent', () => {
    const text = 'from_id,to_id,freq,weight\nA,B,4,1\n';
    const ds = importDataset('t', [{ name: 't.csv', text, role: 'ties', columns: { source: 'from_id', target: 'to_id', strength: 'freq' } }]);
    expect(ds.ties[0]).toMatchObject({ source: 'A', target: 'B', strength: 4 });
    const bad = importDataset('t', [{ name: 't.csv', text, role: 'ties', columns: { strength: 'rating' } }]);
    expect(bad.imports[0]?.fatal).toBe('The file has no column "rating" (chosen for strength); the headers are: from_id, to_id, freq, weight.');
  });

  it('reads a file per wave, and notes once when there is no people file', () => {
    const ds = importDataset('t', [
      { name: 'w1.csv', text: 'source,target\nA,B\nB,C\n', wave: 'Baseline' },
      { name: 'w2.csv', text: 'source,target,wave\nA,C,ignored\n', wave: '12 months' },
    ]);
    expect(ds.ties.map((t) => t.wave)).toEqual(['Baseline', 'Baseline', '12 months']);
    expect(ds.waves.map((w) => w.id)).toEqual(['Baseline', '12 months']);
    expect(ds.imports[0]?.issues).toEqual([{ row: null, column: null, outcome: 'warning',
      message: 'There is no people file, so 3 people were created from the names in this file, without attributes.' }]);
    // The second file names only people the first created: no note about creating anyone.
    expect(ds.imports[1]?.issues.map((i) => i.message)).toEqual(['Every tie in this file is read as wave "12 months"; its wave column is not used.']);
  });
});

describe('importDataset: large files', () => {
  it('imports 200,000 ties without overflowing the stack (no push(...spread) of big arrays)', () => {
    const rows = ['source,target'];
    for (let i = 0; i < 200_000; i++) rows.push(`N${i % 5000},N${(i * 7 + 1) % 5000}`);
    const ds = importDataset('t', [{ name: 'big.csv', text: rows.join('\n') }]);
    const r = ds.imports[0]!;
    expect(r.accepted + r.merged + r.rejected).toBe(200_000);
    expect(ds.ties.length).toBe(r.accepted);
    expect(ds.actors.length).toBe(5000);
  }, 30_000);
});

describe('importDataset: who answered, from a people-file column', () => {
  it('reads a "responded" column listing waves, and says so', () => {
    const ds = importDataset('t', [
      { name: 'p.csv', text: 'id,responded\nA,"W1; W2"\nB,W1\nC,\n' },
      { name: 't.csv', text: 'source,target,wave\nA,B,W1\nB,A,W1\nA,C,W2\n' },
    ]);
    expect(ds.waves.map((w) => [w.id, w.respondents])).toEqual([['W1', ['A', 'B']], ['W2', ['A']]]);
    expect(ds.imports[0]?.issues.at(-1)?.message).toBe('The column "responded" is read as the waves each person answered (W1, W2).');
  });

  it('prefers a respondents file when there is one', () => {
    const ds = importDataset('t', [
      { name: 'p.csv', text: 'id,responded\nA,W1\nB,W1\n' },
      { name: 'r.csv', text: 'wave,id\nW1,B\n' },
    ]);
    expect(ds.waves[0]?.respondents).toEqual(['B']);
  });
});
