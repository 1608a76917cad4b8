import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Attributes } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { networkGexf } from '../../../src/core/export/gexf.ts';
import { networkGraphml } from '../../../src/core/export/graphml.ts';
import { nodeMetricRegistry } from '../../../src/core/metrics/registry.ts';
import { fixture } from './network-fixture.ts';

/**
 * Expected values are read from the dataset and the analysis directly (not from the export's
 * own structure), so a column dropped, shifted or rounded on the way fails here.
 */
async function expected() {
  const { ds, r, net } = await fixture();
  const people = r.ids.map((id, i) => {
    const a = ds.actors.find((p) => p.id === id)!;
    const attrs: Record<string, unknown> = { sector: a.attributes.sector, years: a.attributes.years, lead: a.attributes.lead, label_2: a.attributes.label };
    for (const m of nodeMetricRegistry) attrs[m.id] = r.metrics[m.id][i];
    // Missing values are left out of the file, so they read back as absent.
    for (const [k, v] of Object.entries(attrs)) if (v === null || (typeof v === 'number' && Number.isNaN(v))) delete attrs[k];
    // XML cannot carry the bell character in D's name: it is dropped, the rest kept.
    return { id, label: a.label.replace('\u0007', ''), attrs };
  });
  return { ds, r, net, people };
}

function pick(attrs: Attributes, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in attrs).map((k) => [k, attrs[k]]));
}

const PALETTE_RGB: Record<string, string> = { Acute: 'rgb(0,114,178)', 'Primary care': 'rgb(230,159,0)', VCSE: 'rgb(0,158,115)' };

describe('networkGexf', () => {
  it('reads back with graphology-gexf to the same people, attributes, metrics and ties', async () => {
    const { net, people } = await expected();
    const g = parseGexf(Graph, networkGexf(net, { description: 'Wave <1> & all' }));
    expect(g.type).toBe('directed');
    expect(g.getAttribute('description')).toBe('Wave <1> & all');
    expect(g.nodes()).toEqual(['A', 'B', 'C', 'D']);
    for (const p of people) {
      const got = g.getNodeAttributes(p.id);
      expect(got.label).toBe(p.label);
      expect(pick(got, Object.keys(p.attrs).concat(['years', 'lead', 'eiIndex']))).toEqual(p.attrs);
    }
    expect(g.getNodeAttribute('A', 'label')).toBe('<script>alert(1)</script>');
    expect(g.getNodeAttribute('B', 'label')).toBe('Tom & "Jerry"');
    expect(g.getNodeAttribute('D', 'label')).toBe('Zoë Bell'); // the bell character cannot be carried by XML
    const edges = g.mapEdges((_e, a, s, t) => [s, t, a.weight, a.strength, a.types, a.reciprocated]);
    expect(edges).toEqual([
      ['A', 'B', 3, 3, 'advice', false], ['B', 'A', 2, 2, 'advice', false], ['B', 'C', 1, undefined, 'trust', false],
      ['C', 'D', 4, 4, 'advice; trust', false], ['D', 'A', 2, 2, 'advice', false],
    ]);
  });

  it('carries colour by sector, size by the metric and the layout position', async () => {
    const { net, ds, r } = await expected();
    const g = parseGexf(Graph, networkGexf(net));
    for (const id of ['A', 'B', 'C', 'D']) {
      const sector = String(ds.actors.find((a) => a.id === id)!.attributes.sector);
      expect(g.getNodeAttribute(id, 'color')).toBe(PALETTE_RGB[sector]);
    }
    expect(g.getNodeAttributes('C')).toMatchObject({ x: -3.25, y: 7 });
    // Size as on the map: 3 + 13 * sqrt(betweenness / max betweenness).
    const b = r.metrics.betweenness, max = Math.max(...b);
    r.ids.forEach((id, i) => expect(g.getNodeAttribute(id, 'size')).toBeCloseTo(3 + 13 * Math.sqrt(b[i]! / max), 12));
  });

  it('declares each metric with its own type whatever the values (so waves append in Gephi)', async () => {
    const text = networkGexf((await fixture()).net);
    // Every tie strength here is a whole number, yet it is declared a double, as in any other file.
    expect(text).toContain('title="weightedDegree" type="double"');
    expect(text).toContain('title="degree" type="long"');
    expect(text).toContain('title="lead" type="boolean"');
  });
});

describe('networkGraphml', () => {
  it('reads back with graphology-graphml to the same people, attributes, metrics and ties', async () => {
    const { net, people } = await expected();
    const g = parseGraphml(Graph, networkGraphml(net, { description: 'Wave <1> & all' }));
    expect(g.type).toBe('directed');
    expect(g.getAttribute('description')).toBe('Wave <1> & all');
    expect(g.nodes()).toEqual(['A', 'B', 'C', 'D']);
    for (const p of people) {
      const got = g.getNodeAttributes(p.id);
      expect(got.label).toBe(p.label);
      expect(pick(got, Object.keys(p.attrs).concat(['years', 'lead']))).toEqual(p.attrs);
    }
    expect(g.getNodeAttributes('A')).toMatchObject({ color: '#0072b2', x: 0, y: 0 });
    expect(g.mapEdges((_e, a, s, t) => [s, t, a.weight, a.strength, a.types, a.reciprocated])).toEqual([
      ['A', 'B', 3, 3, 'advice', false], ['B', 'A', 2, 2, 'advice', false], ['B', 'C', 1, undefined, 'trust', false],
      ['C', 'D', 4, 4, 'advice; trust', false], ['D', 'A', 2, 2, 'advice', false],
    ]);
  });

  it('writes the keys Gephi maps to label, colour, size and position', async () => {
    const text = networkGraphml((await fixture()).net);
    for (const k of ['label', 'r', 'g', 'b', 'size', 'x', 'y']) expect(text).toContain(`<key id="${k}" for="node" attr.name="${k}"`);
    expect(text).toContain('<key id="weight" for="edge" attr.name="weight" attr.type="double"/>');
  });
});

describe('exportNetwork', () => {
  it('leaves out people hidden by the filters, and their ties', async () => {
    const { net } = await fixture({ hidden: { sector: ['VCSE'] } });
    expect(net.nodes.map((n) => n.id)).toEqual(['A', 'C', 'D']);
    expect(net.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['C>D', 'D>A']);
    const g = parseGexf(Graph, networkGexf(net));
    expect(g.order).toBe(3);
    expect(g.size).toBe(2);
  });

  it('replaces ids by the codes when names are hidden', async () => {
    const { pseudonymise } = await import('../../../src/core/model/pseudonymise.ts');
    const { analyseView } = await import('../../../src/core/analyse.ts');
    const { exportNetwork } = await import('../../../src/core/export/network.ts');
    const { ds, r } = await fixture();
    const shown = pseudonymise(ds);
    const net = exportNetwork(shown, await analyseView(shown, { ...(await import('../../../src/core/view/view.ts')).defaultView(shown), boundary: 'sector' }),
      { colourBy: null, sizeBy: null, hidden: {}, positions: null, pseudonymous: true });
    const codes = r.ids.map((id) => shown.actors.find((a) => a.id === id)!.label);
    expect(codes.every((c) => /^P-/.test(c))).toBe(true);
    expect(net.nodes.map((n) => [n.id, n.label])).toEqual(codes.map((c) => [c, c]));
    const text = networkGexf(net) + networkGraphml(net);
    for (const a of ds.actors) expect(text).not.toContain(`"${a.id}"`);
    expect(text).not.toContain('alert(1)');
    expect(parseGexf(Graph, networkGexf(net)).edges()).toHaveLength(5);
  });
});
