/**
 * The weighted single-source step of Brandes' algorithm, and the choice between it and the
 * unweighted one (brandes.ts). Brandes, U. (2001), Journal of Mathematical Sociology 25(2).
 *
 * Weighted step. Dijkstra's algorithm on a binary heap of typed arrays, with the length of a tie
 * = 1 / weight (a stronger tie is a shorter route) and zero-weight ties unusable, finds the
 * distances; then path counts and predecessors are read off the in-ties in settling order.
 * A tie u -> w is on a shortest route when u was settled before w and d(u) + length equals d(w)
 * within a relative 1e-12 (and d(u) < d(w)), so that floating-point error does not split
 * equally short routes (0.1 + 0.1 + 0.1 against 0.3). Requiring d(u) < d(w) keeps people at
 * one distance from preceding each other through a tie shorter than the tolerance, so the
 * result does not depend on the order of the heap. Exception: a tie too short to change the
 * float64 sum at all (d(u) + length === d(w)) is always on the route, so that everyone reached
 * has a path count.
 */
import type { CompiledGraph } from '../graph/compile.ts';
import { bfsStep, RELATIVE_EPSILON, type SourceStep } from './brandes.ts';

/** Weighted single-source step (Dijkstra, length = 1 / weight) for node betweenness. */
export function dijkstraStep(g: CompiledGraph): SourceStep {
  const { n, outOffsets, outTargets, outWeights, inOffsets, inSources, inWeights } = g;
  const dist = new Float64Array(n).fill(Infinity);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const position = new Int32Array(n).fill(n); // place in the settling order; n = not reached
  const order = new Int32Array(n); // settling order, non-decreasing distance
  const heap = new Int32Array(n);
  const heapKey = new Float64Array(n); // heapKey[i] = dist[heap[i]], kept alongside for locality
  const heapPos = new Int32Array(n).fill(-1);
  const predStart = new Int32Array(n + 1); // predecessors of order[i]: predNode[predStart[i] ..]
  const predNode = new Int32Array(inSources.length);
  // Tie lengths, computed once: 1 / weight; Infinity for a zero weight (never on a route).
  const outLengths = outWeights.map((w) => (w > 0 ? 1 / w : Infinity));
  const inLengths = inWeights === outWeights ? outLengths : inWeights.map((w) => (w > 0 ? 1 / w : Infinity));
  let size = 0;

  const siftUp = (i: number, v: number, dv: number): void => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const dp = heapKey[parent]!;
      if (dp <= dv) break;
      const u = heap[parent]!;
      heap[i] = u;
      heapKey[i] = dp;
      heapPos[u] = i;
      i = parent;
    }
    heap[i] = v;
    heapKey[i] = dv;
    heapPos[v] = i;
  };
  const popMin = (): number => {
    const top = heap[0]!;
    heapPos[top] = -1;
    size--;
    if (size > 0) {
      const v = heap[size]!;
      const dv = heapKey[size]!;
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= size) break;
        let dc = heapKey[child]!;
        const right = child + 1;
        if (right < size && heapKey[right]! < dc) {
          child = right;
          dc = heapKey[right]!;
        }
        if (dc >= dv) break;
        const c = heap[child]!;
        heap[i] = c;
        heapKey[i] = dc;
        heapPos[c] = i;
        i = child;
      }
      heap[i] = v;
      heapKey[i] = dv;
      heapPos[v] = i;
    }
    return top;
  };

  return (s, sums, squares) => {
    // 1. Dijkstra: distances (exact float minima) and the settling order.
    let count = 0;
    dist[s] = 0;
    heap[0] = s;
    heapKey[0] = 0;
    heapPos[s] = 0;
    size = 1;
    while (size > 0) {
      const v = popMin();
      position[v] = count;
      order[count++] = v;
      const dv = dist[v]!;
      for (let p = outOffsets[v]!, end = outOffsets[v + 1]!; p < end; p++) {
        const w = outTargets[p]!;
        const length = dv + outLengths[p]!; // Infinity (never < dist) for a zero weight
        if (length < dist[w]!) {
          dist[w] = length;
          siftUp(heapPos[w]! < 0 ? size++ : heapPos[w]!, w, length);
        }
      }
    }
    // 2. Path counts in settling order. u -> w is on a shortest route when u was settled first
    // and d(u) + length reaches d(w): within the tolerance when d(u) < d(w), exactly otherwise
    // (a tie too short to change a float64 sum), so that no two people at one distance
    // precede each other.
    sigma[s] = 1;
    let pool = 0;
    predStart[0] = 0;
    predStart[1] = 0;
    for (let i = 1; i < count; i++) {
      const w = order[i]!;
      const dw = dist[w]!;
      let paths = 0;
      for (let p = inOffsets[w]!, end = inOffsets[w + 1]!; p < end; p++) {
        const u = inSources[p]!;
        if (position[u]! >= i) continue; // settled later, or not reached
        const du = dist[u]!;
        const length = du + inLengths[p]!;
        if (length === dw || (du < dw && length < Infinity && Math.abs(length - dw) <= RELATIVE_EPSILON * length)) {
          paths += sigma[u]!;
          predNode[pool++] = u;
        }
      }
      sigma[w] = paths;
      predStart[i + 1] = pool;
    }
    // 3. Dependencies in reverse settling order.
    for (let i = count - 1; i > 0; i--) {
      const w = order[i]!;
      const coeff = (1 + delta[w]!) / sigma[w]!;
      for (let e = predStart[i]!, end = predStart[i + 1]!; e < end; e++) {
        const v = predNode[e]!;
        delta[v]! += sigma[v]! * coeff;
      }
      const dw = delta[w]!;
      sums[w]! += dw;
      if (squares) squares[w]! += dw * dw;
    }
    for (let i = 0; i < count; i++) {
      const v = order[i]!;
      dist[v] = Infinity;
      sigma[v] = 0;
      delta[v] = 0;
      position[v] = n;
    }
  };
}

/** The source step for unweighted (BFS) or weighted (Dijkstra) shortest paths. */
export function sourceStep(g: CompiledGraph, weighted: boolean): SourceStep {
  return weighted ? dijkstraStep(g) : bfsStep(g);
}
