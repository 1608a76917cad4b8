/**
 * Excel workbooks (.xlsx), which survey tools export by default. read-excel-file unzips and
 * parses them in a browser, a web worker or Node alike (pure JavaScript: fflate and a SAX
 * parser; no DOM). Cells become text the way a CSV would show them, so that everything after
 * this reads a workbook exactly as it reads a CSV: numbers as written, dates as yyyy-mm-dd
 * (with the time when there is one), TRUE/FALSE, and an empty cell as empty.
 */
import readXlsxFile from 'read-excel-file/universal';
import { isZip, toBytes } from './encoding.ts';
import type { InputFile } from './dataset.ts';
import { detectRole } from './detect.ts';
import { tableFromRows } from './input.ts';
import type { FileRole } from '../model/types.ts';

export interface WorkbookSheet { name: string; rows: string[][] }

export async function readWorkbook(input: ArrayBuffer | Uint8Array): Promise<WorkbookSheet[]> {
  const bytes = toBytes(input);
  const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? bytes.buffer as ArrayBuffer
    : bytes.slice().buffer as ArrayBuffer;
  const sheets = await readXlsxFile(buffer);
  return sheets.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map(cellText)) }));
}

/** A cell as a CSV would show it. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return isoDate(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number): string => String(n).padStart(2, '0');
  const date = `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
  const secs = d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds();
  return secs === 0 ? date : `${date} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

export function isWorkbook(file: Pick<InputFile, 'bytes'>): boolean {
  return !!file.bytes && isZip(toBytes(file.bytes));
}

/** What reading a workbook file gave: its sheets' names, and the chosen sheet's rows on the file. */
export interface LoadedWorkbook { file: InputFile; sheets: string[]; error: string | null }

/**
 * Reads every .xlsx among the files (found by its bytes, whatever its name): the chosen sheet
 * (InputFile.sheet, a name or 1-based number) or the first, as sheetRows. Other files pass
 * unchanged. A workbook that cannot be read keeps its bytes, and the import says why.
 */
export async function loadWorkbooks(files: InputFile[]): Promise<LoadedWorkbook[]> {
  return Promise.all(files.map(async (file): Promise<LoadedWorkbook> => {
    if (!isWorkbook(file)) return { file, sheets: [], error: null };
    let sheets: WorkbookSheet[];
    try {
      sheets = await readWorkbook(file.bytes!);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      const error = `This workbook could not be read (${why}). Save it again from Excel as .xlsx, or as CSV.`;
      return { file: { ...file, unreadable: error }, sheets: [], error };
    }
    const names = sheets.map((s) => s.name);
    const chosen = typeof file.sheet === 'number' ? sheets[file.sheet - 1] : typeof file.sheet === 'string' ? sheets.find((s) => s.name === file.sheet) : sheets[0];
    if (!chosen) {
      const error = `The workbook has no sheet "${file.sheet}"; its sheets are: ${names.join(', ')}.`;
      return { file: { ...file, unreadable: error }, sheets: names, error };
    }
    const { bytes: _bytes, ...rest } = file;
    return { file: { ...rest, sheet: chosen.name, sheetNames: names, sheetRows: chosen.rows }, sheets: names, error: null };
  }));
}

export interface WorkbookSniff {
  sheets: string[];
  /** The sheet whose headers these are. */
  sheet: string | null;
  headers: string[];
  role: FileRole | null;
  error: string | null;
}

/** A workbook's sheets, and the headers and likely role of one (the first by default), for the import dialog. */
export async function sniffWorkbook(bytes: ArrayBuffer | Uint8Array, sheet?: string): Promise<WorkbookSniff> {
  let sheets: WorkbookSheet[];
  try {
    sheets = await readWorkbook(bytes);
  } catch (err) {
    return { sheets: [], sheet: null, headers: [], role: null, error: `This workbook could not be read (${err instanceof Error ? err.message : String(err)}).` };
  }
  const chosen = (sheet !== undefined ? sheets.find((s) => s.name === sheet) : undefined) ?? sheets[0];
  if (!chosen) return { sheets: [], sheet: null, headers: [], role: null, error: 'The workbook has no sheets.' };
  const res = tableFromRows(chosen.rows.slice(0, 50));
  if (!res.ok) return { sheets: sheets.map((s) => s.name), sheet: chosen.name, headers: [], role: null, error: res.error };
  return { sheets: sheets.map((s) => s.name), sheet: chosen.name, headers: res.table.headers, role: detectRole(res.table.headers), error: null };
}
