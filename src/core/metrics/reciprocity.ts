/**
 * Reciprocity: the share of ties that are returned (a names b and b names a).
 * Wasserman, S. & Faust, K. (1994). Social Network Analysis: Methods and Applications. Cambridge
 * University Press, ch. 13. Garlaschelli, D. & Loffredo, M. I. (2004). Patterns of link
 * reciprocity in directed networks. Physical Review Letters 93(26), 268701.
 * Convention: networkx `overall_reciprocity(G)` = (number of directed ties whose reverse also
 * exists) / (number of directed ties), i.e. 2 x mutual pairs / ties; and networkx
 * `reciprocity(G, nodes)` = 2 |predecessors ∩ successors| / (|predecessors| + |successors|).
 * Counted on the compiled graph (parallel ties merged, self-ties dropped: networkx would count a
 * self-loop as returned). Weights are ignored; a zero-weight tie counts.
 * Not applicable: undirected graphs (networkx refuses them) give null overall and NaN for every
 * node; a directed graph with no ties gives null (networkx raises); a person with no ties, NaN
 * (networkx gives None).
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';

export function reciprocity(g: CompiledGraph): number | null {
  assertCompiled(g, 'reciprocity');
  if (!g.directed || g.outTargets.length === 0) return null;
  let returned = 0;
  for (let v = 0; v < g.n; v++) returned += overlap(g, v);
  return returned / g.outTargets.length;
}

export function nodeReciprocity(g: CompiledGraph): Float64Array {
  assertCompiled(g, 'nodeReciprocity');
  const { n, outOffsets, inOffsets } = g;
  const result = new Float64Array(n).fill(NaN);
  if (!g.directed) return result;
  for (let v = 0; v < n; v++) {
    const total = outOffsets[v + 1]! - outOffsets[v]! + inOffsets[v + 1]! - inOffsets[v]!;
    if (total > 0) result[v] = (2 * overlap(g, v)) / total;
  }
  return result;
}

/** |successors(v) ∩ predecessors(v)|, merging the two sorted rows. */
function overlap(g: CompiledGraph, v: number): number {
  const { outOffsets, outTargets, inOffsets, inSources } = g;
  let p = outOffsets[v]!;
  let q = inOffsets[v]!;
  const pEnd = outOffsets[v + 1]!;
  const qEnd = inOffsets[v + 1]!;
  let both = 0;
  while (p < pEnd && q < qEnd) {
    const a = outTargets[p]!;
    const b = inSources[q]!;
    if (a === b) {
      both++;
      p++;
      q++;
    } else if (a < b) {
      p++;
    } else {
      q++;
    }
  }
  return both;
}
