import { describe, expect, it } from 'vitest';
import { coreNumber } from '../../../src/core/metrics/core-number.ts';
import { gridGraph, pathGraph, randomEdgeList, readCsv, type EdgeList } from '../../fixtures/graphs/graphs.ts';
import { compile, list, weightMatrix } from '../../fixtures/graphs/holes-helpers.ts';

/**
 * Independent reference, the definition by repeated peeling: for k = 1, 2, ..., delete people
 * with fewer than k ties among those left until none remain to delete; whoever survives has
 * core number >= k. Ties counted as networkx does: directed degree = in + out over the merged
 * ties (a mutual pair twice), undirected = number of neighbours; self-ties ignored.
 */
function naiveCore(l: EdgeList): number[] {
  const w = weightMatrix(l);
  const n = l.n;
  const tie = (u: number, v: number) => (w[u]![v]! >= 0 ? 1 : 0) + (l.directed && w[v]![u]! >= 0 ? 1 : 0);
  const core = new Array<number>(n).fill(0);
  const alive = new Array<boolean>(n).fill(true);
  for (let k = 1; alive.some(Boolean); k++) {
    let changed = true;
    while (changed) {
      changed = false;
      for (let v = 0; v < n; v++) {
        if (!alive[v]) continue;
        let d = 0;
        for (let u = 0; u < n; u++) if (alive[u] && u !== v) d += tie(u, v);
        if (d < k) {
          alive[v] = false;
          changed = true;
        }
      }
    }
    for (let v = 0; v < n; v++) if (alive[v]) core[v] = k;
  }
  return core;
}

describe('coreNumber against published values', () => {
  it('Zachary karate club', () => {
    // networkx core_number(karate_club_graph()) (networkx 3.6, run here); the 4-core of
    // members 0-3, 7, 8, 13, 30, 32, 33 is the one usually drawn.
    const published = [4, 4, 4, 4, 3, 3, 3, 4, 4, 2, 3, 1, 2, 4, 2, 2, 2, 2, 2, 3, 2, 2, 2, 3, 3, 3, 2,
      3, 3, 3, 4, 3, 4, 4];
    const g = compile(readCsv('karate-club'));
    const c = coreNumber(g);
    published.forEach((k, member) => expect(c[g.index.get(String(member))!]).toBe(k));
  });

  it('Krackhardt kite and Florentine marriages', () => {
    // networkx 3.6 core_number, run here; by hand: the kite's Heather keeps 2 ties in the
    // 2-core, Ike and Jane are a chain; the Florentine pendants (Acciaiuoli, Ginori,
    // Lamberteschi, Pazzi) and Salviati (left with Medici only) peel at 1.
    const kite = compile(readCsv('krackhardt-kite'));
    const k = coreNumber(kite);
    const expected: Record<string, number> = { Heather: 2, Ike: 1, Jane: 1 };
    kite.ids.forEach((id, i) => expect(k[i]).toBe(expected[id] ?? 3));
    const flo = compile(readCsv('florentine-marriage'));
    const f = coreNumber(flo);
    const ones = new Set(['Acciaiuoli', 'Ginori', 'Lamberteschi', 'Pazzi', 'Salviati']);
    flo.ids.forEach((id, i) => expect(f[i]).toBe(ones.has(id) ? 1 : 2));
  });

  it('networkx docstring: directed in + out degree, a mutual pair counts twice', () => {
    // core_number(DiGraph([(1, 2), (2, 1), (2, 3), (2, 4), (3, 4), (4, 3)])) == all 2
    const l = list(4, true, [[0, 1], [1, 0], [1, 2], [1, 3], [2, 3], [3, 2]]);
    expect(Array.from(coreNumber(compile(l)))).toEqual([2, 2, 2, 2]);
    // and a lone mutual pair is a 2-core, a one-way tie a 1-core
    expect(Array.from(coreNumber(compile(list(2, true, [[0, 1], [1, 0]]))))).toEqual([2, 2]);
    expect(Array.from(coreNumber(compile(list(2, true, [[0, 1]]))))).toEqual([1, 1]);
  });
});

describe('coreNumber on shapes with known values', () => {
  it.each([0, 1, 2])('n = %i without ties: all 0', (n) => {
    expect(Array.from(coreNumber(compile(list(n, false, []))))).toEqual(new Array(n).fill(0));
  });

  it('complete graph K6: 5; lattice: 2; a path of 20,000: 1', () => {
    const k6: [number, number][] = [];
    for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) k6.push([i, j]);
    expect(Array.from(coreNumber(compile(list(6, false, k6))))).toEqual([5, 5, 5, 5, 5, 5]);
    expect(Array.from(coreNumber(compile(gridGraph(7, 9))))).toEqual(new Array(63).fill(2));
    const path = coreNumber(compile(pathGraph(20000)));
    expect(path.every((k) => k === 1)).toBe(true);
  });

  it('ignores self-ties, parallel ties and weights (zero weights count)', () => {
    const l: EdgeList = { n: 3, directed: false, edges: [[0, 0, 5], [0, 1, 0], [1, 0, 2], [1, 2, 0], [2, 0, 1]] };
    expect(Array.from(coreNumber(compile(l)))).toEqual([2, 2, 2]);
  });

  it('rejects something that is not a compiled graph', () => {
    const g = compile(list(2, false, [[0, 1]]));
    expect(() => coreNumber({ ...g, outTargets: new Int32Array(0) })).toThrow(/^coreNumber: /);
  });

  // 300 seeded random graphs, sparse to dense, with parallel ties and self-ties.
  it.each(Array.from({ length: 300 }, (_, seed) => seed))('matches repeated peeling (seed %i)', (seed) => {
    const l = randomEdgeList(7000 + seed, seed % 30, [0.05, 0.15, 0.3, 0.6][seed % 4]!, seed % 2 === 1);
    expect(Array.from(coreNumber(compile(l)))).toEqual(naiveCore(l));
  });
});
