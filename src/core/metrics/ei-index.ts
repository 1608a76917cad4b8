/**
 * E-I index: whether ties stay inside groups (towards -1) or cross them (towards +1).
 * Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational crises: an
 * experimental simulation. Social Psychology Quarterly 51(2), 123-140.
 * E-I = (E - I) / (E + I), E = external ties (the two ends in different groups), I = internal
 * ties (same group).
 * Convention: UCINET's E-I index and R netseg `ei(g, vattr)` for the whole network. Ties are
 * counted, not weighted (a zero-weight tie counts). A directed tie counts once in its own
 * direction, so a mutual pair counts twice; an undirected tie counts once. Ties with an end
 * whose group is missing are left out everywhere.
 * - `eiNetwork`: over all ties; null when no tie joins two people with a group.
 * - `eiGroup`, per group: I = ties with both ends in the group; E = ties between a member and
 *   a non-member (sent or received, each direction once). NaN when the group has no such tie.
 * - `eiEgo`, per person: over their ties to others with a group (sent and received, each
 *   direction once). NaN for people with no such tie or with no group themselves.
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';
import { assertGroups, type Groups } from './groups.ts';

const ei = (e: number, i: number): number => (e + i === 0 ? NaN : (e - i) / (e + i));

/** Whole-network E-I index, or null when no tie joins two people with a group. */
export function eiNetwork(g: CompiledGraph, groups: Groups): number | null {
  check(g, groups, 'ei-index');
  const { n, outOffsets, outTargets } = g;
  const of = groups.of;
  let e = 0;
  let i = 0;
  for (let u = 0; u < n; u++) {
    const gu = of[u]!;
    if (gu === -1) continue;
    for (let p = outOffsets[u]!, end = outOffsets[u + 1]!; p < end; p++) {
      const t = outTargets[p]!;
      const gt = of[t]!;
      if (gt === -1 || (!g.directed && t < u)) continue; // undirected: each tie once
      if (gt === gu) i++;
      else e++;
    }
  }
  return e + i === 0 ? null : (e - i) / (e + i);
}

/** E-I index of each group (indexed like groups.labels); NaN for a group with no ties. */
export function eiGroup(g: CompiledGraph, groups: Groups): Float64Array {
  check(g, groups, 'ei-index');
  const { n, outOffsets, outTargets } = g;
  const of = groups.of;
  const k = groups.labels.length;
  const external = new Float64Array(k);
  const internal = new Float64Array(k);
  for (let u = 0; u < n; u++) {
    const gu = of[u]!;
    if (gu === -1) continue;
    for (let p = outOffsets[u]!, end = outOffsets[u + 1]!; p < end; p++) {
      const t = outTargets[p]!;
      const gt = of[t]!;
      if (gt === -1 || (!g.directed && t < u)) continue;
      if (gt === gu) {
        internal[gu]!++;
      } else {
        external[gu]!++;
        external[gt]!++;
      }
    }
  }
  const result = new Float64Array(k);
  for (let c = 0; c < k; c++) result[c] = ei(external[c]!, internal[c]!);
  return result;
}

/** E-I index of each person's own ties (aligned with ids); NaN where undefined. */
export function eiEgo(g: CompiledGraph, groups: Groups): Float64Array {
  check(g, groups, 'ei-index');
  const { n, outOffsets, outTargets, inOffsets, inSources } = g;
  const of = groups.of;
  const result = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const gv = of[v]!;
    if (gv === -1) {
      result[v] = NaN;
      continue;
    }
    let e = 0;
    let i = 0;
    for (let p = outOffsets[v]!, end = outOffsets[v + 1]!; p < end; p++) {
      const gt = of[outTargets[p]!]!;
      if (gt === gv) i++;
      else if (gt !== -1) e++;
    }
    if (g.directed) {
      for (let p = inOffsets[v]!, end = inOffsets[v + 1]!; p < end; p++) {
        const gs = of[inSources[p]!]!;
        if (gs === gv) i++;
        else if (gs !== -1) e++;
      }
    }
    result[v] = ei(e, i);
  }
  return result;
}

function check(g: CompiledGraph, groups: Groups, module: string): void {
  assertCompiled(g, module);
  assertGroups(g, groups, module);
}
