/**
 * Reading a ties file: one row a reported tie (source named target), with optional type,
 * strength and wave columns.
 *
 * Rows are rejected, with the reason, when an end is missing, the tie is a self-tie, or a
 * name matches two people. A row that repeats an earlier tie exactly (same pair, type and
 * wave) is merged into it, keeping the larger strength. A strength that is not a number is
 * reported and read as missing: the tie was still reported. Ties are kept as directed
 * nominations; how direction is treated is a choice of the view, not of the import.
 */
import type { ImportReport, Tie } from '../model/types.ts';
import { expected, headerProblems, listHeaders, mapColumns, missingChoices, uniqueHeaders, type ReadOptions } from './columns.ts';
import { cellValue, idValue, parseNumber, type CsvTable } from './csv.ts';
import type { ActorDirectory, Resolution } from './directory.ts';
import { ReportBuilder } from './report.ts';

export interface TiesResult {
  ties: Tie[];
  report: ImportReport;
}

export function readTies(file: string, table: CsvTable, directory: ActorDirectory, options: ReadOptions = {}): TiesResult {
  const rb = new ReportBuilder(file, 'ties');
  const headers = uniqueHeaders(table.headers);
  for (const p of headerProblems(table.headers)) rb.warn(1, null, p);
  const choice = options.columns ?? {};
  const unknown = missingChoices(table.headers, choice);
  if (unknown) return { ties: [], report: rb.fail(unknown, table.rows.length) };
  const cols = mapColumns(table.headers, ['source', 'target', 'type', 'strength', 'wave'], choice);
  const fileWave = options.wave ?? null;
  if (fileWave !== null && cols.wave >= 0) {
    rb.warn(null, headers[cols.wave] ?? null, `Every tie in this file is read as wave "${fileWave}"; its ${headers[cols.wave]} column is not used.`);
    cols.wave = -1;
  }
  if (cols.source < 0 || cols.target < 0) {
    const missing = [cols.source < 0 ? `source (${expected('source')})` : '', cols.target < 0 ? `target (${expected('target')})` : '']
      .filter(Boolean).join(' and ');
    return {
      ties: [],
      report: rb.fail(`No column for the ${missing}; the headers are: ${listHeaders(headers)}.`, table.rows.length),
    };
  }
  for (const [role, i] of Object.entries(cols)) if (i >= 0) rb.report.columns[role] = headers[i] ?? '';
  const col = (i: number): string => headers[i] ?? '';

  const ties: Tie[] = [];
  const seen = new Map<string, number>();
  const added = new Map<string, number[]>();
  const newHere = new Set<string>();
  for (const { row, cells } of table.rows) {
    const ends: Exclude<Resolution, { kind: 'ambiguous' }>[] = [];
    let problem: [string, string] | null = null;
    for (const c of [cols.source, cols.target]) {
      const v = idValue(cells[c]);
      if (v === null) { problem = [col(c), `No ${col(c)}: a tie needs both ends.`]; break; }
      const r = directory.lookup(v);
      if (r.kind === 'ambiguous') {
        problem = [col(c), `"${v}" matches ${r.candidates.length} people (${r.candidates.join(', ')}); use an id.`];
        break;
      }
      ends.push(r);
    }
    if (problem) { rb.reject(row, problem[0], problem[1]); continue; }
    const [s0, t0] = ends;
    if (!s0 || !t0) { rb.reject(row, null, 'A tie needs both ends.'); continue; }
    if (s0.id === t0.id) {
      rb.reject(row, col(cols.target), `Self-tie: ${s0.id} is named as their own partner; a tie needs two people.`);
      continue;
    }
    const wave = cols.wave >= 0 ? cellValue(cells[cols.wave]) : fileWave;
    if (cols.wave >= 0 && wave === null) {
      rb.reject(row, col(cols.wave), `No ${col(cols.wave)}: the file gives a wave for ties, and this row has none.`);
      continue;
    }
    const type = cols.type >= 0 ? cellValue(cells[cols.type]) : null;
    let strength: number | null = null;
    if (cols.strength >= 0) {
      const raw = cellValue(cells[cols.strength]);
      if (raw !== null) {
        strength = parseNumber(raw);
        if (strength === null || strength < 0) {
          rb.warn(row, col(cols.strength), `"${raw}" is not a strength (a number, 0 or more); the tie is kept with its strength missing.`);
          strength = null;
        }
      }
    }
    const source = s0.id;
    const target = t0.id;
    // Parts joined by NUL (cheaper than JSON on a million rows; \u0001 stands for a missing
    // type or wave); JSON only in the odd file whose cells hold a NUL, to stay unambiguous.
    const key = (source + target + (type ?? '') + (wave ?? '')).includes('\u0000')
      ? JSON.stringify([source, target, type, wave])
      : `${source}\u0000${target}\u0000${type ?? '\u0001'}\u0000${wave ?? '\u0001'}`;
    const prev = seen.get(key);
    if (prev !== undefined) {
      const first = ties[prev];
      if (first && strength !== null && (first.strength === null || strength > first.strength)) first.strength = strength;
      rb.merge(row, null, `Repeats the tie on row ${first?.from.row}; merged into it, keeping the larger strength.`);
      continue;
    }
    for (const e of ends) {
      if (e.kind === 'unknown') newHere.add(e.id);
      if (e.kind === 'unknown' || e.kind === 'added') {
        const rows = added.get(e.id);
        if (rows) rows.push(row);
        else added.set(e.id, [row]);
      }
      directory.use(e, row);
    }
    seen.set(key, ties.length);
    ties.push({ source, target, type, strength, wave, directed: true, from: { file, row } });
    rb.accept();
  }
  if (!directory.hasRoster) {
    if (newHere.size > 0) rb.warn(null, null, `There is no people file, so ${newHere.size} people were created from the names in this file, without attributes.`);
    added.clear();
  }
  for (const [id, rows] of added) {
    rb.warn(rows[0] ?? null, null,
      `"${id}" is not in the people file; added as a person with no attributes (${listRows(rows)}).`);
  }
  rb.report.created = ties.length;
  return { ties, report: rb.report };
}

/** "row 4", "rows 4, 9", "rows 4, 9, … and 12 more". */
export function listRows(rows: number[]): string {
  const shown = rows.slice(0, 8).join(', ');
  const more = rows.length > 8 ? ` and ${rows.length - 8} more` : '';
  return `${rows.length === 1 ? 'row' : 'rows'} ${shown}${more}`;
}
