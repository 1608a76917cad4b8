/**
 * What dissipated: bridging ties (crossing the view's boundary) lost between two waves, and the
 * people who carried them; and the opposite, bridging ties that grew, with who carried the new.
 *
 * Why: the spanning capacity built by time-limited programmes often dissipates when funding
 * ends (DOMAIN.md, story 1), and evaluators need to see it and name who carried it. A tie is
 * bridging when its two ends are in different groups of view.boundary, both groups known.
 * Ties are classified by classifyTies (classify.ts): a tie missing because its reporter did not
 * answer the later wave is unknown, never lost, and every count of lost ties says how many were
 * unknown. A carrier is a person at either end of a bridging tie.
 * The dissipation finding is given when at least a quarter of the bridging ties with a known
 * outcome were lost, and a larger share than of ties within groups (ordinary churn). The growth
 * finding is given when bridging ties rose by at least a fifth and some are new.
 * Reference: Burt, R. S. (2002), Bridge decay, Social Networks 24: 333-363.
 */
import type { Finding } from '../findings/types.ts';
import type { Dataset } from '../model/types.ts';
import type { NetworkView } from '../view/view.ts';
import { changeCounts, classifyTies, type ChangeCounts, type TieChange } from './classify.ts';
import { respondentsOf } from './compare.ts';

export interface BridgeCarrier {
  id: string;
  label: string;
  /** Bridging ties of this person in `from` and in `to`. */
  before: number;
  after: number;
  /** Of `before`: kept (strengthened and weakened included), lost, unknown. */
  kept: number;
  lost: number;
  unknown: number;
  /** Of `after`: new. */
  new: number;
}

export interface BridgeChange {
  from: string;
  to: string;
  /** The view's boundary; null when none is chosen (then there are no bridging ties). */
  boundary: string | null;
  /** Bridging ties in `from` and in `to`. */
  before: number;
  after: number;
  /** Status counts over the bridging ties present in either wave. */
  counts: ChangeCounts;
  /** Status counts over ties inside one group (for comparison with ordinary churn). */
  within: ChangeCounts;
  /** dissipatedBridges: the lost bridging ties; bridgeGrowth: the new ones. */
  ties: TieChange[];
  /** dissipatedBridges: people with bridging ties in `from`, most lost first;
   *  bridgeGrowth: people with new bridging ties, most new first. */
  carriers: BridgeCarrier[];
}

function bridgeChange(ds: Dataset, view: NetworkView, from: string, to: string): BridgeChange & { all: TieChange[] } {
  const list = view.boundary === null ? [] : classifyTies(ds, view, from, to);
  const key = view.boundary;
  const group = new Map(ds.actors.map((a) => {
    const v = key === null ? null : a.attributes[key];
    return [a.id, v === null || v === undefined || v === '' ? null : String(v)];
  }));
  const bridging: TieChange[] = [];
  const inside: TieChange[] = [];
  for (const c of list) {
    const gs = group.get(c.source) ?? null;
    const gt = group.get(c.target) ?? null;
    if (gs === null || gt === null) continue;
    (gs === gt ? inside : bridging).push(c);
  }
  const label = new Map(ds.actors.map((a) => [a.id, a.label]));
  const people = new Map<string, BridgeCarrier>();
  for (const c of bridging) {
    for (const id of [c.source, c.target]) {
      let p = people.get(id);
      if (!p) people.set(id, (p = { id, label: label.get(id) ?? id, before: 0, after: 0, kept: 0, lost: 0, unknown: 0, new: 0 }));
      if (c.status !== 'new') p.before++;
      if (c.status !== 'lost' && c.status !== 'unknown') p.after++;
      if (c.status === 'kept' || c.status === 'strengthened' || c.status === 'weakened') p.kept++;
      else p[c.status]++;
    }
  }
  const counts = changeCounts(bridging);
  return {
    from, to, boundary: key,
    before: bridging.length - counts.new,
    after: bridging.length - counts.lost - counts.unknown,
    counts, within: changeCounts(inside), ties: [], carriers: [...people.values()], all: bridging,
  };
}

const byLabel = (a: BridgeCarrier, b: BridgeCarrier): number => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

/** Bridging ties present in `from` and lost (not unknown) in `to`, and who carried them. */
export function dissipatedBridges(ds: Dataset, view: NetworkView, from: string, to: string): BridgeChange {
  const { all, ...r } = bridgeChange(ds, view, from, to);
  return {
    ...r,
    ties: all.filter((c) => c.status === 'lost'),
    carriers: r.carriers.filter((p) => p.before > 0).sort((a, b) => b.lost - a.lost || b.before - a.before || byLabel(a, b)),
  };
}

/** Bridging ties new in `to`, and who carried them. */
export function bridgeGrowth(ds: Dataset, view: NetworkView, from: string, to: string): BridgeChange {
  const { all, ...r } = bridgeChange(ds, view, from, to);
  return {
    ...r,
    ties: all.filter((c) => c.status === 'new'),
    carriers: r.carriers.filter((p) => p.new > 0).sort((a, b) => b.new - a.new || b.after - a.after || byLabel(a, b)),
  };
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
const pct = (x: number): string => `${Math.round(x * 100)}%`;

export function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Up to three people who carried at least two of the ties, and the sentence naming them. */
function carriersSentence(ties: TieChange[], carriers: BridgeCarrier[], count: (p: BridgeCarrier) => number, what: string): { named: BridgeCarrier[]; words: string } {
  const named = carriers.filter((p) => count(p) >= 2).slice(0, 3);
  if (named.length === 0) return { named, words: ties.length > 1 ? `no one person carried more than one of ${what}` : '' };
  const ids = new Set(named.map((p) => p.id));
  const touched = ties.filter((c) => ids.has(c.source) || ids.has(c.target)).length;
  const names = listNames(named.map((p) => p.label));
  if (touched * 2 > ties.length) return { named, words: `most of ${what} were carried by ${names}` };
  return { named, words: `${names} carried ${touched} of ${what}` };
}

function groupWord(boundary: string): string {
  return boundary.toLowerCase();
}

/** "Bridging ties faded after 12 months: ...", or null when they did not fade. */
export function dissipationFinding(ds: Dataset, view: NetworkView, from: string, to: string): Finding | null {
  const r = dissipatedBridges(ds, view, from, to);
  if (r.boundary === null) return null;
  const c = r.counts;
  const kept = c.kept + c.strengthened + c.weakened;
  const lostShare = share(c.lost, kept + c.lost);
  const w = r.within;
  const withinShare = share(w.lost, w.kept + w.strengthened + w.weakened + w.lost);
  if (lostShare === null || c.lost === 0 || lostShare < 0.25 || (withinShare !== null && lostShare <= withinShare)) return null;
  const g = groupWord(r.boundary);
  const unknownWords = c.unknown > 0
    ? ` (another ${c.unknown} unknown: their reporters did not answer)`
    : ' (none unknown: everyone who could report them answered)';
  const churn = withinShare === null ? '' : `, against ${pct(withinShare)} of ties within a ${g}`;
  const who = carriersSentence(r.ties, r.carriers, (p) => p.lost, 'them');
  return {
    id: `change:dissipated:${from}|${to}`,
    kind: 'change',
    title: `Bridging ties faded after ${from}`,
    explanation: `${c.lost} of ${r.before} cross-${g} ties at ${from} were lost by ${to}${unknownWords}. ` +
      `That is ${pct(lostShare)} of those whose fate is known${churn}.` + (who.words ? ` ${capitalise(who.words)}.` : ''),
    evidence: {
      nodes: r.carriers.filter((p) => p.lost > 0).map((p) => p.id),
      edges: r.ties.map((t): [string, string] => [t.source, t.target]),
      figures: {
        bridgesBefore: r.before, lost: c.lost, kept, unknown: c.unknown, lostShare,
        ...(withinShare === null ? {} : { withinLostShare: withinShare }),
        ...Object.fromEntries(who.named.map((p) => [`lost:${p.id}`, p.lost])),
      },
    },
  };
}

/** "Cross-sector ties grew from Baseline to 12 months: ...", or null when they did not grow. */
export function growthFinding(ds: Dataset, view: NetworkView, from: string, to: string): Finding | null {
  const r = bridgeGrowth(ds, view, from, to);
  if (r.boundary === null || r.counts.new === 0 || r.after < r.before * 1.2) return null;
  const g = groupWord(r.boundary);
  const who = carriersSentence(r.ties, r.carriers, (p) => p.new, `the ${r.counts.new} new ones`);
  const answeredFrom = respondentsOf(ds, from).size;
  const answeredTo = respondentsOf(ds, to).size;
  return {
    id: `change:bridges-grew:${from}|${to}`,
    kind: 'change',
    title: `Cross-${g} ties grew from ${from} to ${to}`,
    explanation: `Cross-${g} ties rose from ${r.before} at ${from} to ${r.after} at ${to}, and ${r.counts.new} of them are new ` +
      `(${answeredFrom} people answered at ${from}, ${answeredTo} at ${to}).` + (who.words ? ` ${capitalise(who.words)}.` : ''),
    evidence: {
      nodes: r.carriers.map((p) => p.id),
      edges: r.ties.map((t): [string, string] => [t.source, t.target]),
      figures: {
        bridgesBefore: r.before, bridgesAfter: r.after, new: r.counts.new, answeredFrom, answeredTo,
        ...Object.fromEntries(who.named.map((p) => [`new:${p.id}`, p.new])),
      },
    },
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
