/**
 * The network as GraphML (graphml.graphdrawing.org), for Gephi, yEd, Cytoscape, igraph and
 * networkx. No well-kept GraphML writer exists for graphology (graphology-graphml only
 * parses), so this one is Kith's own. Keys follow Gephi's own GraphML export, which its
 * importer maps to properties: `label`, `r`/`g`/`b` (colour), `size`, `x`/`y` on people,
 * `weight` on ties; every attribute and metric is a typed key of its own (yEd lists them as
 * custom properties). Missing values have no <data> element. All text is XML-escaped.
 */
import type { ExportColumn, ExportNetwork, ExportValue } from './network.ts';
import { rgb } from './network.ts';
import { xmlText } from './xml.ts';

const GRAPHML_TYPE: Record<ExportColumn['type'], string> = { string: 'string', double: 'double', integer: 'long', boolean: 'boolean' };

export function networkGraphml(net: ExportNetwork, opts: { description?: string } = {}): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
      + ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    key('description', 'graph', 'description', 'string'),
    key('label', 'node', 'label', 'string'),
    key('r', 'node', 'r', 'int'), key('g', 'node', 'g', 'int'), key('b', 'node', 'b', 'int'),
    key('size', 'node', 'size', 'float'),
    key('x', 'node', 'x', 'float'), key('y', 'node', 'y', 'float'),
    ...net.columns.map((c, k) => key(`d${k}`, 'node', c.name, GRAPHML_TYPE[c.type])),
    key('weight', 'edge', 'weight', 'double'),
    key('strength', 'edge', 'strength', 'double'),
    key('types', 'edge', 'types', 'string'),
    ...(net.directed ? [key('reciprocated', 'edge', 'reciprocated', 'boolean')] : []),
    `  <graph id="G" edgedefault="${net.directed ? 'directed' : 'undirected'}">`,
  ];
  if (opts.description) out.push(`    ${data('description', opts.description)}`);
  for (const n of net.nodes) {
    const { r, g, b } = rgb(n.colour);
    const parts = [data('label', n.label), data('r', r), data('g', g), data('b', b), data('size', n.size)];
    if (n.x !== null && n.y !== null) parts.push(data('x', n.x), data('y', n.y));
    n.values.forEach((v, k) => { if (v !== null) parts.push(data(`d${k}`, v)); });
    out.push(`    <node id="${xmlText(n.id)}">${parts.join('')}</node>`);
  }
  net.edges.forEach((e, i) => {
    const parts = [data('weight', e.weight)];
    if (e.strength !== null) parts.push(data('strength', e.strength));
    if (e.types !== '') parts.push(data('types', e.types));
    if (e.reciprocated !== null) parts.push(data('reciprocated', e.reciprocated));
    out.push(`    <edge id="e${i}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">${parts.join('')}</edge>`);
  });
  out.push('  </graph>', '</graphml>');
  return `${out.join('\n')}\n`;
}

function key(id: string, on: 'graph' | 'node' | 'edge', name: string, type: string): string {
  return `  <key id="${id}" for="${on}" attr.name="${xmlText(name)}" attr.type="${type}"/>`;
}

function data(keyId: string, value: Exclude<ExportValue, null>): string {
  if (typeof value === 'string') return `<data key="${keyId}">${xmlText(value)}</data>`;
  return `<data key="${keyId}">${typeof value === 'number' && !Number.isFinite(value) ? '' : String(value)}</data>`;
}
