/**
 * Hostile and malformed input (issue 7, "hard to break"): every case yields a clear message or
 * a partial import whose accounting adds up, with no uncaught exception and in bounded time.
 * Small inputs live in test/fixtures/hostile/; big ones are generated here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { importDataset, type InputFile } from '../../../src/core/import/dataset.ts';
import type { Dataset, FileRole, ImportReport } from '../../../src/core/model/types.ts';

const dir = fileURLToPath(new URL('../../fixtures/hostile/', import.meta.url));

/** A fixture read the way the app reads a dropped file: bytes decoded as UTF-8 (File.text()). */
function hostile(name: string, role?: FileRole): InputFile {
  const text = new TextDecoder('utf-8').decode(readFileSync(dir + name));
  return { name, text, ...(role ? { role } : {}) };
}

const PEOPLE = { name: 'people.csv', text: 'id,name\n1,Ann Smith\n2,Bob Jones\n3,Cy Lee\n' };

function report(ds: Dataset, file: string): ImportReport {
  const r = ds.imports.find((i) => i.file === file);
  if (!r) throw new Error(`no report for ${file}`);
  return r;
}

function messages(r: ImportReport): string {
  return r.issues.map((i) => `${i.row}:${i.outcome}:${i.message}`).join('\n');
}

function label(ds: Dataset, id: string): string | undefined {
  return ds.actors.find((a) => a.id === id)?.label;
}

interface Case {
  name: string;
  files: () => InputFile[];
  /** The fatal message of the (only or last) file, when it must fail as a whole. */
  fatal?: RegExp;
  check?: (ds: Dataset) => void;
  /** Milliseconds allowed for the import itself. */
  budget?: number;
}

const wide = (n: number, prefix: string): string => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(',');

const cases: Case[] = [
  // ---- binary data ------------------------------------------------------------------------
  { name: 'PNG magic bytes', files: () => [hostile('image.png.csv')], fatal: /binary data.*save it as CSV/ },
  { name: 'ZIP archive', files: () => [hostile('archive.zip')], fatal: /binary data/ },
  { name: 'XLSX workbook', files: () => [hostile('workbook.xlsx', 'people')], fatal: /spreadsheet, save it as CSV/ },
  { name: 'NUL bytes in a CSV', files: () => [hostile('nul-bytes.csv')], fatal: /binary data/ },
  { name: 'random bytes', files: () => [{ name: 'r.bin', text: String.fromCharCode(...Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)) }], fatal: /binary data/ },

  // ---- truncated files and quotes -----------------------------------------------------------
  {
    name: 'truncated mid-quote', files: () => [hostile('ties-cut-mid-quote.csv')],
    check: (ds) => {
      const r = report(ds, 'ties-cut-mid-quote.csv');
      expect(r).toMatchObject({ rowsRead: 2, accepted: 2 });
      expect(r.issues).toContainEqual(expect.objectContaining({ row: 3, message: expect.stringMatching(/quote .* never closed/) }));
    },
  },
  {
    name: 'truncated mid-row', files: () => [hostile('ties-cut-mid-row.csv')],
    check: (ds) => {
      const r = report(ds, 'ties-cut-mid-row.csv');
      expect(r).toMatchObject({ rowsRead: 3, accepted: 2, rejected: 1 });
      expect(r.issues).toContainEqual(expect.objectContaining({ row: 4, column: 'target', outcome: 'rejected' }));
    },
  },
  {
    name: 'unbalanced quotes swallow the rest of the file, and say so', files: () => [hostile('ties-unbalanced-quotes.csv')],
    check: (ds) => {
      const r = report(ds, 'ties-unbalanced-quotes.csv');
      expect(r.issues).toContainEqual(expect.objectContaining({ row: 2, message: expect.stringMatching(/opened on row 2 is never closed/) }));
    },
  },
  {
    name: 'stray quotes inside cells', files: () => [hostile('people-stray-quotes.csv')],
    check: (ds) => {
      // A quote inside an unquoted cell is text; a quoted cell with text after its closing
      // quote opens a field papaparse never closes, and the report says so on that row.
      expect(label(ds, '1')).toBe('An"n');
      expect(messages(report(ds, 'people-stray-quotes.csv'))).toMatch(/3:warning:A quoted cell on row 3 has text after its closing quote/);
    },
  },
  {
    name: 'an unterminated quote at the top of a 1 MB file', budget: 5000,
    files: () => [{ name: 'q.csv', text: 'id,name\n1,"' + 'x,y\n'.repeat(250_000) }],
    check: (ds) => expect(report(ds, 'q.csv').issues.some((i) => i.row === 2 && /never closed/.test(i.message))).toBe(true),
  },

  // ---- size ---------------------------------------------------------------------------------
  {
    name: 'a row with 10,000 columns', budget: 5000,
    files: () => [{ name: 'w.csv', text: `id,name\n1,Ann\n2,Bob,${wide(9998, 'x')}\n3,Cy\n` }],
    check: (ds) => {
      const r = report(ds, 'w.csv');
      expect(r).toMatchObject({ rowsRead: 3, accepted: 3 });
      expect(r.issues).toContainEqual(expect.objectContaining({ row: 3, outcome: 'warning', message: expect.stringMatching(/10000 cells but the header has 2/) }));
    },
  },
  {
    name: 'a header with 10,000 columns (people)', budget: 10_000,
    files: () => [{ name: 'h.csv', text: `id,${wide(9999, 'attr')}\n` + Array.from({ length: 20 }, (_, i) => `P${i},${wide(9999, 'v')}`).join('\n') }],
    check: (ds) => {
      expect(ds.actors).toHaveLength(20);
      expect(ds.attributes).toHaveLength(9999);
    },
  },
  {
    name: 'a header with 10,000 columns and no id: a short message', budget: 5000,
    files: () => [{ name: 'h.csv', text: `${wide(10_000, 'c')}\n${wide(10_000, 'v')}\n`, role: 'people' }],
    fatal: /No column for the person's id or name.*c0, c1, .* and 9980 more\.$/,
  },
  {
    name: 'a 1 MB cell', budget: 5000,
    files: () => [PEOPLE, { name: 't.csv', text: `source,target,type\n1,2,${'x'.repeat(1_000_000)}\n2,3,advice\n` }],
    check: (ds) => {
      expect(ds.ties.map((t) => t.type?.length)).toEqual([1_000_000, 6]);
    },
  },
  {
    name: 'a 1 MB header: messages stay short', budget: 5000,
    files: () => [{ name: 'h.csv', text: `${'h'.repeat(1_000_000)},other\nA,B\n`, role: 'ties' }],
    fatal: /No column for the source .* and target .*; the headers are: h{40}…, other\.$/,
  },

  // ---- line endings and encodings -------------------------------------------------------------
  {
    name: 'mixed CRLF, LF and CR line endings', files: () => [hostile('ties-mixed-eol.csv')],
    check: (ds) => {
      expect(ds.ties.map((t) => `${t.source}-${t.target}`)).toEqual(['A-B', 'B-C', 'C-D', 'D-E']);
      expect(report(ds, 'ties-mixed-eol.csv')).toMatchObject({ rowsRead: 4, accepted: 4 });
    },
  },
  { name: 'CR-only line endings (old Mac)', files: () => [hostile('ties-cr-only.csv')], check: (ds) => expect(ds.ties).toHaveLength(2) },
  {
    name: 'UTF-8 BOM', files: () => [hostile('people-utf8-bom.csv')],
    check: (ds) => expect(ds.actors.map((a) => [a.id, a.label])).toEqual([['1', 'Zoë'], ['2', 'Bob']]),
  },
  {
    name: 'UTF-16 LE text decoded as a JS string', files: () => [{ name: 'u.csv', text: new TextDecoder('utf-16le').decode(readFileSync(dir + 'people-utf16le.csv'), { stream: false }) }],
    check: (ds) => expect(ds.actors.map((a) => a.label)).toEqual(['Zoë', 'Bob']),
  },
  {
    name: 'UTF-16 BE text with its BOM kept in the string', files: () => [{ name: 'u.csv', text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(readFileSync(dir + 'people-utf16be.csv')) }],
    check: (ds) => expect(ds.actors.map((a) => a.id)).toEqual(['1', '2']),
  },
  { name: 'UTF-16 LE bytes read as UTF-8', files: () => [hostile('people-utf16le.csv')], fatal: /UTF-16 .* "CSV UTF-8"/ },
  { name: 'UTF-16 BE bytes read as UTF-8', files: () => [hostile('people-utf16be.csv')], fatal: /UTF-16/ },
  {
    name: 'Windows-1252 bytes read as UTF-8', files: () => [hostile('people-cp1252.csv')],
    check: (ds) => expect(ds.actors.map((a) => a.id)).toEqual(['1', '2']),
  },
  {
    name: 'mojibake (UTF-8 read as Windows-1252 and saved again)', files: () => [hostile('people-mojibake.csv')],
    check: (ds) => expect(label(ds, '1')).toBe('ZoÃ« NoÃ«l'),
  },

  // ---- HTML, script and formulas are kept as text ---------------------------------------------
  {
    name: 'HTML and script in names and attributes', files: () => [hostile('people-html.csv')],
    check: (ds) => {
      expect(ds.actors.map((a) => [a.label, a.attributes.note])).toEqual([
        ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>'],
        ['javascript:alert(3)', '<b>bold</b> & &amp;'],
        ['<a href="javascript:alert(4)">x</a>', '</textarea><svg onload=alert(5)>'],
      ]);
      expect(ds.actors.map((a) => a.id)).toEqual(['1', '2', '3']);
    },
  },
  {
    name: 'HTML as ids and tie types', files: () => [{ name: 't.csv', text: 'source,target,type\n<script>alert(1)</script>,"<img src=x onerror=alert(1)>",javascript:void(0)\n' }],
    check: (ds) => {
      expect(ds.ties[0]).toMatchObject({ source: '<script>alert(1)</script>', target: '<img src=x onerror=alert(1)>', type: 'javascript:void(0)' });
      expect(ds.tieTypes).toEqual(['javascript:void(0)']);
    },
  },
  {
    name: 'formula-looking cells are kept as text', files: () => [hostile('people-formulas.csv')],
    check: (ds) => {
      expect(ds.actors.map((a) => a.label)).toEqual(["=cmd|' /C calc'!A0", '+SUM(A1:A9)', '-2+3', '@HYPERLINK("http://x")']);
      expect(ds.actors.map((a) => a.attributes.note)).toEqual(['=1+1', '@SUM(1)', '=HYPERLINK("http://x")', '=1']);
    },
  },

  // ---- headers --------------------------------------------------------------------------------
  {
    name: 'duplicate headers', files: () => [hostile('people-duplicate-headers.csv')],
    check: (ds) => {
      expect(ds.actors[0]?.attributes).toEqual({ sector: 'a', 'sector (4)': 'b', 'sector (5)': 'c' });
      expect(messages(report(ds, 'people-duplicate-headers.csv'))).toMatch(/1:warning:The header "sector" appears twice \(columns 3 and 4\)/);
    },
  },
  {
    name: 'a header that collides with a renamed duplicate', files: () => [{ name: 'p.csv', text: 'id,a (3),a,a\n1,p,q,r\n' }],
    check: (ds) => expect(Object.keys(ds.actors[0]!.attributes)).toEqual(['a (3)', 'a', 'a (4)']),
  },
  {
    name: 'a renamed duplicate that collides with a later header', files: () => [{ name: 'p.csv', text: 'a (3),a,a,id\np,q,r,1\n' }],
    check: (ds) => {
      const attrs = ds.actors[0]!.attributes;
      expect(Object.keys(attrs)).toHaveLength(3);
      expect(Object.values(attrs).sort()).toEqual(['p', 'q', 'r']);
    },
  },
  {
    name: 'empty headers', files: () => [hostile('people-empty-headers.csv')],
    check: (ds) => {
      expect(ds.actors[0]?.attributes).toEqual({ 'column 2': 'x', 'column 4': 'z' });
      expect(messages(report(ds, 'people-empty-headers.csv'))).toMatch(/Column 2 has no header/);
    },
  },
  {
    name: 'whitespace-only headers', files: () => [hostile('people-whitespace-headers.csv')],
    check: (ds) => expect(Object.keys(ds.actors[0]!.attributes)).toEqual(['column 2', 'column 4']),
  },
  { name: 'a header and no rows', files: () => [hostile('ties-header-only.csv')], check: (ds) => expect(report(ds, 'ties-header-only.csv')).toMatchObject({ rowsRead: 0, fatal: null }) },
  { name: 'only blank lines', files: () => [hostile('blank-lines-only.csv')], fatal: /no header row/ },
  { name: 'an empty file', files: () => [{ name: 'e.csv', text: '' }], fatal: /The file is empty/ },
  { name: 'a people file with no id or name column', files: () => [hostile('people-no-id-column.csv', 'people')], fatal: /No column for the person's id or name.*sector, place/ },
  { name: 'a people file with no id or name column, detected', files: () => [hostile('people-no-id-column.csv')], fatal: /cannot tell what this file holds/ },
  { name: 'a ties file with only a source column', files: () => [hostile('ties-source-only.csv', 'ties')], fatal: /No column for the target/ },

  // ---- prototype-like names -------------------------------------------------------------------
  {
    name: '__proto__, constructor, toString, hasOwnProperty, prototype as ids, headers and tie ends',
    files: () => [hostile('people-proto.csv'), hostile('ties-proto.csv')],
    check: (ds) => {
      const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype'];
      expect(ds.actors.map((a) => a.id)).toEqual([...ids, 'valueOf', '__defineGetter__']);
      const p = ds.actors[0]!;
      expect(Object.keys(p.attributes)).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype']);
      expect(Object.getPrototypeOf(p.attributes)).toBe(Object.prototype);
      expect(p.attributes['__proto__']).toBe(1);
      expect(p.attributes['toString']).toBe('x');
      expect(ds.ties.map((t) => [t.source, t.target])).toEqual([
        ['__proto__', 'constructor'], ['toString', 'hasOwnProperty'], ['prototype', '__proto__'], ['valueOf', '__defineGetter__']]);
    },
  },

  // ---- unicode --------------------------------------------------------------------------------
  {
    name: 'emoji, combining characters and right-to-left marks', files: () => [hostile('people-unicode.csv')],
    check: (ds) => {
      expect(ds.actors.map((a) => a.label)).toEqual(['👩🏽‍⚕️ Dr Ada', 'Zoe\u0308 Noe\u0301l', '\u202eevil\u202c', '\u200fמרים כהן\u200f', 'محمد\u200e']);
    },
  },
  {
    name: 'a combining-character name matches its precomposed id', files: () => [{ name: 'p.csv', text: 'id,name\n1,Zoë\n2,Bob\n' }, { name: 't.csv', text: 'source,target\nZoe\u0308,Bob\n' }],
    check: (ds) => expect(ds.ties.map((t) => [t.source, t.target])).toEqual([['1', '2']]),
  },
  {
    name: 'zero-width spaces around ids do not make a second person', files: () => [{ name: 'p.csv', text: 'id,name\nA,Ann\nB,Bob\nC,Cy\n' }, hostile('ties-zero-width.csv')],
    check: (ds) => {
      expect(ds.actors.map((a) => a.id)).toEqual(['A', 'B', 'C']);
      expect(report(ds, 'ties-zero-width.csv')).toMatchObject({ rowsRead: 4, accepted: 2, merged: 2 });
    },
  },

  // ---- strengths ------------------------------------------------------------------------------
  {
    name: 'odd strengths: 1e309, NaN, Infinity, -0, " 3 ", "3,5", -2, 0x10, 1_000', files: () => [hostile('ties-strengths.csv')],
    check: (ds) => {
      const s = Object.fromEntries(ds.ties.map((t) => [t.target, t.strength]));
      expect(s).toMatchObject({ B: null, C: null, D: null, F: 3, G: null, H: null, I: null, J: null });
      expect(s.E === 0).toBe(true);
      const r = report(ds, 'ties-strengths.csv');
      expect(r).toMatchObject({ rowsRead: 9, accepted: 9 });
      const warned = r.issues.filter((i) => i.outcome === 'warning' && i.column === 'strength').map((i) => i.row);
      expect(warned).toEqual([2, 4, 7, 8, 9, 10]);
      for (const n of ds.ties) if (n.strength !== null) expect(Number.isFinite(n.strength)).toBe(true);
    },
  },

  // ---- people named in odd ways ---------------------------------------------------------------
  {
    name: 'a self-tie by name', files: () => [PEOPLE, { name: 't.csv', text: 'source,target\n1,ann smith\nBob Jones,2\n' }],
    check: (ds) => {
      const r = report(ds, 't.csv');
      expect(r).toMatchObject({ rowsRead: 2, rejected: 2 });
      expect(r.issues.filter((i) => i.outcome === 'rejected').map((i) => i.row)).toEqual([2, 3]);
      expect(messages(r)).toMatch(/Self-tie/);
    },
  },
  {
    name: 'the same tie naming a person by id and by name', files: () => [PEOPLE, { name: 't.csv', text: 'source,target,strength\n1,2,1\nAnn Smith,2,3\n1,BOB JONES,2\n' }],
    check: (ds) => {
      expect(ds.ties).toEqual([expect.objectContaining({ source: '1', target: '2', strength: 3 })]);
      expect(report(ds, 't.csv')).toMatchObject({ accepted: 1, merged: 2 });
    },
  },

  // ---- delimiters -----------------------------------------------------------------------------
  {
    name: 'a semicolon file with commas inside cells', files: () => [hostile('people-semicolon-commas.csv')],
    check: (ds) => expect(ds.actors.map((a) => [a.label, a.attributes.note])).toEqual([['Ann, Smith', 'a,b,c'], ['Bob; Jr', 'x,y']]),
  },
  {
    name: 'tab-separated with quotes', files: () => [hostile('people-tab-quotes.csv')],
    check: (ds) => expect(ds.actors.map((a) => [a.label, a.attributes.note])).toEqual([['Ann\tSmith', 'say "hi"'], ['Bob', 'multi\nline']]),
  },
  {
    name: 'a file whose delimiter changes halfway', files: () => [hostile('ties-delimiter-changes.csv')],
    check: (ds) => {
      const r = report(ds, 'ties-delimiter-changes.csv');
      expect(r).toMatchObject({ rowsRead: 4, accepted: 2, rejected: 2 });
      expect(r.issues.filter((i) => i.outcome === 'rejected')).toEqual([
        expect.objectContaining({ row: 4, column: 'target' }), expect.objectContaining({ row: 5, column: 'target' })]);
    },
  },
];

const timings: string[] = [];
afterAll(() => { console.log(`hostile import timings:\n  ${timings.join('\n  ')}`); });

/** What every import must satisfy, whatever the input. */
function sound(ds: Dataset, files: InputFile[]): void {
  expect(ds.imports).toHaveLength(files.length);
  for (const r of ds.imports) {
    expect(r.accepted + r.merged + r.rejected, `${r.file} accounting`).toBe(r.rowsRead);
    expect(r.issues.filter((i) => i.outcome === 'rejected')).toHaveLength(r.fatal ? 0 : r.rejected);
    expect(r.issues.filter((i) => i.outcome === 'merged')).toHaveLength(r.merged);
    if (r.fatal !== null) {
      expect(r.fatal.length).toBeGreaterThan(10);
      expect(r.fatal.length).toBeLessThan(2000);
      expect(r.accepted).toBe(0);
    }
    for (const i of r.issues) {
      expect(i.message.trim()).not.toBe('');
      if (i.outcome !== 'warning') {
        expect(i.row, `${r.file}: ${i.message}`).toEqual(expect.any(Number));
        expect(i.row).toBeGreaterThanOrEqual(2);
      }
    }
  }
  const ids = new Set(ds.actors.map((a) => a.id));
  expect(ids.size).toBe(ds.actors.length);
  for (const t of ds.ties) {
    expect(ids.has(t.source) && ids.has(t.target)).toBe(true);
    expect(t.source).not.toBe(t.target);
  }
}

function prototypesUntouched(): void {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_NAMES);
  expect(typeof Object.prototype.toString).toBe('function');
  expect({}.toString()).toBe('[object Object]');
  expect(Object.prototype.hasOwnProperty.call(probe, 'constructor')).toBe(false);
  expect(probe.constructor).toBe(Object);
}
const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

describe('hostile input: a clear message or a partial import that adds up', () => {
  it('has at least 40 cases', () => expect(cases.length).toBeGreaterThanOrEqual(40));

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const files = c.files();
    const t0 = performance.now();
    let ds: Dataset | undefined;
    expect(() => { ds = importDataset('hostile', files); }).not.toThrow();
    const ms = performance.now() - t0;
    timings.push(`${ms.toFixed(0).padStart(6)} ms  ${c.name}`);
    expect(ms).toBeLessThan(c.budget ?? 2000);
    sound(ds!, files);
    const last = ds!.imports[ds!.imports.length - 1]!;
    if (c.fatal) {
      expect(last.fatal).toMatch(c.fatal);
    } else {
      for (const r of ds!.imports) expect(r.fatal, r.file).toBeNull();
    }
    c.check?.(ds!);
    prototypesUntouched();
  }, 20_000);
});

describe('hostile input: a million ties', () => {
  it('imports 1,000,000 generated ties with the accounting adding up and memory in reason', () => {
    const rows = ['source,target,type,strength'];
    for (let i = 0; i < 1_000_000; i++) rows.push(`N${i % 20_000},N${(i * 7 + 1) % 20_011},${i % 3 ? 'advice' : 'trust'},${i % 5}`);
    // Some rows repeat earlier ties, some are self-ties, some lack an end.
    rows[10] = rows[5]!;
    rows[20] = 'N1,N1,advice,1';
    rows[30] = 'N1,,advice,1';
    const text = rows.join('\n');
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const ds = importDataset('big', [{ name: 'million.csv', text }]);
    const ms = performance.now() - t0;
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    timings.push(`${ms.toFixed(0).padStart(6)} ms  1,000,000 ties (heap +${heapMb.toFixed(0)} MB, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB)`);
    const r = ds.imports[0]!;
    expect(r.rowsRead).toBe(1_000_000);
    expect(r.accepted + r.merged + r.rejected).toBe(1_000_000);
    expect(ds.ties.length).toBe(r.accepted);
    expect(r.merged).toBeGreaterThanOrEqual(1);
    expect(r.rejected).toBeGreaterThanOrEqual(2);
    expect(r.issues.find((i) => i.row === 21)?.message).toMatch(/Self-tie/);
    expect(r.issues.find((i) => i.row === 31)).toMatchObject({ outcome: 'rejected', column: 'target' });
    expect(ds.actors.length).toBeLessThanOrEqual(20_011);
    // About 1.5 KB a tie would be absurd; the text itself is ~30 MB.
    expect(heapMb).toBeLessThan(1500);
    expect(ms).toBeLessThan(60_000);
  }, 90_000);
});
