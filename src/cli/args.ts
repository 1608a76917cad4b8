/**
 * Parsing `kith` command lines with node:util's parseArgs. The flags are a public contract
 * (docs/cli.md): add, never rename or repurpose. `--wave LABEL` names the wave of the
 * `--edges` file that follows it, so the order of flags matters and tokens are read in order.
 */
import { parseArgs } from 'node:util';
import type { ColumnChoice } from '../core/import/columns.ts';
import type { InputFile } from '../core/import/dataset.ts';
import type { FileRole } from '../core/model/types.ts';

export const FLAGS = {
  nodes: { type: 'string' },
  people: { type: 'string' },
  edges: { type: 'string', multiple: true },
  ties: { type: 'string', multiple: true },
  wave: { type: 'string', multiple: true },
  respondents: { type: 'string' },
  attendance: { type: 'string' },
  survey: { type: 'string', multiple: true },
  recipe: { type: 'string' },
  rejected: { type: 'string' },
  directed: { type: 'boolean' },
  undirected: { type: 'boolean' },
  confirmed: { type: 'boolean' },
  weight: { type: 'string' },
  group: { type: 'string' },
  types: { type: 'string' },
  'min-strength': { type: 'string' },
  merge: { type: 'string' },
  'co-attendance': { type: 'boolean' },
  'co-attendance-min': { type: 'string' },
  'co-attendance-from': { type: 'string' },
  'co-attendance-to': { type: 'string' },
  'respondents-only': { type: 'boolean' },
  level: { type: 'string' },
  'level-weight': { type: 'string' },
  sample: { type: 'string' },
  exact: { type: 'boolean' },
  'weighted-routes': { type: 'boolean' },
  seed: { type: 'string' },
  threads: { type: 'string' },
  strict: { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  output: { type: 'string' },
  format: { type: 'string' },
  // kith report
  at: { type: 'string' },
  pseudonymise: { type: 'boolean' },
  pseudonymize: { type: 'boolean' },
  date: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

export class UsageError extends Error {
  constructor(message: string) { super(message); this.name = 'UsageError'; }
}

export interface FileArg { role: FileRole; path: string; wave?: string; columns?: ColumnChoice }

export interface Command {
  command: string | undefined;
  values: ReturnType<typeof parseArgs<{ options: typeof FLAGS; allowPositionals: true; tokens: true }>>['values'];
  files: FileArg[];
}

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true, tokens: true });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const { values, positionals, tokens } = parsed;
  const weight: ColumnChoice | undefined = values.weight !== undefined ? { strength: values.weight } : undefined;
  const files: FileArg[] = [];
  let pendingWave: string | undefined;
  for (const t of tokens) {
    if (t.kind !== 'option' || t.value === undefined) continue;
    if (t.name === 'wave') {
      if (pendingWave !== undefined) throw new UsageError(`--wave ${pendingWave} is not followed by an --edges file`);
      pendingWave = t.value;
    } else if (t.name === 'survey') {
      files.push({ role: 'survey', path: t.value, ...(pendingWave !== undefined ? { wave: pendingWave } : {}) });
      pendingWave = undefined;
    } else if (t.name === 'edges' || t.name === 'ties') {
      files.push({ role: 'ties', path: t.value, ...(pendingWave !== undefined ? { wave: pendingWave } : {}), ...(weight ? { columns: weight } : {}) });
      pendingWave = undefined;
    } else if (t.name === 'nodes' || t.name === 'people') {
      files.push({ role: 'people', path: t.value });
    } else if (t.name === 'respondents' || t.name === 'attendance') {
      files.push({ role: t.name, path: t.value });
    }
  }
  if (pendingWave !== undefined) throw new UsageError(`--wave ${pendingWave} is not followed by an --edges file`);
  if (files.filter((f) => f.role === 'people').length > 1) throw new UsageError('give one --nodes file');
  if (values.directed && values.undirected) throw new UsageError('--directed and --undirected are exclusive');
  return { command: positionals[0], values, files };
}

/**
 * Reads each file: as bytes when the reader can (so that its encoding is detected and an .xlsx
 * workbook is recognised), else as text.
 */
export function readFiles(files: FileArg[], read: (path: string) => string, readBytes?: (path: string) => Uint8Array): InputFile[] {
  return files.map((f) => {
    let content: { text: string; bytes?: Uint8Array };
    try {
      content = readBytes ? { text: '', bytes: readBytes(f.path) } : { text: read(f.path) };
    } catch (err) {
      throw new UsageError(`cannot read ${f.path}: ${err instanceof Error ? err.message : String(err)}`);
    }
    return { name: f.path, ...content, role: f.role, ...(f.wave !== undefined ? { wave: f.wave } : {}), ...(f.columns ? { columns: f.columns } : {}) };
  });
}
