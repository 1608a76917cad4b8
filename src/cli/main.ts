/**
 * The `kith` command line, on the same core as the app. See docs/cli.md.
 *
 *   kith analyze --nodes people.csv --edges ties.csv [--group sector] [--format json|csv]
 *   kith report --nodes people.csv --edges ties.csv [--at WAVE] [--pseudonymise] -o report.html
 *
 * Exit codes: 0 done; 2 bad input (a usage error, a file that cannot be read or used, no
 * people; with --strict, any rejected row); 1 an internal error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyseSuite } from '../core/analyse.ts';
import { consecutiveChanges } from '../core/change/compare.ts';
import { importDataset } from '../core/import/dataset.ts';
import { applyRecipe, parseRecipe, type ImportRecipe } from '../core/import/recipe.ts';
import { rejectedRowsCsv } from '../core/import/rejected-csv.ts';
import { loadWorkbooks } from '../core/import/xlsx.ts';
import type { Dataset, ImportReport } from '../core/model/types.ts';
import { parseCommand, readFiles, UsageError, type Command } from './args.ts';
import { HELP } from './help.ts';
import { analysisJson, peopleCsv, type WaveAnalysis } from './output.ts';
import { report } from './report.ts';
import { threadPool } from './threads.ts';
import { levelFromFlags, viewFromFlags } from './view.ts';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile: (path: string) => string;
  writeFile: (path: string, text: string) => void;
  /** Reads a file's bytes (for encodings and .xlsx); without it, files are read as text. */
  readBytes?: (path: string) => Uint8Array;
}

const nodeIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  readFile: (p) => readFileSync(p, 'utf8'),
  writeFile: (p, t) => writeFileSync(p, t),
  readBytes: (p) => new Uint8Array(readFileSync(p)),
};

export async function run(argv: string[], io: Io = nodeIo): Promise<number> {
  try {
    const cmd = parseCommand(argv);
    if (cmd.values.version) { io.out('kith 0.1.0 (output schemaVersion 1)\n'); return 0; }
    if (cmd.values.help || cmd.command === 'help') { io.out(HELP); return 0; }
    if (cmd.command === undefined) { io.err(HELP); return 2; }
    if (cmd.command === 'report') return await report(cmd, io);
    if (cmd.command !== 'analyze' && cmd.command !== 'analyse') throw new UsageError(`unknown command "${cmd.command}"`);
    return await analyze(cmd, io);
  } catch (err) {
    if (err instanceof UsageError) { io.err(`kith: ${err.message}\n(kith --help lists the flags)\n`); return 2; }
    io.err(`kith: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    return 1;
  }
}

async function analyze(cmd: Command, io: Io): Promise<number> {
  const { values } = cmd;
  if (!cmd.files.some((f) => f.role === 'people' || f.role === 'ties' || f.role === 'survey')) throw new UsageError('give --nodes FILE, --edges FILE, --survey FILE, or several');
  if (values.recipe !== undefined && !cmd.files.some((f) => f.role === 'survey')) throw new UsageError('--recipe reads --survey files: give one');
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError('--format: json or csv');
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1)) throw new UsageError('--threads: a whole number, 1 or more');

  const recipe = values.recipe === undefined ? null : readRecipe(values.recipe, io);
  const read = readFiles(cmd.files, io.readFile, io.readBytes).map((f) => (recipe && f.role === 'survey' ? applyRecipe(f, recipe) : f));
  const files = (await loadWorkbooks(read)).map((l) => l.file);
  let ds = importDataset(files.find((f) => f.role === 'people')?.name ?? files[0]?.name ?? 'data', files, recipe?.aliases ? { aliases: recipe.aliases } : {});
  const bad = reportImports(ds.imports, io);
  if (values.rejected !== undefined) io.writeFile(values.rejected, rejectedRowsCsv(ds.imports));
  if (bad.fatal) return 2;
  if (ds.actors.length === 0) { io.err('kith: no people could be read; nothing to analyse\n'); return 2; }
  if (values.strict && bad.rejected > 0) { io.err(`kith: --strict: ${bad.rejected} rows were rejected\n`); return 2; }

  const level = levelFromFlags(values, ds, viewFromFlags(values, ds));
  const people = ds.actors.length;
  ds = level.ds;
  const base = level.view;
  const waveIds = ds.waves.length > 0 ? ds.waves.map((w) => w.id) : [null];
  const pool = threads === 1 ? undefined : threadPool(threads);
  const waves: WaveAnalysis[] = [];
  for (const wave of waveIds) {
    const view = { ...base, wave };
    const { compiled, stats, suite } = await analyseSuite(ds, view, pool ? { pool } : {});
    waves.push({ wave, view, stats, compiled, suite });
  }
  const changes = ds.waves.length > 1 ? consecutiveChanges(ds, base) : [];
  const text = format === 'json'
    ? `${JSON.stringify(analysisJson(ds, waves, changes, cmd.files.map((f) => f.path), values.level === undefined ? undefined : { attribute: values.level, weight: values['level-weight'] ?? 'ties', people }), null, 2)}\n`
    : peopleCsv(ds, waves);
  const out = values.out ?? values.output;
  if (out) io.writeFile(out, text);
  else io.out(text);
  return 0;
}

/** Every rejected row to stderr, as FILE:ROW: COLUMN: reason (the first 20 a file). */
export function reportImports(reports: ImportReport[], io: Io): { fatal: boolean; rejected: number } {
  let fatal = false;
  let rejected = 0;
  for (const r of reports) {
    if (r.fatal) { io.err(`kith: ${r.file}: ${r.fatal}\n`); fatal = true; continue; }
    rejected += r.rejected;
    const rows = r.issues.filter((i) => i.outcome === 'rejected');
    for (const i of rows.slice(0, 20)) io.err(`kith: ${r.file}:${i.row}: ${i.column ?? ''}: ${i.message}\n`);
    if (r.survey) reportSurvey(r, io);
    if (rows.length > 20) io.err(`kith: ${r.file}: ... and ${rows.length - 20} more rejected rows (see input.imports in the JSON)\n`);
  }
  return { fatal, rejected };
}

function readRecipe(path: string, io: Io): ImportRecipe {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (err) {
    throw new UsageError(`cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = parseRecipe(text);
  if (!parsed.ok) throw new UsageError(`${path}: ${parsed.error}`);
  if (parsed.recipe.role !== 'survey') throw new UsageError(`${path} is a recipe for a ${parsed.recipe.role} file; --recipe reads --survey files`);
  return parsed.recipe;
}

/** A survey's accounting: names counted, each column's role with its reason, names to resolve. */
function reportSurvey(r: ImportReport, io: Io): void {
  const s = r.survey!;
  io.err(`kith: ${r.file}: survey, ${s.respondentRows} rows of answers; ${r.rowsRead} names read: ${r.accepted} accepted, ${r.merged} merged, ${r.rejected} rejected; ${s.noTie} answers meaning no tie\n`);
  s.columns.forEach((c, i) => {
    if (c.kind !== 'ignore') io.err(`kith: ${r.file}: column ${i + 1} "${c.header}": ${c.kind}: ${c.reason}\n`);
  });
  // Free text left out is already listed among the rejected rows; say only what needs a decision.
  for (const u of s.unmatched.filter((x) => x.outcome === 'added' || x.candidates.length > 0).slice(0, 20)) {
    const maybe = u.candidates.length > 0 ? ` (perhaps ${u.candidates.map((c) => `${c.label} [${c.id}]`).join(' or ')}; confirm with an alias in a recipe)` : '';
    io.err(`kith: ${r.file}:${u.rows[0]}: ${u.column}: "${u.name}" is not on the list: ${u.outcome === 'added' ? 'added as a person' : 'not used'}${maybe}\n`);
  }
}

export type { Dataset };
