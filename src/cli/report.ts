/**
 * `kith report`: the printable report (the same HTML page as the app's Report screen) from the
 * same inputs and flags as `kith analyze`, so an evaluator can regenerate it for each wave in a
 * script. The map is laid out here (ForceAtlas2 from a seeded start: the same data give the same
 * page); charts are rendered headless.
 *
 *   kith report --nodes people.csv --edges ties.csv [--at WAVE] [--pseudonymise] -o report.html
 */
import { importDataset } from '../core/import/dataset.ts';
import { buildReport } from '../core/report/report.ts';
import { renderCharts } from '../render/chart-svg.ts';
import { readFiles, UsageError, type Command } from './args.ts';
import type { Io } from './main.ts';
import { reportImports } from './main.ts';
import { threadPool } from './threads.ts';
import { viewFromFlags } from './view.ts';

export async function report(cmd: Command, io: Io): Promise<number> {
  const { values } = cmd;
  if (!cmd.files.some((f) => f.role === 'people' || f.role === 'ties')) throw new UsageError('give --nodes FILE, --edges FILE, or both');
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1)) throw new UsageError('--threads: a whole number, 1 or more');
  const date = values.date ?? new Date().toLocaleDateString('en-CA');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date: a date as YYYY-MM-DD, not "${date}"`);

  const files = readFiles(cmd.files, io.readFile);
  const ds = importDataset(files.find((f) => f.role === 'people')?.name ?? files[0]?.name ?? 'data', files);
  const bad = reportImports(ds.imports, io);
  if (bad.fatal) return 2;
  if (ds.actors.length === 0) { io.err('kith: no people could be read; nothing to report\n'); return 2; }
  if (values.strict && bad.rejected > 0) { io.err(`kith: --strict: ${bad.rejected} rows were rejected\n`); return 2; }

  const view = viewFromFlags(values, ds);
  if (values.at !== undefined) {
    if (values.at === 'all') view.wave = null;
    else if (!ds.waves.some((w) => w.id === values.at)) {
      throw new UsageError(`--at: no wave "${values.at}"; the waves are: ${ds.waves.map((w) => w.id).join(', ') || 'none'} (or all)`);
    } else view.wave = values.at;
  }
  const pool = threads === 1 ? undefined : threadPool(threads);
  const html = await buildReport(ds, view, {
    pseudonymised: values.pseudonymise ?? values.pseudonymize ?? false, date, annotations: [], positions: null, colourBy: null,
  }, { renderCharts, ...(pool ? { pool } : {}) });
  const out = values.out ?? values.output;
  if (out) io.writeFile(out, html);
  else io.out(html);
  return 0;
}
