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
  if (looksBinary(body)) {
    return {
      ok: false,
      error: 'This does not look like a text file (it contains binary data). If it is a spreadsheet, save it as CSV first.',
    };
  }
  const parsed = Papa.parse<string[]>(body, { delimitersToGuess: DELIMITERS, skipEmptyLines: false });
  const records = parsed.data;
  const headerIndex = records.findIndex((r) => !isBlank(r));
  if (headerIndex < 0) return { ok: false, error: 'The file has no header row.' };
  const headers = (records[headerIndex] ?? []).map((h) => h.trim());
  const warnings: CsvTable['warnings'] = [];
  for (const e of parsed.errors) {
    // Papa reports an unguessable delimiter for one-column files; that is not a problem.
    if (e.code === 'UndetectableDelimiter') continue;
    warnings.push({ row: e.row == null ? null : e.row + 1, message: e.message });
  }
  const rows: CsvRow[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const cells = records[i] ?? [];
    if (isBlank(cells)) continue;
    rows.push({ row: i + 1, cells });
  }
  return { ok: true, table: { headers, rows, delimiter: parsed.meta.delimiter, warnings } };
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
  const t = raw.trim();
  return t === '' ? null : t;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A number from a cell, or null when the cell does not hold one. */
export function parseNumber(text: string): number | null {
  if (!NUMBER.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
