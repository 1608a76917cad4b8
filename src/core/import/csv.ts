/**
 * Reading delimited text into rows, with row numbers a spreadsheet user recognises.
 *
 * papaparse does the parsing (quoted fields with delimiters and new lines, delimiter
 * detection among comma, semicolon and tab). This module adds what an import summary needs:
 * the header, the data rows with their spreadsheet row numbers (header = row 1), blank rows
 * set aside rather than read as empty records, and file-level problems stated in words.
 */
import Papa from 'papaparse';

export interface CsvRow {
  /** 1-based spreadsheet row number; the header is row 1. */
  row: number;
  cells: string[];
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
  delimiter: string;
  /** Problems with the file as a whole or with a row's shape, as sentences. */
  warnings: { row: number | null; message: string }[];
}

export type CsvResult = { ok: true; table: CsvTable } | { ok: false; error: string };

const DELIMITERS = [',', ';', '\t'];

export function parseCsv(text: string): CsvResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: 'The file is empty.' };
  if (looksUtf16(body)) {
    return {
      ok: false,
      error: 'This file seems to be saved as UTF-16 text (Excel calls it "Unicode Text"). Save it as "CSV UTF-8" and import it again.',
    };
  }
  if (looksBinary(body)) {
    return {
      ok: false,
      error: 'This does not look like a text file (it contains binary data). If it is a spreadsheet, save it as CSV first.',
    };
  }
  // Papa takes one line ending for the whole file, so a file that mixes CRLF, CR and LF (pasted
  // together from several tools) would have whole rows glued into one cell; make them all LF.
  const lf = body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
  // Trailing blank lines count as one-cell rows in Papa's delimiter guess, which then misses
  // the semicolons of a short file; they are blank rows, skipped anyway.
  let end = lf.length;
  while (end > 0 && lf.charCodeAt(end - 1) === 10) end--;
  const lines = end < lf.length ? lf.slice(0, end) : lf;
  const parsed = lines.includes('"') ? Papa.parse<string[]>(lines, { delimitersToGuess: DELIMITERS, skipEmptyLines: false, newline: '\n' }) : splitUnquoted(lines);
  const records = parsed.data;
  const headerIndex = records.findIndex((r) => !isBlank(r));
  if (headerIndex < 0) return { ok: false, error: 'The file has no header row.' };
  const headers = (records[headerIndex] ?? []).map((h) => h.trim());
  const warnings: CsvTable['warnings'] = [];
  for (const e of parsed.errors) {
    // Papa reports an unguessable delimiter for one-column files; that is not a problem.
    if (e.code === 'UndetectableDelimiter') continue;
    const row = e.row == null ? null : e.row + 1;
    warnings.push({ row, message: csvProblem(e.code, row, e.message) });
  }
  const rows: CsvRow[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const cells = records[i] ?? [];
    if (isBlank(cells)) continue;
    rows.push({ row: i + 1, cells });
  }
  return { ok: true, table: { headers, rows, delimiter: parsed.meta.delimiter, warnings } };
}

/**
 * A file with no quote at all holds no quoted delimiters or new lines, so splitting lines and
 * cells gives what papaparse gives, several times faster (a million-row ties file). Papa still
 * guesses the delimiter, from the first rows only.
 */
function splitUnquoted(text: string): Pick<Papa.ParseResult<string[]>, 'data' | 'errors' | 'meta'> {
  const head = text.slice(0, 65_536);
  const sample = head.length < text.length ? head.slice(0, Math.max(head.lastIndexOf('\n'), 0)) || head : head;
  const guess = Papa.parse<string[]>(sample, { delimitersToGuess: DELIMITERS, skipEmptyLines: false, newline: '\n' });
  const delimiter = guess.meta.delimiter;
  const data = text.split('\n').map((line) => line.split(delimiter));
  return { data, errors: guess.errors.filter((e) => e.code === 'UndetectableDelimiter'), meta: guess.meta };
}

/** Papa's terse error messages, said in words a spreadsheet user can act on. */
function csvProblem(code: string, row: number | null, message: string): string {
  const where = row === null ? '' : ` on row ${row}`;
  if (code === 'MissingQuotes') {
    return `A quote (") opened${where} is never closed, so the rest of the file from there was read into one cell. ` +
      'Check the quotes on that row.';
  }
  if (code === 'InvalidQuotes') return `A quoted cell${where} has text after its closing quote. Check the quotes on that row.`;
  return `${message}${where ? ` (row ${row})` : ''}.`;
}

/**
 * UTF-16 text read as UTF-8: every other character is NUL (and a byte-order mark becomes two
 * replacement characters). Said apart from binary data, because the fix is different.
 */
function looksUtf16(text: string): boolean {
  const head = text.slice(0, 512);
  const nul = [0, 0];
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0) nul[i % 2]!++;
  const half = head.length / 2;
  return half >= 4 && (nul[0]! > half * 0.6 || nul[1]! > half * 0.6);
}

function isBlank(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** NUL or many control characters in the first few kilobytes mean binary data. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  return control > head.length * 0.05;
}

/** Cell values that mean "no value" in exports from spreadsheets, R and survey tools. */
const MISSING = new Set(['', 'na', 'n/a', '#n/a', 'null', 'none', 'nan']);

/** A cleaned cell: trimmed text, or null when the cell is empty or says "no value". */
export function cellValue(raw: string | undefined): string | null {
  if (raw == null) return null;
  const t = raw.trim();
  return MISSING.has(t.toLowerCase()) ? null : t;
}

/** An identifier cell: trimmed text or null; "NA" is a valid id here, only blank is missing. */
export function idValue(raw: string | undefined): string | null {
  if (raw == null) return null;
  const t = trimInvisible(raw);
  return t === '' ? null : t;
}

/** Zero-width space, word joiner and BOM: invisible, so at the ends of an id they would make "A" and "A\u200b" two people. */
const INVISIBLE = new Set([0x200b, 0x2060, 0xfeff]);

function trimInvisible(raw: string): string {
  let t = raw.trim();
  let a = 0;
  let b = t.length;
  while (a < b && INVISIBLE.has(t.charCodeAt(a))) a++;
  while (b > a && INVISIBLE.has(t.charCodeAt(b - 1))) b--;
  if (a > 0 || b < t.length) t = t.slice(a, b).trim();
  return t;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A number from a cell, or null when the cell does not hold one. */
export function parseNumber(text: string): number | null {
  if (!NUMBER.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
