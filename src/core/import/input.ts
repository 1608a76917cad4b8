/**
 * From what a file arrived as (text, bytes, or the rows of a workbook sheet already read) to
 * a table, with a note when the encoding had to be guessed. Workbooks are read beforehand,
 * asynchronously (xlsx.ts: loadWorkbooks), because unzipping is asynchronous; everything after
 * that is synchronous.
 */
import type { CsvResult, CsvTable } from './csv.ts';
import { parseCsv } from './csv.ts';
import { decodeBytes, isZip, toBytes } from './encoding.ts';

export interface FileContent {
  name: string;
  text?: string;
  bytes?: ArrayBuffer | Uint8Array;
  /** The rows of a workbook's sheet, as text the way a CSV would show them. */
  sheetRows?: string[][];
}

export function parseInput(file: FileContent): CsvResult & { note?: string } {
  if (file.sheetRows) return tableFromRows(file.sheetRows);
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
