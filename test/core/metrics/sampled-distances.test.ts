import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../../src/core/graph/compile.ts';
import { closeness } from '../../../src/core/metrics/closeness.ts';
import { pathLengths } from '../../../src/core/metrics/distances.ts';
import { harmonic } from '../../../src/core/metrics/harmonic.ts';
import { drawSources } from '../../../src/core/metrics/sampled-betweenness.ts';
import { sampledDistances } from '../../../src/core/metrics/sampled-distances.ts';
import { randomEdgeList, readCsv, toGraphology } from '../../fixtures/graphs/graphs.ts';

describe('sampledDistances', () => {
  it.each([0, 1, 2, 3, 4, 5].map((i) => [i]))('with everyone as a pivot, equals the exact figures (random graph %i)', (i) => {
    const g = compileGraph(toGraphology(randomEdgeList(300 + i, 30, 0.08, i % 2 === 0)));
    const all = Int32Array.from({ length: g.n }, (_, v) => v);
    const s = sampledDistances(g, all);
    const exact = pathLengths(g);
    for (let v = 0; v < g.n; v++) {
      expect(s.closeness[v]).toBeCloseTo(closeness(g)[v]!, 12);
      expect(s.harmonic[v]).toBeCloseTo(harmonic(g)[v]!, 12);
    }
    expect(s.diameterAtLeast).toBe(exact.diameter);
    if (exact.averagePathLength === null) expect(s.averagePathLength).toBeNull();
    else expect(s.averagePathLength).toBeCloseTo(exact.averagePathLength, 12);
    expect(s.globalEfficiency).toBeCloseTo(exact.globalEfficiency, 12);
  });

  it('estimates harmonic closeness without bias over many samples (karate club, 10 of 34 pivots)', () => {
    const g = compileGraph(toGraphology(readCsv('karate-club')));
    const exact = harmonic(g);
    const mean = new Float64Array(g.n);
    const runs = 400;
    for (let seed = 1; seed <= runs; seed++) {
      const s = sampledDistances(g, drawSources(g.n, 10, seed));
      for (let v = 0; v < g.n; v++) mean[v]! += s.harmonic[v]! / runs;
    }
    // Generous: within 5% of the exact value for everyone.
    for (let v = 0; v < g.n; v++) expect(Math.abs(mean[v]! - exact[v]!) / exact[v]!).toBeLessThan(0.05);
  });

  it('never reports a diameter longer than the true one', () => {
    const g = compileGraph(toGraphology(readCsv('karate-club')));
    for (let seed = 1; seed <= 20; seed++) expect(sampledDistances(g, drawSources(g.n, 5, seed)).diameterAtLeast!).toBeLessThanOrEqual(5);
  });
});
