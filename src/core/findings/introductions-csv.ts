/**
 * Suggested introductions as a CSV file a convenor can open in a spreadsheet and work through:
 * one row per introduction, the people by name, the reason, and the exact counts.
 *
 * - RFC 4180: CRLF line ends; a cell is quoted (with "" for a quote) when it holds a comma,
 *   a quote, CR or LF, or starts or ends with a space (which some readers trim).
 * - CSV injection (OWASP, "CSV Injection"): a text cell that starts with = + - @ tab or CR
 *   could run as a formula when opened, so it gets a leading ' (and is then quoted as
 *   needed). Numbers such as -3 are left alone: they are not formulas.
 * - UTF-8 with a byte order mark by default: Excel on Windows reads a CSV without one in the
 *   local code page and garbles names such as Siân or Wiśniewska. LibreOffice, Numbers,
 *   Google Sheets and Kith's own importer accept the mark. Pass { bom: false } for tools
 *   that do not.
 */
import type { Introduction } from './introductions.ts';

export const INTRODUCTION_CSV_COLUMNS = [
  'group_a', 'person_a', 'group_b', 'person_b', 'reason', 'common_contacts', 'shared_meetings',
] as const;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function introductionsCsv(list: Introduction[], opts: { bom?: boolean } = {}): string {
  const rows = list.map((i) => [
    i.groups[0], i.aLabel, i.groups[1], i.bLabel, i.reason, i.figures.commonContacts, i.figures.sharedMeetings,
  ]);
  const lines = [INTRODUCTION_CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(','));
  return `${opts.bom ?? true ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

/** One cell: neutralised if a spreadsheet would read it as a formula, then quoted if needed. */
export function csvCell(value: string | number): string {
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
