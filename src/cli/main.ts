/**
 * The `kith` command line, on the same core as the app. See docs/cli.md.
 *
 *   kith analyse --people people.csv --ties ties.csv [--wave W] [--format json|csv]
 *
 * Exit codes: 0 done; 1 the data could not be analysed (a file failed, no people); 2 usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyseView } from '../core/analyse.ts';
import { importDataset, type InputFile } from '../core/import/dataset.ts';
import type { FileRole } from '../core/model/types.ts';
import { describeView } from '../core/view/view.ts';
import { parse, UsageError, viewFromFlags, type Flags } from './args.ts';
import { analysisJson, peopleCsv } from './output.ts';

export const HELP = `kith: social network analysis for health and care learning systems

Usage:
  kith analyse --people FILE --ties FILE [options]

Input:
  --people FILE         people file: one row a person (id or name, any attributes)
  --ties FILE           ties file: source, target, optional type, strength, wave (repeatable)
  --respondents FILE    who answered each wave: wave, id
  --attendance FILE     attendance: person, meeting, optional date, wave

View (what counts as a tie):
  --wave W              the wave to analyse, or "all" to pool them (default: the last wave)
  --types a,b           tie types to include (default: all)
  --direction D         directed (default) | union | confirmed
  --min-strength N      leave out ties weaker than N (and ties with no strength)
  --merge M             strength of merged parallel ties: max (default) | mean | sum | min
  --co-attendance       add co-attendance ties from the attendance file

Output:
  --format F            json (default) | csv (one row a person, with every metric)
  -o, --output FILE     write to FILE instead of standard output
  -h, --help            this help
`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile: (path: string) => string;
  writeFile: (path: string, text: string) => void;
}

const nodeIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  readFile: (p) => readFileSync(p, 'utf8'),
  writeFile: (p, t) => writeFileSync(p, t),
};

export function run(argv: string[], io: Io = nodeIo): number {
  let flags: Flags;
  let command: string | undefined;
  try {
    const parsed = parse(argv);
    flags = parsed.values;
    command = parsed.positionals[0];
  } catch (err) {
    io.err(`kith: ${err instanceof Error ? err.message : String(err)}\n\n${HELP}`);
    return 2;
  }
  if (flags.help || command === undefined || command === 'help') { io.out(HELP); return command === undefined && !flags.help ? 2 : 0; }
  if (command !== 'analyse' && command !== 'analyze') { io.err(`kith: unknown command "${command}"\n\n${HELP}`); return 2; }
  try {
    return analyse(flags, io);
  } catch (err) {
    if (err instanceof UsageError) { io.err(`kith: ${err.message}\n`); return 2; }
    throw err;
  }
}

function analyse(flags: Flags, io: Io): number {
  const wanted: [FileRole, string][] = [];
  if (flags.people) wanted.push(['people', flags.people]);
  for (const t of flags.ties ?? []) wanted.push(['ties', t]);
  if (flags.respondents) wanted.push(['respondents', flags.respondents]);
  if (flags.attendance) wanted.push(['attendance', flags.attendance]);
  if (!wanted.some(([role]) => role === 'people' || role === 'ties')) throw new UsageError('give at least --people or --ties');
  const format = flags.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError('--format: json or csv');

  const files: InputFile[] = [];
  for (const [role, path] of wanted) {
    let text: string;
    try {
      text = io.readFile(path);
    } catch (err) {
      io.err(`kith: cannot read ${path}: ${err instanceof Error ? err.message : String(err)}\n`);
      return 1;
    }
    files.push({ name: basename(path), text, role });
  }
  const ds = importDataset(basename(flags.people ?? flags.ties?.[0] ?? 'data'), files);
  for (const r of ds.imports) {
    if (r.fatal) io.err(`kith: ${r.file}: ${r.fatal}\n`);
    else if (r.rejected > 0) io.err(`kith: ${r.file}: ${r.rejected} of ${r.rowsRead} rows rejected (see "imports" in the JSON output)\n`);
  }
  if (ds.actors.length === 0) { io.err('kith: no people could be read; nothing to analyse\n'); return 1; }
  const view = viewFromFlags(flags, ds);
  const result = analyseView(ds, view);
  const text = format === 'json'
    ? `${JSON.stringify(analysisJson(ds, view, describeView(view, ds), result), null, 2)}\n`
    : peopleCsv(ds, result);
  if (flags.output) io.writeFile(flags.output, text);
  else io.out(text);
  return ds.imports.some((r) => r.fatal) ? 1 : 0;
}
