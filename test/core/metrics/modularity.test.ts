import { describe, expect, it } from 'vitest';
import { modularity } from '../../../src/core/metrics/modularity.ts';
import { randomEdgeList, readCsv, type EdgeList } from '../../fixtures/graphs/graphs.ts';
import { compile, matrixOf, pairs, randomPartition } from '../../fixtures/graphs/group-helpers.ts';

/**
 * Independent reference: modularity straight from its definition, a sum over all ordered pairs
 * of the weight matrix, on the people with a community (the others dropped with their ties).
 *   undirected: Q = 1/(2m) sum_ij [A_ij - r k_i k_j / (2m)] delta(c_i, c_j)
 *   directed:   Q = 1/m    sum_ij [A_ij - r kout_i kin_j / m] delta(c_i, c_j)
 */
function naiveModularity(list: EdgeList, part: ArrayLike<number>, resolution = 1): number | null {
  const { w } = matrixOf(list);
  const keep = (i: number) => part[i]! !== -1;
  const kOut = new Array<number>(list.n).fill(0);
  const kIn = new Array<number>(list.n).fill(0);
  let sum = 0;
  for (let i = 0; i < list.n; i++) {
    for (let j = 0; j < list.n; j++) {
      if (!keep(i) || !keep(j)) continue;
      kOut[i]! += w[i]![j]!;
      kIn[j]! += w[i]![j]!;
      sum += w[i]![j]!;
    }
  }
  if (sum === 0) return null;
  // directed: sum = m; undirected: sum = 2m, and k = kOut = kIn
  let q = 0;
  for (let i = 0; i < list.n; i++) {
    for (let j = 0; j < list.n; j++) {
      if (keep(i) && keep(j) && part[i] === part[j]) q += w[i]![j]! - (resolution * kOut[i]! * kIn[j]!) / sum;
    }
  }
  return q / sum;
}

// barbell_graph(3, 0): triangles {0,1,2} and {3,4,5} joined by the tie 2-3; m = 7.
const barbell = pairs(6, false, [[0, 1], [0, 2], [1, 2], [3, 4], [3, 5], [4, 5], [2, 3]]);

describe('modularity on hand-derived cases', () => {
  it('barbell, the two triangles: 5/14 (networkx docs print 0.35714285714285715)', () => {
    // each triangle: L = 3 inside, strengths 2 + 2 + 3 = 7; Q = 2 (3/7 - (7/14)^2) = 5/14
    expect(modularity(compile(barbell), Int32Array.from([0, 0, 0, 1, 1, 1]))).toBeCloseTo(5 / 14, 15);
  });

  it('barbell, a poor split {0,1,4} {2,3,5}: -16/196, and with resolution 2', () => {
    // inside: 0-1 (1) and 2-3, 3-5 (2); strengths 6 and 8: Q = 3/7 - (36 + 64)/196
    // (networkx test_quality.py: test_modularity and test_modularity_resolution)
    const part = Int32Array.from([0, 0, 1, 1, 0, 1]);
    expect(modularity(compile(barbell), part)).toBeCloseTo(-16 / 196, 15);
    expect(modularity(compile(barbell), part, { resolution: 2 })).toBeCloseTo(3 / 7 - (2 * 100) / 196, 15);
  });

  it('directed 2->1, 2->3, 3->4 with {1,2} {3,4}: 2/9 (Leicht-Newman)', () => {
    // nodes 1..4 are indices 0..3. m = 3; inside: 2->1 and 3->4. {1,2}: out 2, in 1;
    // {3,4}: out 1, in 2. Q = 2/3 - (2*1 + 1*2)/9 = 2/9 (networkx test_quality.py)
    const g = compile(pairs(4, true, [[1, 0], [1, 2], [2, 3]]));
    expect(modularity(g, Int32Array.from([0, 0, 1, 1]))).toBeCloseTo(2 / 9, 15);
    // one community: 1 - 1 = 0; all apart: 0 - (0*1 + 2*0 + 1*1 + 0*1)/9 = -1/9
    expect(modularity(g, Int32Array.from([0, 0, 0, 0]))).toBeCloseTo(0, 15);
    expect(modularity(g, Int32Array.from([0, 1, 2, 3]))).toBeCloseTo(-1 / 9, 15);
  });

  it('weights count: a heavy tie inside a community raises Q', () => {
    // path 0-1-2-3, weights 1, 0, 3 with {0,1} {2,3}: m = 4, inside 1 + 3, strengths 2 and 6
    // Q = 4/4 - (2^2 + 6^2)/64 = 1 - 40/64 = 3/8
    const g = compile({ n: 4, directed: false, edges: [[0, 1, 1], [1, 2, 0], [2, 3, 3]] });
    expect(modularity(g, Int32Array.from([0, 0, 1, 1]))).toBeCloseTo(3 / 8, 15);
  });

  it('community numbers need not be 0..k-1', () => {
    const g = compile(barbell);
    expect(modularity(g, Int32Array.from([7, 7, 7, 100, 100, 100]))).toBeCloseTo(5 / 14, 15);
  });

  it('drops people without a community with their ties', () => {
    // barbell without node 5: ties 0-1, 0-2, 1-2, 3-4, 2-3; m = 5. {0,1,2}: L 3, K 2+2+3 = 7;
    // {3,4}: L 1, K 2+1 = 3. Q = 4/5 - (49 + 9)/100 = 0.22
    const q = modularity(compile(barbell), Int32Array.from([0, 0, 0, 1, 1, -1]));
    expect(q).toBeCloseTo(0.22, 15);
  });

  it('Zachary karate club, unweighted, two factions', () => {
    // Factions as in networkx karate_club_graph's 'club' attribute (Mr. Hi = members 0-8, 10-13,
    // 16, 17, 19, 21): 0.358234714 by the pair sum below (and by a separate Python script of the
    // per-community formula). Moving member 8 to the Officer's side gives 0.371466141, the
    // 0.3715 quoted for the karate club's observed split.
    const karate = readCsv('karate-club');
    const list: EdgeList = { ...karate, edges: karate.edges.map(([s, t]) => [s, t, 1]) };
    const g = compile(list);
    const hi = new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 19, 21]);
    const club = Int32Array.from(g.ids, (id) => (hi.has(Number(id)) ? 0 : 1));
    expect(modularity(g, club)).toBeCloseTo(0.358234714, 9);
    club[g.index.get('8')!] = 1;
    expect(modularity(g, club)).toBeCloseTo(0.371466141, 9);
    expect(modularity(g, club)).toBeCloseTo(naiveModularity(list, club) ?? NaN, 12);
  });
});

describe('modularity: when it is undefined, and input', () => {
  it.each([
    ['n = 0', pairs(0, false, []), []],
    ['n = 1', pairs(1, false, []), [0]],
    ['n = 2, no tie', pairs(2, true, []), [0, 1]],
    ['only a self-tie', { n: 2, directed: false, edges: [[0, 0, 1]] } as EdgeList, [0, 0]],
    ['only zero weights', { n: 3, directed: true, edges: [[0, 1, 0], [1, 2, 0]] } as EdgeList, [0, 0, 1]],
    ['every tie touches someone without a group', pairs(3, false, [[0, 1], [1, 2]]), [0, -1, 0]],
  ] as [string, EdgeList, number[]][])('is null: %s', (_, list, part) => {
    expect(modularity(compile(list), Int32Array.from(part))).toBeNull();
  });

  it('n = 2 with a tie: together 0, apart -1/2', () => {
    const g = compile(pairs(2, false, [[0, 1]]));
    expect(modularity(g, Int32Array.from([0, 0]))).toBe(0);
    expect(modularity(g, Int32Array.from([0, 1]))).toBe(-0.5);
  });

  it('rejects bad input, naming the module', () => {
    const g = compile(barbell);
    expect(() => modularity(g, new Int32Array(5))).toThrow(/^modularity: partition has 5 entries/);
    expect(() => modularity(g, Int32Array.from([0, 0, 0, 1, 1, -2]))).toThrow(/^modularity: person 5/);
    expect(() => modularity(g, new Int32Array(6), { resolution: -1 })).toThrow(/^modularity: resolution/);
    expect(() => modularity(g, new Int32Array(6), { resolution: NaN })).toThrow(/^modularity: resolution/);
    expect(() => modularity({ ...g, n: 7 }, new Int32Array(7))).toThrow(/^modularity: /);
  });
});

describe('modularity against the pair sum', () => {
  // 300 seeded random graphs, n up to 24, directed and undirected, with isolates, parallel ties,
  // self-ties, zero and unequal weights; random partitions with some -1; three resolutions.
  it.each(Array.from({ length: 300 }, (_, seed) => seed))('seed %i', (seed) => {
    const n = seed % 25;
    const directed = seed % 2 === 1;
    const list = randomEdgeList(7100 + seed, n, [0.05, 0.2, 0.5][seed % 3]!, directed);
    const part = randomPartition(9100 + seed, n, 1 + (seed % 5), seed % 4 === 0 ? 0 : 0.2);
    const resolution = [1, 0.5, 2][seed % 3]!;
    const g = compile(list);
    const ref = naiveModularity(list, part, resolution);
    const q = modularity(g, part, { resolution });
    if (ref === null) expect(q).toBeNull();
    else expect(q).toBeCloseTo(ref, 12);
  });
});
