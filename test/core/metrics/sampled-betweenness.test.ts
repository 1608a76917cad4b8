/**
 * Sampled betweenness. References:
 *  - exact betweenness (betweenness.ts, itself checked against enumeration) when every person
 *    is a source;
 *  - unbiasedness proved by enumeration: on small graphs the estimate averaged over EVERY
 *    possible set of k sources equals exact betweenness, and the squared standard error
 *    averaged the same way equals the variance of the estimate over those sets (the sample
 *    variance is unbiased under sampling without replacement, Cochran 1977, section 2.6);
 *  - a statistical check of the seeded draw: over many seeds the mean estimate is within a few
 *    standard errors of the mean of the exact value.
 */
import { describe, expect, it } from 'vitest';
import { betweenness } from '../../../src/core/metrics/betweenness.ts';
import {
  betweennessFromSources, drawSources, sampledBetweenness,
} from '../../../src/core/metrics/sampled-betweenness.ts';
import { weightedBetweenness } from '../../../src/core/metrics/weighted-betweenness.ts';
import { pathGraph, randomEdgeList, readCsv } from '../../fixtures/graphs/graphs.ts';
import { compileList, maxRelativeDifference, pairsList } from '../../fixtures/graphs/path-helpers.ts';

/** Every k-subset of 0..n-1, in lexicographic order. */
function subsets(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick = (start: number, chosen: number[]) => {
    if (chosen.length === k) return void out.push([...chosen]);
    for (let i = start; i < n; i++) pick(i + 1, [...chosen, i]);
  };
  pick(0, []);
  return out;
}

describe('sampled betweenness with every person a source is exact', () => {
  it.each(Array.from({ length: 30 }, (_, seed) => seed))('random graph seed %i', (seed) => {
    const n = 3 + seed;
    const g = compileList(randomEdgeList(31000 + seed, n, 0.2, seed % 2 === 0));
    for (const normalized of [true, false]) {
      for (const samples of [n, n + 5]) {
        const est = sampledBetweenness(g, { samples, seed, normalized });
        expect(est.samples).toBe(n);
        expect(Array.from(est.values)).toEqual(Array.from(betweenness(g, { normalized })));
        expect(Array.from(est.standardError)).toEqual(new Array(n).fill(0));
      }
    }
    const weighted = sampledBetweenness(g, { samples: n, seed, weighted: true });
    expect(Array.from(weighted.values)).toEqual(Array.from(weightedBetweenness(g)));
  });

  it('with all but one person as sources, the one left out is exact', () => {
    const g = compileList(readCsv('karate-club'));
    const exact = betweenness(g);
    for (let left = 0; left < g.n; left += 5) {
      const sources = Int32Array.from({ length: g.n }, (_, i) => i).filter((i) => i !== left);
      const est = betweennessFromSources(g, sources);
      expect(est.values[left]).toBe(exact[left]);
      expect(est.standardError[left]).toBe(0);
    }
  });
});

describe('sampled betweenness is unbiased: averaged over every possible sample', () => {
  const cases: [string, number, number, boolean][] = [
    ['random undirected n=9, k=3', 9, 3, false],
    ['random directed n=9, k=4', 9, 4, true],
    ['random directed n=10, k=5', 10, 5, true],
    ['random undirected n=8, k=7', 8, 7, false],
  ];
  it.each(cases)('%s', (_, n, k, directed) => {
    const g = compileList(randomEdgeList(n * 100 + k, n, 0.35, directed));
    const exact = betweenness(g, { normalized: false });
    const all = subsets(n, k);
    const mean = new Float64Array(n);
    const meanSquare = new Float64Array(n);
    const meanVariance = new Float64Array(n);
    for (const set of all) {
      const est = betweennessFromSources(g, Int32Array.from(set), { normalized: false });
      for (let v = 0; v < n; v++) {
        mean[v]! += est.values[v]! / all.length;
        meanSquare[v]! += est.values[v]! ** 2 / all.length;
        meanVariance[v]! += est.standardError[v]! ** 2 / all.length;
      }
    }
    expect(maxRelativeDifference(mean, exact)).toBeLessThan(1e-12);
    // E[SE^2] = Var(estimate), node by node
    const variance = Array.from(mean, (m, v) => meanSquare[v]! - m * m);
    for (let v = 0; v < n; v++) expect(Math.abs(meanVariance[v]! - variance[v]!)).toBeLessThan(1e-9 * Math.max(1, variance[v]!));
  });

  it('the enumeration tells scalings apart: (n-1)/k for everyone would be biased', () => {
    // Sanity of the check above: scaling drawn people by (n-1)/k instead of (n-1)/(k-1) makes
    // their average too small, and the enumeration sees it.
    const n = 9;
    const k = 3;
    const g = compileList(randomEdgeList(903, n, 0.35, false));
    const exact = betweenness(g, { normalized: false });
    const mean = new Float64Array(n);
    const all = subsets(n, k);
    for (const set of all) {
      const est = betweennessFromSources(g, Int32Array.from(set), { normalized: false });
      for (let v = 0; v < n; v++) mean[v]! += (set.includes(v) ? (est.values[v]! * (k - 1)) / k : est.values[v]!) / all.length;
    }
    expect(maxRelativeDifference(mean, exact)).toBeGreaterThan(1e-3);
  });
});

describe('sampled betweenness with the seeded draw', () => {
  it('over 400 seeds the mean estimate is close to the exact value', () => {
    // Kite-sized random graph, k = 6 of 20. Bound: 5 standard errors of the mean of 400 draws
    // (from the spread of the draws themselves), plus 1e-12.
    const g = compileList(randomEdgeList(4242, 20, 0.15, true));
    const exact = betweenness(g);
    const runs = 400;
    const sum = new Float64Array(g.n);
    const sumSq = new Float64Array(g.n);
    let covered = 0;
    let checked = 0;
    for (let seed = 1; seed <= runs; seed++) {
      const est = sampledBetweenness(g, { samples: 6, seed });
      for (let v = 0; v < g.n; v++) {
        sum[v]! += est.values[v]!;
        sumSq[v]! += est.values[v]! ** 2;
        if (est.standardError[v]! > 0) {
          checked++;
          if (Math.abs(est.values[v]! - exact[v]!) <= 2 * est.standardError[v]!) covered++;
        }
      }
    }
    for (let v = 0; v < g.n; v++) {
      const mean = sum[v]! / runs;
      const sd = Math.sqrt(Math.max(0, sumSq[v]! / runs - mean * mean));
      expect(Math.abs(mean - exact[v]!)).toBeLessThanOrEqual((5 * sd) / Math.sqrt(runs) + 1e-12);
    }
    // about 95% if the errors were normal; skewed small samples do worse, so a loose floor
    expect(covered / checked).toBeGreaterThan(0.6);
  });

  it('the same seed draws the same sources; sources are distinct people', () => {
    const g = compileList(readCsv('karate-club'));
    const a = sampledBetweenness(g, { samples: 10, seed: 7 });
    const b = sampledBetweenness(g, { samples: 10, seed: 7 });
    const c = sampledBetweenness(g, { samples: 10, seed: 8 });
    expect(Array.from(a.sources)).toEqual(Array.from(b.sources));
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    expect(Array.from(a.sources)).not.toEqual(Array.from(c.sources));
    expect(new Set(a.sources).size).toBe(10);
    for (const s of a.sources) expect(s >= 0 && s < g.n).toBe(true);
    expect(Array.from(drawSources(5, 5, 3)).sort()).toEqual([0, 1, 2, 3, 4]);
    // every person can be drawn: over 200 seeds of 2 out of 6, all six appear
    const seen = new Set<number>();
    for (let seed = 0; seed < 200; seed++) for (const s of drawSources(6, 2, seed)) seen.add(s);
    expect(seen.size).toBe(6);
  });

  it('the estimate and its standard error scale together', () => {
    const g = compileList(randomEdgeList(17, 30, 0.1, false));
    const norm = sampledBetweenness(g, { samples: 8, seed: 3 });
    const raw = sampledBetweenness(g, { samples: 8, seed: 3, normalized: false });
    const factor = 2 / (29 * 28); // undirected: raw (unordered) to normalised
    for (let v = 0; v < g.n; v++) {
      expect(norm.values[v]).toBeCloseTo(raw.values[v]! * factor, 14);
      expect(norm.standardError[v]).toBeCloseTo(raw.standardError[v]! * factor, 14);
    }
  });
});

describe('sampled betweenness edge cases and input', () => {
  it('n = 0, 1, 2: zeros and zero standard errors', () => {
    for (const n of [0, 1, 2]) {
      const est = sampledBetweenness(compileList(pairsList(n, false, n === 2 ? [[0, 1]] : [])), { samples: 2, seed: 1 });
      expect(Array.from(est.values)).toEqual(new Array(n).fill(0));
      expect(Array.from(est.standardError)).toEqual(new Array(n).fill(0));
      expect(est.samples).toBe(n);
    }
  });

  it('two sources: a drawn person has one other source, so no standard error (NaN)', () => {
    const g = compileList(pathGraph(6));
    const est = betweennessFromSources(g, Int32Array.from([1, 4]));
    expect(Number.isNaN(est.standardError[1]!)).toBe(true);
    expect(Number.isNaN(est.standardError[4]!)).toBe(true);
    // Path 0-1-2-3-4-5, sources 1 and 4, dependencies by hand (ordered pairs):
    //   from 1: on 2 lie 1->3, 1->4, 1->5 (3); from 4: on 2 lie 4->1, 4->0 (2), on 1 lies 4->0 (1).
    // Person 1 was drawn: one other source, (n-1)/1 x 1 = 5 ordered, 2.5 raw (exact: 4).
    // Person 2 was not: (n-1)/2 x (3 + 2) = 12.5 ordered, 6.25 raw (exact: 6); its standard
    // error: sample variance of {3, 2} = 0.5, SE = 5 sqrt((1 - 2/5) 0.5 / 2), halved when raw.
    const raw = betweennessFromSources(g, Int32Array.from([1, 4]), { normalized: false });
    expect(raw.values[1]).toBe(2.5);
    expect(raw.values[2]).toBe(6.25);
    expect(raw.standardError[2]).toBeCloseTo(0.5 * 5 * Math.sqrt(0.15), 14);
    expect(raw.values[0]).toBe(0);
    expect(raw.standardError[0]).toBe(0);
  });

  it('one source: its own value cannot be estimated (NaN)', () => {
    const est = betweennessFromSources(compileList(pathGraph(5)), Int32Array.from([2]));
    expect(Number.isNaN(est.values[2]!)).toBe(true);
    expect(est.values[1]).toBeGreaterThan(0);
  });

  it.each([[1, 1], [0, 1], [2.5, 1], [3, 0.5], [NaN, 1]])('rejects samples %s, seed %s', (samples, seed) => {
    const g = compileList(pathGraph(5));
    expect(() => sampledBetweenness(g, { samples, seed })).toThrow(/^sampled betweenness: /);
  });

  it('rejects repeated or out-of-range sources', () => {
    const g = compileList(pathGraph(5));
    expect(() => betweennessFromSources(g, Int32Array.from([1, 1]))).toThrow(/^sampled betweenness: source 1/);
    expect(() => betweennessFromSources(g, Int32Array.from([5]))).toThrow(/^sampled betweenness: source 5/);
  });

  it('reports progress over the sampled sources', () => {
    const g = compileList(pathGraph(400));
    const calls: [number, number][] = [];
    sampledBetweenness(g, { samples: 250, seed: 1, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.at(-1)).toEqual([250, 250]);
    expect(calls.length).toBeLessThanOrEqual(101);
  });
});
