/**
 * A view: the choices that turn a dataset into one network to analyse. Which wave, which
 * tie types, how direction is treated and the weakest tie that counts. Every figure Kith
 * shows rests on a view, and the status line states it.
 */
import type { BetweennessMode } from '../metrics/suite.ts';
import type { Dataset } from '../model/types.ts';
import { respondentsKnown } from './respondents.ts';

/**
 * - 'directed': ties as reported (A named B), the default for survey data.
 * - 'union': a tie between two people if either named the other.
 * - 'confirmed': a tie only if both named each other (reciprocated). Undirected records
 *   such as co-attendance count as confirmed.
 */
export type DirectionRule = 'directed' | 'union' | 'confirmed';

/** How the strengths of several ties between the same two people become one. */
export type MergeRule = 'max' | 'mean' | 'sum' | 'min';

export interface NetworkView {
  /** Wave id, or null to pool every wave. */
  wave: string | null;
  /** Tie types that count, or null for all of them. NO_TYPE stands for ties with no type. */
  tieTypes: string[] | null;
  direction: DirectionRule;
  /** Ties weaker than this are left out; ties with no strength are then left out too. */
  minStrength: number | null;
  merge: MergeRule;
  /** Include co-attendance ties projected from the attendance records. */
  coAttendance: boolean;
  /**
   * Co-attendance counts only pairs who shared at least this many meetings (default 1), and
   * only meetings dated within the window (either end open; undated meetings always count).
   */
  coAttendanceMin?: number | null;
  coAttendanceWindow?: { from: string | null; to: string | null } | null;
  /**
   * Only the people who answered the view's wave (any wave when pooled), with the ties among
   * them. Otherwise (the default) non-respondents are in, through the ties others reported.
   */
  respondentsOnly?: boolean;
  /**
   * The boundary that matters (sector, organisation, place, ...): an attribute key, or null.
   * Group figures (E-I index, brokerage roles, mixing) are relative to it.
   */
  boundary: string | null;
  /** Exact betweenness, or an estimate from a sample of sources for large networks. */
  betweenness: BetweennessMode;
}

/** The key for ties whose file gave no type. */
export const NO_TYPE = '';
export const CO_ATTENDANCE = 'co-attendance';

export function defaultView(ds: Dataset): NetworkView {
  const last = ds.waves[ds.waves.length - 1];
  return {
    wave: last ? last.id : null,
    tieTypes: null,
    direction: 'directed',
    minStrength: null,
    merge: 'max',
    coAttendance: false,
    boundary: defaultBoundary(ds),
    betweenness: ds.actors.length > LARGE_NETWORK ? { kind: 'sampled', samples: LARGE_SAMPLE, seed: 1 } : { kind: 'exact' },
  };
}

/**
 * Above this many people, betweenness, closeness and distances start as estimates from a
 * sample (stated on every figure), so that a first look takes seconds; exact is one click.
 */
export const LARGE_NETWORK = 5000;
export const LARGE_SAMPLE = 500;

/** Sector when there is one, else the first attribute with a handful of values. */
export function defaultBoundary(ds: Dataset): string | null {
  const cats = ds.attributes.filter((a) => a.kind === 'categorical' && (a.categories?.length ?? 0) >= 2 && (a.categories?.length ?? 0) <= 20);
  return (cats.find((a) => a.key.toLowerCase() === 'sector') ?? cats[0])?.key ?? null;
}

export function describeView(view: NetworkView, ds: Dataset): string {
  const parts: string[] = [];
  if (ds.waves.length > 0) parts.push(view.wave === null ? 'All waves pooled' : `Wave: ${view.wave}`);
  parts.push(view.tieTypes === null ? 'all tie types' : `tie types: ${view.tieTypes.map((t) => t || 'no type').join(', ') || 'none'}`);
  if (view.coAttendance) parts.push(coAttendanceWords(view));
  const said = respondentsKnown(ds, view);
  if (view.respondentsOnly) parts.push(said ? 'respondents only' : 'respondents only asked, but the data do not say who answered: everyone kept');
  else if (said) parts.push("non-respondents included through others' answers");
  parts.push({ directed: 'ties as reported (directed)', union: 'a tie if either names the other', confirmed: 'confirmed ties only (both name each other)' }[view.direction]);
  if (view.minStrength !== null) parts.push(`strength ${view.minStrength} or more`);
  parts.push(`parallel ties merged by ${view.merge} strength`);
  if (view.boundary !== null) parts.push(`boundary: ${view.boundary}`);
  if (view.betweenness.kind === 'sampled') parts.push(`routes estimated from ${view.betweenness.samples} people`);
  if (view.betweenness.weighted) parts.push('shortest routes by tie strength');
  return parts.join(' · ');
}

function coAttendanceWords(view: NetworkView): string {
  const min = view.coAttendanceMin ?? 1;
  const from = view.coAttendanceWindow?.from ?? null;
  const to = view.coAttendanceWindow?.to ?? null;
  let words = 'with co-attendance';
  if (min > 1) words += ` (${min} or more shared meetings)`;
  if (from !== null || to !== null) words += ` at meetings ${from !== null ? `from ${from}` : ''}${from !== null && to !== null ? ' ' : ''}${to !== null ? `to ${to}` : ''}`;
  return words;
}
