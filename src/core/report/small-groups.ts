/**
 * Disclosure control for the pseudonymised report: a group of fewer than 5 people (a sector, an
 * organisation, a place) can identify its members even without names, so such groups are merged
 * as "Smaller groups" before anything is measured; when the merged group would itself have fewer
 * than 5 people, its values are withheld (recorded as missing). Every categorical and yes/no
 * attribute is treated, since findings may name any of them. The report says what was done.
 */
import type { AttributeValue, Dataset } from '../model/types.ts';
import { formatValue } from '../import/attributes.ts';

export const MIN_GROUP_SIZE = 5;
export const SMALLER_GROUPS = 'Smaller groups';

export interface SmallGroupsMerged {
  attribute: string;
  /** How many groups (values) had fewer than MIN_GROUP_SIZE people. */
  groups: number;
  /** How many people were in them. */
  people: number;
  /** Merged into "Smaller groups", or withheld (recorded as missing) because even merged they were too few. */
  outcome: 'merged' | 'withheld';
  /** Why withheld: too few even together, or a real group already has the merged name. */
  reason?: 'too-few' | 'name-taken';
}

export function mergeSmallGroups(ds: Dataset, min = MIN_GROUP_SIZE): { dataset: Dataset; merged: SmallGroupsMerged[] } {
  const merged: SmallGroupsMerged[] = [];
  const recode = new Map<string, Map<string, AttributeValue>>();
  for (const spec of ds.attributes) {
    if (spec.kind !== 'categorical' && spec.kind !== 'boolean') continue;
    const counts = new Map<string, number>();
    for (const a of ds.actors) {
      const v = a.attributes[spec.key] ?? null;
      if (v !== null) counts.set(formatValue(v), (counts.get(formatValue(v)) ?? 0) + 1);
    }
    const small = [...counts].filter(([, n]) => n < min);
    if (small.length === 0) continue;
    const people = small.reduce((s, [, n]) => s + n, 0);
    const reason = people < min ? 'too-few' as const : counts.has(SMALLER_GROUPS) ? 'name-taken' as const : null;
    const to: AttributeValue = reason === null ? SMALLER_GROUPS : null;
    recode.set(spec.key, new Map(small.map(([v]) => [v, to])));
    merged.push({ attribute: spec.key, groups: small.length, people, ...(reason === null ? { outcome: 'merged' as const } : { outcome: 'withheld' as const, reason }) });
  }
  if (recode.size === 0) return { dataset: ds, merged };
  const actors = ds.actors.map((a) => {
    let attributes = a.attributes;
    for (const [key, map] of recode) {
      const v = attributes[key] ?? null;
      if (v === null || !map.has(formatValue(v))) continue;
      if (attributes === a.attributes) attributes = Object.fromEntries(Object.entries(a.attributes));
      attributes[key] = map.get(formatValue(v)) ?? null;
    }
    return attributes === a.attributes ? a : { ...a, attributes };
  });
  const attributes = ds.attributes.map((spec) => {
    const map = recode.get(spec.key);
    if (!map) return spec;
    const missing = actors.filter((a) => (a.attributes[spec.key] ?? null) === null).length;
    const categories = spec.categories?.filter((c) => !map.has(c));
    const anyMerged = [...map.values()].some((v) => v !== null);
    return { ...spec, missing, ...(categories ? { categories: anyMerged ? [...categories, SMALLER_GROUPS] : categories } : {}), ...(spec.kind === 'boolean' ? { kind: 'categorical' as const } : {}) };
  });
  return { dataset: { ...ds, actors, attributes }, merged };
}
