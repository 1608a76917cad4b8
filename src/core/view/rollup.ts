/**
 * A network of people rolled up to groups (organisation, sector, community): the level of
 * detail at which a network of thousands can be read. Each group is one node with its count
 * of people; the ties between two groups are counted and their strengths summed; the ties
 * within a group are reported separately (a self-count), not drawn as loops.
 *
 * In a directed view A→B and B→A stay apart (a group-to-group nomination count); in an
 * undirected one each pair of groups is counted once. People with no value for the attribute
 * form the group "Not recorded", so that nobody silently drops out of the totals; people
 * without ties (isolates) count in their group's people and add no ties.
 */

export const NOT_RECORDED = 'Not recorded';

/** The person network of a view: edges as indices into `ids` (AnalysisResult has this shape). */
export interface PersonNetwork {
  ids: string[];
  directed: boolean;
  edgeSource: ArrayLike<number>;
  edgeTarget: ArrayLike<number>;
  /** Strength per edge; NaN where none was given (then it adds nothing to a sum). */
  edgeStrength?: ArrayLike<number>;
}

export interface RolledGroup {
  /** The attribute value, or NOT_RECORDED. */
  key: string;
  /** Ids of the group's people, in the network's order. */
  members: string[];
  people: number;
  /** People of the group with no tie at all in this view. */
  isolates: number;
  /** Ties with both ends in the group. */
  withinTies: number;
  /** Summed strength of those ties (ties with no strength add nothing). */
  withinStrength: number;
}

export interface RolledTie {
  /** Group keys; in an undirected view source comes first in the groups' order. */
  source: string;
  target: string;
  /** Person-to-person ties between the two groups. */
  ties: number;
  /** Their summed strength (ties with no strength add nothing). */
  strength: number;
  /** How many of them had no strength. */
  missingStrength: number;
}

export interface Rollup {
  directed: boolean;
  /** Groups by size, largest first (ties broken by name), "Not recorded" last. */
  groups: RolledGroup[];
  /** Ties between different groups, in the groups' order. */
  ties: RolledTie[];
}

/**
 * Rolls `net` up by `groupOf[i]`, the group of person i (null or '' for no value).
 * Throws when the two disagree in length: a misaligned grouping would silently mislabel.
 */
export function rollUp(net: PersonNetwork, groupOf: ReadonlyArray<string | null>): Rollup {
  const n = net.ids.length;
  if (groupOf.length !== n) throw new Error(`rollUp: ${groupOf.length} group values for ${n} people`);
  const keyOf = groupOf.map((g) => (g === null || g === '' ? NOT_RECORDED : g));
  const byKey = new Map<string, RolledGroup>();
  keyOf.forEach((key, i) => {
    let g = byKey.get(key);
    if (!g) { g = { key, members: [], people: 0, isolates: 0, withinTies: 0, withinStrength: 0 }; byKey.set(key, g); }
    g.members.push(net.ids[i] as string);
    g.people++;
  });
  const groups = [...byKey.values()].sort((a, b) =>
    Number(a.key === NOT_RECORDED) - Number(b.key === NOT_RECORDED) || b.people - a.people || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const order = new Map(groups.map((g, k) => [g.key, k]));

  const degree = new Uint32Array(n);
  const between = new Map<string, RolledTie>();
  const m = net.edgeSource.length;
  for (let e = 0; e < m; e++) {
    const s = net.edgeSource[e] as number;
    const t = net.edgeTarget[e] as number;
    degree[s] = (degree[s] ?? 0) + 1;
    degree[t] = (degree[t] ?? 0) + 1;
    const strength = net.edgeStrength?.[e] ?? NaN;
    const known = Number.isFinite(strength);
    let a = keyOf[s] as string;
    let b = keyOf[t] as string;
    if (a === b) {
      const g = byKey.get(a) as RolledGroup;
      g.withinTies++;
      if (known) g.withinStrength += strength;
      continue;
    }
    if (!net.directed && (order.get(a) ?? 0) > (order.get(b) ?? 0)) [a, b] = [b, a];
    const pair = `${order.get(a)}\u0000${order.get(b)}`;
    let tie = between.get(pair);
    if (!tie) { tie = { source: a, target: b, ties: 0, strength: 0, missingStrength: 0 }; between.set(pair, tie); }
    tie.ties++;
    if (known) tie.strength += strength;
    else tie.missingStrength++;
  }
  for (let i = 0; i < n; i++) if (degree[i] === 0) (byKey.get(keyOf[i] as string) as RolledGroup).isolates++;
  const ties = [...between.values()].sort((x, y) =>
    (order.get(x.source) ?? 0) - (order.get(y.source) ?? 0) || (order.get(x.target) ?? 0) - (order.get(y.target) ?? 0));
  return { directed: net.directed, groups, ties };
}
