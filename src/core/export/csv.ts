/**
 * Writing CSV that a spreadsheet reads safely: RFC 4180 quoting (a cell with a comma, quote,
 * line break or edge spaces is quoted, quotes doubled), and cells that Excel or Sheets would
 * run as a formula (text starting with = + - @ tab or CR that is not a number) prefixed with
 * a quote, as OWASP's advice on CSV injection recommends. Missing values are empty cells;
 * NaN and infinities too. Used by every export, the CLI and the introductions list.
 */

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export type CsvValue = string | number | boolean | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text) && !NUMBER.test(text.trim())) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole file. `bom`: start with a UTF-8 byte-order mark, which Excel on Windows needs to read
 * accented names correctly (Kith's own importer ignores it). Lines end with CRLF (RFC 4180).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], opts: { bom?: boolean } = {}): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${opts.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
