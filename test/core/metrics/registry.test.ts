import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../../src/core/graph/compile.ts';
import { groupsFromValues } from '../../../src/core/metrics/groups.ts';
import { nodeMetricArrays, nodeMetricRegistry } from '../../../src/core/metrics/registry.ts';
import { computeSuite } from '../../../src/core/metrics/suite.ts';
import { randomEdgeList, toGraphology } from '../../fixtures/graphs/graphs.ts';

describe('nodeMetricRegistry', () => {
  it('lists each metric once, with a plain-English label and a one-sentence meaning', () => {
    const ids = nodeMetricRegistry.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of nodeMetricRegistry) {
      expect(m.label).not.toBe('');
      expect(m.explain).toMatch(/^[A-Z].*\.$/);
    }
    expect(nodeMetricRegistry.filter((m) => m.directedOnly).map((m) => m.id)).toEqual(['inDegree', 'outDegree']);
    expect(nodeMetricRegistry.filter((m) => m.brokerageRole).map((m) => m.id))
      .toEqual(['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison']);
  });
});

describe('nodeMetricArrays', () => {
  it('gives one array per registry metric, each its own buffer, NaN where a figure does not apply', async () => {
    const g = compileGraph(toGraphology(randomEdgeList(7, 25, 0.1, true)));
    const withGroups = nodeMetricArrays((await computeSuite(g, { groups: groupsFromValues(g.ids.map((_, i) => `G${i % 3}`)) })).nodes, g.n);
    expect(Object.keys(withGroups).sort()).toEqual(nodeMetricRegistry.map((m) => m.id).sort());
    const arrays = Object.values(withGroups);
    for (const a of arrays) expect(a.length).toBe(g.n);
    expect(new Set(arrays.map((a) => a.buffer)).size).toBe(arrays.length);
    expect(withGroups.brokerage.some((v) => v > 0)).toBe(true);

    const without = nodeMetricArrays((await computeSuite(g)).nodes, g.n);
    expect([...without.eiIndex].every(Number.isNaN)).toBe(true);
    expect([...without.liaison].every(Number.isNaN)).toBe(true);
    expect(without.degree).toEqual(withGroups.degree);
  });
});
