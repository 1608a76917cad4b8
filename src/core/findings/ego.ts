/**
 * One person's ego network, explained: their contacts, the ties among those contacts, the
 * groups it spans, the brokering they do (which groups they pass information between) and
 * their position in Burt's terms, all in sentences for the person panel.
 * Brokerage roles: Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation. Sociological
 * Methodology 19, 89-126; counted here for one person exactly as metrics/brokerage.ts counts them
 * (ordered pairs a -> ego -> c with no a -> c; an undirected tie counts both ways), so the role
 * counts equal the suite's. Effective size and constraint: Burt, R. S. (1992). Structural Holes.
 * Harvard University Press, ch. 2 (values from the suite, metrics/effective-size.ts, constraint.ts).
 */
import type { CompiledGraph } from '../graph/compile.ts';
import { contactsOf, formatNumber, groupNoun, tiesBetween } from './spanner-words.ts';
import type { NetworkContext } from './types.ts';

export interface EgoContact {
  id: string;
  label: string;
  group: string | null;
  /** The person names this contact / is named by them (both true in undirected views). */
  names: boolean;
  namedBy: boolean;
}

export interface EgoRoles {
  coordinator: number; itinerant: number; representative: number; gatekeeper: number; liaison: number; total: number;
}

export interface EgoNetwork {
  id: string;
  label: string;
  group: string | null;
  /** Contacts in network order. */
  contacts: EgoContact[];
  /** The person's own ties, and the ties among their contacts, as [source id, target id] of the view's graph. */
  ties: [string, string][];
  contactTies: [string, string][];
  /** Groups present in the ego network (the person's and their contacts'), in group order; [] without a boundary. */
  groups: string[];
  /** Of those, the groups other than the person's own. */
  reaches: string[];
  /** Brokerage role counts (as the suite's); null without a boundary. */
  roles: EgoRoles | null;
  /**
   * Routes a -> person -> c between two different contacts with no tie a -> c, whatever their
   * groups: ordered in directed views, unordered pairs of contacts in undirected views.
   */
  brokeredPairs: number;
  /** The brokering in sentences, one per role that occurs. */
  brokerage: string[];
  effectiveSize: number;
  efficiency: number;
  constraint: number;
  /** Effective size and constraint in words. */
  position: string[];
}

/** The ego network of `id`, or null when the view has no such person. */
export function egoNetwork(ctx: NetworkContext, id: string): EgoNetwork | null {
  const { g, groups } = ctx;
  const v = g.index.get(id);
  if (v === undefined) return null;
  const groupOf = (x: number): string | null => (groups && groups.of[x] !== -1 ? groups.labels[groups.of[x]!]! : null);
  const list = contactsOf(g, v);
  const inEgo = new Set(list.map((c) => c.u));
  const ties: [string, string][] = [];
  const contactTies: [string, string][] = [];
  for (const c of list) {
    ties.push(...tiesBetween(g, v, c));
    for (const d of contactsOf(g, c.u)) {
      if (inEgo.has(d.u) && d.out && (g.directed || c.u < d.u)) contactTies.push(...tiesBetween(g, c.u, { ...d, in: false }));
    }
  }
  const present = new Set<number>();
  if (groups) for (const x of [v, ...inEgo]) if (groups.of[x] !== -1) present.add(groups.of[x]!);
  const order = [...present].sort((a, b) => a - b);
  const own = groups ? groups.of[v]! : -1;
  const counted = countBrokerage(g, v, groups?.of ?? null, groups?.labels.length ?? 0);
  const nodes = ctx.suite.nodes;
  const result: EgoNetwork = {
    id, label: ctx.labels[v]!, group: groupOf(v),
    contacts: list.map((c) => ({ id: g.ids[c.u]!, label: ctx.labels[c.u]!, group: groupOf(c.u), names: c.out, namedBy: c.in })),
    ties, contactTies,
    groups: order.map((x) => groups!.labels[x]!),
    reaches: order.filter((x) => x !== own).map((x) => groups!.labels[x]!),
    roles: groups ? counted.roles : null,
    brokeredPairs: g.directed ? counted.routes : counted.routes / 2,
    brokerage: [],
    effectiveSize: nodes.effectiveSize[v]!, efficiency: nodes.efficiency[v]!, constraint: nodes.constraint[v]!,
    position: [],
  };
  result.brokerage = brokerageWords(result, counted, groups?.labels ?? [], groupNoun(ctx.boundary), g.directed);
  result.position = positionWords(result);
  return result;
}

interface Counted {
  roles: EgoRoles;
  routes: number;
  /** Group indices seen per role: representative (to), gatekeeper (from), itinerant (within), liaison (from * k + to). */
  to: Set<number>; from: Set<number>; within: Set<number>; between: Map<number, number>;
}

function countBrokerage(g: CompiledGraph, b: number, of: Int32Array | null, k: number): Counted {
  const roles: EgoRoles = { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0, total: 0 };
  const c: Counted = { roles, routes: 0, to: new Set(), from: new Set(), within: new Set(), between: new Map() };
  const outOfB = new Set<number>();
  for (let p = g.outOffsets[b]!; p < g.outOffsets[b + 1]!; p++) outOfB.add(g.outTargets[p]!);
  for (let q = g.inOffsets[b]!; q < g.inOffsets[b + 1]!; q++) {
    const a = g.inSources[q]!;
    const outOfA = new Set<number>();
    for (let p = g.outOffsets[a]!; p < g.outOffsets[a + 1]!; p++) outOfA.add(g.outTargets[p]!);
    for (const t of outOfB) {
      if (t === a || outOfA.has(t)) continue;
      c.routes++;
      if (!of) continue;
      const [ga, gb, gc] = [of[a]!, of[b]!, of[t]!];
      if (ga === -1 || gb === -1 || gc === -1) continue;
      roles.total++;
      if (ga === gb && gb === gc) roles.coordinator++;
      else if (ga === gc) { roles.itinerant++; c.within.add(ga); }
      else if (ga === gb) { roles.representative++; c.to.add(gc); }
      else if (gb === gc) { roles.gatekeeper++; c.from.add(ga); }
      else {
        roles.liaison++;
        // Directed: from the group of a to that of c. Undirected: the pair of groups, either way.
        const key = g.directed || ga < gc ? ga * k + gc : gc * k + ga;
        c.between.set(key, (c.between.get(key) ?? 0) + 1);
      }
    }
  }
  return c;
}

const times = (n: number) => (n === 1 ? 'once' : `${formatNumber(n)} times`);

function brokerageWords(e: EgoNetwork, c: Counted, labels: string[], noun: { one: string; many: string }, directed: boolean): string[] {
  const words: string[] = [];
  if (e.brokeredPairs === 0) {
    words.push(e.contacts.length < 2 ? 'Has fewer than two contacts, so links no one to anyone else.'
      : 'Links no two people who are not already tied to each other.');
    return words;
  }
  words.push(directed
    ? `Stands on ${e.brokeredPairs === 1 ? 'one two-step route' : `${formatNumber(e.brokeredPairs)} two-step routes`} between people who do not name each other directly (someone names them, they name someone else).`
    : `Links ${e.brokeredPairs === 1 ? 'one pair' : `${formatNumber(e.brokeredPairs)} pairs`} of their contacts who have no tie to each other.`);
  const r = e.roles;
  if (!r || e.group === null) return words;
  const own = e.group;
  const named = (set: Set<number>) => (set.size === 1 ? labels[[...set][0]!]! : `${set.size} other ${noun.many}`);
  if (r.representative > 0) words.push(`Passes information from ${own} to ${named(c.to)} (representative ${times(r.representative)}).`);
  if (r.gatekeeper > 0) words.push(`Brings information into ${own} from ${named(c.from)} (gatekeeper ${times(r.gatekeeper)}).`);
  if (r.liaison > 0) {
    const k = Math.max(1, labels.length);
    // The most frequent pair of groups (the first in group order among equals).
    const [first] = [...c.between].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]!;
    const [x, y] = [labels[Math.floor(first / k)], labels[first % k]];
    const example = directed ? `from ${x} to ${y}` : `between ${x} and ${y}`;
    words.push(c.between.size === 1
      ? `Carries information ${example}, neither of them their own ${noun.one} (liaison ${times(r.liaison)}).`
      : `Carries information between ${formatNumber(c.between.size)} pairs of other ${noun.many}, such as ${example} (liaison ${times(r.liaison)}).`);
  }
  if (r.itinerant > 0) {
    words.push(`Links people within ${c.within.size === 1 ? labels[[...c.within][0]!] : `${c.within.size} other ${noun.many}`} ` +
      `who have no direct tie, from outside (consultant, also called itinerant, ${times(r.itinerant)}).`);
  }
  if (r.coordinator > 0) words.push(`Links people within ${own} who have no direct tie (coordinator ${times(r.coordinator)}).`);
  return words;
}

function positionWords(e: EgoNetwork): string[] {
  if (!Number.isFinite(e.effectiveSize) || !Number.isFinite(e.constraint)) {
    return [e.contacts.length === 0 ? 'Has no ties in this view, so effective size and constraint do not apply.'
      : 'Their ties carry no weight in this view, so effective size and constraint do not apply.'];
  }
  const n = e.contacts.length;
  const spread = e.efficiency >= 0.8 ? 'most of their contacts are not tied to each other, so each leads somewhere different'
    : e.efficiency >= 0.5 ? 'some of their contacts know each other'
      : 'many of their contacts know each other, so their ties lead back to the same circle';
  const held = e.constraint < 0.2 ? 'low: their ties spread across people who are not tied to each other, which leaves room to bring them together'
    : e.constraint < 0.5 ? 'moderate: some of their contacts are tied to each other'
      : 'high: their ties run to a few people who are closely tied to each other, so there is little room to broker';
  return [
    `Effective size ${e.effectiveSize >= 100 ? formatNumber(e.effectiveSize) : Math.round(e.effectiveSize * 10) / 10} of ${formatNumber(n)} ${n === 1 ? 'contact' : 'contacts'}: ${spread}.`,
    `Constraint ${formatNumber(e.constraint)} (from near 0 to about 1), ${held}.`,
  ];
}
