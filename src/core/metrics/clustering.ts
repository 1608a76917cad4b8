/**
 * Clustering: how far a person's contacts know each other (local clustering), its average over
 * everyone, and the share of connected triples that close into triangles (transitivity).
 * Watts, D. J. & Strogatz, S. H. (1998). Collective dynamics of 'small-world' networks. Nature
 * 393, 440-442. Fagiolo, G. (2007). Clustering in complex directed networks. Physical Review E
 * 76(2), 026107. Transitivity: Newman, M. E. J. (2003). The structure and function of complex
 * networks. SIAM Review 45(2), 167-256, eq. (3).
 * Conventions (unweighted: a zero-weight tie is still a tie; self-ties dropped by compile):
 * - localClustering: networkx `clustering(G)` (weight=None). Undirected: 2T(v) / (d(d - 1)), T the
 *   triangles through v, 0 when d < 2. Directed: Fagiolo's directed clustering, as networkx:
 *   [(A + A^T)^3]_vv / (2 (dtot(dtot - 1) - 2 dbi)), dtot = in + out degree, dbi = the number of
 *   mutual pairs; 0 when there is no directed triangle.
 * - averageClustering: networkx `average_clustering(G)`: the mean over all n people, zeros counted.
 *   n = 0: 0 (networkx raises ZeroDivisionError).
 * - transitivity: networkx `transitivity(G)` = 3 x triangles / connected triples, 0 without
 *   triangles. It is an undirected measure: a directed graph is read as undirected first (a tie
 *   either way joins the pair), i.e. `transitivity(G.to_undirected())`. (networkx on a DiGraph
 *   would count successors only, which is not a standard measure.)
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';

export function localClustering(g: CompiledGraph): Float64Array {
  assertCompiled(g, 'clustering');
  return g.directed ? fagiolo(g) : undirectedClustering(g.n, g.outOffsets, g.outTargets);
}

/** Mean of the local values; pass them in if already computed (aligned with g.ids). */
export function averageClustering(g: CompiledGraph, local?: Float64Array): number {
  assertCompiled(g, 'clustering');
  const c = local ?? localClustering(g);
  if (c.length !== g.n) throw new Error(`clustering: ${c.length} local values for ${g.n} people`);
  if (g.n === 0) return 0;
  let sum = 0;
  for (let v = 0; v < g.n; v++) sum += c[v]!;
  return sum / g.n;
}

export function transitivity(g: CompiledGraph): number {
  assertCompiled(g, 'clustering');
  const { offsets, targets } = g.directed ? undirectedRows(g) : { offsets: g.outOffsets, targets: g.outTargets };
  const t = trianglesTwice(g.n, offsets, targets);
  let triangles = 0;
  let triples = 0;
  for (let v = 0; v < g.n; v++) {
    const d = offsets[v + 1]! - offsets[v]!;
    triangles += t[v]!;
    triples += d * (d - 1);
  }
  // Both sums are twice the textbook ones (ordered pairs), as in networkx.
  return triangles === 0 ? 0 : triangles / triples;
}

function undirectedClustering(n: number, offsets: Int32Array, targets: Int32Array): Float64Array {
  const t = trianglesTwice(n, offsets, targets);
  const result = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const d = offsets[v + 1]! - offsets[v]!;
    if (t[v]! > 0) result[v] = t[v]! / (d * (d - 1));
  }
  return result;
}

/** 2 T(v) for each v: ordered pairs of v's neighbours that are tied to each other. */
function trianglesTwice(n: number, offsets: Int32Array, targets: Int32Array): Float64Array {
  const result = new Float64Array(n);
  const mark = new Int32Array(n); // mark[w] === v + 1: w is a neighbour of v
  for (let v = 0; v < n; v++) {
    const start = offsets[v]!;
    const end = offsets[v + 1]!;
    for (let p = start; p < end; p++) mark[targets[p]!] = v + 1;
    let t = 0;
    for (let p = start; p < end; p++) {
      const w = targets[p]!;
      for (let q = offsets[w]!, stop = offsets[w + 1]!; q < stop; q++) if (mark[targets[q]!] === v + 1) t++;
    }
    result[v] = t;
  }
  return result;
}

/** Fagiolo (2007) directed clustering, counted as networkx's _directed_triangles_and_degree_iter. */
function fagiolo(g: CompiledGraph): Float64Array {
  const { n, outOffsets, outTargets, inOffsets, inSources } = g;
  const result = new Float64Array(n);
  const s = new Int32Array(n); // s[k] = a_ik + a_ki for the current i, 0 elsewhere
  for (let i = 0; i < n; i++) {
    for (let p = outOffsets[i]!; p < outOffsets[i + 1]!; p++) s[outTargets[p]!]!++;
    for (let p = inOffsets[i]!; p < inOffsets[i + 1]!; p++) s[inSources[p]!]!++;
    // [(A + A^T)^3]_ii = sum over j of s[j] * (sum over k tied to j either way of s[k]).
    let t = 0;
    for (let side = 0; side < 2; side++) {
      const rowOffsets = side === 0 ? outOffsets : inOffsets;
      const row = side === 0 ? outTargets : inSources;
      for (let p = rowOffsets[i]!; p < rowOffsets[i + 1]!; p++) {
        const j = row[p]!;
        for (let q = outOffsets[j]!; q < outOffsets[j + 1]!; q++) t += s[outTargets[q]!]!;
        for (let q = inOffsets[j]!; q < inOffsets[j + 1]!; q++) t += s[inSources[q]!]!;
      }
    }
    let mutual = 0;
    for (let p = outOffsets[i]!; p < outOffsets[i + 1]!; p++) if (s[outTargets[p]!] === 2) mutual++;
    const total = outOffsets[i + 1]! - outOffsets[i]! + inOffsets[i + 1]! - inOffsets[i]!;
    if (t > 0) result[i] = t / ((total * (total - 1) - 2 * mutual) * 2);
    for (let p = outOffsets[i]!; p < outOffsets[i + 1]!; p++) s[outTargets[p]!] = 0;
    for (let p = inOffsets[i]!; p < inOffsets[i + 1]!; p++) s[inSources[p]!] = 0;
  }
  return result;
}

/** Directed graph read as undirected: each row the sorted union of out- and in-neighbours. */
function undirectedRows(g: CompiledGraph): { offsets: Int32Array; targets: Int32Array } {
  const { n, outOffsets, outTargets, inOffsets, inSources } = g;
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(outTargets.length + inSources.length);
  let k = 0;
  for (let v = 0; v < n; v++) {
    let a = outOffsets[v]!;
    let b = inOffsets[v]!;
    const aEnd = outOffsets[v + 1]!;
    const bEnd = inOffsets[v + 1]!;
    while (a < aEnd || b < bEnd) {
      const x = a < aEnd ? outTargets[a]! : n;
      const y = b < bEnd ? inSources[b]! : n;
      targets[k++] = Math.min(x, y);
      if (x <= y) a++;
      if (y <= x) b++;
    }
    offsets[v + 1] = k;
  }
  return { offsets, targets: targets.slice(0, k) };
}
