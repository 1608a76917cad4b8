/**
 * Checks a workspace at the current schema version (after migration): the dataset, the view,
 * the display, notes, layout and the reserved lists. The first problem found is reported with
 * where it is; a workspace that passes can be handed to the app as it is.
 */
import { nodeMetricRegistry } from '../metrics/registry.ts';
import type { NetworkView } from '../view/view.ts';
import { bool, isObject, list, num, numOrNull, obj, oneOf, text, textOrNull, texts, textsOrNull, WorkspaceFileError, type JsonObject } from './check.ts';
import type { Workspace, WorkspaceDisplay } from './types.ts';
import { validateDataset } from './validate-dataset.ts';

const DIRECTIONS = ['directed', 'union', 'confirmed'] as const;
const MERGES = ['max', 'mean', 'sum', 'min'] as const;
const METRIC_IDS = new Set<string>(nodeMetricRegistry.map((m) => m.id));

function view(v: unknown, where: string, waves: Set<string>): NetworkView {
  const o = obj(v, where);
  const wave = textOrNull(o.wave, `${where}.wave`);
  if (wave !== null && !waves.has(wave)) throw new WorkspaceFileError(`${where}.wave`, `the wave ${JSON.stringify(wave)} is not among the data's waves`);
  textsOrNull(o.tieTypes, `${where}.tieTypes`);
  oneOf(o.direction, DIRECTIONS, `${where}.direction`);
  numOrNull(o.minStrength, `${where}.minStrength`);
  oneOf(o.merge, MERGES, `${where}.merge`);
  bool(o.coAttendance, `${where}.coAttendance`);
  textOrNull(o.boundary, `${where}.boundary`);
  const b = obj(o.betweenness, `${where}.betweenness`);
  const kind = oneOf(b.kind, ['exact', 'sampled'] as const, `${where}.betweenness.kind`);
  if (kind === 'sampled') {
    num(b.samples, `${where}.betweenness.samples`);
    num(b.seed, `${where}.betweenness.seed`);
  }
  if (b.weighted !== undefined) bool(b.weighted, `${where}.betweenness.weighted`);
  return o as unknown as NetworkView;
}

function display(v: unknown, where: string): WorkspaceDisplay {
  const o = obj(v, where);
  textOrNull(o.colourBy, `${where}.colourBy`);
  const sizeBy = textOrNull(o.sizeBy, `${where}.sizeBy`);
  // A size made by a later Kith that this one does not offer is a choice, not damage.
  if (sizeBy !== null && !METRIC_IDS.has(sizeBy)) o.sizeBy = 'degree';
  const hidden = obj(o.hidden, `${where}.hidden`);
  for (const [k, values] of Object.entries(hidden)) texts(values, `${where}.hidden[${JSON.stringify(k)}]`);
  return o as unknown as WorkspaceDisplay;
}

function records(v: unknown, where: string, check: (o: JsonObject, at: string) => void): void {
  const l = list(v, where);
  for (let i = 0; i < l.length; i++) check(obj(l[i], `${where}[${i}]`), `${where}[${i}]`);
}

export function validateWorkspace(v: unknown, where = 'workspace'): Workspace {
  if (!isObject(v)) return obj(v, where) as never;
  text(v.name, `${where}.name`);
  const dataset = validateDataset(v.dataset, `${where}.dataset`);
  view(v.view, `${where}.view`, new Set(dataset.waves.map((w) => w.id)));
  display(v.display, `${where}.display`);
  records(v.annotations, `${where}.annotations`, (a, at) => { text(a.afterWave, `${at}.afterWave`); text(a.text, `${at}.text`); });
  records(v.layout, `${where}.layout`, (p, at) => { text(p.id, `${at}.id`); num(p.x, `${at}.x`); num(p.y, `${at}.y`); });
  bool(v.pseudonymous, `${where}.pseudonymous`);
  bool(v.isSample, `${where}.isSample`);
  records(v.aliases, `${where}.aliases`, (a, at) => { text(a.name, `${at}.name`); text(a.actorId, `${at}.actorId`); });
  records(v.recipes, `${where}.recipes`, (r, at) => {
    text(r.name, `${at}.name`);
    if (!('recipe' in r)) throw new WorkspaceFileError(`${at}.recipe`, 'the recipe is missing');
  });
  return v as unknown as Workspace;
}
