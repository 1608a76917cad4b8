/**
 * Reading who answered each wave: one row a (wave, person) pair. Without such a file Kith
 * cannot tell a missing tie from a missing answer, and says so.
 */
import type { Actor, AttributeSpec, ImportReport } from '../model/types.ts';
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

/** Headers of a people-file column that lists the waves each person answered. */
const RESPONDED = /^(responded|respondent|answered|waves?[ _-]?answered|responded[ _-]?waves?|response)$/i;

/**
 * Who answered each wave, from a people-file column such as "responded" holding the waves a
 * person answered ("Baseline; 12 months"), separated by ; , | or new lines. null when the
 * people file has no such column.
 */
export function respondentsFromColumn(actors: Actor[], attributes: AttributeSpec[]): { column: string; byWave: Map<string, Set<string>> } | null {
  const spec = attributes.find((a) => RESPONDED.test(a.key.trim()) && (a.kind === 'categorical' || a.kind === 'text'));
  if (!spec) return null;
  const byWave = new Map<string, Set<string>>();
  for (const a of actors) {
    const v = a.attributes[spec.key];
    if (typeof v !== 'string') continue;
    for (const wave of v.split(/[;,|\n]/).map((w) => w.trim()).filter(Boolean)) {
      let set = byWave.get(wave);
      if (!set) byWave.set(wave, (set = new Set()));
      set.add(a.id);
    }
  }
  return { column: spec.key, byWave };
}
