/**
 * Group-level figures for the suite: for each group of the chosen boundary, its size, its
 * ties inside and across, the density inside, and its E-I index.
 */
import type { MixingMatrix } from './crossing.ts';
import type { Groups } from './groups.ts';

export interface GroupStats {
  label: string;
  size: number;
  /** Ties with both ends in the group. */
  internalTies: number;
  /** Ties with one end in the group and the other in another group. */
  externalTies: number;
  /** Ties inside / possible pairs inside (null for a group of one). */
  density: number | null;
  /** Krackhardt-Stern E-I index of the group; null when it has no ties. */
  eiIndex: number | null;
}

export function groupStats(mixing: MixingMatrix, ei: Float64Array, groups: Groups, directed: boolean): GroupStats[] {
  const { k, ties, size, density } = mixing;
  return groups.labels.map((label, c) => {
    let external = 0;
    for (let j = 0; j < k; j++) {
      if (j === c) continue;
      // Directed: ties sent plus ties received. Undirected matrices are symmetric: one cell.
      external += directed ? ties[c * k + j]! + ties[j * k + c]! : ties[c * k + j]!;
    }
    return {
      label,
      size: size[c]!,
      internalTies: ties[c * k + c]!,
      externalTies: external,
      density: size[c]! < 2 ? null : density[c * k + c]!,
      eiIndex: Number.isNaN(ei[c]!) ? null : ei[c]!,
    };
  });
}
