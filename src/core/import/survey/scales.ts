/**
 * Answer scales: how a grid or long-form cell ("Weekly", "4 - Often", "Yes", a tick) becomes
 * a tie strength. Kith's two named scales are stated here and in data/templates/README.md:
 *
 *   frequency: Daily 5, Weekly 4, Monthly 3, Quarterly 2, Yearly or less 1; Never: no tie
 *   trust:     Completely 4, Quite a lot 3, Somewhat 2, A little 1; Not at all: no tie
 *
 * A number (or a cell that starts with one, "4 - Weekly") is read as the strength, 0 as no tie.
 * An empty cell is missing: the person was not named, never a strength of 0.
 */
import { parseNumber } from '../csv.ts';
import type { Scale } from './types.ts';

const FREQUENCY: Record<string, number | null> = {
  daily: 5, 'every day': 5, 'most days': 5, 'several times a week': 5, 'more than once a week': 5,
  weekly: 4, 'every week': 4, 'once a week': 4, 'at least weekly': 4,
  fortnightly: 3, 'every two weeks': 3, 'every 2 weeks': 3, monthly: 3, 'every month': 3, 'once a month': 3, 'at least monthly': 3,
  quarterly: 2, 'every quarter': 2, 'every few months': 2, 'every 3 months': 2, 'a few times a year': 2, 'every three months': 2,
  yearly: 1, annually: 1, 'once a year': 1, 'once or twice a year': 1, 'yearly or less': 1, 'less often': 1, rarely: 1, 'less than once a year': 1,
  never: null, 'not at all': null, 'no contact': null,
};

const TRUST: Record<string, number | null> = {
  completely: 4, fully: 4, entirely: 4, 'a great deal': 4, 'to a very great extent': 4, 'very much': 4,
  'quite a lot': 3, mostly: 3, 'a lot': 3, 'to a great extent': 3, much: 3,
  somewhat: 2, moderately: 2, 'to some extent': 2, some: 2,
  'a little': 1, slightly: 1, 'to a small extent': 1, 'not much': 1,
  'not at all': null, never: null,
};

const TICK_NO = new Set(['no', 'n', 'false', 'not selected', 'unchecked', '0']);

/** Folds a label for lookup: case, spacing, trailing punctuation. */
export function foldLabel(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').replace(/[.!]+$/, '').trim();
}

/** A leading number: "4", "4 - Weekly", "(4) Weekly", "4. Weekly"; or null. */
function leadingNumber(s: string): number | null {
  const m = /^\(?\s*([+-]?\d+(?:\.\d+)?)\s*(?:$|[-–:.)]\s*\S)/.exec(s);
  return m ? parseNumber(m[1]!) : null;
}

/** A label after a leading number ("4 - Weekly" → "weekly"), for label scales. */
function afterNumber(s: string): string {
  return foldLabel(s.replace(/^\(?\s*\d+(?:\.\d+)?\s*[-–:.)]\s*/, ''));
}

export type CellReading =
  | { kind: 'tie'; strength: number | null }
  | { kind: 'none'; why: string }
  | { kind: 'empty' }
  | { kind: 'unknown'; text: string };

/** Reads one cell on a scale (a cell holding the grid column's own person, SurveyMonkey's tick, is read by the caller). */
export function readCell(scale: Scale, raw: string | undefined): CellReading {
  const text = (raw ?? '').trim();
  if (text === '') return { kind: 'empty' };
  const f = foldLabel(text);
  const custom = scale.labels?.[f] ?? scale.labels?.[afterNumber(text)];
  if (custom !== undefined) return custom === null ? { kind: 'none', why: `"${text}" means no tie` } : { kind: 'tie', strength: custom };
  switch (scale.kind) {
    case 'number': {
      const n = leadingNumber(text);
      if (n === null || n < 0) return { kind: 'unknown', text };
      return n === 0 ? { kind: 'none', why: '0 means no tie' } : { kind: 'tie', strength: n };
    }
    case 'frequency':
    case 'trust': {
      const table = scale.kind === 'frequency' ? FREQUENCY : TRUST;
      const key = f in table ? f : afterNumber(text);
      if (!(key in table)) {
        const n = leadingNumber(text);
        if (n !== null) return n === 0 ? { kind: 'none', why: '0 means no tie' } : { kind: 'tie', strength: n };
        return { kind: 'unknown', text };
      }
      const v = table[key];
      return v === null || v === undefined ? { kind: 'none', why: `"${text}" means no tie` } : { kind: 'tie', strength: v };
    }
    case 'tick':
      return TICK_NO.has(f) ? { kind: 'none', why: `"${text}" means not chosen` } : { kind: 'tie', strength: null };
    case 'custom':
      return { kind: 'unknown', text };
  }
}

/** The scale that reads a column's answers, guessed from its distinct non-empty cells. */
export function detectScale(values: string[]): Scale {
  const distinct = [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
  if (distinct.length === 0) return { kind: 'tick' };
  if (distinct.every((v) => leadingNumber(v) !== null) && !distinct.every((v) => TICK_NO.has(foldLabel(v)) || v === '1')) return { kind: 'number' };
  const share = (table: Record<string, number | null>): number =>
    distinct.filter((v) => foldLabel(v) in table || afterNumber(v) in table).length / distinct.length;
  const freq = share(FREQUENCY);
  const trust = share(TRUST);
  if (freq >= 0.5 && freq >= trust) return { kind: 'frequency' };
  if (trust >= 0.5) return { kind: 'trust' };
  return { kind: 'tick' };
}

/** The scale in words, for a column's reason and the templates. */
export function describeScale(scale: Scale): string {
  const labels = Object.entries(scale.labels ?? {}).map(([k, v]) => `${k}: ${v === null ? 'no tie' : v}`).join(', ');
  const extra = labels ? `; also ${labels}` : '';
  switch (scale.kind) {
    case 'frequency': return `frequency scale (Daily 5, Weekly 4, Monthly 3, Quarterly 2, Yearly 1; Never: no tie${extra})`;
    case 'trust': return `trust scale (Completely 4, Quite a lot 3, Somewhat 2, A little 1; Not at all: no tie${extra})`;
    case 'number': return `numbers read as strength (0: no tie${extra})`;
    case 'tick': return `any mark is a tie, without strength (No: no tie${extra})`;
    case 'custom': return `labels: ${labels || 'none given'}`;
  }
}
