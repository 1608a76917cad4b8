/**
 * Modularity: how much more often ties fall inside the given groups than chance would put them.
 * Newman, M. E. J. (2004). Analysis of weighted networks. Physical Review E 70, 056131
 * (undirected, weighted). Leicht, E. A. & Newman, M. E. J. (2008). Community structure in
 * directed networks. Physical Review Letters 100, 118703 (directed).
 * Convention: networkx `community.modularity(G, communities, weight='weight', resolution=1)`.
 *   undirected: Q = sum_c [ L_c / m - resolution * (K_c / 2m)^2 ], L_c = weight of the ties
 *     inside c (each once), K_c = total strength of c's members, m = total tie weight;
 *   directed: Q = sum_c [ L_c / m - resolution * Kout_c * Kin_c / m^2 ], from out- and
 *     in-strengths; a tie inside c counts once per direction.
 * Weighted (a zero-weight tie adds nothing). People whose partition value is -1 (no group)
 * are left out with their ties: Q is computed on the subgraph of people with a group, with
 * strengths and m counted in that subgraph. null when that subgraph has no tie weight
 * (networkx raises ZeroDivisionError there).
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';

export interface ModularityOptions {
  /** networkx `resolution`: above 1 favours smaller communities; default 1. */
  resolution?: number;
}

export function modularity(
  g: CompiledGraph,
  partition: Int32Array,
  opts: ModularityOptions = {},
): number | null {
  assertCompiled(g, 'modularity');
  const resolution = opts.resolution ?? 1;
  if (typeof resolution !== 'number' || !Number.isFinite(resolution) || resolution < 0) {
    throw new Error(`modularity: resolution is ${String(resolution)}; it must be a finite number >= 0`);
  }
  if (!(partition instanceof Int32Array) || partition.length !== g.n) {
    throw new Error(`modularity: partition has ${partition.length} entries but the graph has ${g.n} people`);
  }
  const { n, outOffsets, outTargets, outWeights } = g;

  // Community values may be any integers >= 0: renumber them 0..k-1 (-1 stays out).
  const compact = new Int32Array(n);
  const seen = new Map<number, number>();
  for (let v = 0; v < n; v++) {
    const c = partition[v]!;
    if (c < -1) throw new Error(`modularity: person ${g.ids[v]} has community ${c}; use -1 for no group`);
    if (c === -1) {
      compact[v] = -1;
      continue;
    }
    let k = seen.get(c);
    if (k === undefined) seen.set(c, (k = seen.size));
    compact[v] = k;
  }
  const k = seen.size;
  const inside = new Float64Array(k); // L_c
  const kOut = new Float64Array(k);
  const kIn = g.directed ? new Float64Array(k) : kOut; // undirected: K_c once

  let total = 0; // directed: m; undirected: 2m (every tie is in two rows)
  for (let u = 0; u < n; u++) {
    const cu = compact[u]!;
    if (cu === -1) continue;
    for (let p = outOffsets[u]!, end = outOffsets[u + 1]!; p < end; p++) {
      const t = outTargets[p]!;
      const ct = compact[t]!;
      if (ct === -1) continue;
      const w = outWeights[p]!;
      total += w;
      kOut[cu]! += w;
      if (g.directed) {
        kIn[ct]! += w;
        if (ct === cu) inside[cu]! += w;
      } else if (ct === cu && u < t) {
        inside[cu]! += w;
      }
    }
  }
  if (total === 0) return null;

  const m = g.directed ? total : total / 2;
  const norm = 1 / (total * total); // directed 1/m^2, undirected 1/(2m)^2
  let q = 0;
  for (let c = 0; c < k; c++) q += inside[c]! / m - resolution * kOut[c]! * kIn[c]! * norm;
  return q;
}
