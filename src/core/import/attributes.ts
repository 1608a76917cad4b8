/**
 * Typing attribute columns: a column whose every present value is a number is numeric,
 * yes/no or true/false is boolean, a column with few distinct values is categorical
 * (sector, place, profession), and the rest is free text. Missing values stay null.
 */
import type { AttributeKind, AttributeSpec, AttributeValue } from '../model/types.ts';
import { parseNumber } from './csv.ts';

const TRUE = new Set(['yes', 'y', 'true']);
const FALSE = new Set(['no', 'n', 'false']);

/** A column with at most this many distinct values, or few relative to the rows, is categorical. */
const MAX_CATEGORIES = 40;

export function inferKind(values: (string | null)[]): AttributeKind {
  const present = values.filter((v): v is string => v !== null);
  if (present.length === 0) return 'categorical';
  if (present.every((v) => parseNumber(v) !== null)) {
    // Small integer codes (1-5 ratings, 0/1 flags) are still numbers to compute on.
    return 'numeric';
  }
  if (present.every((v) => TRUE.has(v.toLowerCase()) || FALSE.has(v.toLowerCase()))) return 'boolean';
  const distinct = new Set(present).size;
  if (distinct <= MAX_CATEGORIES || distinct <= present.length / 4) return 'categorical';
  return 'text';
}

export function typedValue(kind: AttributeKind, v: string | null): AttributeValue {
  if (v === null) return null;
  switch (kind) {
    case 'numeric': return parseNumber(v);
    case 'boolean': return TRUE.has(v.toLowerCase());
    default: return v;
  }
}

export function describeAttribute(key: string, kind: AttributeKind, values: AttributeValue[]): AttributeSpec {
  const missing = values.filter((v) => v === null).length;
  const spec: AttributeSpec = { key, kind, missing };
  if (kind === 'categorical' || kind === 'boolean') {
    const cats = new Set<string>();
    for (const v of values) if (v !== null) cats.add(formatValue(v));
    spec.categories = [...cats].sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true }));
  }
  return spec;
}

/** How a value reads on screen and in a legend. */
export function formatValue(v: AttributeValue): string {
  if (v === null) return 'Not recorded';
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  return String(v);
}
