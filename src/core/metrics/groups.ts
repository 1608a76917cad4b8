/**
 * Groups: a partition of the people by a declared attribute (sector, organisation, place, ...),
 * the input of every mixing, silo and brokerage measure.
 *
 * Conventions (see docs/metrics.md, "Groups"):
 * - `of[v]` is the group index of node v (aligned with the compiled graph's ids), or -1 when v
 *   has no value. People with a missing value are left out of group measures: they are never
 *   lumped into a group of their own.
 * - `labels[k]` is the name of group k. `groupsFromValues` sorts labels as the import does
 *   (en-GB collation, numeric: 'Place 2' before 'Place 10'), so group numbers are stable.
 */
import type { CompiledGraph } from '../graph/compile.ts';

/** A partition of the nodes by a declared attribute: group index per node (-1 = missing value), and the labels. */
export interface Groups {
  of: Int32Array;
  labels: string[];
}

const collator = new Intl.Collator('en-GB', { numeric: true });

/** Collation order, then code-unit order for strings the collator calls equal. */
function compareLabels(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Groups from one value per node (aligned with the compiled graph's ids). null, undefined and
 * blank strings are missing (-1); any other string is a label, exactly as given.
 */
export function groupsFromValues(values: readonly (string | null | undefined)[]): Groups {
  const present = new Set<string>();
  for (const value of values) if (value != null && value.trim() !== '') present.add(value);
  const labels = [...present].sort(compareLabels);
  const index = new Map(labels.map((label, k) => [label, k]));
  const of = new Int32Array(values.length);
  for (let v = 0; v < values.length; v++) {
    const value = values[v];
    of[v] = value != null && value.trim() !== '' ? index.get(value)! : -1;
  }
  return { of, labels };
}

/**
 * Checks that `groups` fits `g`: one entry per node, each -1 or a valid label index.
 * Errors start with the calling module's name.
 */
export function assertGroups(g: CompiledGraph, groups: Groups, module: string): void {
  if (!(groups.of instanceof Int32Array) || !Array.isArray(groups.labels)) {
    throw new Error(`${module}: groups must be { of: Int32Array, labels: string[] }; build them with groupsFromValues`);
  }
  if (groups.of.length !== g.n) {
    throw new Error(`${module}: groups has ${groups.of.length} entries but the graph has ${g.n} people`);
  }
  const k = groups.labels.length;
  for (let v = 0; v < g.n; v++) {
    const c = groups.of[v]!;
    if (c < -1 || c >= k) {
      throw new Error(`${module}: person ${g.ids[v]} has group ${c}; groups are -1 (missing) or 0..${k - 1}`);
    }
  }
}

/** Number of members of each group (people with a missing value are not counted). */
export function groupSizes(groups: Groups): Float64Array {
  const size = new Float64Array(groups.labels.length);
  for (let v = 0; v < groups.of.length; v++) {
    const c = groups.of[v]!;
    if (c >= 0) size[c]!++;
  }
  return size;
}
