/**
 * Effective size and efficiency: how many of a person's contacts are non-redundant, i.e. lead to
 * different parts of the network rather than to each other.
 * Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard University
 * Press, ch. 2. Borgatti, S. P. (1997). Structural holes: unpacking Burt's redundancy measures.
 * Connections 20(1), 35-38.
 * Convention: networkx `effective_size(G, weight='weight')` (its all-nodes computation,
 * networkx >= 3.5):
 *   e(i) = sum over contacts j of (1 - sum_q p_iq m_jq),
 *   p_iq = a_iq / sum_k a_ik,  m_jq = a_jq / max_k a_jk,
 * with a the mutual weight w(i->j) + w(j->i) and contacts as in constraint.ts (predecessors and
 * successors; a zero-weight tie is no investment and is left out). For undirected graphs with
 * equal weights this is Borgatti's n - 2t/n (n contacts, t ties among them), which networkx's
 * per-node path uses; the value is the same.
 * efficiency(i) = e(i) / (number of contacts) (Burt 1992). networkx has no efficiency function;
 * its docs divide by G.degree, which for a directed graph counts a mutual pair twice; Kith
 * divides by distinct contacts, as Burt does, so efficiency lies in (0, 1].
 * Not applicable (NaN, as networkx's nan) to isolates and to people whose ties all weigh zero.
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';
import { mutualTies } from './constraint.ts';

export function effectiveSize(g: CompiledGraph): Float64Array {
  assertCompiled(g, 'effectiveSize');
  return measure(g, false);
}

export function efficiency(g: CompiledGraph): Float64Array {
  assertCompiled(g, 'efficiency');
  return measure(g, true);
}

function measure(g: CompiledGraph, perContact: boolean): Float64Array {
  const { n } = g;
  const { offsets, targets, weights } = mutualTies(g);
  const inverseSum = new Float64Array(n); // 1 / sum_k a_ik
  const inverseMax = new Float64Array(n); // 1 / max_k a_ik
  for (let i = 0; i < n; i++) {
    let s = 0;
    let max = 0;
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
      const w = weights[p]!;
      s += w;
      if (w > max) max = w;
    }
    inverseSum[i] = s > 0 ? 1 / s : 0;
    inverseMax[i] = max > 0 ? 1 / max : 0;
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
    for (let p = start; p < end; p++) share[targets[p]!] = weights[p]! * inverseSum[i]!;
    let e = 0;
    for (let p = start; p < end; p++) {
      const j = targets[p]!;
      // Redundancy of j: how much of i's investment goes to people j is tied to.
      let redundancy = 0;
      for (let r = offsets[j]!, rEnd = offsets[j + 1]!; r < rEnd; r++) {
        redundancy += share[targets[r]!]! * weights[r]!;
      }
      e += 1 - redundancy * inverseMax[j]!;
    }
    result[i] = perContact ? e / (end - start) : e;
    for (let p = start; p < end; p++) share[targets[p]!] = 0;
  }
  return result;
}
