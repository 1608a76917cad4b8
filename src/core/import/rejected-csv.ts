/**
 * The rows an import did not use, as a CSV to open in a spreadsheet beside the source files:
 * file, row, column and reason, one line each (a file that could not be read at all is one
 * line with no row). The same table for the app's Data screen and the CLI's --rejected.
 */
import { toCsv } from '../export/csv.ts';
import type { ImportReport } from '../model/types.ts';

export function rejectedRowsCsv(reports: ImportReport[]): string {
  const rows: (string | number | null)[][] = [];
  for (const r of reports) {
    if (r.fatal) rows.push([r.file, r.role, null, null, r.fatal]);
    for (const i of r.issues) if (i.outcome === 'rejected') rows.push([r.file, r.role, i.row, i.column, i.message]);
  }
  return toCsv(['file', 'read as', 'row', 'column', 'reason'], rows, { bom: true });
}

export function rejectedCount(reports: ImportReport[]): number {
  return reports.reduce((n, r) => n + r.rejected, 0);
}
