/**
 * Parsing `kith` command lines with node:util's parseArgs, and turning flags into a view.
 * The flags are a public contract (docs/cli.md): add, never rename or repurpose.
 */
import { parseArgs } from 'node:util';
import type { Dataset } from '../core/model/types.ts';
import { defaultView, type DirectionRule, type MergeRule, type NetworkView } from '../core/view/view.ts';

export const FLAGS = {
  people: { type: 'string' },
  ties: { type: 'string', multiple: true },
  respondents: { type: 'string' },
  attendance: { type: 'string' },
  wave: { type: 'string' },
  types: { type: 'string' },
  direction: { type: 'string' },
  'min-strength': { type: 'string' },
  merge: { type: 'string' },
  'co-attendance': { type: 'boolean' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type Flags = ReturnType<typeof parse>['values'];

export function parse(argv: string[]) {
  return parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
}

const DIRECTIONS: DirectionRule[] = ['directed', 'union', 'confirmed'];
const MERGES: MergeRule[] = ['max', 'mean', 'sum', 'min'];

/** The view the flags ask for; throws a usage error naming the flag when a value is wrong. */
export function viewFromFlags(flags: Flags, ds: Dataset): NetworkView {
  const view = defaultView(ds);
  if (flags.wave !== undefined) {
    if (flags.wave === 'all') view.wave = null;
    else if (!ds.waves.some((w) => w.id === flags.wave)) {
      throw new UsageError(`--wave: no wave "${flags.wave}"; the waves are: ${ds.waves.map((w) => w.id).join(', ') || 'none'} (or "all")`);
    } else view.wave = flags.wave;
  }
  if (flags.types !== undefined) view.tieTypes = flags.types.split(',').map((t) => t.trim()).filter(Boolean);
  if (flags.direction !== undefined) {
    if (!DIRECTIONS.includes(flags.direction as DirectionRule)) throw new UsageError(`--direction: one of ${DIRECTIONS.join(', ')}`);
    view.direction = flags.direction as DirectionRule;
  }
  if (flags.merge !== undefined) {
    if (!MERGES.includes(flags.merge as MergeRule)) throw new UsageError(`--merge: one of ${MERGES.join(', ')}`);
    view.merge = flags.merge as MergeRule;
  }
  if (flags['min-strength'] !== undefined) {
    const n = Number(flags['min-strength']);
    if (!Number.isFinite(n)) throw new UsageError('--min-strength: a number');
    view.minStrength = n;
  }
  if (flags['co-attendance']) view.coAttendance = true;
  return view;
}

export class UsageError extends Error {
  constructor(message: string) { super(message); this.name = 'UsageError'; }
}
