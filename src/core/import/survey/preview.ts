/**
 * What the mapping step shows for a survey file before the import: its first rows under the
 * headers as Kith reads them, each column's role with the reason, and the names to check. It
 * is the import itself, run on the people file and this file only, so that what the user sees
 * is exactly what the import will do.
 */
import type { SurveyPlan, UnmatchedName } from '../../model/types.ts';
import { importDataset, type InputFile } from '../dataset.ts';
import { parseInput } from '../input.ts';
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
  /** Why the file cannot be read as it is (no respondent column, unreadable), or null. */
  error: string | null;
}

const SAMPLE_ROWS = 5;

export function previewSurvey(files: InputFile[], target: string, aliases: Alias[] = []): SurveyPreview {
  const file = files.find((f) => f.name === target);
  const empty: SurveyPreview = { file: target, headers: [], sample: [], plan: { headerRows: 1, columns: [] }, unmatched: [], people: [],
    counts: { rows: 0, ties: 0, merged: 0, rejected: 0, noTie: 0 }, error: null };
  if (!file) return { ...empty, error: `No file ${target}.` };
  const people = files.filter((f) => f.role === 'people').slice(0, 1);
  const ds = importDataset('preview', [...people, { ...file, role: 'survey' }], { aliases });
  const report = ds.imports.find((r) => r.file === target && r.role === 'survey');
  const parsed = parseInput(file);
  if (!parsed.ok) return { ...empty, error: parsed.error };
  const plan = report?.survey ? { headerRows: report.survey.headerRows, columns: report.survey.columns } : { headerRows: 1, columns: [] };
  const st = surveyTable(parsed.table, plan.headerRows);
  return {
    file: target,
    headers: st.headers,
    sample: st.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells),
    plan,
    unmatched: report?.survey?.unmatched ?? [],
    people: ds.actors.map((a) => ({ id: a.id, label: a.label })),
    counts: { rows: report?.survey?.respondentRows ?? 0, ties: report?.accepted ?? 0, merged: report?.merged ?? 0, rejected: report?.rejected ?? 0, noTie: report?.survey?.noTie ?? 0 },
    error: report?.fatal ?? null,
  };
}
