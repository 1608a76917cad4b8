/**
 * Two-step reach: the share of the others a person can reach through at most one intermediary.
 * Borgatti, S. P. (2006). Identifying sets of key players in a social network. Computational and
 * Mathematical Organization Theory 12(1), 21-34 (the distance-weighted and 2-step reach
 * measures of section 4; here for one person rather than a set).
 * Convention: no networkx function. R(u) = |{v != u : d(u, v) <= 2}| / (n - 1), following tie
 * direction (OUTGOING: whom u can pass something to in two steps); undirected ties count both
 * ways. Unweighted: a zero-weight tie is still a tie, as everywhere in Kith. Between 0 and 1;
 * people in other components are simply not reached. n < 2: every value 0.
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';

export function twoStepReach(g: CompiledGraph): Float64Array {
  assertCompiled(g, 'reach');
  const { n, outOffsets, outTargets } = g;
  const result = new Float64Array(n);
  if (n < 2) return result;
  // seen[v] === u + 1 once v has been counted for source u: no clearing between sources.
  const seen = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    const stamp = u + 1;
    seen[u] = stamp;
    let count = 0;
    for (let p = outOffsets[u]!, end = outOffsets[u + 1]!; p < end; p++) {
      const v = outTargets[p]!;
      if (seen[v] !== stamp) {
        seen[v] = stamp;
        count++;
      }
      for (let q = outOffsets[v]!, stop = outOffsets[v + 1]!; q < stop; q++) {
        const w = outTargets[q]!;
        if (seen[w] !== stamp) {
          seen[w] = stamp;
          count++;
        }
      }
    }
    result[u] = count / (n - 1);
  }
  return result;
}
