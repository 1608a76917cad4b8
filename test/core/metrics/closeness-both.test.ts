import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../../src/core/graph/compile.ts';
import { closenessBoth } from '../../../src/core/metrics/closeness-both.ts';
import { floydWarshall, tieMatrix } from '../../fixtures/graphs/centrality-helpers.ts';
import { randomEdgeList, readCsv, toGraphology, type EdgeList } from '../../fixtures/graphs/graphs.ts';

/** networkx's formulas written out over Floyd-Warshall distances d[v][u] (incoming to u). */
function reference(l: EdgeList): { closeness: number[]; harmonic: number[] } {
  const d = floydWarshall(tieMatrix(l));
  const n = l.n;
  const closeness: number[] = [];
  const harmonic: number[] = [];
  for (let u = 0; u < n; u++) {
    let reached = 0;
    let total = 0;
    let inv = 0;
    for (let v = 0; v < n; v++) {
      const x = d[v]![u]!;
      if (v === u || x === Infinity) continue;
      reached++;
      total += x;
      inv += 1 / x;
    }
    closeness.push(total > 0 && n > 1 ? (reached / total) * (reached / (n - 1)) : 0);
    harmonic.push(inv);
  }
  return { closeness, harmonic };
}

describe('closenessBoth', () => {
  const graphs = [
    ...Array.from({ length: 30 }, (_, i) => randomEdgeList(100 + i, 5 + i, 0.12, i % 2 === 0)),
    readCsv('karate-club'),
  ];
  it.each(graphs.map((l, i) => [i, l] as const))('matches the formulas on Floyd-Warshall distances, in any split (graph %i)', (_i, l) => {
    const g = compileGraph(toGraphology(l));
    const whole = closenessBoth(g, { from: 0, to: g.n });
    const ref = reference(l);
    // compileGraph keeps node order, so index i is node i of the list.
    for (let v = 0; v < g.n; v++) {
      expect(whole.closeness[v]).toBeCloseTo(ref.closeness[v]!, 12);
      expect(whole.harmonic[v]).toBeCloseTo(ref.harmonic[v]!, 12);
    }
    const cut = Math.floor(g.n / 3);
    const a = closenessBoth(g, { from: 0, to: cut });
    const b = closenessBoth(g, { from: cut, to: g.n });
    expect(Float64Array.from([...a.closeness, ...b.closeness])).toEqual(whole.closeness);
    expect(Float64Array.from([...a.harmonic, ...b.harmonic])).toEqual(whole.harmonic);
  });

  it('rejects a range outside the graph', () => {
    const g = compileGraph(toGraphology(readCsv('krackhardt-kite')));
    expect(() => closenessBoth(g, { from: 3, to: 99 })).toThrow(/^closeness: people from 3 to 99/);
  });
});
