/**
 * The network for Gephi as GEXF 1.3 (gexf.net/1.3): people with every attribute and metric,
 * their colour, size and position (viz), and the ties with weight, strength, types and
 * direction.
 *
 * Kith's own writer rather than graphology-gexf's (which its tests use to read the files
 * back): that writer types each attribute from the values it happens to see, so a metric
 * such as tie strength would be "integer" in one wave's file and "double" in the next, and
 * Gephi refuses to append files whose column types differ; it also keeps characters XML
 * forbids. Here every column has the type Kith knows it has. Attribute ids are numbers with
 * the name as title, as Gephi writes them; colours are r/g/b, which every Gephi version
 * reads (1.3's hex is newer). Missing values have no <attvalue>. All text is XML-escaped.
 */
import type { ExportColumn, ExportNetwork, ExportValue } from './network.ts';
import { rgb } from './network.ts';
import { xmlText } from './xml.ts';

const GEXF_TYPE: Record<ExportColumn['type'], string> = { string: 'string', double: 'double', integer: 'long', boolean: 'boolean' };

export function networkGexf(net: ExportNetwork, opts: { description?: string } = {}): string {
  const edgeColumns: { name: string; type: string }[] = [
    { name: 'strength', type: 'double' }, { name: 'types', type: 'string' },
    ...(net.directed ? [{ name: 'reciprocated', type: 'boolean' }] : []),
  ];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
      + ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>Kith</creator>',
    ...(opts.description ? [`    <description>${xmlText(opts.description)}</description>`] : []),
    '  </meta>',
    `  <graph defaultedgetype="${net.directed ? 'directed' : 'undirected'}" mode="static">`,
    '    <attributes class="node" mode="static">',
    ...net.columns.map((c, k) => `      <attribute id="${k}" title="${xmlText(c.name)}" type="${GEXF_TYPE[c.type]}"/>`),
    '    </attributes>',
    '    <attributes class="edge" mode="static">',
    ...edgeColumns.map((c, k) => `      <attribute id="${k}" title="${c.name}" type="${c.type}"/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const n of net.nodes) {
    const { r, g, b } = rgb(n.colour);
    const position = n.x !== null && n.y !== null ? `<viz:position x="${n.x}" y="${n.y}" z="0"/>` : '';
    out.push(`      <node id="${xmlText(n.id)}" label="${xmlText(n.label)}">${attvalues(n.values)}`
      + `<viz:color r="${r}" g="${g}" b="${b}"/><viz:size value="${n.size}"/>${position}</node>`);
  }
  out.push('    </nodes>', '    <edges>');
  net.edges.forEach((e, i) => {
    const values: ExportValue[] = [e.strength, e.types === '' ? null : e.types, ...(net.directed ? [e.reciprocated] : [])];
    out.push(`      <edge id="${i}" source="${xmlText(e.source)}" target="${xmlText(e.target)}" weight="${e.weight}">${attvalues(values)}</edge>`);
  });
  out.push('    </edges>', '  </graph>', '</gexf>');
  return `${out.join('\n')}\n`;
}

function attvalues(values: ExportValue[]): string {
  const parts: string[] = [];
  values.forEach((v, k) => {
    if (v === null || (typeof v === 'number' && !Number.isFinite(v))) return;
    parts.push(`<attvalue for="${k}" value="${typeof v === 'string' ? xmlText(v) : String(v)}"/>`);
  });
  return parts.length > 0 ? `<attvalues>${parts.join('')}</attvalues>` : '';
}
