/**
 * From what a file arrived as (text, bytes, or the rows of a workbook sheet already read) to
 * a table, with a note when the encoding had to be guessed. Workbooks are read beforehand,
 * asynchronously (xlsx.ts: loadWorkbooks), because unzipping is asynchronous; everything after
 * that is synchronous.
 */
import type { CsvResult, CsvTable } from './csv.ts';
import { parseCsv } from './csv.ts';
import { decodeBytes, isZip, toBytes } from './encoding.ts';
import { sniffFile } from './detect.ts';
import type { FileRole } from '../model/types.ts';

export interface FileContent {
  name: string;
  text?: string;
  bytes?: ArrayBuffer | Uint8Array;
  /** The rows of a workbook's sheet, as text the way a CSV would show them. */
  sheetRows?: string[][];
  sheet?: string | number;
  sheetNames?: string[];
  unreadable?: string;
}

export function parseInput(file: FileContent): CsvResult & { note?: string } {
  if (file.unreadable) return { ok: false, error: file.unreadable };
  if (file.sheetRows) {
    const res = tableFromRows(file.sheetRows);
    const names = file.sheetNames ?? [];
    return names.length > 1 && res.ok
      ? { ...res, note: `The workbook has ${names.length} sheets (${names.join(', ')}); the sheet "${file.sheet}" was read.` }
      : res;
  }
  if (!file.bytes) return parseCsv(file.text ?? '');
  const bytes = toBytes(file.bytes);
  if (isZip(bytes)) {
    return { ok: false, error: 'This is a ZIP archive (an Excel workbook is one) that could not be read as a workbook. Save it as .xlsx or CSV and import it again.' };
  }
  const decoded = decodeBytes(bytes);
  const res = parseCsv(decoded.text);
  return decoded.note && res.ok ? { ...res, note: decoded.note } : res;
}

/** A table from a sheet's rows: the first non-blank row is the header (row numbers as the sheet shows them). */
export function tableFromRows(rows: string[][]): CsvResult {
  const blank = (r: string[]): boolean => r.every((c) => c.trim() === '');
  const h = rows.findIndex((r) => !blank(r));
  if (h < 0) return { ok: false, error: 'The sheet is empty.' };
  const table: CsvTable = { headers: rows[h]!.map((c) => c.trim()), rows: [], delimiter: '', warnings: [] };
  for (let i = h + 1; i < rows.length; i++) if (!blank(rows[i]!)) table.rows.push({ row: i + 1, cells: rows[i]! });
  return { ok: true, table };
}

/**
 * A file's headers and likely role from its first 64 kB only (cheap on any size). A workbook
 * cannot be read in part: it is recognised as one, and read when imported (in the worker).
 */
export function sniffBytes(input: ArrayBuffer | Uint8Array): { headers: string[]; role: FileRole | null; error: string | null; workbook: boolean } {
  const bytes = toBytes(input);
  if (isZip(bytes)) return { headers: [], role: null, error: null, workbook: true };
  let head = bytes.subarray(0, 65_536);
  if (head.length < bytes.length) {
    // Cut at the last new line, so that a character split by the cut cannot look like another encoding.
    const nl = head.lastIndexOf(0x0a);
    if (nl > 0) head = head.subarray(0, nl + 1);
  }
  return { ...sniffFile(decodeBytes(head).text), workbook: false };
}
