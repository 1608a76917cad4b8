import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../../src/core/graph/compile.ts';
import { betweenness } from '../../../src/core/metrics/betweenness.ts';
import { closeness } from '../../../src/core/metrics/closeness.ts';
import { components } from '../../../src/core/metrics/components.ts';
import { degrees } from '../../../src/core/metrics/degree.ts';
import { computeNodeMetrics, nodeMetricRegistry, PROGRESS_STEPS } from '../../../src/core/metrics/registry.ts';
import { randomEdgeList, readCsv, toGraphology } from '../../fixtures/graphs/graphs.ts';

describe('nodeMetricRegistry', () => {
  it('lists each metric once with its plain-English label', () => {
    expect(nodeMetricRegistry.map((m) => [m.id, m.label])).toEqual([
      ['degree', 'Ties'],
      ['inDegree', 'Ties received'],
      ['outDegree', 'Ties sent'],
      ['strength', 'Tie strength'],
      ['betweenness', 'Betweenness'],
      ['closeness', 'Closeness'],
      ['component', 'Group of connected people'],
    ]);
    for (const m of nodeMetricRegistry) expect(m.explain).toMatch(/^[A-Z].*\.$/);
    expect(nodeMetricRegistry.filter((m) => m.directedOnly).map((m) => m.id)).toEqual(['inDegree', 'outDegree']);
    expect(nodeMetricRegistry.filter((m) => !m.sizeable).map((m) => m.id)).toEqual(['component']);
  });
});

describe('computeNodeMetrics', () => {
  it.each([false, true])('matches each metric module on its own (directed: %s)', (directed) => {
    const g = compileGraph(toGraphology(randomEdgeList(42, 30, 0.08, directed)));
    const m = computeNodeMetrics(g);
    expect(Object.keys(m).sort()).toEqual(nodeMetricRegistry.map((s) => s.id).sort());
    const d = degrees(g);
    expect(m.degree).toEqual(d.degree);
    expect(m.inDegree).toEqual(d.inDegree);
    expect(m.outDegree).toEqual(d.outDegree);
    expect(m.strength).toEqual(d.strength);
    expect(m.betweenness).toEqual(betweenness(g));
    expect(m.closeness).toEqual(closeness(g));
    expect(m.component).toEqual(Float64Array.from(components(g).component));
    for (const a of Object.values(m)) {
      expect(a).toBeInstanceOf(Float64Array);
      expect(a.length).toBe(g.n);
    }
    // distinct buffers, so that all can be transferred from a worker together
    expect(new Set(Object.values(m).map((a) => a.buffer)).size).toBe(nodeMetricRegistry.length);
  });

  it('reports progress from 0 to 1 in order, mostly during betweenness', () => {
    const g = compileGraph(toGraphology(readCsv('karate-club')));
    const calls: [number, string][] = [];
    computeNodeMetrics(g, { onProgress: (f, step) => calls.push([f, step]) });
    expect(calls[0]).toEqual([0, 'Counting ties']);
    expect(calls.at(-1)).toEqual([1, 'Done']);
    for (let i = 1; i < calls.length; i++) expect(calls[i]![0]).toBeGreaterThanOrEqual(calls[i - 1]![0]);
    const steps = new Set(calls.map(([, s]) => s));
    expect([...steps]).toEqual([...PROGRESS_STEPS]);
    expect(calls.filter(([, s]) => s === 'Measuring betweenness').length).toBeGreaterThan(10);
    expect(calls.length).toBeLessThanOrEqual(210);
  });

  it('handles the empty graph', () => {
    const m = computeNodeMetrics(compileGraph(toGraphology({ n: 0, directed: true, edges: [] })));
    for (const a of Object.values(m)) expect(a.length).toBe(0);
  });
});
