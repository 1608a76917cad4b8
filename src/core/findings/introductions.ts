/**
 * Suggested introductions: for pairs of groups (sectors, by default) that barely meet, people
 * who are not yet tied but share something that makes an introduction natural. Closing a
 * triad (two people with a common contact) is the most natural new tie there is: Rapoport, A.
 * (1953), Spread of information through a population with socio-structural bias, Bull. Math.
 * Biophys. 15, 523-533; Granovetter, M. S. (1973), The strength of weak ties, AJS 78(6).
 *
 * Rules (the methods note quotes them):
 * - A tie is a pair: two people are tied when either named the other in the view's network.
 * - Groups X and Y barely meet when they have no tie, or at most a third of the ties random
 *   mixing would give with everyone's number of ties kept: D_X * D_Y / 2M, D_X the tie ends
 *   in X, M the ties (people with no group left out). Newman, M. E. J. (2003), Mixing patterns
 *   in networks, Phys. Rev. E 67, 026126 (e_xy against a_x a_y). Pairs are listed by how many
 *   ties are missing against that expectation (expected - actual), largest first.
 * - Well connected in one's own group: within-group degree (people in one's own group one is
 *   tied to) at least 1 and at least the group's median; in a group of one, its one member.
 *   Degree, not core number: it counts the colleagues a new contact reaches in one step, and
 *   a convenor can check it ("ties to 6 people in Primary care"); the suite's core number
 *   counts ties to every group, not embeddedness in one's own.
 * - Not tied: no tie either way in the view, and no reported tie of any type or strength in
 *   the view's wave(s), so a trust-only view does not propose people who already share
 *   information (with co-attendance in the view, meeting together is a tie). Both must have answered the wave when the data say who did: a
 *   non-respondent's missing ties are unknown, not absent.
 * - Natural: a common contact (tied to both), a meeting both attended (an event on one date,
 *   in the view's wave; gatherings of more than 200 do not count), or the same 'place'.
 * - Choice per group pair, greedy, nobody twice: a common contact or meeting before place
 *   alone; then fewer people who already carry many ties to other groups (at least 3, and at
 *   least twice the mean per person: relying on a few spanners is itself fragility); more
 *   common contacts; more meetings; same place; the larger within-group degrees; fewer ties
 *   across; ids. Place-only pairs are sought among the first 4 * perPair + 8 people of each
 *   group in that order (so that a large network is not searched pair by pair).
 */
import { groupsFromValues, type Groups } from '../metrics/groups.ts';
import { pairFinding, pluralWord, reasonSentence } from './introductions-words.ts';
import { Candidates, commonNeighbours, compare, groupMedians, occasions, respondents, tied, tiesBetween, type Candidate } from './introduction-candidates.ts';
import type { Finding, NetworkContext } from './types.ts';

export interface IntroductionOptions { perPair?: number; maxPairs?: number; groupAttribute?: string }
export interface SharedMeeting { event: string; date: string | null }

export interface Introduction {
  /** 'intro:a|b', a in the group that sorts first. */
  id: string;
  a: string; b: string; aLabel: string; bLabel: string;
  groups: [string, string];
  /** One sentence saying why the introduction is natural. */
  reason: string;
  /** Ids of everyone tied to both, sorted by name; the reason names the first 3. */
  commonContacts: string[];
  /** Meetings both attended, latest first. */
  meetings: SharedMeeting[];
  /** The place both are in, or null. */
  place: string | null;
  figures: {
    commonContacts: number; sharedMeetings: number; withinGroupTiesA: number; withinGroupTiesB: number;
    crossGroupTiesA: number; crossGroupTiesB: number;
  };
  evidence: { nodes: string[]; edges: [string, string][] };
}

/** Two groups that barely meet, with the introductions proposed between them. */
export interface GroupPairIntroductions {
  groups: [string, string]; sizes: [number, number]; ties: number; expected: number;
  introductions: Introduction[];
}

const MAX_MEETING = 200;

export function suggestIntroductions(ctx: NetworkContext, opts: IntroductionOptions = {}): Introduction[] {
  return introductionsByGroupPair(ctx, opts).flatMap((p) => p.introductions);
}

/** One finding per pair of groups that barely meet, with its best introductions. */
export function introductionFindings(ctx: NetworkContext, opts: IntroductionOptions = {}): Finding[] {
  return introductionsByGroupPair(ctx, opts).map(pairFinding);
}

export function introductionsByGroupPair(ctx: NetworkContext, opts: IntroductionOptions = {}): GroupPairIntroductions[] {
  const perPair = opts.perPair ?? 3;
  const maxPairs = opts.maxPairs ?? 10;
  if (!Number.isInteger(perPair) || perPair < 1) throw new Error(`introductions: perPair is ${perPair}; it must be a whole number of 1 or more`);
  if (!(maxPairs >= 1 && (Number.isInteger(maxPairs) || maxPairs === Infinity))) throw new Error(`introductions: maxPairs is ${maxPairs}; it must be a whole number of 1 or more`);
  const { g, dataset: ds, view, labels } = ctx;
  const attribute = opts.groupAttribute ?? ctx.boundary;
  if (attribute === null || g.n === 0) return [];
  let groups: Groups | null = attribute === ctx.boundary ? ctx.groups : null;
  if (!groups) {
    const values = ctx.values(attribute);
    if (values.length !== g.n) return [];
    groups = groupsFromValues(values);
  }
  const { n, ids } = g;
  const { of, labels: names } = groups;
  const k = names.length;

  // Ties as pairs, whichever way they were named; and every pair already in touch this wave.
  const nb: number[][] = Array.from({ length: n }, () => []);
  for (let u = 0; u < n; u++) {
    for (let p = g.outOffsets[u]!; p < g.outOffsets[u + 1]!; p++) { nb[u]!.push(g.outTargets[p]!); nb[g.outTargets[p]!]!.push(u); }
  }
  for (let u = 0; u < n; u++) nb[u] = [...new Set(nb[u])].sort((x, y) => x - y);
  const pairKey = (u: number, v: number): number => (u < v ? u * n + v : v * n + u);
  // Pairs in touch this wave outside the view's network (another type, a weaker tie); ties
  // in the network are looked up in nb, so that this set stays small.
  const touchedElsewhere = new Set<number>();
  for (const t of ds.ties) {
    const u = g.index.get(t.source), v = g.index.get(t.target);
    if (u !== undefined && v !== undefined && u !== v && (view.wave === null || t.wave === view.wave) && !tied(nb, u, v)) touchedElsewhere.add(pairKey(u, v));
  }
  const touched = (u: number, v: number): boolean => tied(nb, u, v) || touchedElsewhere.has(pairKey(u, v));

  // Ties within and across groups, per person and per pair of groups.
  const within = new Int32Array(n), cross = new Int32Array(n), size = new Int32Array(k);
  const ends = new Float64Array(k), between = new Float64Array(k * k);
  let ties = 0;
  for (let u = 0; u < n; u++) {
    const gu = of[u]!;
    if (gu < 0) continue;
    size[gu]!++;
    for (const v of nb[u]!) {
      const gv = of[v]!;
      if (gv < 0) continue;
      if (gv === gu) within[u]!++; else cross[u]!++;
      ends[gu]!++;
      if (u < v) { ties++; if (gu !== gv) between[Math.min(gu, gv) * k + Math.max(gu, gv)]!++; }
    }
  }
  const expected = (x: number, y: number): number => (ties === 0 ? 0 : (ends[x]! * ends[y]!) / (2 * ties));
  const barely = new Uint8Array(k * k);
  for (let x = 0; x < k; x++) {
    for (let y = x + 1; y < k; y++) if (between[x * k + y]! === 0 || between[x * k + y]! <= expected(x, y) / 3) barely[x * k + y] = 1;
  }

  // Who may be introduced: answered (when known) and well connected in their own group.
  const answered = respondents(ctx);
  const median = groupMedians(within, of, k);
  let known = 0, crossSum = 0;
  for (let u = 0; u < n; u++) if (of[u]! >= 0) { known++; crossSum += cross[u]!; }
  const heavyAt = Math.max(3, (2 * crossSum) / Math.max(known, 1));
  const heavy = (u: number): number => (cross[u]! >= heavyAt ? 1 : 0);
  const eligible = new Uint8Array(n);
  for (let u = 0; u < n; u++) {
    const gu = of[u]!;
    if (gu >= 0 && (!answered || answered[u]) && (size[gu] === 1 || (within[u]! >= 1 && within[u]! >= median[gu]!))) eligible[u] = 1;
  }

  // Candidates in flat arrays, their common contacts and meetings counted (listed again
  // only for the few picked): at 20,000 people there are millions of pairs with a common
  // contact, and an object with two lists each took most of a gigabyte.
  const candidates = new Candidates(n);
  const consider = (u: number, v: number): number => {
    if (of[u] === of[v]) return -1;
    const [a, b] = of[u]! < of[v]! ? [u, v] : [v, u];
    if (!barely[of[a]! * k + of[b]!] || touched(a, b)) return -1;
    return candidates.slot(a, b);
  };
  const eachPair = (people: number[], visit: (c: number) => void): void => {
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) { const c = consider(people[i]!, people[j]!); if (c >= 0) visit(c); }
    }
  };
  for (let c = 0; c < n; c++) eachPair(nb[c]!.filter((u) => eligible[u]), (cand) => candidates.contacts[cand]!++);
  const meetings = occasions(ctx);
  meetings.forEach((m) => { if (m.people.length <= MAX_MEETING) eachPair(m.people.filter((u) => eligible[u]), (cand) => candidates.meetings[cand]!++); });
  const placeKey = ds.attributes.find((a) => a.key.toLowerCase() === 'place')?.key;
  const place = placeKey ? ctx.values(placeKey) : [];
  if (place.length === n) {
    const top = Array.from({ length: k }, () => [] as number[]);
    for (let u = 0; u < n; u++) if (eligible[u] && place[u] !== null) top[of[u]!]!.push(u);
    const byPerson = (u: number, v: number): number => heavy(u) - heavy(v) || within[v]! - within[u]! || cross[u]! - cross[v]! || compare(ids[u]!, ids[v]!);
    for (const list of top) list.sort(byPerson).splice(4 * perPair + 8);
    for (let x = 0; x < k; x++) {
      for (let y = x + 1; y < k; y++) {
        if (!barely[x * k + y]) continue;
        for (const u of top[x]!) for (const v of top[y]!) if (place[u] === place[v]) consider(u, v);
      }
    }
  }

  // Per pair of groups: rank the candidates, then pick greedily, nobody twice. Picking the
  // best not yet used, a few times, gives what sorting and walking the list would, without
  // sorting hundreds of thousands of pairs to take three.
  const perGroupPair = new Map<number, number[]>();
  for (let i = 0; i < candidates.size; i++) {
    const key = of[candidates.a[i]!]! * k + of[candidates.b[i]!]!;
    const list = perGroupPair.get(key);
    if (list) list.push(i); else perGroupPair.set(key, [i]);
  }
  const candidate = (i: number): Candidate => ({ a: candidates.a[i]!, b: candidates.b[i]!, contacts: candidates.contacts[i]!, meetings: candidates.meetings[i]! });
  const samePlace = (c: Candidate): number => (place.length === n && place[c.a] !== null && place[c.a] === place[c.b] ? 1 : 0);
  const strong = (c: Candidate): number => (c.contacts + c.meetings > 0 ? 1 : 0);
  const load = (c: Candidate): number => heavy(c.a) + heavy(c.b);
  const rank = (p: Candidate, q: Candidate, byLoad = true): number =>
    strong(q) - strong(p) || (byLoad ? load(p) - load(q) : 0) ||
    q.contacts - p.contacts || q.meetings - p.meetings || samePlace(q) - samePlace(p) ||
    Math.min(within[q.a]!, within[q.b]!) - Math.min(within[p.a]!, within[p.b]!) ||
    within[q.a]! + within[q.b]! - within[p.a]! - within[p.b]! || cross[p.a]! + cross[p.b]! - cross[q.a]! - cross[q.b]! ||
    compare(ids[p.a]!, ids[q.a]!) || compare(ids[p.b]!, ids[q.b]!);
  const groupWord = pluralWord(attribute);

  const result: GroupPairIntroductions[] = [];
  for (let x = 0; x < k; x++) {
    for (let y = x + 1; y < k; y++) {
      const list = (perGroupPair.get(x * k + y) ?? []).map(candidate);
      const used = new Set<number>();
      const picked: Candidate[] = [];
      while (picked.length < perPair) {
        let best: Candidate | null = null;
        for (const c of list) if (!used.has(c.a) && !used.has(c.b) && (!best || rank(c, best) < 0)) best = c;
        if (!best) break;
        used.add(best.a).add(best.b);
        picked.push(best);
      }
      if (picked.length === 0) continue;
      const introductions = picked.map((c): Introduction => {
        // Say so when the bridging load decided it: someone busier would otherwise come first.
        const spread = load(c) === 0 && list.some((q) => load(q) > 0 && rank(q, c, false) < 0);
        const contacts = commonNeighbours(nb, c.a, c.b).filter((u) => eligible[c.a] && eligible[c.b] && u !== c.a && u !== c.b)
          .sort((u, v) => compare(labels[u]!, labels[v]!) || compare(ids[u]!, ids[v]!));
        const shared = meetings.filter((m) => m.people.length <= MAX_MEETING && m.people.includes(c.a) && m.people.includes(c.b)).sort((p, q) => compare(q.date ?? '', p.date ?? '') || compare(p.event, q.event));
        const where = samePlace(c) ? place[c.a]! : null;
        const reason = reasonSentence({
          where, contacts: contacts.map((u) => labels[u]!), shared,
          people: [c.a, c.b].map((u) => ({ label: labels[u]!, group: names[of[u]!]!, within: within[u]!, alone: size[of[u]!] === 1, cross: cross[u]!, heavy: heavy(u) === 1 })),
          spread, groupWord,
        });
        const edges: [string, string][] = [];
        for (const w of contacts) for (const u of [c.a, c.b]) edges.push(...tiesBetween(ctx, u, w));
        return {
          id: `intro:${ids[c.a]}|${ids[c.b]}`, a: ids[c.a]!, b: ids[c.b]!, aLabel: labels[c.a]!, bLabel: labels[c.b]!,
          groups: [names[x]!, names[y]!], reason,
          commonContacts: contacts.map((u) => ids[u]!), meetings: shared.map(({ event, date }) => ({ event, date })), place: where,
          figures: {
            commonContacts: contacts.length, sharedMeetings: shared.length, withinGroupTiesA: within[c.a]!, withinGroupTiesB: within[c.b]!,
            crossGroupTiesA: cross[c.a]!, crossGroupTiesB: cross[c.b]!,
          },
          evidence: { nodes: [ids[c.a]!, ids[c.b]!, ...contacts.map((u) => ids[u]!)], edges },
        };
      });
      result.push({ groups: [names[x]!, names[y]!], sizes: [size[x]!, size[y]!], ties: between[x * k + y]!, expected: expected(x, y), introductions });
    }
  }
  result.sort((p, q) => q.expected - q.ties - (p.expected - p.ties) || compare(p.groups[0], q.groups[0]) || compare(p.groups[1], q.groups[1]));
  return result.slice(0, maxPairs);
}
