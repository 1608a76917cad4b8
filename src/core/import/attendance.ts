/**
 * Reading attendance or membership: one row a person at a meeting (or in a group), with an
 * optional date and wave. The two-mode records are kept as they are; projecting them to
 * person-to-person co-attendance is a separate step (view/coattendance.ts).
 */
import type { Attendance, ImportReport } from '../model/types.ts';
import { expected, listHeaders, mapColumns, missingChoices, uniqueHeaders, type ReadOptions } from './columns.ts';
import { cellValue, idValue, type CsvTable } from './csv.ts';
import type { ActorDirectory } from './directory.ts';
import { ReportBuilder } from './report.ts';
import { listRows } from './ties.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

export interface AttendanceResult {
  attendance: Attendance[];
  report: ImportReport;
}

export function readAttendance(file: string, table: CsvTable, directory: ActorDirectory, options: ReadOptions = {}): AttendanceResult {
  const rb = new ReportBuilder(file, 'attendance');
  const headers = uniqueHeaders(table.headers);
  const attendance: Attendance[] = [];
  const unknown = missingChoices(table.headers, options.columns ?? {});
  if (unknown) return { attendance, report: rb.fail(unknown, table.rows.length) };
  const cols = mapColumns(table.headers, ['event', 'person', 'date', 'wave'], options.columns);
  const fileWave = options.wave ?? null;
  if (cols.person < 0 || cols.event < 0) {
    return {
      attendance,
      report: rb.fail(`An attendance file needs a person column (such as ${expected('person')}) and a meeting column ` +
        `(such as ${expected('event')}); the headers are: ${listHeaders(headers)}.`, table.rows.length),
    };
  }
  for (const [role, i] of Object.entries(cols)) if (i >= 0) rb.report.columns[role] = headers[i] ?? '';
  const seen = new Set<string>();
  const added = new Map<string, number[]>();
  const newHere = new Set<string>();
  for (const { row, cells } of table.rows) {
    const who = idValue(cells[cols.person]);
    const event = cellValue(cells[cols.event]);
    if (who === null || event === null) {
      rb.reject(row, headers[who === null ? cols.person : cols.event] ?? null, 'An attendance row needs a person and a meeting.');
      continue;
    }
    const r = directory.lookup(who);
    if (r.kind === 'ambiguous') {
      rb.reject(row, headers[cols.person] ?? null, `"${who}" matches several people (${r.candidates.join(', ')}); use an id.`);
      continue;
    }
    let date = cols.date >= 0 ? cellValue(cells[cols.date]) : null;
    if (date !== null && !ISO_DATE.test(date)) {
      rb.warn(row, headers[cols.date] ?? null, `"${date}" is not a date written as yyyy-mm-dd; kept without a date.`);
      date = null;
    }
    const wave = fileWave ?? (cols.wave >= 0 ? cellValue(cells[cols.wave]) : null);
    const key = JSON.stringify([r.id, event, date]);
    if (seen.has(key)) { rb.merge(row, null, `${r.id} is already recorded at ${event}${date ? ` on ${date}` : ''}.`); continue; }
    seen.add(key);
    if (r.kind === 'unknown') newHere.add(r.id);
    if (r.kind === 'unknown' || r.kind === 'added') {
      const rows = added.get(r.id);
      if (rows) rows.push(row); else added.set(r.id, [row]);
    }
    const id = directory.use(r, row);
    attendance.push({ person: id, event, date: date?.slice(0, 10) ?? null, wave, from: { file, row } });
    rb.accept();
  }
  if (!directory.hasRoster) {
    if (newHere.size > 0) rb.warn(null, null, `There is no people file, so ${newHere.size} people were created from the names in this file, without attributes.`);
    added.clear();
  }
  for (const [id, rows] of added) {
    rb.warn(rows[0] ?? null, null, `"${id}" is not in the people file; added as a person with no attributes (${listRows(rows)}).`);
  }
  rb.report.created = attendance.length;
  return { attendance, report: rb.report };
}
