/**
 * Each tie between two waves, classified: new, lost, unknown, kept, strengthened or weakened;
 * and who joined and who left the system between the two waves.
 *
 * Why: the change view colours every tie by what happened to it, and evaluators ask which
 * relationships lasted. The rules are those of compareWaves (compare.ts), so that the counts
 * here always add up to its figures: ties as the view defines them (ordered pairs when
 * directed, unordered otherwise), each wave's ties merged as buildGraph merges them; a tie missing from the later
 * wave is "lost" only when the people who could have reported it answered that wave (directed:
 * the source; undirected: both ends), otherwise "unknown" (non-response is not loss).
 * A kept tie is "strengthened" or "weakened" when its merged strength (view.merge) is known in
 * both waves and rose or fell; otherwise "kept". A tie of the later wave that the earlier one
 * lacks is "new", even when its reporter did not answer the earlier wave (as compareWaves'
 * "added").
 * Reference: the tie-change categories of longitudinal network studies (e.g. Snijders, van de
 * Bunt and Steglich 2010, Social Networks 32: 44-60, on stability and change between waves).
 */
import type { Dataset } from '../model/types.ts';
import { forEachViewEdge } from '../view/build.ts';
import type { NetworkView } from '../view/view.ts';
import { respondentsOf } from './compare.ts';

export type TieStatus = 'new' | 'lost' | 'unknown' | 'kept' | 'strengthened' | 'weakened';

export const TIE_STATUSES: readonly TieStatus[] = ['new', 'lost', 'unknown', 'kept', 'strengthened', 'weakened'];

export interface TieChange {
  /** Undirected views: the smaller id first, as compare.ts keys them. */
  source: string;
  target: string;
  status: TieStatus;
  /** Merged strength in the earlier wave; null when absent there or given no strength. */
  before: number | null;
  /** Merged strength in the later wave; null when absent there or given no strength. */
  after: number | null;
}

export interface WaveTie {
  source: string;
  target: string;
  strength: number | null;
}

/** The ties of one wave as the view defines them, keyed by tieKey. */
export function waveTies(ds: Dataset, view: NetworkView, wave: string): Map<string, WaveTie> {
  const out = new Map<string, WaveTie>();
  const directed = view.direction === 'directed';
  forEachViewEdge(ds, { ...view, wave }, ({ source: s, target: t, strength }) => {
    const [a, b] = directed || s < t ? [s, t] : [t, s];
    out.set(tieKey(a, b), { source: a, target: b, strength });
  });
  return out;
}

export function tieKey(source: string, target: string): string {
  return `${source}\u0000${target}`;
}

/** Whether a tie's absence from a wave is known: its reporter(s) answered that wave. */
export function couldReport(answered: Set<string>, directed: boolean, source: string, target: string): boolean {
  return directed ? answered.has(source) : answered.has(source) && answered.has(target);
}

/** Every tie present in either wave, sorted by source then target. */
export function classifyTies(ds: Dataset, view: NetworkView, from: string, to: string): TieChange[] {
  const before = waveTies(ds, view, from);
  const after = waveTies(ds, view, to);
  const answered = respondentsOf(ds, to);
  respondentsOf(ds, from); // checks that the wave exists
  const directed = view.direction === 'directed';
  const list: TieChange[] = [];
  for (const [key, b] of before) {
    const a = after.get(key);
    if (a) {
      let status: TieStatus = 'kept';
      if (b.strength !== null && a.strength !== null) {
        if (a.strength > b.strength) status = 'strengthened';
        else if (a.strength < b.strength) status = 'weakened';
      }
      list.push({ source: b.source, target: b.target, status, before: b.strength, after: a.strength });
    } else {
      const status = couldReport(answered, directed, b.source, b.target) ? 'lost' : 'unknown';
      list.push({ source: b.source, target: b.target, status, before: b.strength, after: null });
    }
  }
  for (const [key, a] of after) {
    if (!before.has(key)) list.push({ source: a.source, target: a.target, status: 'new', before: null, after: a.strength });
  }
  return list.sort((x, y) => cmp(x.source, y.source) || cmp(x.target, y.target));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type ChangeCounts = Record<TieStatus, number>;

/**
 * Counts per status. With compareWaves: added = new, removed = lost, unknown = unknown,
 * kept = kept + strengthened + weakened.
 */
export function changeCounts(list: readonly TieChange[]): ChangeCounts {
  const counts: ChangeCounts = { new: 0, lost: 0, unknown: 0, kept: 0, strengthened: 0, weakened: 0 };
  for (const c of list) counts[c.status]++;
  return counts;
}

export interface Membership {
  from: string;
  to: string;
  /** Both waves say who answered; when false, taking part means being tied or attending only. */
  respondentsKnown: boolean;
  /** Took part in `to` and not in `from`. */
  joined: string[];
  /** Took part in `from` and not in `to`: did not answer `to`, nobody named them, no meeting. */
  left: string[];
  /** Answered `from`, not `to`, yet still took part in `to` (named, or attended): not leavers. */
  stoppedAnswering: string[];
  /** The rule, in words, for the screen. */
  rule: string;
}

export const MEMBERSHIP_RULE =
  'Someone takes part in a wave if they answered it, named or were named by someone in it, or attended one of ' +
  'its meetings. Joined: took part in the later wave but not the earlier one. Left: took part in the earlier ' +
  'wave but not the later one. Someone who stopped answering but is still named by colleagues has not left: ' +
  'they are listed apart, as not answering.';

/** Who joined and who left between two waves (any two, not only consecutive ones), by MEMBERSHIP_RULE. */
export function membership(ds: Dataset, from: string, to: string): Membership {
  const waveOf = (id: string) => {
    const w = ds.waves.find((x) => x.id === id);
    if (!w) throw new Error(`membership: no wave "${id}"`);
    return w;
  };
  const wf = waveOf(from);
  const wt = waveOf(to);
  const active = (wave: string, respondents: string[] | null): Set<string> => {
    const set = new Set<string>(respondents ?? []);
    for (const t of ds.ties) if (t.wave === wave) { set.add(t.source); set.add(t.target); }
    for (const a of ds.attendance) if (a.wave === wave) set.add(a.person);
    return set;
  };
  const inFrom = active(from, wf.respondents);
  const inTo = active(to, wt.respondents);
  const answeredFrom = new Set(wf.respondents ?? []);
  const answeredTo = new Set(wt.respondents ?? []);
  const known = wf.respondents !== null && wt.respondents !== null;
  const joined: string[] = [];
  const left: string[] = [];
  const stoppedAnswering: string[] = [];
  for (const a of ds.actors) {
    if (inTo.has(a.id) && !inFrom.has(a.id)) joined.push(a.id);
    if (inFrom.has(a.id) && !inTo.has(a.id)) left.push(a.id);
    if (known && answeredFrom.has(a.id) && !answeredTo.has(a.id) && inTo.has(a.id)) stoppedAnswering.push(a.id);
  }
  return {
    from, to, respondentsKnown: known, joined, left, stoppedAnswering, rule: MEMBERSHIP_RULE,
  };
}
