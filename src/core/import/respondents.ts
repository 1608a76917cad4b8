/**
 * Reading who answered each wave: one row a (wave, person) pair. Without such a file Kith
 * cannot tell a missing tie from a missing answer, and says so.
 */
import type { ImportReport } from '../model/types.ts';
import { expected, listHeaders, mapColumns, missingChoices, uniqueHeaders, type ReadOptions } from './columns.ts';
import { cellValue, idValue, type CsvTable } from './csv.ts';
import type { ActorDirectory } from './directory.ts';
import { ReportBuilder } from './report.ts';

export interface RespondentsResult {
  /** Respondent ids by wave, waves in order of first appearance. */
  byWave: Map<string, Set<string>>;
  report: ImportReport;
}

export function readRespondents(file: string, table: CsvTable, directory: ActorDirectory, options: ReadOptions = {}): RespondentsResult {
  const rb = new ReportBuilder(file, 'respondents');
  const headers = uniqueHeaders(table.headers);
  const byWave = new Map<string, Set<string>>();
  const unknown = missingChoices(table.headers, options.columns ?? {});
  if (unknown) return { byWave, report: rb.fail(unknown, table.rows.length) };
  const cols = mapColumns(table.headers, ['wave', 'id'], options.columns);
  if (cols.wave < 0 || cols.id < 0) {
    return {
      byWave,
      report: rb.fail(`A respondents file needs a wave column and an id column (such as ${expected('id')}); ` +
        `the headers are: ${listHeaders(headers)}.`, table.rows.length),
    };
  }
  rb.report.columns = { wave: headers[cols.wave] ?? '', id: headers[cols.id] ?? '' };
  for (const { row, cells } of table.rows) {
    const wave = cellValue(cells[cols.wave]);
    const who = idValue(cells[cols.id]);
    if (wave === null || who === null) {
      rb.reject(row, headers[wave === null ? cols.wave : cols.id] ?? null, 'A respondent row needs both a wave and a person.');
      continue;
    }
    const r = directory.lookup(who);
    if (r.kind === 'ambiguous' || r.kind === 'unknown') {
      rb.reject(row, headers[cols.id] ?? null, r.kind === 'ambiguous'
        ? `"${who}" matches several people (${r.candidates.join(', ')}); use an id.`
        : `"${who}" is not in the people file.`);
      continue;
    }
    let set = byWave.get(wave);
    if (!set) byWave.set(wave, (set = new Set()));
    if (set.has(r.id)) { rb.merge(row, null, `${r.id} is already listed as a respondent in ${wave}.`); continue; }
    set.add(r.id);
    rb.accept();
  }
  rb.report.created = [...byWave.values()].reduce((s, v) => s + v.size, 0);
  return { byWave, report: rb.report };
}
