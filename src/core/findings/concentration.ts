/**
 * How concentrated boundary spanning is: how much of the cross-group brokering runs through a
 * handful of people, and which organisations reach across the boundary through whom. Reliance
 * on a few spanners is itself a sign of a fragmented system (DOMAIN.md): if they leave, the
 * bridging goes with them.
 *
 * Cross-group brokerage (Gould & Fernandez 1989; metrics/brokerage.ts) is representative +
 * gatekeeper + liaison + itinerant: every role in which at least one of the two ties a -> b -> c
 * crosses a group boundary. Coordinator (all three in one group) is left out: it brokers wholly
 * inside one group.
 *
 * Gini coefficient: Gini, C. (1912). Variabilità e mutabilità. Bologna: Tipografia di Paolo
 * Cuppini. Mean-difference form G = sum_i sum_j |x_i - x_j| / (2 n^2 mean), computed from the
 * sorted values as G = 2 sum_i i x_(i) / (n sum x) - (n + 1) / n (i = 1..n, ascending).
 * 0 = everyone brokers equally, (n - 1) / n = one person holds it all. Population: the people
 * with at least one tie in the view and a known group (people with no group value cannot be
 * classified, so they are left out, not counted as zero).
 */
import type { Finding, NetworkContext } from './types.ts';
import { contactsOf, crossGroupBrokerage, formatNumber, groupNoun, listWords, percent, tiesBetween } from './spanner-words.ts';

/** How many people "the top" means. */
export const TOP = 5;

export interface BrokerageConcentration {
  /** The roles counted as cross-group. */
  roles: ['representative', 'gatekeeper', 'liaison', 'itinerant'];
  /** People with a tie and a known group: the population of the shares and of the Gini. */
  population: number;
  /** Cross-group brokerage summed over the population. */
  total: number;
  /** Up to TOP people with the most cross-group brokerage (> 0), most first, then by name. */
  top: { id: string; label: string; crossGroup: number }[];
  /** Share of the total held by `top`; null when nobody brokers across groups. */
  topShare: number | null;
  /** Gini coefficient over the population; null when nobody brokers across groups. */
  gini: number | null;
  /** The finding when bridging is concentrated (see concentrationRule), else null. */
  finding: Finding | null;
}

const collator = new Intl.Collator('en-GB', { numeric: true });

/** Gini coefficient (mean-difference form) of non-negative values; null when they sum to 0. */
export function gini(values: readonly number[]): number | null {
  const xs = [...values].sort((a, b) => a - b);
  const n = xs.length;
  let sum = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    sum += xs[i]!;
    weighted += (i + 1) * xs[i]!;
  }
  if (n === 0 || sum === 0) return null;
  return (2 * weighted) / (n * sum) - (n + 1) / n;
}

/**
 * Concentrated when at least 10 people have ties and the top 5 hold at least a third of all
 * cross-group brokerage and at least twice their even share (2 x 5 / population).
 */
export function concentrationRule(population: number, topShare: number | null): boolean {
  return population >= 2 * TOP && topShare !== null && topShare >= Math.max(1 / 3, (2 * TOP) / population);
}

export function brokerageConcentration(ctx: NetworkContext): BrokerageConcentration | null {
  const { g, groups } = ctx;
  const b = ctx.suite.nodes.brokerage;
  if (!groups || !b) return null;
  const people: { v: number; x: number }[] = [];
  for (let v = 0; v < g.n; v++) {
    if (groups.of[v] === -1 || ctx.suite.nodes.degree[v] === 0) continue;
    people.push({ v, x: crossGroupBrokerage(b, v) });
  }
  const total = people.reduce((s, p) => s + p.x, 0);
  const top = people.filter((p) => p.x > 0)
    .sort((p, q) => q.x - p.x || collator.compare(ctx.labels[p.v]!, ctx.labels[q.v]!) || p.v - q.v)
    .slice(0, TOP)
    .map((p) => ({ id: g.ids[p.v]!, label: ctx.labels[p.v]!, crossGroup: p.x }));
  const topShare = total > 0 ? top.reduce((s, p) => s + p.crossGroup, 0) / total : null;
  const result: BrokerageConcentration = {
    roles: ['representative', 'gatekeeper', 'liaison', 'itinerant'],
    population: people.length, total, top, topShare, gini: gini(people.map((p) => p.x)), finding: null,
  };
  if (concentrationRule(result.population, topShare)) result.finding = concentrationFinding(ctx, result);
  return result;
}

function concentrationFinding(ctx: NetworkContext, c: BrokerageConcentration): Finding {
  const noun = groupNoun(ctx.boundary);
  const share = c.topShare!;
  const title = share === 1
    ? `Bridging leans on a few people: ${c.top.length === 1 ? 'one person holds' : `${c.top.length} people hold`} all of it`
    : `Bridging leans on a few people: the top ${c.top.length} hold ${percent(share)} of it`;
  const names = listWords(c.top.map((p) => p.label));
  const explanation = `Of all the times someone links two people who have no direct tie across a ${noun.one} boundary ` +
    `(${formatNumber(c.total)}), ${share === 1 ? 'all' : percent(share)} run through ${c.top.length === 1 ? 'one' : c.top.length} ` +
    `of the ${formatNumber(c.population)} ` +
    `people with ties: ${names}. Relying on so few boundary spanners leaves the system fragile: if they move on, ` +
    `much of the link between ${noun.many} goes with them. The Gini coefficient of this brokering is ` +
    `${formatNumber(c.gini!)} (0 would mean everyone does an equal share).`;
  const edges: [string, string][] = [];
  for (const p of c.top) {
    const v = ctx.g.index.get(p.id)!;
    const gv = ctx.groups!.of[v]!;
    for (const contact of contactsOf(ctx.g, v)) {
      const gu = ctx.groups!.of[contact.u]!;
      if (gu !== -1 && gu !== gv) edges.push(...tiesBetween(ctx.g, v, contact));
    }
  }
  return {
    id: `concentration:${ctx.boundary ?? ''}`,
    kind: 'risk',
    title,
    explanation,
    evidence: {
      nodes: c.top.map((p) => p.id),
      edges,
      figures: {
        topShare: share, gini: c.gini!, population: c.population, crossGroupBrokerage: c.total, top: c.top.length,
        ...Object.fromEntries(c.top.map((p, i) => [`top${i + 1}`, p.crossGroup])),
      },
    },
  };
}

export interface OrganisationSpan {
  organisation: string;
  /** Its people in the view. */
  people: number;
  /** The groups its own people are in, in group order. */
  groups: string[];
  /** Groups at the far end of its cross ties, in group order (may include one of its own groups). */
  reaches: string[];
  /** Pairs of people (one of them its own) tied across the boundary; a pair inside the organisation counts once. */
  crossTies: number;
  /** Its people who carry those ties, most first, then by name. */
  carriers: { id: string; label: string; crossTies: number }[];
  edges: [string, string][];
  summary: string;
}

/**
 * Per organisation (any attribute: organisation by default): the groups its people reach
 * across the boundary, its cross ties and who carries them. Most groups reached first, then
 * most cross ties, then by name. Empty without a boundary or without the attribute.
 */
export function organisationSpanning(ctx: NetworkContext, organisationAttribute = 'organisation'): OrganisationSpan[] {
  const { g, groups } = ctx;
  const orgOf = ctx.values(organisationAttribute);
  if (!groups || orgOf.length === 0) return [];
  const noun = groupNoun(ctx.boundary);
  interface Acc { people: number; own: Set<number>; reach: Set<number>; ties: number; carry: Map<number, number>; edges: [string, string][] }
  const orgs = new Map<string, Acc>();
  for (let v = 0; v < g.n; v++) {
    const org = orgOf[v];
    if (org == null || org.trim() === '') continue;
    let acc = orgs.get(org);
    if (!acc) orgs.set(org, (acc = { people: 0, own: new Set(), reach: new Set(), ties: 0, carry: new Map(), edges: [] }));
    acc.people++;
    const gv = groups.of[v]!;
    if (gv === -1) continue;
    acc.own.add(gv);
    for (const c of contactsOf(g, v)) {
      const gu = groups.of[c.u]!;
      if (gu === -1 || gu === gv) continue;
      acc.reach.add(gu);
      acc.carry.set(v, (acc.carry.get(v) ?? 0) + 1);
      if (orgOf[c.u] === org && c.u < v) continue; // the pair was counted from its other end
      acc.ties++;
      acc.edges.push(...tiesBetween(g, v, c));
    }
  }
  const inOrder = (set: Set<number>) => [...set].sort((a, b) => a - b).map((x) => groups.labels[x]!);
  const spans = [...orgs].map(([organisation, acc]): OrganisationSpan => {
    const carriers = [...acc.carry].sort((p, q) => q[1] - p[1] || collator.compare(ctx.labels[p[0]]!, ctx.labels[q[0]]!) || p[0] - q[0])
      .map(([v, n]) => ({ id: g.ids[v]!, label: ctx.labels[v]!, crossTies: n }));
    const span = { organisation, people: acc.people, groups: inOrder(acc.own), reaches: inOrder(acc.reach), crossTies: acc.ties, carriers, edges: acc.edges };
    return { ...span, summary: organisationSummary(span, noun) };
  });
  return spans.sort((a, b) => b.reaches.length - a.reaches.length || b.crossTies - a.crossTies ||
    collator.compare(a.organisation, b.organisation) || (a.organisation < b.organisation ? -1 : 1));
}

function organisationSummary(s: Omit<OrganisationSpan, 'summary'>, noun: { one: string; many: string }): string {
  const people = s.people === 1 ? 'its one person' : `its ${formatNumber(s.people)} people`;
  if (s.crossTies === 0) {
    return `${s.organisation}: ${s.people === 1 ? 'its one person has no' : `none of ${people} has a`} tie to another ${noun.one}.`;
  }
  const ties = s.crossTies === 1 ? `its only tie to another ${noun.one} (${listWords(s.reaches)})`
    : `its ${formatNumber(s.crossTies)} ties to other ${noun.many} (reaching ${s.reaches.length === 1 ? s.reaches[0] : `${s.reaches.length} ${noun.many}`})`;
  if (s.carriers.length === 1) {
    const who = s.people === 1 ? `${people}, ${s.carriers[0]!.label}` : `one of ${people}, ${s.carriers[0]!.label}`;
    return `${s.organisation}: ${ties} ${s.crossTies === 1 ? 'runs' : 'all run'} through ${who}.`;
  }
  const first = s.carriers[0]!;
  const most = s.crossTies === 1 ? '' : `; ${first.label} carries ${formatNumber(first.crossTies)} of them`;
  const who = s.carriers.length < s.people ? `${formatNumber(s.carriers.length)} of ${people}`
    : s.people === 2 ? 'both its people' : `all ${formatNumber(s.people)} of its people`;
  return `${s.organisation}: ${who} carry ${ties}${most}.`;
}
