import { describe, expect, it } from 'vitest';
import { constraint } from '../../../src/core/metrics/constraint.ts';
import {
  pathGraph, randomEdgeList, readCsv, reorder, idsOf, type EdgeList,
} from '../../fixtures/graphs/graphs.ts';
import { closeArrays, compile, list, reversed, weightMatrix } from '../../fixtures/graphs/holes-helpers.ts';

/**
 * Independent reference, Burt's formula written out over a dense matrix:
 * a_ij = w(i->j) + w(j->i) (undirected: w_ij), contacts = { j : a_ij > 0 },
 * p_ij = a_ij / sum_k a_ik, c_i = sum_{j contact} (p_ij + sum_{q != i, j} p_iq p_qj)^2,
 * NaN when i has no contact.
 */
function naiveConstraint(l: EdgeList): number[] {
  const w = weightMatrix(l);
  const n = l.n;
  const a = w.map((row, i) => row.map((x, j) => {
    const forward = Math.max(x, 0);
    return l.directed ? forward + Math.max(w[j]![i]!, 0) : forward;
  }));
  const p = a.map((row) => {
    const s = row.reduce((x, y) => x + y, 0);
    return row.map((x) => (s > 0 ? x / s : 0));
  });
  return a.map((row, i) => {
    const contacts = row.map((x, j) => (x > 0 ? j : -1)).filter((j) => j >= 0);
    if (contacts.length === 0) return NaN;
    let c = 0;
    for (const j of contacts) {
      let indirect = 0;
      for (let q = 0; q < n; q++) if (q !== i && q !== j) indirect += p[i]![q]! * p[q]![j]!;
      c += (p[i]![j]! + indirect) ** 2;
    }
    return c;
  });
}

function byId(l: EdgeList): Record<string, number> {
  const g = compile(l);
  const c = constraint(g);
  return Object.fromEntries(g.ids.map((id, i) => [id, c[i]!]));
}

/** Borgatti's example (Connections 20(1), 1997), used by networkx's test_structuralholes.py. */
const borgatti = (weighted: boolean): EdgeList => {
  const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
  const ties: [string, string, number][] = [['A', 'B', 2], ['A', 'F', 3], ['A', 'G', 5], ['A', 'E', 2],
    ['E', 'G', 8], ['F', 'G', 3], ['B', 'G', 4], ['B', 'D', 1], ['D', 'G', 3], ['G', 'C', 10]];
  const at = (id: string) => ids.indexOf(id);
  return { n: 7, directed: false, ids, edges: ties.map(([s, t, w]) => [at(s), at(t), weighted ? w : 1]) };
};
/** networkx's directed test graph D: 0->1, 0->2, 1->0, 2->1, optionally weighted 2, 2, 1, 1. */
const smallDirected = (weighted: boolean): EdgeList =>
  ({ n: 3, directed: true, edges: [[0, 1, weighted ? 2 : 1], [0, 2, weighted ? 2 : 1], [1, 0, 1], [2, 1, 1]] });

describe('constraint against published and networkx values', () => {
  it('networkx test_structuralholes.py (values from UCINET and igraph, 3 decimals)', () => {
    const d = byId(smallDirected(false));
    [1.003, 1.003, 1.389].forEach((v, i) => expect(d[String(i)]).toBeCloseTo(v, 3));
    const dw = byId(smallDirected(true));
    [0.840, 1.143, 1.378].forEach((v, i) => expect(dw[String(i)]).toBeCloseTo(v, 3));
    const g = byId(borgatti(false));
    expect(g['G']).toBeCloseTo(0.400, 3);
    expect(g['A']).toBeCloseTo(0.595, 3);
    expect(g['C']).toBeCloseTo(1, 3);
    const gw = byId(borgatti(true));
    expect(gw['G']).toBeCloseTo(0.299, 3);
    expect(gw['A']).toBeCloseTo(0.795, 3);
    expect(gw['C']).toBeCloseTo(1, 3);
  });

  it('Krackhardt kite, Florentine marriages and the weighted karate club, full precision', () => {
    // networkx 3.6 constraint(G, weight='weight'), run here on these CSV files (karate: the same
    // weights as networkx karate_club_graph()); checked to 1e-12.
    const kite = { Andre: 0.5411979166666667, Beverly: 0.5411979166666667, Carol: 0.6641358024691357,
      Diane: 0.4701697530864196, Ed: 0.6641358024691357, Fernando: 0.445088888888889,
      Garth: 0.445088888888889, Heather: 0.43111111111111106, Ike: 0.5, Jane: 1.0 };
    const florentine = { Acciaiuoli: 1.0, Albizzi: 0.3333333333333333, Barbadori: 0.5,
      Bischeri: 0.482253086419753, Castellani: 0.48225308641975306, Ginori: 1.0, Guadagni: 0.25,
      Lamberteschi: 1.0, Medici: 0.2098765432098766, Pazzi: 1.0, Peruzzi: 0.6558641975308641,
      Ridolfi: 0.4598765432098765, Salviati: 0.5, Strozzi: 0.4583333333333333,
      Tornabuoni: 0.4598765432098765 };
    const karate = [0.19062348905638035, 0.340901983128556, 0.2556538390964561, 0.4122226156115593,
      0.508088569654933, 0.49112922777491624, 0.5314047216519745, 0.5270819504163449,
      0.3344147563587521, 0.5555555555555556, 0.5304976482780612, 1.0, 0.7302295918367347,
      0.3827486243156608, 0.6411266928285626, 0.6323943473973153, 0.9397491245018718,
      0.6653314075883578, 0.6670775837009678, 0.4391093639199636, 0.7238213470731378,
      0.6236083811249431, 0.6398342278393352, 0.3127739611655626, 0.5124716553287981,
      0.4563144985885511, 0.65316243881949, 0.3222101463859706, 0.39898274124464594,
      0.4389251973538791, 0.3944911707240065, 0.2754988351267919, 0.25825614048375367,
      0.18628728563229374];
    const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-12);
    const k = byId(readCsv('krackhardt-kite'));
    for (const [id, v] of Object.entries(kite)) near(k[id]!, v);
    const f = byId(readCsv('florentine-marriage'));
    for (const [id, v] of Object.entries(florentine)) near(f[id]!, v);
    const z = byId(readCsv('karate-club'));
    karate.forEach((v, member) => near(z[String(member)]!, v));
  });

  it('directed: a source and a sink count their contacts both ways; an isolate is NaN', () => {
    // networkx 3.6: sum of local_constraint(S, v, u, weight='weight') over all_neighbors, and the
    // all-nodes constraint(S, weight='weight') (which agrees; its per-node path gives a sink nan).
    const s: EdgeList = { n: 6, directed: true,
      edges: [[4, 0, 1], [0, 1, 3], [1, 0, 1], [1, 2, 2], [2, 0, 0.5], [0, 3, 1], [2, 3, 4]] };
    const expected = [0.63666133694354, 0.6272189349112425, 0.6835784616940739, 0.7332544378698225, 1, NaN];
    expect(closeArrays(constraint(compile(s)), expected)).toBeNull();
  });
});

describe('constraint on shapes worked out by hand', () => {
  it('star: the centre 1/k, every leaf 1', () => {
    const star = list(6, false, [[0, 1], [0, 2], [0, 3], [0, 4], [0, 5]]);
    expect(closeArrays(constraint(compile(star)), [1 / 5, 1, 1, 1, 1, 1])).toBeNull(); // 5 x (1/5)^2
  });

  it('triangle: (1/2 + 1/2 x 1/2)^2 twice = 9/8; a pair: 1', () => {
    expect(Array.from(constraint(compile(list(3, false, [[0, 1], [1, 2], [2, 0]]))))).toEqual([9 / 8, 9 / 8, 9 / 8]);
    expect(Array.from(constraint(compile(list(2, true, [[0, 1]]))))).toEqual([1, 1]);
  });

  it.each([0, 1])('n = %i: empty or NaN', (n) => {
    const c = constraint(compile(list(n, false, [])));
    expect(c.length).toBe(n);
    if (n === 1) expect(c[0]).toBeNaN();
  });

  it('a path of 20,000: ends 1, everyone else 1/2', () => {
    const c = constraint(compile(pathGraph(20000)));
    expect(c[0]).toBe(1);
    expect(c[19999]).toBe(1);
    for (let v = 1; v < 19999; v++) if (c[v] !== 0.5) throw new Error(`node ${v}: ${c[v]}`);
  });

  it('a zero-weight tie is no investment: left out, and all-zero people are NaN', () => {
    // 0-1, 1-2 weight 1; 0-2 weight 0; 3 tied to 0 with weight 0 only. Without the zero ties:
    // the path 0-1-2 (ends 1, middle 1/2) and 3 alone.
    const l: EdgeList = { n: 4, directed: false, edges: [[0, 1, 1], [1, 2, 1], [0, 2, 0], [3, 0, 0]] };
    expect(closeArrays(constraint(compile(l)), [1, 0.5, 1, NaN])).toBeNull();
    // Directed a -> b weight 0 but b -> a weight 2: the mutual weight 2 makes them contacts.
    const d: EdgeList = { n: 2, directed: true, edges: [[0, 1, 0], [1, 0, 2]] };
    expect(Array.from(constraint(compile(d)))).toEqual([1, 1]);
  });

  it('very unequal weights stay finite and match the formula', () => {
    const l: EdgeList = { n: 4, directed: false, edges: [[0, 1, 1e-9], [0, 2, 1e9], [0, 3, 1], [1, 2, 1e-6]] };
    const c = constraint(compile(l));
    expect(closeArrays(c, naiveConstraint(l), 1e-10)).toBeNull();
    expect(c[0]).toBeCloseTo(1, 8); // nearly all of 0's investment goes to 2
  });
});

describe('constraint properties and the naive reference', () => {
  it('rejects something that is not a compiled graph', () => {
    const g = compile(list(2, false, [[0, 1]]));
    expect(() => constraint({ ...g, n: 3 })).toThrow(/^constraint: /);
  });

  it('does not depend on tie direction nor on node order', () => {
    for (let seed = 0; seed < 20; seed++) {
      const l = randomEdgeList(5100 + seed, 12, 0.3, true);
      expect(closeArrays(constraint(compile(reversed(l))), constraint(compile(l)))).toBeNull();
      const ids = [...idsOf(l)].reverse();
      const c = byId(l);
      const r = byId(reorder(l, ids));
      for (const id of ids) expect(Math.abs(r[id]! - c[id]!) < 1e-12 || (Number.isNaN(r[id]!) && Number.isNaN(c[id]!))).toBe(true);
    }
  });

  // 300 seeded random graphs with isolates, parallel ties, self-ties and zero weights.
  it.each(Array.from({ length: 300 }, (_, seed) => seed))('matches Burt\'s formula (seed %i)', (seed) => {
    const n = seed % 25;
    const l = randomEdgeList(5000 + seed, n, [0.1, 0.25, 0.5][seed % 3]!, seed % 2 === 0);
    expect(closeArrays(constraint(compile(l)), naiveConstraint(l))).toBeNull();
  });
});
