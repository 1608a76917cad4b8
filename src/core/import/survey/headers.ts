/**
 * Survey exports with more than one header row. Qualtrics writes short codes (Q1, Q3_2), then
 * the question text, then a row of {"ImportId": …}; SurveyMonkey writes the question once over
 * its columns, then a row naming each column's option ("Aisha Rahman", "Response", "Other
 * (please specify)"). Both become one header a column: the question text, and for a grid or a
 * checkbox "question - option". The extra header rows are not data and are not counted as rows.
 */
import type { CsvRow, CsvTable } from '../csv.ts';

export interface SurveyTable {
  headers: string[];
  /** The first header row when another row gave the question text (Qualtrics' Q codes), else null. */
  codes: string[] | null;
  rows: CsvRow[];
  headerRows: number;
  /** Which tool's layout was recognised, in words, or null for one plain header row. */
  layout: string | null;
}

const SM_OPTION = new Set(['response', 'open-ended response', 'open ended response']);

export function detectHeaderRows(table: CsvTable): number {
  const r2 = table.rows[0]?.cells ?? [];
  const r3 = table.rows[1]?.cells ?? [];
  if (table.rows[0]?.row !== 2) return 1;
  if (r3.some((c) => /^\{\s*"ImportId"/.test(c.trim()))) return 3;
  const codes = table.headers.map((h) => h.toLowerCase());
  if (codes.includes('responseid') && r2.some((c) => /^response id$/i.test(c.trim()))) return 2;
  const emptyHeaders = table.headers.filter((h) => h.trim() === '').length;
  if (emptyHeaders > 0 && r2.some((c) => SM_OPTION.has(c.trim().toLowerCase()))) return 2;
  return 1;
}

export function surveyTable(table: CsvTable, headerRows = detectHeaderRows(table)): SurveyTable {
  const rows = table.rows.filter((r) => r.row > headerRows);
  if (headerRows === 1) return { headers: table.headers, codes: null, rows, headerRows, layout: null };
  const second = table.rows.find((r) => r.row === 2)?.cells ?? [];
  const width = Math.max(table.headers.length, second.length);
  const qualtrics = headerRows === 3 || table.headers.some((h) => /^(responseid|startdate)$/i.test(h));
  if (qualtrics) {
    const headers = Array.from({ length: width }, (_, i) => (second[i]?.trim() || table.headers[i]) ?? '');
    return { headers, codes: table.headers, rows, headerRows, layout: 'Qualtrics (codes, then question text)' };
  }
  // SurveyMonkey: a question heads the first of its columns; the next row names each option.
  let question = '';
  const headers = Array.from({ length: width }, (_, i) => {
    const top = table.headers[i]?.trim() ?? '';
    if (top !== '') question = top;
    const option = second[i]?.trim() ?? '';
    if (option === '' || SM_OPTION.has(option.toLowerCase())) return top !== '' ? top : question;
    return question === '' ? option : `${question} - ${option}`;
  });
  return { headers, codes: null, rows, headerRows, layout: 'SurveyMonkey (question, then option)' };
}
