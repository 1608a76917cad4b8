/**
 * Tie survival: of the ties first seen in a wave, the share still present in each later wave,
 * overall and split by an attribute of the people (for example the programme cohort).
 *
 * Why: evaluators ask whether a programme left lasting relationships. Ties are those of the
 * view (ordered pairs when directed, unordered otherwise), each wave merged as buildGraph merges it.
 * A tie is first seen in the earliest wave that has it. In a later wave it is present, lost
 * (its reporter answered that wave and did not report it: directed, the source; undirected,
 * both ends) or unknown (its reporter did not answer). The share is present / (present + lost):
 * known outcomes only, unknown ties counted apart, never as lost. A tie can be lost in one wave
 * and present again later; each later wave is judged on its own.
 * Split: 'source' puts a tie in the group of its source ('either' in undirected views, where
 * no end is the source); 'either' puts it in the group of each end (a tie whose ends differ
 * counts in both groups; an end with no value is passed over). The group null ("not given")
 * holds ties with no value at the side(s) looked at.
 * Reference: the survival-table layout of life tables (Kaplan and Meier 1958, JASA 53: 457-481),
 * here without censoring arithmetic: each cell is a plain share over known outcomes.
 */
import type { Dataset } from '../model/types.ts';
import type { NetworkView } from '../view/view.ts';
import { couldReport, tieKey, waveTies, type WaveTie } from './classify.ts';
import { respondentsOf } from './compare.ts';

export interface SurvivalSplit {
  attribute: string;
  side: 'source' | 'either';
}

export interface SurvivalCell {
  present: number;
  lost: number;
  unknown: number;
  /** present / (present + lost); null when no outcome is known. */
  share: number | null;
}

export interface SurvivalRow {
  /** The wave in which these ties were first seen. */
  firstSeen: string;
  /** Split rows: the attribute value (null = not given). Overall rows: null. */
  group: string | null;
  /** How many ties were first seen in that wave (in this group). */
  ties: number;
  /** Aligned with SurvivalTable.columns; null for a column not after firstSeen. */
  cells: (SurvivalCell | null)[];
}

export interface SurvivalTable {
  /** The later waves, one column each (every wave but the first). */
  columns: string[];
  /** One row per wave that has a later wave. */
  overall: SurvivalRow[];
  /** The split, when asked for: for each first-seen wave, one row per group with ties. */
  split: SurvivalSplit | null;
  byGroup: SurvivalRow[];
}

export function tieSurvival(ds: Dataset, view: NetworkView, opts: { splitBy?: SurvivalSplit } = {}): SurvivalTable {
  const waves = [...ds.waves].sort((a, b) => a.order - b.order).map((w) => w.id);
  const sets = waves.map((w) => waveTies(ds, view, w));
  const answered = waves.map((w) => respondentsOf(ds, w));
  const directed = view.direction === 'directed';
  const columns = waves.slice(1);
  const split = opts.splitBy ?? null;
  const groupsOf = split ? grouper(ds, split, directed) : null;
  const order = split ? groupOrder(ds, split.attribute) : [];

  const overall: SurvivalRow[] = [];
  const byGroup: SurvivalRow[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < waves.length - 1; i++) {
    const first: WaveTie[] = [];
    for (const [key, tie] of sets[i]!) if (!seen.has(key)) first.push(tie);
    for (const key of sets[i]!.keys()) seen.add(key);
    const row = (group: string | null, ties: WaveTie[]): SurvivalRow => ({
      firstSeen: waves[i]!, group, ties: ties.length,
      cells: columns.map((_c, k) => (k + 1 <= i ? null : cell(ties, sets[k + 1]!, answered[k + 1]!, directed))),
    });
    overall.push(row(null, first));
    if (groupsOf) {
      const members = new Map<string | null, WaveTie[]>();
      for (const tie of first) {
        for (const g of groupsOf(tie)) {
          const list = members.get(g) ?? [];
          list.push(tie);
          members.set(g, list);
        }
      }
      const keys = [...members.keys()].sort((a, b) => rank(order, a) - rank(order, b));
      for (const g of keys) byGroup.push(row(g, members.get(g)!));
    }
  }
  return { columns, overall, split, byGroup };
}

function cell(ties: WaveTie[], later: Map<string, WaveTie>, answered: Set<string>, directed: boolean): SurvivalCell {
  let present = 0;
  let lost = 0;
  let unknown = 0;
  for (const t of ties) {
    if (later.has(tieKey(t.source, t.target))) present++;
    else if (couldReport(answered, directed, t.source, t.target)) lost++;
    else unknown++;
  }
  return { present, lost, unknown, share: present + lost === 0 ? null : present / (present + lost) };
}

function valueText(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  return String(v);
}

/** The groups a tie belongs to under the split. */
function grouper(ds: Dataset, split: SurvivalSplit, directed: boolean): (t: WaveTie) => (string | null)[] {
  const value = new Map(ds.actors.map((a) => [a.id, valueText(a.attributes[split.attribute])]));
  const side = directed ? split.side : 'either';
  return (t) => {
    const s = value.get(t.source) ?? null;
    if (side === 'source') return [s];
    const u = value.get(t.target) ?? null;
    if (s === u) return [s];
    if (s === null) return [u];
    if (u === null) return [s];
    return [s, u];
  };
}

/** Display order of an attribute's values: its categories, then others sorted, null last. */
function groupOrder(ds: Dataset, attribute: string): string[] {
  const spec = ds.attributes.find((a) => a.key === attribute);
  if (!spec) throw new Error(`survival: no attribute "${attribute}"`);
  if (spec.categories) return spec.categories;
  const values = new Set<string>();
  for (const a of ds.actors) {
    const v = valueText(a.attributes[attribute]);
    if (v !== null) values.add(v);
  }
  return [...values].sort();
}

function rank(order: string[], g: string | null): number {
  if (g === null) return order.length + 1;
  const i = order.indexOf(g);
  return i < 0 ? order.length : i;
}
