/**
 * How people look on the map (and in exported pictures and reports): a colour per attribute value, a size per metric value, and
 * who is hidden by the display filters. Shared by the map, the legend and the table.
 */
import { formatValue } from '../import/attributes.ts';
import type { TieStatus } from '../change/classify.ts';
import type { Actor, AttributeSpec, Dataset } from '../model/types.ts';

export type { TieStatus };

/**
 * Okabe & Ito's colour-blind-safe palette first, then further distinct hues; values past
 * the palette repeat it. "Not recorded" is always grey.
 */
const PALETTE = [
  '#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000',
  '#882255', '#44AA99', '#999933', '#6699CC', '#AA4499', '#117733',
];
export const MISSING_COLOUR = '#b8b8b8';
export const DEFAULT_COLOUR = '#4a6fa5';

export interface ColourScale {
  attribute: string | null;
  entries: { value: string; colour: string; count: number }[];
  colourOf: (actor: Actor | undefined) => string;
}

export function attributeText(actor: Actor | undefined, key: string): string {
  return formatValue(actor?.attributes[key] ?? null);
}

export function colourScale(ds: Dataset, attribute: string | null): ColourScale {
  const spec = ds.attributes.find((a) => a.key === attribute);
  if (!spec || attribute === null) return { attribute: null, entries: [], colourOf: () => DEFAULT_COLOUR };
  const counts = new Map<string, number>();
  for (const a of ds.actors) {
    const v = attributeText(a, attribute);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const values = legendValues(spec, counts);
  const colours = new Map<string, string>();
  let k = 0;
  for (const v of values) colours.set(v, v === 'Not recorded' ? MISSING_COLOUR : (PALETTE[k++ % PALETTE.length] ?? DEFAULT_COLOUR));
  return {
    attribute,
    entries: values.map((value) => ({ value, colour: colours.get(value) ?? MISSING_COLOUR, count: counts.get(value) ?? 0 })),
    colourOf: (actor) => colours.get(attributeText(actor, attribute)) ?? MISSING_COLOUR,
  };
}

/** Categories in their sorted order, "Not recorded" last when anyone lacks a value. */
function legendValues(spec: AttributeSpec, counts: Map<string, number>): string[] {
  const values = spec.categories ? [...spec.categories] : [...counts.keys()].filter((v) => v !== 'Not recorded').sort();
  if (counts.has('Not recorded')) values.push('Not recorded');
  return values;
}

/** Ids of people hidden by the display filters (hidden attribute values). */
export function hiddenPeople(ds: Dataset, hidden: Record<string, string[]>): Set<string> {
  const rules = Object.entries(hidden).filter(([, values]) => values.length > 0).map(([k, v]) => [k, new Set(v)] as const);
  const out = new Set<string>();
  if (rules.length === 0) return out;
  for (const a of ds.actors) {
    if (rules.some(([key, values]) => values.has(attributeText(a, key)))) out.add(a.id);
  }
  return out;
}

/** Node sizes from a metric: area grows with the value, from 3 to 16 pixels of radius. */
export function sizeScale(values: Float64Array | undefined): (i: number) => number {
  if (!values || values.length === 0) return () => 5;
  let max = 0;
  for (const v of values) if (Number.isFinite(v) && v > max) max = v;
  if (max <= 0) return () => 5;
  return (i) => 3 + 13 * Math.sqrt(Math.max(0, values[i] ?? 0) / max);
}


/** Colours of tie changes between two waves (Okabe-Ito hues; unknown is pale, never red). */
export const CHANGE_COLOURS: Record<TieStatus, { colour: string; label: string; explain: string }> = {
  new: { colour: '#009E73', label: 'New', explain: 'Not there in the earlier wave' },
  lost: { colour: '#D55E00', label: 'Lost', explain: 'Gone, and the people who could report it answered' },
  unknown: { colour: '#c4c4c4', label: 'Unknown', explain: 'Missing because someone did not answer the later wave' },
  kept: { colour: '#5b6775', label: 'Kept', explain: 'There in both waves' },
  strengthened: { colour: '#0072B2', label: 'Stronger', explain: 'Kept, with a higher strength' },
  weakened: { colour: '#E69F00', label: 'Weaker', explain: 'Kept, with a lower strength' },
};

/** Which ties a change map shows: both waves, or the earlier or the later one alone. */
export type ChangeSide = 'both' | 'before' | 'after';

export function onSide(status: TieStatus, side: ChangeSide): boolean {
  if (side === 'both') return true;
  if (side === 'before') return status !== 'new';
  return status !== 'lost' && status !== 'unknown';
}

/** A map of two waves' ties coloured by how they changed. */
export interface ChangeOverlay {
  from: string;
  to: string;
  ties: { source: string; target: string; status: TieStatus }[];
  side: ChangeSide;
  directed: boolean;
}
