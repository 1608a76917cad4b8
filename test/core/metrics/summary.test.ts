import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../../src/core/graph/compile.ts';
import { computeNodeMetrics } from '../../../src/core/metrics/registry.ts';
import { networkSummary } from '../../../src/core/metrics/summary.ts';
import { readCsv, toGraphology, type EdgeList } from '../../fixtures/graphs/graphs.ts';

function summarise(l: EdgeList) {
  const g = compileGraph(toGraphology(l));
  return networkSummary(g, computeNodeMetrics(g));
}
const list = (n: number, directed: boolean, pairs: [number, number][]): EdgeList =>
  ({ n, directed, edges: pairs.map(([s, t]) => [s, t, 1]) });

describe('networkSummary', () => {
  it('undirected triangle and an isolate (by hand)', () => {
    // 3 ties of 4 * 3 / 2 = 6 possible: density 0.5; groups of 3 and 1
    expect(summarise(list(4, false, [[0, 1], [1, 2], [2, 0]]))).toEqual({
      people: 4, ties: 3, density: 0.5, components: 2, largestComponentShare: 0.75, isolates: 1,
    });
  });

  it('directed: mutual ties count twice, parallel ties and self-ties not at all (by hand)', () => {
    // 0 -> 1, 1 -> 0, 1 -> 2 (twice), 3 -> 3: 3 distinct ties of 4 * 3 = 12 possible
    const l = list(4, true, [[0, 1], [1, 0], [1, 2], [1, 2], [3, 3]]);
    expect(summarise(l)).toEqual({
      people: 4, ties: 3, density: 0.25, components: 2, largestComponentShare: 0.75, isolates: 1,
    });
  });

  it.each([
    [0, { people: 0, ties: 0, density: 0, components: 0, largestComponentShare: 0, isolates: 0 }],
    [1, { people: 1, ties: 0, density: 0, components: 1, largestComponentShare: 1, isolates: 1 }],
    [2, { people: 2, ties: 1, density: 1, components: 1, largestComponentShare: 1, isolates: 0 }],
  ])('n = %i', (n, expected) => {
    expect(summarise(list(n, false, n === 2 ? [[0, 1]] : []))).toEqual(expected);
  });

  it('Zachary karate club: 78 ties, density 0.139', () => {
    // networkx: karate_club_graph() has 34 nodes and 78 edges; density 2 * 78 / (34 * 33).
    const s = summarise(readCsv('karate-club'));
    expect(s.ties).toBe(78);
    expect(s.density).toBeCloseTo(0.13903743315508021, 15);
    expect(s.components).toBe(1);
    expect(s.isolates).toBe(0);
  });

  it('rejects metrics computed on another graph', () => {
    const g = compileGraph(toGraphology(list(3, false, [[0, 1]])));
    const other = computeNodeMetrics(compileGraph(toGraphology(list(2, false, []))));
    expect(() => networkSummary(g, other)).toThrow(/^summary: /);
  });
});
