/**
 * Brokerage roles: how often a person links two others who are not tied, by group.
 * Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a formal approach to
 * brokerage in transaction networks. Sociological Methodology 19, 89-126.
 * Convention: R sna `brokerage(g, cl)$raw.nli` (raw counts). b brokers the ordered pair (a, c)
 * when a -> b, b -> c, a != c and there is no tie a -> c. Each such pair is classified by the
 * groups of a, b and c (sna's column, from sna's C source):
 *   coordinator    w_I   a, b, c all in one group             A -> A -> A
 *   itinerant      w_O   a and c in one group, b in another   A -> B -> A  (the "consultant")
 *   representative b_IO  a and b in one group, c in another   A -> A -> B
 *   gatekeeper     b_OI  b and c in one group, a in another   A -> B -> B
 *   liaison        b_O   all three in different groups        A -> B -> C
 * total = the sum of the five. Ties are counted, not weighted. An undirected tie counts in
 * both directions (as sna reads a symmetric matrix), so every unordered pair {a, c} is counted
 * twice, once each way: (a, c) as representative is (c, a) as gatekeeper. Pairs with any of a,
 * b or c missing a group are not counted (sna would treat NA as one more group).
 * Cost: for each broker b and each a -> b, min(out(a), out(b) log out(a)) steps, plus the class
 * counts of b's out-ties; never more than O(sum of in(b) out(b) log) overall.
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';
import { assertGroups, type Groups } from './groups.ts';

export interface Brokerage {
  coordinator: Float64Array;
  itinerant: Float64Array;
  representative: Float64Array;
  gatekeeper: Float64Array;
  liaison: Float64Array;
  total: Float64Array;
}

export function brokerage(g: CompiledGraph, groups: Groups): Brokerage {
  assertCompiled(g, 'brokerage');
  assertGroups(g, groups, 'brokerage');
  const { n, outOffsets, outTargets, inOffsets, inSources } = g;
  const of = groups.of;
  const coordinator = new Float64Array(n);
  const itinerant = new Float64Array(n);
  const representative = new Float64Array(n);
  const gatekeeper = new Float64Array(n);
  const liaison = new Float64Array(n);
  const total = new Float64Array(n);
  const inOut = new Int32Array(n).fill(-1); // inOut[c] === b: b -> c
  const perGroup = new Float64Array(groups.labels.length); // b's out-ties by group of c

  for (let b = 0; b < n; b++) {
    const gb = of[b]!;
    const bStart = outOffsets[b]!;
    const bEnd = outOffsets[b + 1]!;
    if (gb === -1 || bStart === bEnd || inOffsets[b] === inOffsets[b + 1]) continue;
    let reach = 0; // out-ties of b to people with a group
    for (let p = bStart; p < bEnd; p++) {
      const c = outTargets[p]!;
      inOut[c] = b;
      const gc = of[c]!;
      if (gc !== -1) {
        perGroup[gc]!++;
        reach++;
      }
    }
    for (let q = inOffsets[b]!, qEnd = inOffsets[b + 1]!; q < qEnd; q++) {
      const a = inSources[q]!;
      const ga = of[a]!;
      if (ga === -1) continue;
      // Candidates c: b's out-ties with a group, by class; then drop c = a and every c with a -> c.
      let all = reach;
      let likeA = perGroup[ga]!;
      let likeB = perGroup[gb]!;
      if (inOut[a] === b) {
        // b -> a too: c = a is not a candidate
        all--;
        likeA--;
        if (ga === gb) likeB--;
      }
      const aStart = outOffsets[a]!;
      const aEnd = outOffsets[a + 1]!;
      const scanA = aEnd - aStart <= bEnd - bStart;
      for (let p = scanA ? aStart : bStart, end = scanA ? aEnd : bEnd; p < end; p++) {
        const c = outTargets[p]!;
        if (scanA ? inOut[c] !== b : !hasTarget(outTargets, aStart, aEnd, c)) continue;
        const gc = of[c]!;
        if (gc === -1) continue;
        all--;
        if (gc === ga) likeA--;
        if (gc === gb) likeB--;
      }
      total[b]! += all;
      if (ga === gb) {
        coordinator[b]! += likeA;
        representative[b]! += all - likeA;
      } else {
        itinerant[b]! += likeA;
        gatekeeper[b]! += likeB;
        liaison[b]! += all - likeA - likeB;
      }
    }
    for (let p = bStart; p < bEnd; p++) {
      const gc = of[outTargets[p]!]!;
      if (gc !== -1) perGroup[gc] = 0;
    }
  }
  return { coordinator, itinerant, representative, gatekeeper, liaison, total };
}

/** Binary search for c in the sorted slice targets[lo, hi). */
function hasTarget(targets: Int32Array, lo: number, hi: number, c: number): boolean {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const t = targets[mid]!;
    if (t === c) return true;
    if (t < c) lo = mid + 1;
    else hi = mid;
  }
  return false;
}
