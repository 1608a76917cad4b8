/**
 * Core number (k-core): the largest k such that the person belongs to a group in which everyone
 * has at least k ties to others in the group. A measure of how deeply embedded someone is.
 * Seidman, S. B. (1983). Network structure and minimum degree. Social Networks 5(3), 269-287.
 * Algorithm: Batagelj, V. & Zaversnik, M. (2003). An O(m) algorithm for cores decomposition of
 * networks. arXiv:cs/0310049 (bin sort of nodes by current degree, peeled in order).
 * Convention: networkx `core_number(G)`. For directed graphs the degree is in + out, so a mutual
 * pair counts twice (networkx walks `all_neighbors`, which lists such a contact twice); for
 * undirected graphs it is the number of neighbours. Weights are ignored; a zero-weight tie
 * counts. Self-ties are dropped by compile (networkx refuses graphs that have them). Isolates
 * have core number 0. Integers, returned as float64.
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';

export function coreNumber(g: CompiledGraph): Float64Array {
  assertCompiled(g, 'coreNumber');
  const { n, directed, outOffsets, outTargets, inOffsets, inSources } = g;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    let d = outOffsets[v + 1]! - outOffsets[v]!;
    if (directed) d += inOffsets[v + 1]! - inOffsets[v]!;
    degree[v] = d;
    if (d > maxDegree) maxDegree = d;
  }

  // Counting sort by degree: bin[d] = first position of degree d in `order`.
  const bin = new Int32Array(maxDegree + 2);
  for (let v = 0; v < n; v++) bin[degree[v]! + 1]!++;
  for (let d = 0; d <= maxDegree; d++) bin[d + 1]! += bin[d]!;
  const order = new Int32Array(n);
  const position = new Int32Array(n);
  const cursor = bin.slice(0, maxDegree + 1);
  for (let v = 0; v < n; v++) {
    position[v] = cursor[degree[v]!]!++;
    order[position[v]!] = v;
  }

  // Peel in order of current degree; a neighbour with a larger degree moves down one bin.
  const lower = (u: number, dv: number): void => {
    const du = degree[u]!;
    if (du <= dv) return;
    const pu = position[u]!;
    const pw = bin[du]!;
    const w = order[pw]!;
    if (u !== w) {
      order[pu] = w;
      position[w] = pu;
      order[pw] = u;
      position[u] = pw;
    }
    bin[du]!++;
    degree[u] = du - 1;
  };
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    const dv = degree[v]!;
    for (let p = outOffsets[v]!, end = outOffsets[v + 1]!; p < end; p++) lower(outTargets[p]!, dv);
    if (!directed) continue;
    for (let p = inOffsets[v]!, end = inOffsets[v + 1]!; p < end; p++) lower(inSources[p]!, dv);
  }
  return Float64Array.from(degree);
}
