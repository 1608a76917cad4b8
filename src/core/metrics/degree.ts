/**
 * Degree and strength: how many ties a person has, and how strong they are in total.
 * Freeman, L. C. (1978/79). Centrality in social networks: conceptual clarification.
 * Social Networks 1, 215-239. Strength: Barrat, A. et al. (2004). The architecture of complex
 * weighted networks. PNAS 101(11), 3747-3752.
 * Convention: networkx `in_degree`, `out_degree`, `degree` and their `weight='weight'` forms,
 * counted on the compiled graph (parallel ties merged, self-ties dropped). For directed graphs
 * degree = in + out (a mutual pair counts twice); for undirected graphs in = out = degree.
 * Raw counts, not divided by n - 1.
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';

export interface Degrees {
  inDegree: Float64Array;
  outDegree: Float64Array;
  /** directed: in + out; undirected: number of neighbours. */
  degree: Float64Array;
  inStrength: Float64Array;
  outStrength: Float64Array;
  /** directed: in + out strength; undirected: sum of the weights of the node's ties. */
  strength: Float64Array;
}

/** All six arrays are distinct (never aliases), so each can be transferred on its own. */
export function degrees(g: CompiledGraph): Degrees {
  assertCompiled(g, 'degree');
  const { n, outOffsets, outWeights, inOffsets, inWeights } = g;
  const outDegree = new Float64Array(n);
  const outStrength = new Float64Array(n);
  const inDegree = new Float64Array(n);
  const inStrength = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const end = outOffsets[v + 1]!;
    let s = 0;
    for (let p = outOffsets[v]!; p < end; p++) s += outWeights[p]!;
    outDegree[v] = end - outOffsets[v]!;
    outStrength[v] = s;
  }
  if (!g.directed) {
    return {
      inDegree: outDegree.slice(), outDegree, degree: outDegree.slice(),
      inStrength: outStrength.slice(), outStrength, strength: outStrength.slice(),
    };
  }
  for (let v = 0; v < n; v++) {
    const end = inOffsets[v + 1]!;
    let s = 0;
    for (let p = inOffsets[v]!; p < end; p++) s += inWeights[p]!;
    inDegree[v] = end - inOffsets[v]!;
    inStrength[v] = s;
  }
  const degree = new Float64Array(n);
  const strength = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    degree[v] = inDegree[v]! + outDegree[v]!;
    strength[v] = inStrength[v]! + outStrength[v]!;
  }
  return { inDegree, outDegree, degree, inStrength, outStrength, strength };
}
