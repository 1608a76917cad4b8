/**
 * Cut points and bridges: the people, and the ties, whose loss would split a group of connected
 * people in two or more; and for each cut point, how many people would be cut off.
 * Hopcroft, J. & Tarjan, R. (1973). Algorithm 447: efficient algorithms for graph manipulation.
 * Communications of the ACM 16(6), 372-378 (articulation points by depth-first search with
 * low points). Tarjan, R. E. (1974). A note on finding the bridges of a graph. Information
 * Processing Letters 2(6), 160-161.
 * Convention: networkx `articulation_points(G)` and `bridges(G)` on the undirected version of
 * the graph (`G.to_undirected()`: tie direction ignored, a mutual pair is one tie; networkx
 * refuses directed graphs). Weights ignored; a zero-weight tie still connects.
 * cutOff(v) = (size of v's component) - 1 - (size of the largest piece left when v is removed):
 * the people who would lose touch with the largest remaining part. 0 for everyone who is not a
 * cut point (and for isolates). Bridges are [smaller index, larger index], sorted.
 * The depth-first search keeps its own stack (no recursion), so long chains are safe.
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';

export interface CutPoints {
  /** 1 = removing this person disconnects others in their group. */
  articulation: Uint8Array;
  /** People cut off from the largest remaining part if this person left; 0 if not a cut point. */
  cutOff: Float64Array;
  /** Ties whose loss would split their group: [i, j] with i < j, in lexicographic order. */
  bridges: Array<[number, number]>;
}

export function articulationPoints(g: CompiledGraph): Uint8Array {
  assertCompiled(g, 'articulationPoints');
  return cutPoints(g).articulation;
}

export function cutOffCount(g: CompiledGraph): Float64Array {
  assertCompiled(g, 'cutOffCount');
  return cutPoints(g).cutOff;
}

export function bridges(g: CompiledGraph): Array<[number, number]> {
  assertCompiled(g, 'bridges');
  return cutPoints(g).bridges;
}

/** All three results from one depth-first search. O(n + m). */
export function cutPoints(g: CompiledGraph): CutPoints {
  assertCompiled(g, 'cutPoints');
  const { n } = g;
  const { offsets, targets } = undirectedRows(g);
  const disc = new Int32Array(n).fill(-1); // discovery time
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n); // next position to read in the node's row
  const subtree = new Int32Array(n); // size of the depth-first subtree
  const separated = new Int32Array(n); // people in child subtrees that removal would split off
  const largestSeparated = new Int32Array(n);
  const stack = new Int32Array(n);
  const visited = new Int32Array(n); // nodes of the current component, in discovery order
  const articulation = new Uint8Array(n);
  const cutOff = new Float64Array(n);
  const found: Array<[number, number]> = [];
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    const first = time;
    disc[root] = low[root] = time;
    visited[time++ - first] = root;
    next[root] = offsets[root]!;
    let top = 0;
    stack[0] = root;
    while (top >= 0) {
      const v = stack[top]!;
      if (next[v]! < offsets[v + 1]!) {
        const w = targets[next[v]!++]!;
        if (disc[w] === -1) {
          parent[w] = v;
          disc[w] = low[w] = time;
          visited[time++ - first] = w;
          next[w] = offsets[w]!;
          stack[++top] = w;
        } else if (w !== parent[v] && disc[w]! < low[v]!) {
          low[v] = disc[w]!;
        }
        continue;
      }
      // v is finished: report to its parent.
      top--;
      subtree[v]!++;
      const u = parent[v]!;
      if (u === -1) continue;
      subtree[u]! += subtree[v]!;
      if (low[v]! < low[u]!) low[u] = low[v]!;
      if (low[v]! >= disc[u]!) {
        // Without u, v's subtree is cut off from the rest (for the root: from its other children).
        separated[u]! += subtree[v]!;
        if (subtree[v]! > largestSeparated[u]!) largestSeparated[u] = subtree[v]!;
        if (low[v]! > disc[u]!) found.push(u < v ? [u, v] : [v, u]);
      }
    }

    // Pieces left when v goes: its separated subtrees, and the rest of the component.
    const size = time - first;
    for (let k = 0; k < size; k++) {
      const v = visited[k]!;
      const rest = size - 1 - separated[v]!;
      const largest = rest > largestSeparated[v]! ? rest : largestSeparated[v]!;
      const pieces = v === root ? countSeparatedChildren(v) : separated[v]! > 0 ? 2 : 1;
      if (pieces >= 2) {
        articulation[v] = 1;
        cutOff[v] = size - 1 - largest;
      }
    }
  }

  /** Children of the root in the depth-first tree: each is its own piece. */
  function countSeparatedChildren(r: number): number {
    let children = 0;
    for (let p = offsets[r]!; p < offsets[r + 1]!; p++) if (parent[targets[p]!] === r) children++;
    return children;
  }

  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { articulation, cutOff, bridges: found };
}

/** Undirected neighbour rows without repeats: for directed graphs, out and in rows merged. */
function undirectedRows(g: CompiledGraph): { offsets: Int32Array; targets: Int32Array } {
  if (!g.directed) return { offsets: g.outOffsets, targets: g.outTargets };
  const { n, outOffsets, outTargets, inOffsets, inSources } = g;
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(outTargets.length + inSources.length);
  let k = 0;
  for (let u = 0; u < n; u++) {
    let p = outOffsets[u]!;
    let q = inOffsets[u]!;
    const pEnd = outOffsets[u + 1]!;
    const qEnd = inOffsets[u + 1]!;
    while (p < pEnd || q < qEnd) {
      const a = p < pEnd ? outTargets[p]! : n;
      const b = q < qEnd ? inSources[q]! : n;
      const v = a < b ? a : b;
      if (a === v) p++;
      if (b === v) q++;
      targets[k++] = v;
    }
    offsets[u + 1] = k;
  }
  return { offsets, targets: targets.subarray(0, k) };
}
