import { describe, expect, it } from 'vitest';
import { crossesBoundary, mixingMatrix } from '../../../src/core/metrics/crossing.ts';
import { eiNetwork } from '../../../src/core/metrics/ei-index.ts';
import { groupsFromValues, type Groups } from '../../../src/core/metrics/groups.ts';
import { randomEdgeList, type EdgeList } from '../../fixtures/graphs/graphs.ts';
import { compile, matrixOf, pairs, plain, randomValues } from '../../fixtures/graphs/group-helpers.ts';

/**
 * Independent reference: block counts and densities from the tie matrix. Directed: every
 * cell i -> j; undirected: every pair i < j, added to both blocks (once on the diagonal).
 * Possible pairs: n_r n_c between groups, n_r (n_r - 1) [/ 2 undirected] inside one.
 */
function naiveMixing(list: EdgeList, groups: Groups) {
  const { tie } = matrixOf(list);
  const k = groups.labels.length;
  const size = new Array<number>(k).fill(0);
  for (const c of groups.of) if (c >= 0) size[c]!++;
  const ties = new Array<number>(k * k).fill(0);
  for (let i = 0; i < list.n; i++) {
    for (let j = 0; j < list.n; j++) {
      const [gi, gj] = [groups.of[i]!, groups.of[j]!];
      if (!tie[i]![j] || gi === -1 || gj === -1 || (!list.directed && j < i)) continue;
      ties[gi * k + gj]!++;
      if (!list.directed && gi !== gj) ties[gj * k + gi]!++;
    }
  }
  const density = ties.map((x, rc) => {
    const [r, c] = [Math.floor(rc / k), rc % k];
    const possible = r !== c ? size[r]! * size[c]! : (size[r]! * (size[r]! - 1)) / (list.directed ? 1 : 2);
    return possible === 0 ? NaN : x / possible;
  });
  return { size, ties, density };
}

describe('groupsFromValues', () => {
  it('sorts labels as the import does (en-GB, numeric) and marks missing values -1', () => {
    const groups = groupsFromValues(['Place 10', 'Place 2', null, 'acute', 'Acute', 'Place 2', '', '  ', 'VCSE']);
    expect(groups.labels).toEqual(['acute', 'Acute', 'Place 2', 'Place 10', 'VCSE']);
    expect(plain(groups.of)).toEqual([3, 2, -1, 0, 1, 2, -1, -1, 4]);
  });

  it('handles no values, and all missing', () => {
    expect(groupsFromValues([])).toEqual({ of: new Int32Array(0), labels: [] });
    expect(groupsFromValues([null, null])).toEqual({ of: Int32Array.from([-1, -1]), labels: [] });
  });
});

describe('crossesBoundary', () => {
  it('marks each out-row entry 1 across, 0 inside, -1 unknown (directed)', () => {
    // 0 A, 1 A, 2 B, 3 missing. Rows: 0: [1, 2, 3]; 1: [0]; 2: [3]; 3: [0]
    const g = compile(pairs(4, true, [[0, 2], [0, 1], [0, 3], [1, 0], [2, 3], [3, 0]]));
    const x = crossesBoundary(g, groupsFromValues(['A', 'A', 'B', null]));
    expect(x).toBeInstanceOf(Int8Array);
    expect(plain(g.outTargets)).toEqual([1, 2, 3, 0, 3, 0]);
    expect(plain(x)).toEqual([0, 1, -1, 0, -1, -1]);
  });

  it('gives both entries of an undirected tie the same value', () => {
    const g = compile(pairs(3, false, [[0, 1], [1, 2]]));
    const x = crossesBoundary(g, groupsFromValues(['A', 'A', 'B']));
    // rows 0: [1]; 1: [0, 2]; 2: [1]
    expect(plain(x)).toEqual([0, 0, 1, 1]);
  });

  it('is empty for n = 0 and for a graph with no ties', () => {
    expect(crossesBoundary(compile(pairs(0, false, [])), groupsFromValues([])).length).toBe(0);
    expect(crossesBoundary(compile(pairs(2, true, [])), groupsFromValues(['A', 'B'])).length).toBe(0);
  });

  it.each(Array.from({ length: 100 }, (_, seed) => seed))('agrees with the groups of each tie (seed %i)', (seed) => {
    const n = seed % 20;
    const list = randomEdgeList(9100 + seed, n, 0.2, seed % 2 === 0);
    const g = compile(list);
    const groups = groupsFromValues(randomValues(9300 + seed, n, 1 + (seed % 4), 0.2));
    const x = crossesBoundary(g, groups);
    const { tie } = matrixOf(list);
    let p = 0;
    for (let u = 0; u < n; u++) {
      for (let t = 0; t < n; t++) {
        if (!tie[u]![t]) continue;
        expect(g.outTargets[p]).toBe(t); // rows are sorted, so matrix order is CSR order
        const [a, b] = [groups.of[u]!, groups.of[t]!];
        expect(x[p++]).toBe(a === -1 || b === -1 ? -1 : a === b ? 0 : 1);
      }
    }
    expect(p).toBe(x.length);
  });
});

describe('mixingMatrix', () => {
  it('directed: ties from row group to column group, densities over ordered pairs', () => {
    // A = {0, 1, 2}, B = {3}, missing = {4}. Ties: 0->1, 1->0, 2->3, 3->0, 3->1, 4->3 (left out)
    const g = compile(pairs(5, true, [[0, 1], [1, 0], [2, 3], [3, 0], [3, 1], [4, 3]]));
    const m = mixingMatrix(g, groupsFromValues(['A', 'A', 'A', 'B', null]));
    expect(m.k).toBe(2);
    expect(plain(m.size)).toEqual([3, 1]);
    expect(plain(m.ties)).toEqual([2, 1, 2, 0]);
    // A->A: 2 of 3*2; A->B: 1 of 3*1; B->A: 2 of 1*3; B->B: no possible pair
    expect(plain(m.density)).toEqual([2 / 6, 1 / 3, 2 / 3, NaN]);
  });

  it('undirected: symmetric, a tie inside a group once on the diagonal', () => {
    // A = {0, 1, 2}, B = {3, 4}. Ties 0-1, 1-2, 2-3, 0-4, 3-4
    const g = compile(pairs(5, false, [[0, 1], [1, 2], [2, 3], [0, 4], [3, 4]]));
    const m = mixingMatrix(g, groupsFromValues(['A', 'A', 'A', 'B', 'B']));
    expect(plain(m.ties)).toEqual([2, 2, 2, 1]);
    // A-A: 2 of 3; A-B: 2 of 6; B-B: 1 of 1
    expect(plain(m.density)).toEqual([2 / 3, 2 / 6, 2 / 6, 1]);
  });

  it('n = 0, 1 and 2, and a group with no members', () => {
    expect(mixingMatrix(compile(pairs(0, true, [])), groupsFromValues([]))).toEqual(
      { k: 0, size: new Float64Array(0), ties: new Float64Array(0), density: new Float64Array(0) });
    expect(plain(mixingMatrix(compile(pairs(1, true, [])), groupsFromValues(['A'])).density)).toEqual([NaN]);
    const two = mixingMatrix(compile(pairs(2, true, [[0, 1]])), groupsFromValues(['A', 'A']));
    expect([plain(two.ties), plain(two.density)]).toEqual([[1], [0.5]]);
    // labels may include a group nobody in this graph has
    const m = mixingMatrix(compile(pairs(2, false, [[0, 1]])), { of: Int32Array.from([0, 2]), labels: ['A', 'B', 'C'] });
    expect(plain(m.ties)).toEqual([0, 0, 1, 0, 0, 0, 1, 0, 0]);
    expect(plain(m.density)).toEqual([NaN, NaN, 1, NaN, NaN, NaN, 1, NaN, NaN]);
  });

  it('rejects groups that do not fit the graph, naming the module', () => {
    const g = compile(pairs(2, false, [[0, 1]]));
    expect(() => mixingMatrix(g, groupsFromValues(['A', 'B', 'C']))).toThrow(/^crossing: groups has 3 entries/);
    expect(() => crossesBoundary(g, { of: Int32Array.from([0, 1]), labels: ['A'] })).toThrow(/^crossing: person 1/);
    expect(() => crossesBoundary(g, { of: [0, 0] as unknown as Int32Array, labels: ['A'] })).toThrow(/^crossing: /);
  });

  // 200 seeded random graphs, 1-6 groups, about 15% missing; the E-I index read off the matrix
  // (E = ties off the diagonal, I = on it) must equal eiNetwork.
  it.each(Array.from({ length: 200 }, (_, seed) => seed))('matches block counting (seed %i)', (seed) => {
    const n = seed % 30;
    const list = randomEdgeList(9700 + seed, n, [0.05, 0.2, 0.5][seed % 3]!, seed % 2 === 1);
    const groups = groupsFromValues(randomValues(9900 + seed, n, 1 + (seed % 6)));
    const g = compile(list);
    const m = mixingMatrix(g, groups);
    const ref = naiveMixing(list, groups);
    expect(plain(m.size)).toEqual(ref.size);
    expect(plain(m.ties)).toEqual(ref.ties);
    m.density.forEach((d, i) => (Number.isNaN(ref.density[i]) ? expect(d).toBeNaN() : expect(d).toBeCloseTo(ref.density[i]!, 14)));
    let inside = 0;
    let across = 0;
    for (let r = 0; r < m.k; r++) {
      for (let c = 0; c < m.k; c++) {
        if (r === c) inside += m.ties[r * m.k + c]!;
        else if (g.directed || r < c) across += m.ties[r * m.k + c]!;
      }
    }
    const ei = eiNetwork(g, groups);
    if (inside + across === 0) expect(ei).toBeNull();
    else expect(ei).toBeCloseTo((across - inside) / (across + inside), 14);
  });
});
