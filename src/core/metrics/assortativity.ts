/**
 * Attribute assortativity: whether people tie to their own group more than the group sizes of
 * the ties would lead one to expect (+1 all within, 0 as chance, negative: mostly across).
 * Newman, M. E. J. (2003). Mixing patterns in networks. Physical Review E 67, 026126, eq. (2).
 * r = (sum_i e_ii - sum_i a_i b_i) / (1 - sum_i a_i b_i), where e is the mixing matrix of tie
 * ends normalised to sum 1, a_i its row sums and b_i its column sums.
 * Convention: networkx `attribute_assortativity_coefficient(G, attribute)`. Ties are counted,
 * not weighted (networkx ignores weights here too). Directed: rows are the sender's group,
 * columns the receiver's. Undirected: each tie is counted both ways, so e is symmetric.
 * People with a missing group are left out with their ties (networkx would make "None" a
 * category of its own): the value is networkx's on the subgraph of people with a group.
 * Computed from integer counts, r = (T E - S) / (E^2 - S), with E ties counted, T of them
 * within a group and S = sum_i rows_i cols_i, so an undefined value is detected exactly.
 * null when undefined: no counted tie, or E^2 = S (every tie inside one and the same group).
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';
import { assertGroups, type Groups } from './groups.ts';

export function attributeAssortativity(g: CompiledGraph, groups: Groups): number | null {
  assertCompiled(g, 'assortativity');
  assertGroups(g, groups, 'assortativity');
  const { n, outOffsets, outTargets } = g;
  const of = groups.of;
  const k = groups.labels.length;
  const rows = new Float64Array(k);
  const cols = new Float64Array(k);
  let ties = 0;
  let within = 0;
  // Undirected rows hold every tie twice (u -> t and t -> u): exactly networkx's both-ways count.
  for (let u = 0; u < n; u++) {
    const gu = of[u]!;
    if (gu === -1) continue;
    for (let p = outOffsets[u]!, end = outOffsets[u + 1]!; p < end; p++) {
      const gt = of[outTargets[p]!]!;
      if (gt === -1) continue;
      ties++;
      rows[gu]!++;
      cols[gt]!++;
      if (gt === gu) within++;
    }
  }
  let s = 0;
  for (let c = 0; c < k; c++) s += rows[c]! * cols[c]!;
  const denominator = ties * ties - s;
  if (ties === 0 || denominator === 0) return null;
  return (within * ties - s) / denominator;
}
