/** The view that the CLI's flags ask for; usage errors name the flag. */
import type { Dataset } from '../core/model/types.ts';
import { levelView, rolledUpDataset } from '../core/view/level.ts';
import { defaultView, type MergeRule, type NetworkView } from '../core/view/view.ts';
import { UsageError, type Command } from './args.ts';

const MERGES: MergeRule[] = ['max', 'mean', 'sum', 'min'];

export function viewFromFlags(values: Command['values'], ds: Dataset): NetworkView {
  const view = defaultView(ds);
  if (values.undirected) view.direction = 'union';
  if (values.confirmed) view.direction = 'confirmed';
  if (values.types !== undefined) view.tieTypes = values.types.split(',').map((t) => t.trim()).filter(Boolean);
  if (values.merge !== undefined) {
    if (!MERGES.includes(values.merge as MergeRule)) throw new UsageError(`--merge: one of ${MERGES.join(', ')}`);
    view.merge = values.merge as MergeRule;
  }
  if (values['min-strength'] !== undefined) view.minStrength = number('--min-strength', values['min-strength']);
  if (values['co-attendance']) view.coAttendance = true;
  if (values['co-attendance-min'] !== undefined) {
    const min = number('--co-attendance-min', values['co-attendance-min']);
    if (!Number.isInteger(min) || min < 1) throw new UsageError('--co-attendance-min: a whole number of meetings, 1 or more');
    view.coAttendanceMin = min;
  }
  const from = values['co-attendance-from'];
  const to = values['co-attendance-to'];
  if (from !== undefined || to !== undefined) {
    view.coAttendanceWindow = { from: from === undefined ? null : isoDate('--co-attendance-from', from), to: to === undefined ? null : isoDate('--co-attendance-to', to) };
  }
  if (values['respondents-only']) view.respondentsOnly = true;
  if (values.group !== undefined) {
    if (values.group === 'none') view.boundary = null;
    else if (!ds.attributes.some((a) => a.key === values.group)) {
      throw new UsageError(`--group: no attribute "${values.group}"; the attributes are: ${ds.attributes.map((a) => a.key).join(', ') || 'none'}`);
    } else view.boundary = values.group;
  }
  if (values.sample !== undefined) {
    const samples = number('--sample', values.sample);
    if (!Number.isInteger(samples) || samples < 2) throw new UsageError('--sample: a whole number of people, 2 or more');
    view.betweenness = { kind: 'sampled', samples, seed: values.seed === undefined ? 1 : number('--seed', values.seed) };
  } else if (values.exact) {
    view.betweenness = { kind: 'exact' };
  }
  if (values['weighted-routes']) view.betweenness = { ...view.betweenness, weighted: true };
  return view;
}

/**
 * With --level ATTRIBUTE: the people network rolled up to that attribute's groups (organisations,
 * say), and the view to analyse it with: the same direction and route choices.
 */
export function levelFromFlags(values: Command['values'], ds: Dataset, base: NetworkView): { ds: Dataset; view: NetworkView } {
  const attribute = values.level;
  if (attribute === undefined) {
    if (values['level-weight'] !== undefined) throw new UsageError('--level-weight goes with --level ATTRIBUTE');
    return { ds, view: base };
  }
  if (!ds.attributes.some((a) => a.key === attribute)) {
    throw new UsageError(`--level: no attribute "${attribute}"; the attributes are: ${ds.attributes.map((a) => a.key).join(', ') || 'none'}`);
  }
  const weight = values['level-weight'] ?? 'ties';
  if (weight !== 'ties' && weight !== 'strength') throw new UsageError('--level-weight: ties or strength');
  const rolled = rolledUpDataset(ds, base, attribute, weight);
  return { ds: rolled, view: levelView(rolled, base, base.wave) };
}

function isoDate(flag: string, text: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) throw new UsageError(`${flag}: a date as yyyy-mm-dd, not "${text}"`);
  return text.trim();
}

function number(flag: string, text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${flag}: a number, not "${text}"`);
  return n;
}
