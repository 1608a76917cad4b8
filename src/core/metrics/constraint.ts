/**
 * Burt's constraint: how much a person's contacts are tied to each other, so that the person's
 * time and energy all lead back to the same few people.
 * Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard University
 * Press, ch. 2. Burt, R. S. (2004). Structural holes and good ideas. American Journal of
 * Sociology 110(2), 349-399.
 * Convention: networkx `constraint(G, weight='weight')` (its all-nodes computation, networkx >= 3.5),
 * built from `local_constraint` and `normalized_mutual_weight`:
 *   c(i) = sum over contacts j of (p_ij + sum_q p_iq p_qj)^2,  p_ij = a_ij / sum_k a_ik,
 * where a_ij is the mutual weight w(i->j) + w(j->i) (undirected: the tie's weight, since the
 * doubling cancels in p). Directed ties count in both directions alike: contacts are
 * predecessors and successors. A contact is someone with a_ij > 0, so a zero-weight tie is no
 * investment and is left out (networkx's per-node path, `nodes=` given, still counts it with
 * p = 0). Not applicable (NaN, as networkx's nan) to a person with no such contact: isolates and
 * people whose ties all weigh zero. Weights as compiled: parallel ties merged, self-ties dropped.
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';

/** The symmetric contact graph Burt's measures read: CSR rows of mutual weights > 0. */
export interface MutualTies {
  offsets: Int32Array;
  targets: Int32Array;
  /** a_ij = w(i->j) + w(j->i) for directed graphs; the tie's weight for undirected ones. */
  weights: Float64Array;
}

/**
 * Mutual weights of every pair with a tie either way, rows sorted by index, zero sums dropped.
 * Directed rows are the merge of the (sorted) out and in rows. O(n + m).
 */
export function mutualTies(g: CompiledGraph): MutualTies {
  assertCompiled(g, 'mutualTies');
  const { n, outOffsets, outTargets, outWeights, inOffsets, inSources, inWeights } = g;
  const offsets = new Int32Array(n + 1);
  const capacity = g.directed ? outTargets.length + inSources.length : outTargets.length;
  const targets = new Int32Array(capacity);
  const weights = new Float64Array(capacity);
  let k = 0;
  for (let u = 0; u < n; u++) {
    let p = outOffsets[u]!;
    const pEnd = outOffsets[u + 1]!;
    let q = g.directed ? inOffsets[u]! : 0;
    const qEnd = g.directed ? inOffsets[u + 1]! : 0;
    while (p < pEnd || q < qEnd) {
      const a = p < pEnd ? outTargets[p]! : n;
      const b = q < qEnd ? inSources[q]! : n;
      let w = 0;
      const v = a < b ? a : b;
      if (a === v) w += outWeights[p++]!;
      if (b === v) w += inWeights[q++]!;
      if (w > 0) {
        targets[k] = v;
        weights[k++] = w;
      }
    }
    offsets[u + 1] = k;
  }
  return { offsets, targets: targets.slice(0, k), weights: weights.slice(0, k) };
}

export function constraint(g: CompiledGraph): Float64Array {
  assertCompiled(g, 'constraint');
  const { n } = g;
  const { offsets, targets, weights } = mutualTies(g);
  // 1 / sum_k a_ik, so that p_ij = a_ij * inverse[i].
  const inverse = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) s += weights[p]!;
    inverse[i] = s > 0 ? 1 / s : 0;
  }
  const result = new Float64Array(n);
  const share = new Float64Array(n); // p_iq for the contacts q of the current i, else 0
  for (let i = 0; i < n; i++) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    if (start === end) {
      result[i] = NaN;
      continue;
    }
    for (let p = start; p < end; p++) share[targets[p]!] = weights[p]! * inverse[i]!;
    let c = 0;
    for (let p = start; p < end; p++) {
      const j = targets[p]!;
      // Indirect investment: through each q that is a contact of both i and j, p_iq * p_qj.
      let indirect = 0;
      for (let r = offsets[j]!, rEnd = offsets[j + 1]!; r < rEnd; r++) {
        const q = targets[r]!;
        indirect += share[q]! * weights[r]! * inverse[q]!;
      }
      const local = share[j]! + indirect;
      c += local * local;
    }
    result[i] = c;
    for (let p = start; p < end; p++) share[targets[p]!] = 0;
  }
  return result;
}
