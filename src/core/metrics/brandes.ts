/**
 * The single-source step of Brandes' algorithm, shared by exact, split, sampled, weighted and
 * edge betweenness. Each step finds the shortest paths from one source s, counts them, and adds
 * the dependencies of every node on s (Brandes 2001, eq. 5) to the caller's sums.
 * Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of Mathematical
 * Sociology 25(2), 163-177. Brandes, U. (2008). On variants of shortest-path betweenness
 * centrality and their generic computation. Social Networks 30(2), 136-145.
 *
 * Unweighted step. A breadth-first search that expands each level either top-down (scan the
 * out-ties of the frontier) or bottom-up (scan the in-ties of the people not yet reached, summing
 * the path counts of those on the frontier), whichever reads fewer ties; Beamer, S., Asanovic, K.
 * & Patterson, D. (2012). Direction-optimizing breadth-first search. SC '12. The dependencies are
 * then gathered level by level, deepest first, from a per-node coefficient (1 + delta(w)) /
 * sigma(w) that is non-zero only on the level below: each person of a level adds it up over
 * their out-ties, or, when the level below has fewer in-ties than the level has out-ties, the
 * level below pushes it up its in-ties. No predecessor lists are stored and the inner loops
 * have no data-dependent branch. Every direction gives the same counts; only the order of
 * floating-point additions differs (exact for path counts below 2^53).
 *
 * The weighted step (Dijkstra) is in brandes-dijkstra.ts.
 */
import type { CompiledGraph } from '../graph/compile.ts';

/**
 * Adds, for one source s, the dependency delta_s(v) of every node v != s to sums[v], and its
 * square to squares[v] when squares is given. Nodes s cannot reach add 0.
 */
export type SourceStep = (s: number, sums: Float64Array, squares: Float64Array | null) => void;

/**
 * Adds, for one source s, the dependency of s on every tie to edgeSums, indexed by the tie's
 * position in the out-lists (outTargets). An undirected tie's two positions get the routes
 * that use it in their own direction; the caller adds them up.
 */
export type EdgeSourceStep = (s: number, edgeSums: Float64Array) => void;

/** Two route lengths closer than this, relative to the larger, are the same length. */
export const RELATIVE_EPSILON = 1e-12;

/**
 * Bottom-up pays when (frontier out-ties) * ALPHA > (in-ties of the unreached). Its ties cost
 * less each (a sequential read and an add, no branch) than top-down ties (a test that the
 * processor cannot predict). Measured on random directed graphs; any value gives the same result.
 */
const BOTTOM_UP_ALPHA = 4;

interface Levels {
  /** Nodes in the order reached; level d is order[levelStart[d]] .. order[levelStart[d+1] - 1]. */
  order: Int32Array;
  levelStart: Int32Array;
  dist: Int32Array;
  sigma: Float64Array;
  /** Number of levels of the last search. */
  levels: number;
}

/**
 * A direction-optimising breadth-first search from s that counts shortest paths (sigma).
 * Leaves dist (level, -1 = unreached), sigma, order and levelStart filled; the caller resets
 * dist and sigma of order[0 .. levelStart[levels]) afterwards.
 */
function bfsSearcher(g: CompiledGraph): { levels: Levels; search: (s: number) => void } {
  const { n, outOffsets, outTargets, inOffsets, inSources } = g;
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const order = new Int32Array(n);
  const levelStart = new Int32Array(n + 2);
  const front = new Float64Array(n); // sigma on the current frontier, 0 elsewhere (bottom-up)
  const unreached = new Int32Array(n); // candidates for bottom-up levels
  const totalIn = inSources.length;
  const levels: Levels = { order, levelStart, dist, sigma, levels: 0 };

  const search = (s: number): void => {
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    levelStart[0] = 0;
    levelStart[1] = 1;
    let tail = 1;
    let level = 0;
    // in-ties of the people not yet reached: what a bottom-up level would read
    let unreachedIn = totalIn - (inOffsets[s + 1]! - inOffsets[s]!);
    let unreachedCount = -1; // -1: list not built yet for this source
    while (levelStart[level]! < levelStart[level + 1]!) {
      const fs = levelStart[level]!;
      const fe = levelStart[level + 1]!;
      const next = level + 1;
      let frontierOut = 0;
      for (let i = fs; i < fe; i++) {
        const v = order[i]!;
        frontierOut += outOffsets[v + 1]! - outOffsets[v]!;
      }
      if (frontierOut * BOTTOM_UP_ALPHA <= unreachedIn + (unreachedCount < 0 ? n : unreachedCount)) {
        // Top-down: each out-tie of the frontier.
        for (let i = fs; i < fe; i++) {
          const v = order[i]!;
          const sv = sigma[v]!;
          for (let p = outOffsets[v]!, end = outOffsets[v + 1]!; p < end; p++) {
            const w = outTargets[p]!;
            let d = dist[w]!;
            if (d < 0) {
              dist[w] = d = next;
              order[tail++] = w;
              unreachedIn -= inOffsets[w + 1]! - inOffsets[w]!;
            }
            if (d === next) sigma[w]! += sv;
          }
        }
      } else {
        // Bottom-up: each in-tie of each person not yet reached.
        let count = 0;
        if (unreachedCount < 0) {
          for (let v = 0; v < n; v++) if (dist[v]! < 0) unreached[count++] = v;
        } else {
          for (let j = 0; j < unreachedCount; j++) {
            const v = unreached[j]!;
            if (dist[v]! < 0) unreached[count++] = v;
          }
        }
        for (let i = fs; i < fe; i++) {
          const v = order[i]!;
          front[v] = sigma[v]!;
        }
        let keep = 0;
        for (let j = 0; j < count; j++) {
          const w = unreached[j]!;
          let sum = 0;
          for (let p = inOffsets[w]!, end = inOffsets[w + 1]!; p < end; p++) sum += front[inSources[p]!]!;
          if (sum > 0) {
            dist[w] = next;
            sigma[w] = sum;
            order[tail++] = w;
            unreachedIn -= inOffsets[w + 1]! - inOffsets[w]!;
          } else {
            unreached[keep++] = w;
          }
        }
        unreachedCount = keep;
        for (let i = fs; i < fe; i++) front[order[i]!] = 0;
      }
      levelStart[next + 1] = tail;
      level = next;
    }
    levels.levels = level; // the last level examined was empty
  };
  return { levels, search };
}

/** Unweighted single-source step for node betweenness. */
export function bfsStep(g: CompiledGraph): SourceStep {
  const { n, outOffsets, outTargets, inOffsets, inSources } = g;
  const { levels, search } = bfsSearcher(g);
  const { order, levelStart, dist, sigma } = levels;
  const coeff = new Float64Array(n); // (1 + delta(w)) / sigma(w) on the level below, 0 elsewhere
  const gathered = new Float64Array(n); // per position in order: sum of coeff over out-ties
  const pushed = new Float64Array(n); // per node, when the level below pushes instead; 0 between uses

  return (s, sums, squares) => {
    search(s);
    const depth = levels.levels;
    // Deepest level: nobody below it, so its dependencies are 0; only set its coefficients.
    for (let d = depth - 1; d >= 0; d--) {
      const ls = levelStart[d]!;
      const le = levelStart[d + 1]!;
      if (d < depth - 1) {
        const below = levelStart[d + 2]!;
        let outTies = 0;
        let inTies = 0;
        for (let i = ls; i < le; i++) outTies += outOffsets[order[i]! + 1]! - outOffsets[order[i]!]!;
        for (let i = le; i < below; i++) inTies += inOffsets[order[i]! + 1]! - inOffsets[order[i]!]!;
        if (2 * inTies < outTies) {
          // A small level below (the last few levels): it pushes its coefficients up its
          // in-ties, then clears what it pushed. Same sums, fewer ties read.
          for (let i = le; i < below; i++) {
            const w = order[i]!;
            const c = coeff[w]!;
            for (let p = inOffsets[w]!, end = inOffsets[w + 1]!; p < end; p++) pushed[inSources[p]!]! += c;
          }
          for (let i = ls; i < le; i++) gathered[i] = pushed[order[i]!]!;
          for (let i = le; i < below; i++) {
            const w = order[i]!;
            for (let p = inOffsets[w]!, end = inOffsets[w + 1]!; p < end; p++) pushed[inSources[p]!] = 0;
          }
        } else {
          for (let i = ls; i < le; i++) {
            const v = order[i]!;
            let sum = 0;
            for (let p = outOffsets[v]!, end = outOffsets[v + 1]!; p < end; p++) sum += coeff[outTargets[p]!]!;
            gathered[i] = sum;
          }
        }
        for (let i = le; i < below; i++) coeff[order[i]!] = 0;
      } else {
        gathered.fill(0, ls, le);
      }
      if (d === 0) break;
      for (let i = ls; i < le; i++) {
        const v = order[i]!;
        const sv = sigma[v]!;
        const sum = gathered[i]!;
        const delta = sv * sum;
        coeff[v] = 1 / sv + sum;
        sums[v]! += delta;
        if (squares) squares[v]! += delta * delta;
      }
    }
    for (let i = 0, end = levelStart[depth]!; i < end; i++) {
      const v = order[i]!;
      dist[v] = -1;
      sigma[v] = 0;
    }
  };
}

/** Unweighted single-source step for edge betweenness. */
export function bfsEdgeStep(g: CompiledGraph): EdgeSourceStep {
  const { n, outOffsets, outTargets } = g;
  const { levels, search } = bfsSearcher(g);
  const { order, levelStart, dist, sigma } = levels;
  const coeff = new Float64Array(n);
  const gathered = new Float64Array(n);

  return (s, edgeSums) => {
    search(s);
    const depth = levels.levels;
    for (let d = depth - 2; d >= 0; d--) {
      const ls = levelStart[d]!;
      const le = levelStart[d + 1]!;
      if (d === depth - 2) {
        // coefficients of the deepest level: 1 / sigma (no dependencies below it)
        for (let i = le, end = levelStart[d + 2]!; i < end; i++) {
          const w = order[i]!;
          coeff[w] = 1 / sigma[w]!;
        }
      }
      for (let i = ls; i < le; i++) {
        const v = order[i]!;
        const sv = sigma[v]!;
        let sum = 0;
        for (let p = outOffsets[v]!, end = outOffsets[v + 1]!; p < end; p++) {
          const c = coeff[outTargets[p]!]!;
          edgeSums[p]! += sv * c; // 0 unless the tie leads one level down
          sum += c;
        }
        gathered[i] = sum;
      }
      for (let i = le, end = levelStart[d + 2]!; i < end; i++) coeff[order[i]!] = 0;
      if (d === 0) break;
      for (let i = ls; i < le; i++) {
        const v = order[i]!;
        coeff[v] = 1 / sigma[v]! + gathered[i]!;
      }
    }
    for (let i = 0, end = levelStart[depth]!; i < end; i++) {
      const v = order[i]!;
      dist[v] = -1;
      sigma[v] = 0;
    }
  };
}

/** Calls onProgress about every 1% of `total` steps: returns how often. */
export function progressEvery(total: number): number {
  return Math.max(1, Math.ceil(total / 100));
}
