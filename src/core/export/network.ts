/**
 * The network as the map shows it, gathered once for every file that carries it (GEXF,
 * GraphML, the map picture): the people not hidden by the display filters, with every
 * attribute and every metric at full precision, their position, colour and size; and the
 * view's ties among them, with weight, strength, types and direction.
 *
 * Pseudonymous exports: the dataset passed in is the shown one (names already replaced by
 * codes), and with `pseudonymous` the code also replaces the id (ids are often names or
 * e-mail addresses) and attributes that single people out are left out (identifying.ts).
 */
import type { AnalysisResult } from '../analyse.ts';
import { nodeMetricRegistry, type NodeMetricId } from '../metrics/registry.ts';
import type { Dataset } from '../model/types.ts';
import { identifyingAttributes } from './identifying.ts';
import { xmlSafe } from './xml.ts';
import { attributeText, colourScale, hiddenPeople, sizeScale, type ColourScale } from '../view/encodings.ts';

/** What the map shows: the same choices the map screen is drawn from. */
export interface ExportDisplay {
  colourBy: string | null;
  sizeBy: NodeMetricId | null;
  hidden: Record<string, string[]>;
  /** Layout positions by person id; null before the first layout. */
  positions: Map<string, { x: number; y: number }> | null;
  pseudonymous: boolean;
}

export type ExportValue = string | number | boolean | null;

export interface ExportColumn {
  /** Unique among the columns and never one of the names the formats reserve (label, x, size, ...). */
  name: string;
  type: 'string' | 'double' | 'integer' | 'boolean';
  source: 'attribute' | 'metric';
}

export interface ExportNode {
  id: string;
  label: string;
  /** Aligned with `ExportNetwork.columns`; null is missing. */
  values: ExportValue[];
  /** Layout position (y up, as in sigma and Gephi); null before any layout. */
  x: number | null;
  y: number | null;
  /** Radius in px as on the map (3 to 16). */
  size: number;
  /** '#rrggbb'. */
  colour: string;
}

export interface ExportEdge {
  source: string;
  target: string;
  weight: number;
  /** Merged strength; null where no strength was given. */
  strength: number | null;
  /** Tie types, '; '-separated. */
  types: string;
  /** Directed views only. */
  reciprocated: boolean | null;
}

export interface ExportNetwork {
  name: string;
  directed: boolean;
  columns: ExportColumn[];
  nodes: ExportNode[];
  edges: ExportEdge[];
  /** The colour key of the people shown (values hidden by the filters left out); null for one colour. */
  legend: { title: string; items: { label: string; colour: string }[] } | null;
  sizeBy: NodeMetricId | null;
  /** How many people of the view the display filters leave out. */
  hiddenCount: number;
}

/** Names the file formats give a meaning of their own (GraphML keys Gephi reads, GEXF viz). */
const RESERVED = new Set(['id', 'label', 'x', 'y', 'z', 'r', 'g', 'b', 'size', 'color', 'colour', 'weight', 'shape', 'thickness']);

export function exportNetwork(ds: Dataset, r: AnalysisResult, display: ExportDisplay): ExportNetwork {
  const hidden = hiddenPeople(ds, display.hidden);
  const colours = colourScale(ds, display.colourBy);
  const size = sizeScale(display.sizeBy ? r.metrics[display.sizeBy] : undefined);
  const byId = new Map(ds.actors.map((a) => [a.id, a]));
  const leftOut = display.pseudonymous ? identifyingAttributes(ds) : new Set<string>();
  const attributes = ds.attributes.filter((a) => !leftOut.has(a.key));
  const metrics = nodeMetricRegistry.filter((m) => r.directed || !m.directedOnly);

  const taken = new Set(RESERVED);
  const unique = (base: string): string => {
    let name = base;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base}_${k}`;
    taken.add(name.toLowerCase());
    return name;
  };
  const columns: ExportColumn[] = [
    ...attributes.map((a): ExportColumn => ({
      name: unique(a.key), source: 'attribute',
      type: attributeType(a.kind, ds.actors.map((p) => p.attributes[a.key] ?? null)),
    })),
    ...metrics.map((m): ExportColumn => ({
      name: unique(m.id), source: 'metric',
      type: m.format === 'decimal' || m.format === 'share' || !allIntegers(r.metrics[m.id]) ? 'double' : 'integer',
    })),
  ];

  const exportIds = uniqueIds(r.ids.map((id) => (display.pseudonymous ? byId.get(id)?.label ?? id : id)));
  const index = new Map(r.ids.map((id, i) => [id, i]));
  const exportId = (id: string): string => exportIds[index.get(id) ?? -1] ?? id;
  const nodes: ExportNode[] = [];
  const shownValues = new Set<string>();
  r.ids.forEach((id, i) => {
    if (hidden.has(id)) return;
    const actor = byId.get(id);
    if (display.colourBy !== null) shownValues.add(attributeText(actor, display.colourBy));
    const pos = display.positions?.get(id);
    nodes.push({
      id: exportId(id),
      label: actor?.label ?? id,
      values: [
        ...attributes.map((a) => actor?.attributes[a.key] ?? null),
        ...metrics.map((m) => finite(r.metrics[m.id][i])),
      ],
      x: pos && Number.isFinite(pos.x) ? pos.x : null,
      y: pos && Number.isFinite(pos.y) ? pos.y : null,
      size: size(i),
      colour: colours.colourOf(actor),
    });
  });

  const edges: ExportEdge[] = [];
  for (let e = 0; e < r.edgeSource.length; e++) {
    const s = r.ids[r.edgeSource[e] ?? -1], t = r.ids[r.edgeTarget[e] ?? -1];
    if (s === undefined || t === undefined || hidden.has(s) || hidden.has(t)) continue;
    edges.push({
      source: exportId(s), target: exportId(t),
      weight: Number.isFinite(r.edgeWeight[e]) ? r.edgeWeight[e]! : 1,
      strength: finite(r.edgeStrength[e]),
      types: (r.edgeTypes[e] ?? []).join('; '),
      reciprocated: r.directed ? r.edgeReciprocated[e] === 1 : null,
    });
  }
  return { name: ds.name, directed: r.directed, columns, nodes, edges, legend: legendOf(colours, shownValues), sizeBy: display.sizeBy,
    hiddenCount: r.ids.length - nodes.length };
}

/** The key lists only the values someone shown has, in the map legend's order. */
function legendOf(colours: ColourScale, shown: Set<string>): ExportNetwork['legend'] {
  if (colours.attribute === null) return null;
  const items = colours.entries.filter((e) => shown.has(e.value)).map((e) => ({ label: e.value, colour: e.colour }));
  return { title: colours.attribute, items };
}

/**
 * Ids as XML can carry them (characters XML forbids dropped), still distinct: an id that
 * would clash with an earlier one gets a numbered suffix.
 */
function uniqueIds(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.map((raw) => {
    const base = xmlSafe(raw);
    let id = base;
    for (let k = 2; seen.has(id); k++) id = `${base}_${k}`;
    seen.add(id);
    return id;
  });
}

function finite(v: number | undefined): number | null {
  return v !== undefined && Number.isFinite(v) ? v : null;
}

function allIntegers(values: Float64Array): boolean {
  for (const v of values) if (Number.isFinite(v) && !Number.isInteger(v)) return false;
  return true;
}

/** The attribute's kind, unless a value disagrees with it (then text, which holds anything). */
function attributeType(kind: string, values: ExportValue[]): ExportColumn['type'] {
  if (kind === 'numeric' && values.every((v) => v === null || typeof v === 'number')) return 'double';
  if (kind === 'boolean' && values.every((v) => v === null || typeof v === 'boolean')) return 'boolean';
  return 'string';
}

/** '#rgb' or '#rrggbb' as bytes; grey for anything else. */
export function rgb(colour: string): { r: number; g: number; b: number } {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (!hex) return { r: 128, g: 128, b: 128 };
  const full = hex.length === 3 ? hex.replace(/./g, (c) => c + c) : hex;
  return { r: parseInt(full.slice(0, 2), 16), g: parseInt(full.slice(2, 4), 16), b: parseInt(full.slice(4, 6), 16) };
}
