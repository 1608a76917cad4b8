/**
 * Weakly connected components: groups of people linked by chains of ties in either direction.
 * Hopcroft, J. & Tarjan, R. (1973). Algorithm 447: efficient algorithms for graph manipulation.
 * Communications of the ACM 16(6), 372-378 (breadth-first labelling).
 * Convention: networkx `weakly_connected_components` (directed) / `connected_components`
 * (undirected); tie direction and weight are ignored, a zero-weight tie still connects.
 * Numbering: 0 is the largest component; equal sizes are ordered by their lowest node index.
 * An isolate is a component of size 1.
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';

export interface Components {
  /** Per node (aligned with ids): its component, 0 = largest. */
  component: Int32Array;
  /** Component sizes, indexed by component number, hence descending. */
  sizes: number[];
}

export function components(g: CompiledGraph): Components {
  assertCompiled(g, 'components');
  const { n, outOffsets, outTargets, inOffsets, inSources } = g;
  const found = new Int32Array(n).fill(-1); // component in order of discovery
  const queue = new Int32Array(n);
  const foundSizes: number[] = [];

  // Scanning seeds in index order discovers components in order of their lowest node index.
  for (let seed = 0; seed < n; seed++) {
    if (found[seed] !== -1) continue;
    const c = foundSizes.length;
    found[seed] = c;
    queue[0] = seed;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (let p = outOffsets[v]!, end = outOffsets[v + 1]!; p < end; p++) {
        const w = outTargets[p]!;
        if (found[w] === -1) {
          found[w] = c;
          queue[tail++] = w;
        }
      }
      if (!g.directed) continue;
      for (let p = inOffsets[v]!, end = inOffsets[v + 1]!; p < end; p++) {
        const w = inSources[p]!;
        if (found[w] === -1) {
          found[w] = c;
          queue[tail++] = w;
        }
      }
    }
    foundSizes.push(tail);
  }

  // Largest first; Array.prototype.sort is stable, so ties keep discovery order.
  const byRank = foundSizes.map((_, c) => c).sort((a, b) => foundSizes[b]! - foundSizes[a]!);
  const rank = new Int32Array(byRank.length);
  byRank.forEach((c, r) => (rank[c] = r));
  const component = new Int32Array(n);
  for (let v = 0; v < n; v++) component[v] = rank[found[v]!]!;
  return { component, sizes: byRank.map((c) => foundSizes[c]!) };
}
