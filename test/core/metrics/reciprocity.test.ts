import { describe, expect, it } from 'vitest';
import { nodeReciprocity, reciprocity } from '../../../src/core/metrics/reciprocity.ts';
import { pathGraph, randomEdgeList, readCsv, type EdgeList } from '../../fixtures/graphs/graphs.ts';
import { closeArrays, compile, cycleGraph, list } from '../../fixtures/graphs/holes-helpers.ts';

/**
 * Independent reference, counting pairs: the set of distinct ordered pairs (s, t), s != t, from
 * the raw list; overall = pairs whose reverse is also there / pairs; a person's value =
 * 2 |in ∩ out| / (|in| + |out|).
 */
function naiveReciprocity(l: EdgeList): { overall: number | null; node: number[] } {
  const pairs = new Set(l.edges.filter(([s, t]) => s !== t).map(([s, t]) => `${s},${t}`));
  let returned = 0;
  for (const p of pairs) {
    const [s, t] = p.split(',');
    if (pairs.has(`${t},${s}`)) returned++;
  }
  const node = Array.from({ length: l.n }, (_, v) => {
    const out = new Set<number>();
    const inc = new Set<number>();
    for (const p of pairs) {
      const [s, t] = p.split(',').map(Number) as [number, number];
      if (s === v) out.add(t);
      if (t === v) inc.add(s);
    }
    const both = [...out].filter((u) => inc.has(u)).length;
    return out.size + inc.size === 0 ? NaN : (2 * both) / (out.size + inc.size);
  });
  return { overall: pairs.size === 0 ? null : returned / pairs.size, node };
}

describe('reciprocity', () => {
  it('networkx test_reciprocity.py cases', () => {
    // DiGraph([(1, 2), (2, 1)]) -> 1.0
    expect(reciprocity(compile(list(2, true, [[0, 1], [1, 0]])))).toBe(1);
    // DiGraph([(1, 2), (2, 3), (3, 2)]): nodes {1: 0.0, 2: 0.6666666666666666}; node 3 has its
    // one contact both ways (1.0); overall 2 returned of 3 (networkx 3.6 overall_reciprocity).
    const g = compile(list(3, true, [[0, 1], [1, 2], [2, 1]]));
    expect(Array.from(nodeReciprocity(g))).toEqual([0, 0.6666666666666666, 1]);
    expect(reciprocity(g)).toBe(2 / 3);
    // an empty graph is not defined (networkx raises), an isolated node neither (None)
    expect(reciprocity(compile(list(3, true, [])))).toBeNull();
    expect(nodeReciprocity(compile(list(3, true, [[0, 1]])))[2]).toBeNaN();
  });

  it('the structural-holes graph S (networkx 3.6, run here)', () => {
    // overall_reciprocity = 0.2857142857142857 (2 of 7 ties returned);
    // reciprocity(S, S) = {0: 0.4, 1: 0.6666666666666666, 2: 0, 3: 0, 4: 0, 5: None}
    const s: EdgeList = { n: 6, directed: true,
      edges: [[4, 0, 1], [0, 1, 3], [1, 0, 1], [1, 2, 2], [2, 0, 0.5], [0, 3, 1], [2, 3, 4]] };
    const g = compile(s);
    expect(reciprocity(g)).toBe(2 / 7);
    expect(closeArrays(nodeReciprocity(g), [0.4, 0.6666666666666666, 0, 0, 0, NaN])).toBeNull();
  });

  it('not applicable to undirected graphs: null and NaN', () => {
    const g = compile(readCsv('krackhardt-kite'));
    expect(reciprocity(g)).toBeNull();
    expect(nodeReciprocity(g).every(Number.isNaN)).toBe(true);
    expect(reciprocity(compile(list(0, true, [])))).toBeNull();
    expect(nodeReciprocity(compile(list(0, true, []))).length).toBe(0);
  });

  it('a one-way path returns nothing, a two-way one everything, a cycle of 3 nothing', () => {
    const oneWay = compile(pathGraph(20000, true));
    expect(reciprocity(oneWay)).toBe(0);
    const both = pathGraph(1000, true);
    const twoWay = compile({ ...both, edges: [...both.edges, ...both.edges.map(([s, t, w]): [number, number, number] => [t, s, w])] });
    expect(reciprocity(twoWay)).toBe(1);
    expect(nodeReciprocity(twoWay).every((r) => r === 1)).toBe(true);
    expect(reciprocity(compile(cycleGraph(3, true)))).toBe(0);
  });

  it('parallel ties count once, self-ties not at all, zero weights count', () => {
    const l: EdgeList = { n: 2, directed: true, edges: [[0, 1, 1], [0, 1, 2], [1, 0, 0], [0, 0, 1]] };
    expect(reciprocity(compile(l))).toBe(1);
    const self: EdgeList = { n: 2, directed: true, edges: [[0, 0, 1], [0, 1, 1]] };
    expect(reciprocity(compile(self))).toBe(0);
  });

  it('rejects something that is not a compiled graph', () => {
    const g = compile(list(2, true, [[0, 1]]));
    expect(() => reciprocity({ ...g, n: 5 })).toThrow(/^reciprocity: /);
    expect(() => nodeReciprocity({ ...g, n: 5 })).toThrow(/^nodeReciprocity: /);
  });

  // 200 seeded random directed graphs with parallel ties, self-ties and zero weights.
  it.each(Array.from({ length: 200 }, (_, seed) => seed))('matches pair counting (seed %i)', (seed) => {
    const l = randomEdgeList(9500 + seed, seed % 20, [0.1, 0.3, 0.6][seed % 3]!, true);
    const g = compile(l);
    const ref = naiveReciprocity(l);
    const r = reciprocity(g);
    if (ref.overall === null) expect(r).toBeNull();
    else expect(Math.abs(r! - ref.overall)).toBeLessThan(1e-15);
    expect(closeArrays(nodeReciprocity(g), ref.node, 1e-15)).toBeNull();
  });
});
