/**
 * From files to a Dataset: each file parsed, its role detected (or given), people read
 * first so that the other files can name them, and every file's accounting kept.
 */
import { emptyDataset, type Dataset, type FileRole, type ImportReport, type Wave } from '../model/types.ts';
import { readAttendance } from './attendance.ts';
import { listHeaders, type ColumnChoice } from './columns.ts';
import { parseCsv, type CsvTable } from './csv.ts';
import { detectRole } from './detect.ts';
import { ActorDirectory } from './directory.ts';
import { readPeople } from './people.ts';
import { readRespondents, respondentsFromColumn } from './respondents.ts';
import { readTies } from './ties.ts';

export interface InputFile {
  name: string;
  text: string;
  /** What the file is; detected from its headers when absent. */
  role?: FileRole;
  /** Columns chosen for roles (a recipe, the mapping step, a CLI flag); others are detected. */
  columns?: ColumnChoice;
  /** The wave every tie or attendance row of this file belongs to (a file per wave). */
  wave?: string;
}

const ORDER: FileRole[] = ['people', 'ties', 'respondents', 'attendance'];

export function importDataset(name: string, files: InputFile[]): Dataset {
  const ds = emptyDataset(name);
  const parsed: { file: InputFile; role: FileRole; table: CsvTable }[] = [];
  for (const file of files) {
    const res = parseCsv(file.text);
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
    parsed.push({ file, role, table: res.table });
  }
  parsed.sort((a, b) => ORDER.indexOf(a.role) - ORDER.indexOf(b.role));

  let directory = new ActorDirectory([]);
  const respondents = new Map<string, Set<string>>();
  const waveOrder: string[] = [];
  const noteWave = (w: string | null): void => { if (w !== null && !waveOrder.includes(w)) waveOrder.push(w); };
  let sawPeople = false;
  for (const { file, role, table } of parsed) {
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
    } else if (role === 'respondents') {
      const res = readRespondents(file.name, table, directory, file);
      for (const [w, ids] of res.byWave) {
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
  return ds;
}

function failed(file: string, role: FileRole, message: string, rowsRead = 0): ImportReport {
  return {
    file, role, rowsRead, accepted: 0, merged: 0, rejected: rowsRead, created: 0,
    columns: {}, issues: [], fatal: message,
  };
}
