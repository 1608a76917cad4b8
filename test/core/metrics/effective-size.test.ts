import { describe, expect, it } from 'vitest';
import { effectiveSize, efficiency } from '../../../src/core/metrics/effective-size.ts';
import { pathGraph, randomEdgeList, readCsv, type EdgeList } from '../../fixtures/graphs/graphs.ts';
import {
  closeArrays, compile, list, reversed, undirectedNeighbours, weightMatrix,
} from '../../fixtures/graphs/holes-helpers.ts';

/**
 * Reference 1, Burt's formula over a dense matrix: a_ij = w(i->j) + w(j->i) (undirected: w_ij),
 * contacts = { j : a_ij > 0 }, p_ij = a_ij / sum_k a_ik, m_jq = a_jq / max_k a_jk,
 * e_i = sum_{j contact} (1 - sum_{q != i, j} p_iq m_jq); efficiency = e_i / |contacts|.
 */
function naiveBurt(l: EdgeList): { size: number[]; efficiency: number[] } {
  const w = weightMatrix(l);
  const a = w.map((row, i) => row.map((x, j) => Math.max(x, 0) + (l.directed ? Math.max(w[j]![i]!, 0) : 0)));
  const size: number[] = [];
  const eff: number[] = [];
  for (let i = 0; i < l.n; i++) {
    const sum = a[i]!.reduce((x, y) => x + y, 0);
    const contacts = a[i]!.map((x, j) => (x > 0 ? j : -1)).filter((j) => j >= 0);
    if (contacts.length === 0) {
      size.push(NaN);
      eff.push(NaN);
      continue;
    }
    let e = 0;
    for (const j of contacts) {
      const max = Math.max(...a[j]!);
      let r = 0;
      for (let q = 0; q < l.n; q++) if (q !== i && q !== j) r += (a[i]![q]! / sum) * (a[j]![q]! / max);
      e += 1 - r;
    }
    size.push(e);
    eff.push(e / contacts.length);
  }
  return { size, efficiency: eff };
}

/** Reference 2, Borgatti (1997) for undirected graphs with equal weights: n - 2t/n. */
function borgattiSize(l: EdgeList): number[] {
  const nb = undirectedNeighbours(l);
  return nb.map((contacts) => {
    const n = contacts.size;
    if (n === 0) return NaN;
    let t = 0;
    for (const j of contacts) for (const q of nb[j]!) if (contacts.has(q) && j < q) t++;
    return n - (2 * t) / n;
  });
}

function byId(l: EdgeList): Record<string, number> {
  const g = compile(l);
  const e = effectiveSize(g);
  return Object.fromEntries(g.ids.map((id, i) => [id, e[i]!]));
}

const borgatti = (weighted: boolean): EdgeList => {
  const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
  const ties: [string, string, number][] = [['A', 'B', 2], ['A', 'F', 3], ['A', 'G', 5], ['A', 'E', 2],
    ['E', 'G', 8], ['F', 'G', 3], ['B', 'G', 4], ['B', 'D', 1], ['D', 'G', 3], ['G', 'C', 10]];
  const at = (id: string) => ids.indexOf(id);
  return { n: 7, directed: false, ids, edges: ties.map(([s, t, w]) => [at(s), at(t), weighted ? w : 1]) };
};
const smallDirected = (weighted: boolean): EdgeList =>
  ({ n: 3, directed: true, edges: [[0, 1, weighted ? 2 : 1], [0, 2, weighted ? 2 : 1], [1, 0, 1], [2, 1, 1]] });

describe('effective size against published and networkx values', () => {
  it('networkx test_structuralholes.py (values from UCINET and igraph)', () => {
    const d = byId(smallDirected(false));
    [1.167, 1.167, 1].forEach((v, i) => expect(d[String(i)]).toBeCloseTo(v, 3));
    const dw = byId(smallDirected(true));
    [1.567, 1.083, 1].forEach((v, i) => expect(dw[String(i)]).toBeCloseTo(v, 3));
    const g = byId(borgatti(false)); // Borgatti's own worked example, to 2 decimals
    expect(g['G']).toBeCloseTo(4.67, 2);
    expect(g['A']).toBeCloseTo(2.5, 2);
    expect(g['C']).toBeCloseTo(1, 2);
    const gw = byId(borgatti(true));
    expect(gw['G']).toBeCloseTo(5.47, 2);
    expect(gw['A']).toBeCloseTo(2.47, 2);
    expect(gw['C']).toBeCloseTo(1, 2);
  });

  it('Krackhardt kite and the karate club (weighted and not), full precision', () => {
    // networkx 3.6 effective_size(G, nodes=list(G), weight='weight') (per-node path; the same
    // formula as the all-nodes path), and effective_size(G, nodes=list(G)) (Borgatti's formula).
    const kite = { Andre: 2, Beverly: 2, Carol: 1, Diane: 10 / 3, Ed: 1, Fernando: 3, Garth: 3,
      Heather: 7 / 3, Ike: 2, Jane: 1 };
    const k = byId(readCsv('krackhardt-kite'));
    for (const [id, v] of Object.entries(kite)) expect(Math.abs(k[id]! - v)).toBeLessThan(1e-12);
    const karateWeighted = [13.775000000000002, 6.4672413793103445, 7.946969696969697,
      3.6333333333333333, 2.225, 2.942857142857143, 2.7846153846153845, 1.4615384615384617,
      3.396078431372549, 2.0, 2.15, 1.0, 1.3, 2.923529411764706, 1.0, 1.0, 1.0, 1.288888888888889,
      1.0, 2.413333333333333, 1.0, 1.2666666666666666, 1.0, 3.723809523809524, 2.428571428571429,
      2.6258503401360542, 1.5666666666666669, 3.5076923076923077, 2.5428571428571427,
      2.4923076923076923, 2.690909090909091, 5.141043083900226, 10.089285714285714, 15.22891865079365];
    const karate = readCsv('karate-club');
    const byMember = (values: Float64Array, ids: string[]) => ids.map((_, i) => values[ids.indexOf(String(i))]!);
    const g = compile(karate);
    expect(closeArrays(byMember(effectiveSize(g), g.ids), karateWeighted)).toBeNull();
    const karateUnweighted = [13.75, 6.333333333333334, 7.8, 2.6666666666666665, 1.6666666666666667,
      2.5, 2.5, 1.0, 3.0, 2.0, 1.6666666666666667, 1.0, 1.0, 2.6, 1.0, 1.0, 1.0, 1.0, 1.0,
      2.3333333333333335, 1.0, 1.0, 1.0, 3.4, 2.3333333333333335, 2.3333333333333335, 1.0, 3.5,
      2.3333333333333335, 2.0, 2.5, 5.0, 9.833333333333334, 15.235294117647058];
    const u = compile({ ...karate, edges: karate.edges.map(([s, t]) => [s, t, 1]) });
    expect(closeArrays(byMember(effectiveSize(u), u.ids), karateUnweighted)).toBeNull();
  });

  it('directed: a source and a sink count their contacts both ways; an isolate is NaN', () => {
    // networkx 3.6 effective_size(S, nodes=[v], weight='weight'); for the sink 3, on S.reverse()
    // (mutual weights do not depend on direction; the per-node path gives a sink nan).
    const s: EdgeList = { n: 6, directed: true,
      edges: [[4, 0, 1], [0, 1, 3], [1, 0, 1], [1, 2, 2], [2, 0, 0.5], [0, 3, 1], [2, 3, 4]] };
    const g = compile(s);
    const size = [3.4230769230769234, 1.875, 2.4423076923076925, 1.875, 1, NaN];
    expect(closeArrays(effectiveSize(g), size)).toBeNull();
    // Contacts: 0 has {1, 2, 3, 4}, 1 {0, 2}, 2 {0, 1, 3}, 3 {0, 2}, 4 {0}.
    expect(closeArrays(efficiency(g), size.map((e, i) => e / [4, 2, 3, 2, 1, 1][i]!))).toBeNull();
  });
});

describe('effective size on shapes worked out by hand', () => {
  it('star: the centre k and efficiency 1; leaves 1', () => {
    const g = compile(list(5, false, [[0, 1], [0, 2], [0, 3], [0, 4]]));
    expect(Array.from(effectiveSize(g))).toEqual([4, 1, 1, 1, 1]);
    expect(Array.from(efficiency(g))).toEqual([1, 1, 1, 1, 1]);
  });

  it('triangle: 2 - 2/2 = 1, efficiency 1/2; n = 0, 1 and 2', () => {
    const g = compile(list(3, false, [[0, 1], [1, 2], [2, 0]]));
    expect(Array.from(effectiveSize(g))).toEqual([1, 1, 1]);
    expect(Array.from(efficiency(g))).toEqual([0.5, 0.5, 0.5]);
    expect(effectiveSize(compile(list(0, false, []))).length).toBe(0);
    expect(efficiency(compile(list(1, true, [])))[0]).toBeNaN();
    expect(Array.from(effectiveSize(compile(list(2, true, [[0, 1], [1, 0]]))))).toEqual([1, 1]);
  });

  it('a path of 20,000: ends 1, everyone else 2 (efficiency 1 throughout)', () => {
    const g = compile(pathGraph(20000, true));
    const e = effectiveSize(g);
    const f = efficiency(g);
    for (let v = 0; v < 20000; v++) {
      const expected = v === 0 || v === 19999 ? 1 : 2;
      if (e[v] !== expected || f[v] !== 1) throw new Error(`node ${v}: ${e[v]}, ${f[v]}`);
    }
  });

  it('zero-weight ties are left out; all-zero people are NaN', () => {
    // Triangle 0-1-2 with 0-2 weighing 0, and 3 tied to 0 with weight 0: the path 0-1-2 remains.
    const l: EdgeList = { n: 4, directed: false, edges: [[0, 1, 1], [1, 2, 1], [0, 2, 0], [3, 0, 0]] };
    expect(closeArrays(effectiveSize(compile(l)), [1, 2, 1, NaN])).toBeNull();
    expect(closeArrays(efficiency(compile(l)), [1, 1, 1, NaN])).toBeNull();
  });

  it('rejects something that is not a compiled graph', () => {
    const g = compile(list(2, false, [[0, 1]]));
    expect(() => effectiveSize({ ...g, ids: [] })).toThrow(/^effectiveSize: /);
    expect(() => efficiency({ ...g, ids: [] })).toThrow(/^efficiency: /);
  });
});

describe('effective size against the naive references', () => {
  it('does not depend on tie direction', () => {
    for (let seed = 0; seed < 20; seed++) {
      const l = randomEdgeList(6100 + seed, 12, 0.3, true);
      expect(closeArrays(effectiveSize(compile(reversed(l))), effectiveSize(compile(l)))).toBeNull();
    }
  });

  // 300 seeded random graphs with isolates, parallel ties, self-ties and zero weights.
  it.each(Array.from({ length: 300 }, (_, seed) => seed))('matches Burt\'s formula (seed %i)', (seed) => {
    const l = randomEdgeList(6000 + seed, seed % 25, [0.1, 0.25, 0.5][seed % 3]!, seed % 2 === 0);
    const g = compile(l);
    const ref = naiveBurt(l);
    expect(closeArrays(effectiveSize(g), ref.size)).toBeNull();
    expect(closeArrays(efficiency(g), ref.efficiency)).toBeNull();
  });

  // Undirected, every weight 1: Burt's formula reduces to Borgatti's n - 2t/n.
  it.each(Array.from({ length: 100 }, (_, seed) => seed))('matches Borgatti\'s n - 2t/n (seed %i)', (seed) => {
    const l = randomEdgeList(6500 + seed, 2 + (seed % 30), 0.3, false);
    const unit = { ...l, edges: l.edges.map(([s, t]): [number, number, number] => [s, t, 1]) };
    expect(closeArrays(effectiveSize(compile(unit)), borgattiSize(unit))).toBeNull();
  });
});
