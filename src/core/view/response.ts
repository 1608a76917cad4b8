/**
 * Response rates per wave, overall and by group. Who did not answer matters for every figure
 * (their ties are only those others reported), so coverage is shown by group: a sector that
 * barely answered looks like a silo whether or not it is one.
 */
import { formatValue } from '../import/attributes.ts';
import type { Dataset } from '../model/types.ts';

export interface ResponseCount {
  answered: number;
  people: number;
  /** answered / people; null when the group is empty. */
  rate: number | null;
}

export interface WaveResponse {
  wave: string;
  /** null when the data do not say who answered this wave. */
  overall: ResponseCount | null;
  /** By value of the attribute, in the order of `groups`; empty without an attribute. */
  byGroup: (ResponseCount | null)[];
}

export interface ResponseRates {
  attribute: string | null;
  /** Group labels ("Not recorded" for people without a value), sorted, "Not recorded" last. */
  groups: string[];
  waves: WaveResponse[];
}

const MISSING = 'Not recorded';

export function responseRates(ds: Dataset, attribute: string | null): ResponseRates {
  const known = attribute !== null && ds.attributes.some((a) => a.key === attribute) ? attribute : null;
  const label = new Map<string, string>();
  if (known !== null) for (const a of ds.actors) label.set(a.id, formatValue(a.attributes[known] ?? null));
  const group = (id: string): string => label.get(id) ?? MISSING;
  const groups = known === null ? [] : [...new Set(label.values())].sort((a, b) =>
    a === MISSING ? 1 : b === MISSING ? -1 : a.localeCompare(b));
  const sizes = new Map<string, number>();
  for (const a of ds.actors) sizes.set(group(a.id), (sizes.get(group(a.id)) ?? 0) + 1);

  const everyone = new Set(ds.actors.map((a) => a.id));
  const waves = ds.waves.map((w): WaveResponse => {
    if (w.respondents === null) return { wave: w.id, overall: null, byGroup: groups.map(() => null) };
    const answered = new Map<string, number>();
    let total = 0;
    for (const id of new Set(w.respondents)) {
      if (!everyone.has(id)) continue;
      total++;
      answered.set(group(id), (answered.get(group(id)) ?? 0) + 1);
    }
    return {
      wave: w.id,
      overall: count(total, ds.actors.length),
      byGroup: groups.map((g) => count(answered.get(g) ?? 0, sizes.get(g) ?? 0)),
    };
  });
  return { attribute: known, groups, waves };
}

function count(answered: number, people: number): ResponseCount {
  return { answered, people, rate: people === 0 ? null : answered / people };
}
