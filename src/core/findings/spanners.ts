/**
 * Boundary spanners: the people whose ties cross the view's boundary (sector by default),
 * which groups they link, and which pairs of groups meet only through them. The screen shows
 * this as "who links groups", in a stable order that can be explained in one line (how many
 * groups a person reaches, then how much cross-group brokering they do, then name), never as
 * a score table.
 * Long, J. C., Cunningham, F. C. & Braithwaite, J. (2013). Bridges, brokers and boundary
 * spanners in collaborative networks: a systematic review. BMC Health Services Research 13, 158.
 * Brokerage roles: Gould & Fernandez (1989), see metrics/brokerage.ts.
 *
 * Definitions (people with no group value are left out throughout: we cannot tell whether
 * their ties cross, so they are never spanners and never count as a crossing contact):
 * - contact: someone with a tie to or from the person (directed views: either direction).
 * - cross contact: a contact in another group; crossShare = cross contacts / contacts with a group.
 * - a tie between two groups counts each pair of people once, even if both named each other.
 * - sole carrier: every tie between groups X and Y has this person at one end. With one tie
 *   between X and Y, both of its ends are sole carriers.
 */
import type { Finding, NetworkContext } from './types.ts';
import { contactsOf, crossGroupBrokerage, formatNumber, groupNoun, listWords, percent, tiesBetween } from './spanner-words.ts';

export interface SpannerBrokerage {
  coordinator: number; itinerant: number; representative: number; gatekeeper: number; liaison: number;
  total: number;
  /** Every role but coordinator: brokering in which at least one of the two ties crosses groups. */
  crossGroup: number;
}

export interface SoleCarrier {
  /** The two groups, in group order. */
  groups: [string, string];
  /** Pairs of people tied between the two groups (all of them involve this person). */
  ties: number;
}

export interface SpannerProfile {
  id: string;
  label: string;
  group: string;
  /** Other groups their ties reach, in group order (the boundary's sorted labels). */
  reaches: string[];
  /** Contacts with a known group, and of them those in another group (ids, in network order). */
  contacts: number;
  crossContacts: string[];
  crossShare: number;
  /** The ties to cross contacts, as [source id, target id] of the view's graph. */
  crossTies: [string, string][];
  brokerage: SpannerBrokerage;
  /** Normalised betweenness and Burt's constraint from the suite (NaN = not applicable). */
  betweenness: number;
  constraint: number;
  /** Pairs of groups whose every tie runs through this person. */
  soleCarrier: SoleCarrier[];
  /** Why they count, in one sentence. */
  reason: string;
}

export interface GroupPairPeople {
  groups: [string, string];
  /** Pairs of people tied between the two groups. */
  ties: number;
  /** Everyone at either end of those ties (ids, network order). */
  people: string[];
  /** People at one end of every one of those ties (0, 1 or 2 of them). */
  sole: string[];
}

const collator = new Intl.Collator('en-GB', { numeric: true });

/** Per pair of groups with any tie between them: who carries those ties. Pairs in group order. */
export function groupPairPeople(ctx: NetworkContext): GroupPairPeople[] {
  const { g, groups } = ctx;
  if (!groups) return [];
  const k = groups.labels.length;
  const pairs = new Map<number, { ties: number; people: Set<number>; sole: number[] }>();
  for (let v = 0; v < g.n; v++) {
    const gv = groups.of[v]!;
    if (gv === -1) continue;
    for (const { u } of contactsOf(g, v)) {
      const gu = groups.of[u]!;
      if (u < v || gu === -1 || gu === gv) continue;
      const key = gv < gu ? gv * k + gu : gu * k + gv;
      const pair = pairs.get(key);
      if (!pair) {
        pairs.set(key, { ties: 1, people: new Set([v, u]), sole: [v, u] });
      } else {
        pair.ties++;
        pair.people.add(v).add(u);
        pair.sole = pair.sole.filter((x) => x === v || x === u);
      }
    }
  }
  return [...pairs.keys()].sort((a, b) => a - b).map((key) => {
    const pair = pairs.get(key)!;
    return {
      groups: [groups.labels[Math.floor(key / k)]!, groups.labels[key % k]!],
      ties: pair.ties,
      people: [...pair.people].sort((a, b) => a - b).map((v) => g.ids[v]!),
      sole: pair.sole.sort((a, b) => a - b).map((v) => g.ids[v]!),
    };
  });
}

/**
 * Everyone with at least one tie across the boundary, most groups reached first, then most
 * cross-group brokering, then by name. Empty when the view has no boundary.
 */
export function spannerProfiles(ctx: NetworkContext): SpannerProfile[] {
  const { g, groups, suite } = ctx;
  if (!groups) return [];
  const sole = new Map<string, SoleCarrier[]>();
  for (const pair of groupPairPeople(ctx)) {
    for (const id of pair.sole) {
      const list = sole.get(id) ?? [];
      list.push({ groups: pair.groups, ties: pair.ties });
      sole.set(id, list);
    }
  }
  const noun = groupNoun(ctx.boundary);
  const profiles: SpannerProfile[] = [];
  for (let v = 0; v < g.n; v++) {
    const gv = groups.of[v]!;
    if (gv === -1) continue;
    let known = 0;
    const reached = new Set<number>();
    const crossContacts: string[] = [];
    const crossTies: [string, string][] = [];
    for (const c of contactsOf(g, v)) {
      const gu = groups.of[c.u]!;
      if (gu === -1) continue;
      known++;
      if (gu === gv) continue;
      reached.add(gu);
      crossContacts.push(g.ids[c.u]!);
      crossTies.push(...tiesBetween(g, v, c));
    }
    if (crossContacts.length === 0) continue;
    const id = g.ids[v]!;
    const group = groups.labels[gv]!;
    const reaches = [...reached].sort((a, b) => a - b).map((x) => groups.labels[x]!);
    const carrier = sole.get(id) ?? [];
    profiles.push({
      id, label: ctx.labels[v]!, group, reaches,
      contacts: known, crossContacts, crossShare: crossContacts.length / known, crossTies,
      brokerage: brokerageOf(ctx, v),
      betweenness: suite.nodes.betweenness[v]!, constraint: suite.nodes.constraint[v]!,
      soleCarrier: carrier,
      reason: spannerReason(group, reaches, carrier, noun),
    });
  }
  return profiles.sort((a, b) => b.reaches.length - a.reaches.length || b.brokerage.crossGroup - a.brokerage.crossGroup ||
    collator.compare(a.label, b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function brokerageOf(ctx: NetworkContext, v: number): SpannerBrokerage {
  const b = ctx.suite.nodes.brokerage;
  if (!b) return { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0, total: 0, crossGroup: 0 };
  return {
    coordinator: b.coordinator[v]!, itinerant: b.itinerant[v]!, representative: b.representative[v]!,
    gatekeeper: b.gatekeeper[v]!, liaison: b.liaison[v]!, total: b.total[v]!, crossGroup: crossGroupBrokerage(b, v),
  };
}

/** "Links 4 sectors: ...; the only tie between X and Y runs through them." */
export function spannerReason(group: string, reaches: string[], sole: SoleCarrier[], noun: { one: string; many: string }): string {
  let links: string;
  if (reaches.length === 1) links = `Links ${group} with ${reaches[0]}`;
  else if (reaches.length <= 3) links = `Links ${reaches.length + 1} ${noun.many}: ${group} with ${listWords(reaches)}`;
  else links = `Links ${reaches.length + 1} ${noun.many}: ties from ${group} reach ${reaches.length} others`;
  if (sole.length === 0) return `${links}.`;
  const between = (s: SoleCarrier) => `${s.groups[0]} and ${s.groups[1]}`;
  if (sole.length === 1) {
    const s = sole[0]!;
    return s.ties === 1 ? `${links}; the only tie between ${between(s)} runs through them.`
      : `${links}; ${s.ties === 2 ? 'both' : `all ${formatNumber(s.ties)}`} ties between ${between(s)} run through them.`;
  }
  if (sole.length === 2) return `${links}; every tie between ${between(sole[0]!)}, and between ${between(sole[1]!)}, runs through them.`;
  return `${links}; every tie between ${sole.length} pairs of ${noun.many} runs through them, ` +
    `among them ${between(sole[0]!)}, and ${between(sole[1]!)}.`;
}

export interface SpannerFindingOptions {
  /** A spanner is notable when they reach at least this many other groups; default 3. */
  minGroups?: number;
}

/**
 * One finding per notable spanner: reaching minGroups or more other groups, or the sole
 * carrier of the ties between some pair of groups. Same order as spannerProfiles.
 * Evidence: the person and their cross contacts; the cross ties.
 */
export function spannerFindings(ctx: NetworkContext, opts: SpannerFindingOptions = {}): Finding[] {
  const minGroups = opts.minGroups ?? 3;
  const noun = groupNoun(ctx.boundary);
  return spannerProfiles(ctx).filter((p) => p.reaches.length >= minGroups || p.soleCarrier.length > 0).map((p) => {
    const title = p.reaches.length >= minGroups ? `${p.label} links ${p.reaches.length + 1} ${noun.many}`
      : p.soleCarrier.length === 1 && p.soleCarrier[0]!.ties === 1
        ? `${p.label} holds the only tie between ${p.soleCarrier[0]!.groups[0]} and ${p.soleCarrier[0]!.groups[1]}`
        : p.soleCarrier.length === 1
          ? `${p.label} carries every tie between ${p.soleCarrier[0]!.groups[0]} and ${p.soleCarrier[0]!.groups[1]}`
          : `${p.label} carries every tie between ${p.soleCarrier.length} pairs of ${noun.many}`;
    const cross = p.crossContacts.length;
    const share = p.contacts === 1 ? `Their only contact is in another ${noun.one}.`
      : cross === p.contacts ? `All ${formatNumber(cross)} of their contacts are in other ${noun.many}.`
        : `${formatNumber(cross)} of their ${formatNumber(p.contacts)} contacts ${cross === 1 ? `is in another ${noun.one}` : `are in other ${noun.many}`} ` +
          `(${percent(p.crossShare)}).`;
    let explanation = `${p.reason} ${share}`;
    if (p.brokerage.crossGroup > 0) {
      explanation += ` They link people who have no direct tie to each other, across a ${noun.one} boundary, ` +
        `${p.brokerage.crossGroup === 1 ? 'once' : `${formatNumber(p.brokerage.crossGroup)} times`}.`;
    }
    return {
      id: `spanner:${p.id}`,
      kind: 'spanner' as const,
      title,
      explanation,
      evidence: {
        nodes: [p.id, ...p.crossContacts],
        edges: p.crossTies,
        figures: {
          groupsReached: p.reaches.length, contacts: p.contacts, crossContacts: cross, crossShare: p.crossShare,
          crossGroupBrokerage: p.brokerage.crossGroup, totalBrokerage: p.brokerage.total,
          soleCarrierPairs: p.soleCarrier.length, betweenness: p.betweenness, constraint: p.constraint,
        },
      },
    };
  });
}
