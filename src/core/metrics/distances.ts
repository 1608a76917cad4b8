/**
 * Distances across the network: the diameter, the average path length and global efficiency.
 * Wasserman, S. & Faust, K. (1994). Social Network Analysis, section 4.2 (geodesics, diameter).
 * Watts, D. J. & Strogatz, S. H. (1998). Collective dynamics of 'small-world' networks. Nature
 * 393, 440-442 (characteristic path length). Latora, V. & Marchiori, M. (2001). Efficient
 * behavior of small-world networks. Physical Review Letters 87(19), 198701 (efficiency).
 * Conventions: steps along ties, weights ignored, tie DIRECTION IGNORED (a directed graph is
 * read as undirected, like networkx `G.to_undirected()`).
 * - diameter and averagePathLength are measured within the largest weakly connected component
 *   (the first of components(): ties in size go to the one with the lowest node index), as
 *   UCINET reports for disconnected networks. On a connected graph they equal networkx
 *   `diameter(G.to_undirected())` and `average_shortest_path_length(G.to_undirected())`, which
 *   raise on disconnected graphs. The average is over ordered pairs u != v of that component,
 *   sum d(u, v) / (c(c-1)), the same as over unordered pairs. null when it has < 2 people.
 * - globalEfficiency is networkx `global_efficiency(G.to_undirected())` on the whole graph:
 *   the mean of 1 / d(u, v) over all n(n-1) ordered pairs, unreachable pairs adding 0; 0 when
 *   n < 2.
 * One breadth-first search from every person: O(n m). pathLengthPartial / combinePathLengths /
 * finishPathLengths split the sources for parallel workers.
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';
import { progressEvery } from './brandes.ts';
import { components } from './components.ts';

export interface PathLengthOptions {
  /** Called about every 1% of sources (at most ~100 times) and once at the end with done = total. */
  onProgress?: (done: number, total: number) => void;
}

export interface PathLengthPartialOptions extends PathLengthOptions {
  /** First source (inclusive). */
  from: number;
  /** Last source (exclusive), <= n. */
  to: number;
}

/** Sums over the sources of a part; add parts with combinePathLengths. */
export interface PathLengthSums {
  /** Sum of d(u, v) over ordered pairs within the largest component, u a source of the part. */
  distanceSum: number;
  /** Number of those pairs. */
  pairs: number;
  /** Largest d(u, v) among them (0 if none). */
  longest: number;
  /** Sum of 1 / d(u, v) over all reachable ordered pairs u != v, u a source of the part. */
  inverseSum: number;
}

export interface PathLengths {
  /** People in the largest weakly connected component (0 when n = 0). */
  componentSize: number;
  diameter: number | null;
  averagePathLength: number | null;
  globalEfficiency: number;
}

/** All three measures in one pass. */
export function pathLengths(g: CompiledGraph, opts: PathLengthOptions = {}): PathLengths {
  assertCompiled(g, 'distances');
  return finishPathLengths(g, pathLengthPartial(g, { from: 0, to: g.n, onProgress: opts.onProgress }));
}

export function diameter(g: CompiledGraph, opts: PathLengthOptions = {}): number | null {
  assertCompiled(g, 'distances');
  return finishPathLengths(g, sums(g, 0, g.n, true, opts.onProgress)).diameter;
}

export function averagePathLength(g: CompiledGraph, opts: PathLengthOptions = {}): number | null {
  assertCompiled(g, 'distances');
  return finishPathLengths(g, sums(g, 0, g.n, true, opts.onProgress)).averagePathLength;
}

export function globalEfficiency(g: CompiledGraph, opts: PathLengthOptions = {}): number {
  return pathLengths(g, opts).globalEfficiency;
}

/** The sums for the sources from .. to-1. */
export function pathLengthPartial(g: CompiledGraph, opts: PathLengthPartialOptions): PathLengthSums {
  assertCompiled(g, 'distances');
  const { from, to } = opts;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < from || to > g.n) {
    throw new Error(`distances: sources from ${from} to ${to} are not a range within 0 .. ${g.n}`);
  }
  return sums(g, from, to, false, opts.onProgress);
}

export function combinePathLengths(parts: PathLengthSums[]): PathLengthSums {
  const total: PathLengthSums = { distanceSum: 0, pairs: 0, longest: 0, inverseSum: 0 };
  for (const part of parts) {
    total.distanceSum += part.distanceSum;
    total.pairs += part.pairs;
    total.longest = Math.max(total.longest, part.longest);
    total.inverseSum += part.inverseSum;
  }
  return total;
}

/** The measures from the sums of all n sources (a single part, or combined parts). */
export function finishPathLengths(g: CompiledGraph, total: PathLengthSums): PathLengths {
  assertCompiled(g, 'distances');
  const n = g.n;
  const componentSize = n === 0 ? 0 : largestComponent(g).size;
  const connected = componentSize >= 2;
  if (total.pairs !== componentSize * (componentSize - 1)) {
    throw new Error(
      `distances: the sums cover ${total.pairs} of the ${componentSize * (componentSize - 1)} pairs; combine the parts of every source`,
    );
  }
  return {
    componentSize,
    diameter: connected ? total.longest : null,
    averagePathLength: connected ? total.distanceSum / (componentSize * (componentSize - 1)) : null,
    globalEfficiency: n < 2 ? 0 : total.inverseSum / (n * (n - 1)),
  };
}

function largestComponent(g: CompiledGraph): { inLargest: Uint8Array; size: number } {
  const { component, sizes } = components(g);
  const inLargest = new Uint8Array(g.n);
  for (let v = 0; v < g.n; v++) if (component[v] === 0) inLargest[v] = 1;
  return { inLargest, size: sizes[0] ?? 0 };
}

function sums(
  g: CompiledGraph,
  from: number,
  to: number,
  largestOnly: boolean,
  onProgress: ((done: number, total: number) => void) | undefined,
): PathLengthSums {
  const { n, outOffsets, outTargets, inOffsets, inSources, directed } = g;
  const result: PathLengthSums = { distanceSum: 0, pairs: 0, longest: 0, inverseSum: 0 };
  const total = to - from;
  if (total > 0) {
    const { inLargest } = largestComponent(g);
    const dist = new Int32Array(n).fill(-1);
    const queue = new Int32Array(n);
    // 1/d for d = 1 .. n-1, so that the inner loop adds without dividing
    const inverse = new Float64Array(n);
    for (let d = 1; d < n; d++) inverse[d] = 1 / d;
    const every = progressEvery(total);
    for (let s = from; s < to; s++) {
      if (largestOnly && inLargest[s] === 0) continue;
      dist[s] = 0;
      queue[0] = s;
      let head = 0;
      let tail = 1;
      let distanceSum = 0;
      let inverseSum = 0;
      while (head < tail) {
        const v = queue[head++]!;
        const next = dist[v]! + 1;
        for (let p = outOffsets[v]!, end = outOffsets[v + 1]!; p < end; p++) {
          const w = outTargets[p]!;
          if (dist[w] === -1) {
            dist[w] = next;
            queue[tail++] = w;
            distanceSum += next;
            inverseSum += inverse[next]!;
          }
        }
        if (!directed) continue;
        for (let p = inOffsets[v]!, end = inOffsets[v + 1]!; p < end; p++) {
          const w = inSources[p]!;
          if (dist[w] === -1) {
            dist[w] = next;
            queue[tail++] = w;
            distanceSum += next;
            inverseSum += inverse[next]!;
          }
        }
      }
      result.inverseSum += inverseSum;
      if (inLargest[s] === 1) {
        result.distanceSum += distanceSum;
        result.pairs += tail - 1;
        const eccentricity = dist[queue[tail - 1]!]!;
        if (eccentricity > result.longest) result.longest = eccentricity;
      }
      for (let i = 0; i < tail; i++) dist[queue[i]!] = -1;
      const done = s + 1 - from;
      if (onProgress && done % every === 0 && done < total) onProgress(done, total);
    }
  }
  onProgress?.(total, total);
  return result;
}
