/**
 * Boundary crossing and the group-by-group mixing matrix: which ties join different groups,
 * and how many ties (and what share of the possible ones) run between each pair of groups.
 * White, H. C., Boorman, S. A. & Breiger, R. L. (1976). Social structure from multiple
 * networks. I. Blockmodels of roles and positions. American Journal of Sociology 81(4),
 * 730-780 (block densities).
 * Convention: counts, not weights (a zero-weight tie counts); the block densities of R sna
 * `blockmodel(g, ec, diag = FALSE)` on the 0/1 tie matrix (block means, self-pairs left out).
 * - `crossesBoundary`: per entry of the out rows (aligned with g.outTargets): 1 when the two
 *   ends are in different groups, 0 in the same group, -1 when either group is missing. An
 *   undirected tie is in two rows, and has the same value in both.
 * - `mixingMatrix`: k x k, row-major (entry r * k + c), k = groups.labels.length.
 *   Directed: ties[r][c] = ties sent from group r to group c. Undirected: symmetric;
 *   ties[r][c] = ties between r and c, each once (a tie inside r counts once on the diagonal).
 *   density = ties / possible pairs: size_r * size_c between two groups; inside a group
 *   size_r (size_r - 1) directed, size_r (size_r - 1) / 2 undirected. NaN where no pair is
 *   possible (a group of one, on the diagonal). People with a missing group are left out.
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';
import { assertGroups, groupSizes, type Groups } from './groups.ts';

/** 1 = crosses a group boundary, 0 = inside one group, -1 = unknown; aligned with g.outTargets. */
export function crossesBoundary(g: CompiledGraph, groups: Groups): Int8Array {
  assertCompiled(g, 'crossing');
  assertGroups(g, groups, 'crossing');
  const { n, outOffsets, outTargets } = g;
  const of = groups.of;
  const result = new Int8Array(outTargets.length);
  for (let u = 0; u < n; u++) {
    const gu = of[u]!;
    for (let p = outOffsets[u]!, end = outOffsets[u + 1]!; p < end; p++) {
      const gt = of[outTargets[p]!]!;
      result[p] = gu === -1 || gt === -1 ? -1 : gu === gt ? 0 : 1;
    }
  }
  return result;
}

export interface MixingMatrix {
  /** Number of groups; the matrices are k x k, row-major. */
  k: number;
  /** Members of each group (people with a missing group not counted). */
  size: Float64Array;
  ties: Float64Array;
  density: Float64Array;
}

export function mixingMatrix(g: CompiledGraph, groups: Groups): MixingMatrix {
  assertCompiled(g, 'crossing');
  assertGroups(g, groups, 'crossing');
  const { n, outOffsets, outTargets } = g;
  const of = groups.of;
  const k = groups.labels.length;
  const size = groupSizes(groups);
  const ties = new Float64Array(k * k);
  for (let u = 0; u < n; u++) {
    const gu = of[u]!;
    if (gu === -1) continue;
    for (let p = outOffsets[u]!, end = outOffsets[u + 1]!; p < end; p++) {
      const t = outTargets[p]!;
      const gt = of[t]!;
      if (gt === -1) continue;
      if (g.directed) {
        ties[gu * k + gt]!++;
      } else if (u < t) {
        ties[gu * k + gt]!++;
        if (gt !== gu) ties[gt * k + gu]!++;
      }
    }
  }
  const density = new Float64Array(k * k);
  for (let r = 0; r < k; r++) {
    for (let c = 0; c < k; c++) {
      let possible = size[r]! * size[c]!;
      if (r === c) possible = g.directed ? size[r]! * (size[r]! - 1) : (size[r]! * (size[r]! - 1)) / 2;
      density[r * k + c] = possible === 0 ? NaN : ties[r * k + c]! / possible;
    }
  }
  return { k, size, ties, density };
}
