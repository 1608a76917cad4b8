/**
 * What the mapping step shows for a survey file before the import: its first rows under the
 * headers as Kith reads them, each column's role with the reason, and the names to check. It
 * is the import's own reader, run on the people file and this file (its first 20,000 rows), so
 * that what the user sees is what the import will do.
 */
import type { SurveyPlan, UnmatchedName } from '../../model/types.ts';
import type { InputFile } from '../dataset.ts';
import { ActorDirectory } from '../directory.ts';
import { parseInput } from '../input.ts';
import { readPeople } from '../people.ts';
import { readSurvey } from './read.ts';
import type { Alias } from '../matching.ts';
import { surveyTable } from './headers.ts';

export interface SurveyPreview {
  file: string;
  /** Headers as read (question text for Qualtrics, "question - option" for SurveyMonkey). */
  headers: string[];
  /** The first data rows. */
  sample: string[][];
  plan: SurveyPlan;
  unmatched: UnmatchedName[];
  /** People on the list, to choose from when matching a name. */
  people: { id: string; label: string }[];
  counts: { rows: number; ties: number; merged: number; rejected: number; noTie: number };
  /** Data rows in the whole file; the counts are of the first PREVIEW_ROWS when it has more. */
  rowsInFile: number;
  /** Why the file cannot be read as it is (no respondent column, unreadable), or null. */
  error: string | null;
}

const SAMPLE_ROWS = 5;
/** Rows read for the preview: enough for every column's answers and most names, quick on a 200,000-row file. */
export const PREVIEW_ROWS = 20_000;

export function previewSurvey(files: InputFile[], target: string, aliases: Alias[] = []): SurveyPreview {
  const file = files.find((f) => f.name === target);
  const empty: SurveyPreview = { file: target, headers: [], sample: [], plan: { headerRows: 1, columns: [] }, unmatched: [], people: [],
    counts: { rows: 0, ties: 0, merged: 0, rejected: 0, noTie: 0 }, rowsInFile: 0, error: null };
  if (!file) return { ...empty, error: `No file ${target}.` };
  let directory = new ActorDirectory([]);
  const peopleFile = files.find((f) => f.role === 'people');
  const people = peopleFile ? parseInput(peopleFile) : null;
  if (peopleFile && people?.ok) directory = new ActorDirectory(readPeople(peopleFile.name, people.table, peopleFile).actors);
  const parsed = parseInput(file);
  if (!parsed.ok) return { ...empty, error: parsed.error };
  const total = parsed.table.rows.length;
  // The same reader as the import, on the first rows only (their row numbers kept).
  const table = total > PREVIEW_ROWS ? { ...parsed.table, rows: parsed.table.rows.slice(0, PREVIEW_ROWS) } : parsed.table;
  const res = readSurvey(file.name, table, directory, {
    ...(file.survey ? { plan: file.survey } : {}), ...(file.wave !== undefined ? { wave: file.wave } : {}), aliases,
  });
  const report = res.report;
  const st = surveyTable(table, res.plan.headerRows);
  const rowsInFile = total - (res.plan.headerRows - 1);
  return {
    file: target,
    headers: st.headers,
    sample: st.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells),
    plan: res.plan,
    unmatched: report.survey?.unmatched ?? [],
    people: directory.actors.map((a) => ({ id: a.id, label: a.label })),
    counts: { rows: report.survey?.respondentRows ?? 0, ties: report.accepted, merged: report.merged, rejected: report.rejected, noTie: report.survey?.noTie ?? 0 },
    rowsInFile,
    error: report.fatal,
  };
}
