import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../../src/core/graph/compile.ts';
import { closeness } from '../../../src/core/metrics/closeness.ts';
import { closenessBoth } from '../../../src/core/metrics/closeness-both.ts';
import { harmonic } from '../../../src/core/metrics/harmonic.ts';
import { randomEdgeList, readCsv, toGraphology } from '../../fixtures/graphs/graphs.ts';

describe('closenessBoth', () => {
  const graphs = [
    ...Array.from({ length: 30 }, (_, i) => randomEdgeList(100 + i, 5 + i, 0.12, i % 2 === 0)),
    readCsv('karate-club'),
  ];
  it.each(graphs.map((l, i) => [i, l] as const))('equals closeness.ts and harmonic.ts, in any split (graph %i)', (_i, l) => {
    const g = compileGraph(toGraphology(l));
    const whole = closenessBoth(g, { from: 0, to: g.n });
    expect(whole.closeness).toEqual(closeness(g));
    const h = harmonic(g);
    for (let v = 0; v < g.n; v++) expect(whole.harmonic[v]).toBeCloseTo(h[v]!, 12);
    const cut = Math.floor(g.n / 3);
    const a = closenessBoth(g, { from: 0, to: cut });
    const b = closenessBoth(g, { from: cut, to: g.n });
    expect(Float64Array.from([...a.closeness, ...b.closeness])).toEqual(whole.closeness);
  });

  it('rejects a range outside the graph', () => {
    const g = compileGraph(toGraphology(readCsv('krackhardt-kite')));
    expect(() => closenessBoth(g, { from: 3, to: 99 })).toThrow(/^closeness: people from 3 to 99/);
  });
});
