/**
 * From files to a Dataset: each file parsed, its role detected (or given), people read
 * first so that the other files can name them, and every file's accounting kept.
 */
import { emptyDataset, type Dataset, type FileRole, type ImportReport, type Wave } from '../model/types.ts';
import { readAttendance } from './attendance.ts';
import { listHeaders, type ColumnChoice } from './columns.ts';
import type { CsvTable } from './csv.ts';
import { detectRole } from './detect.ts';
import { ActorDirectory } from './directory.ts';
import { readPeople } from './people.ts';
import { readRespondents, respondentsFromColumn } from './respondents.ts';
import { readTies } from './ties.ts';
import { parseInput } from './input.ts';
import type { Alias } from './matching.ts';
import { readSurvey } from './survey/read.ts';
import type { SurveyPlan } from './survey/types.ts';

export interface InputFile {
  name: string;
  /** The file as text (ignored when bytes or sheetRows are given: pass ''). */
  text: string;
  /** The file as it arrived: any encoding (encoding.ts decodes it), or an .xlsx read first by loadWorkbooks. */
  bytes?: ArrayBuffer | Uint8Array;
  /** A workbook sheet's rows as text (set by loadWorkbooks); wins over text and bytes. */
  sheetRows?: string[][];
  /** Which sheet of a workbook to read (name or 1-based number); the first by default. */
  sheet?: string | number;
  /** A workbook's sheets (set by loadWorkbooks), so the import can say which one was read. */
  sheetNames?: string[];
  /** Why the file could not be read before the import (a broken workbook); it is reported as such. */
  unreadable?: string;
  /** For a survey export: the saved plan of its columns (recipe or mapping step). */
  survey?: SurveyPlan;
  /** What the file is; detected from its headers when absent. */
  role?: FileRole;
  /** Columns chosen for roles (a recipe, the mapping step, a CLI flag); others are detected. */
  columns?: ColumnChoice;
  /** The wave every tie or attendance row of this file belongs to (a file per wave). */
  wave?: string;
}

const ORDER: FileRole[] = ['people', 'ties', 'survey', 'respondents', 'attendance'];

export interface ImportOptions {
  /** Written names confirmed as people, used by survey files before any other matching. */
  aliases?: Alias[];
}

export function importDataset(name: string, files: InputFile[], options: ImportOptions = {}): Dataset {
  const ds = emptyDataset(name);
  const parsed: { file: InputFile; role: FileRole; table: CsvTable; note?: string }[] = [];
  for (const file of files) {
    const res = parseInput(file);
    if (!res.ok) {
      ds.imports.push(failed(file.name, file.role ?? 'ties', res.error));
      continue;
    }
    const role = file.role ?? detectRole(res.table.headers);
    if (!role) {
      ds.imports.push(failed(file.name, 'ties', `Kith cannot tell what this file holds: it has no column for a person's id or ` +
        `name, nor source and target columns. The headers are: ${listHeaders(res.table.headers)}.`, res.table.rows.length));
      continue;
    }
    parsed.push({ file, role, table: res.table, ...(res.note ? { note: res.note } : {}) });
  }
  parsed.sort((a, b) => ORDER.indexOf(a.role) - ORDER.indexOf(b.role));

  let directory = new ActorDirectory([]);
  const respondents = new Map<string, Set<string>>();
  const waveOrder: string[] = [];
  const noteWave = (w: string | null): void => { if (w !== null && !waveOrder.includes(w)) waveOrder.push(w); };
  let sawPeople = false;
  for (const { file, role, table, note } of parsed) {
    let report: ImportReport;
    if (role === 'people') {
      if (sawPeople) {
        ds.imports.push(failed(file.name, role, 'Only one people file can be imported at a time; this one was not read.', table.rows.length));
        continue;
      }
      sawPeople = true;
      const res = readPeople(file.name, table, file);
      directory = new ActorDirectory(res.actors);
      ds.attributes = res.attributes;
      report = res.report;
    } else if (role === 'ties') {
      const res = readTies(file.name, table, directory, file);
      // A loop, not push(...): spreading 200,000 ties overflows the call stack.
      for (const t of res.ties) ds.ties.push(t);
      for (const t of res.ties) noteWave(t.wave);
      report = res.report;
    } else if (role === 'survey' || role === 'respondents') {
      const res = role === 'survey'
        ? readSurvey(file.name, table, directory, { ...(file.survey ? { plan: file.survey } : {}), ...(file.wave !== undefined ? { wave: file.wave } : {}), ...(options.aliases ? { aliases: options.aliases } : {}) })
        : readRespondents(file.name, table, directory, file);
      if ('ties' in res) for (const t of res.ties) { ds.ties.push(t); noteWave(t.wave); }
      const byWave = 'byWave' in res ? res.byWave : res.respondents;
      for (const [w, ids] of byWave) {
        noteWave(w);
        const set = respondents.get(w) ?? new Set<string>();
        for (const id of ids) set.add(id);
        respondents.set(w, set);
      }
      report = res.report;
    } else {
      const res = readAttendance(file.name, table, directory, file);
      for (const a of res.attendance) ds.attendance.push(a);
      for (const a of res.attendance) noteWave(a.wave);
      report = res.report;
    }
    for (const w of table.warnings) report.issues.push({ row: w.row, column: null, outcome: 'warning', message: w.message });
    if (note) report.issues.push({ row: null, column: null, outcome: 'warning', message: note });
    ds.imports.push(report);
  }
  ds.actors = directory.actors;
  // A people-file column listing the waves each person answered, when no respondents file did.
  const fromColumn = respondents.size === 0 ? respondentsFromColumn(ds.actors, ds.attributes) : null;
  if (fromColumn && fromColumn.byWave.size > 0) {
    for (const [w, ids] of fromColumn.byWave) { noteWave(w); respondents.set(w, ids); }
    ds.imports.find((r) => r.role === 'people')?.issues.push({ row: null, column: fromColumn.column, outcome: 'warning',
      message: `The column "${fromColumn.column}" is read as the waves each person answered (${[...fromColumn.byWave.keys()].join(', ')}).` });
  }
  ds.waves = waveOrder.map((id, order): Wave => {
    const set = respondents.get(id);
    return { id, order, respondents: set ? [...set] : null };
  });
  const types: string[] = [];
  for (const t of ds.ties) if (t.type !== null && !types.includes(t.type)) types.push(t.type);
  ds.tieTypes = types;
  if (options.aliases && options.aliases.length > 0) ds.aliases = options.aliases;
  return ds;
}

function failed(file: string, role: FileRole, message: string, rowsRead = 0): ImportReport {
  return {
    file, role, rowsRead, accepted: 0, merged: 0, rejected: rowsRead, created: 0,
    columns: {}, issues: [], fatal: message,
  };
}
