/**
 * Key-person risk: what would happen to the network if some people moved on. The network is
 * recomputed without them (a reduced compiled graph cut from the view's, never rebuilt from the
 * data): the largest connected group before and after, who would lose their link to it, which
 * pairs of groups would have no direct tie left, global efficiency (Latora & Marchiori 2001)
 * and average two-step reach (Borgatti 2006) before and after. Removing nodes one at a time or
 * in sets to test a network's robustness follows Albert, R., Jeong, H. & Barabási, A.-L. (2000).
 * Error and attack tolerance of complex networks. Nature 406, 378-382; Borgatti, S. P. (2006).
 * Identifying sets of key players in a social network. CMOT 12(1), 21-34.
 * The findings speak of risk to the system, never of anyone's worth: a person carrying many
 * links is a strength that the system relies on too heavily.
 */
import type { CompiledGraph } from '../graph/compile.ts';
import { components } from '../metrics/components.ts';
import { pathLengths } from '../metrics/distances.ts';
import { twoStepReach } from '../metrics/reach.ts';
import { breakdown, count, groupWord, inBrackets, list, num, pairsSentence, pct } from './risk-words.ts';
import type { Finding, NetworkContext } from './types.ts';

export interface Removal {
  people?: string[];
  /** Everyone whose attribute has this value, e.g. { attribute: 'organisation', value: 'NHS North Shire ICB' }. */
  organisation?: { attribute: string; value: string };
  /**
   * The k people who broker most between groups: Gould-Fernandez brokerage of every role but
   * coordinator (which stays inside one group); by betweenness when no boundary is chosen.
   * Only people with a score above 0 are taken, so fewer than k may be removed.
   */
  topSpanners?: number;
}

export interface RiskResult {
  /** Everyone removed (ids, in the network's order). */
  removed: string[];
  /** The top spanners among them, most brokerage first; [] unless asked for. */
  spanners: string[];
  /** How spanners were chosen: brokerage across the boundary, or betweenness without one. */
  spannersBy: 'brokerage' | 'betweenness' | null;
  /** A sentence to show beside the result when the method needs saying; null otherwise. */
  note: string | null;
  largestBefore: number;
  largestAfter: number;
  /**
   * People in the largest connected group before who would not be in the largest one after
   * (all of them when nobody is left connected). Equal largest groups: the one holding the
   * person first in the network's order counts as the main one, as in components().
   */
  cutOff: string[];
  /** Pairs of groups with a direct tie before and none after, in group order. */
  lostGroupPairs: [string, string][];
  /** Latora-Marchiori global efficiency, 0..1; after is null when not computed. */
  efficiencyBefore: number;
  efficiencyAfter: number | null;
  /** Average share of the others a person reaches in at most two steps. */
  reachBefore: number;
  reachAfter: number;
}

export interface SimulateOptions {
  /** Recompute global efficiency (one search from every person, O(n m)); default true. */
  efficiency?: boolean;
}

/** Above this many people riskFindings leaves efficiency out, to stay quick. */
export const EFFICIENCY_LIMIT = 5000;

export function simulateRemoval(ctx: NetworkContext, removal: Removal, opts: SimulateOptions = {}): RiskResult {
  const { g, suite } = ctx;
  const mask = maskOf(ctx, removal.people ?? []);
  if (removal.organisation) {
    const values = ctx.values(removal.organisation.attribute);
    if (values.length === 0) throw new Error(`risk: no attribute "${removal.organisation.attribute}"`);
    values.forEach((x, v) => { if (x === removal.organisation!.value) mask[v] = 1; });
  }
  const top = topSpanners(ctx, removal.topSpanners ?? 0);
  for (const v of top.people) mask[v] = 1;

  const reduced = withoutNodes(g, mask);
  const { cut, largestAfter } = cutOffIn(ctx, reduced);
  const removed: string[] = [];
  mask.forEach((m, v) => { if (m) removed.push(g.ids[v]!); });
  const reach = twoStepReach(reduced.graph);
  return {
    removed,
    spanners: top.people.map((v) => g.ids[v]!),
    spannersBy: removal.topSpanners ? top.by : null,
    note: removal.topSpanners && top.by === 'betweenness'
      ? 'No boundary is chosen, so the top spanners are the people who lie on the most shortest routes between others (betweenness).'
      : null,
    largestBefore: g.n === 0 ? 0 : largest(suite.nodes.component),
    largestAfter,
    cutOff: cut,
    lostGroupPairs: lostGroupPairs(ctx, mask),
    efficiencyBefore: suite.network.globalEfficiency,
    efficiencyAfter: opts.efficiency === false ? null : pathLengths(reduced.graph).globalEfficiency,
    reachBefore: mean(suite.nodes.reach2),
    reachAfter: mean(reach),
  };
}

/** The people (ids, sorted) who would lose their link to the main network if these people left. */
export function cutOffBy(ctx: NetworkContext, people: string[]): string[] {
  return cutOffIn(ctx, withoutNodes(ctx.g, maskOf(ctx, people))).cut.sort();
}

function maskOf(ctx: NetworkContext, people: string[]): Uint8Array {
  const mask = new Uint8Array(ctx.g.n);
  for (const id of people) {
    const v = ctx.g.index.get(id);
    if (v === undefined) throw new Error(`risk: no person "${id}" in this network`);
    mask[v] = 1;
  }
  return mask;
}

/**
 * Who was in the largest connected group (component 0) and is not in the reduced graph's
 * largest; everyone who was, when no two people are left connected.
 */
function cutOffIn(ctx: NetworkContext, reduced: { graph: CompiledGraph; original: Int32Array }): { cut: string[]; largestAfter: number } {
  const after = components(reduced.graph);
  const none = (after.sizes[0] ?? 0) < 2;
  const cut: string[] = [];
  for (let i = 0; i < reduced.graph.n; i++) {
    if (ctx.suite.nodes.component[reduced.original[i]!] === 0 && (none || after.component[i] !== 0)) cut.push(reduced.graph.ids[i]!);
  }
  return { cut, largestAfter: after.sizes[0] ?? 0 };
}

/** The view's graph without the masked people; original[i] is node i's index in g. */
export function withoutNodes(g: CompiledGraph, mask: Uint8Array): { graph: CompiledGraph; original: Int32Array } {
  const renumber = new Int32Array(g.n).fill(-1);
  const ids: string[] = [];
  for (let v = 0; v < g.n; v++) if (!mask[v]) { renumber[v] = ids.length; ids.push(g.ids[v]!); }
  const original = new Int32Array(ids.length);
  renumber.forEach((i, v) => { if (i !== -1) original[i] = v; });
  const rows = (offsets: Int32Array, targets: Int32Array, weights: Float64Array) => {
    const o = new Int32Array(ids.length + 1);
    const t = new Int32Array(targets.length);
    const w = new Float64Array(targets.length);
    let k = 0;
    for (let i = 0; i < ids.length; i++) {
      const v = original[i]!;
      for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
        const x = renumber[targets[p]!]!;
        if (x !== -1) { t[k] = x; w[k++] = weights[p]!; }
      }
      o[i + 1] = k;
    }
    return { offsets: o, targets: t.slice(0, k), weights: w.slice(0, k) };
  };
  const out = rows(g.outOffsets, g.outTargets, g.outWeights);
  const inn = g.directed ? rows(g.inOffsets, g.inSources, g.inWeights) : out;
  const graph: CompiledGraph = {
    n: ids.length, ids, index: new Map(ids.map((id, i) => [id, i])), directed: g.directed,
    outOffsets: out.offsets, outTargets: out.targets, outWeights: out.weights,
    inOffsets: inn.offsets, inSources: inn.targets, inWeights: inn.weights,
    edgeCount: g.directed ? out.targets.length : out.targets.length / 2,
  };
  return { graph, original };
}

/** The k people with the most brokerage across groups (betweenness without groups); only those above 0. */
export function topSpanners(ctx: NetworkContext, k: number): { people: number[]; by: 'brokerage' | 'betweenness' } {
  const b = ctx.suite.nodes.brokerage;
  const by = b ? 'brokerage' : 'betweenness';
  const score = b ? b.total.map((t, v) => t - b.coordinator[v]!) : ctx.suite.nodes.betweenness;
  const people: number[] = [];
  for (let v = 0; v < ctx.g.n; v++) if (score[v]! > 0) people.push(v);
  people.sort((u, v) => score[v]! - score[u]! || (ctx.g.ids[u]! < ctx.g.ids[v]! ? -1 : 1));
  return { people: people.slice(0, Math.max(0, k)), by };
}

/** Findings for the few people whose departure would cut off most, and for the top 3 spanners. */
export function riskFindings(ctx: NetworkContext): Finding[] {
  const { g, suite } = ctx;
  const efficiency = g.n <= EFFICIENCY_LIMIT;
  const candidates: number[] = [];
  for (let v = 0; v < g.n; v++) if (suite.nodes.component[v] === 0 && suite.nodes.cutOff[v]! >= 2) candidates.push(v);
  candidates.sort((u, v) => suite.nodes.cutOff[v]! - suite.nodes.cutOff[u]! || (g.ids[u]! < g.ids[v]! ? -1 : 1));
  const findings: Finding[] = [];
  for (const v of candidates.slice(0, 3)) {
    const r = simulateRemoval(ctx, { people: [g.ids[v]!] }, { efficiency: false });
    if (r.cutOff.length < 2) continue;
    const name = ctx.labels[v]!;
    const lost = r.lostGroupPairs.length > 0 ? ` ${pairsSentence(ctx, r.lostGroupPairs)}.` : '';
    const cut = new Set(r.cutOff);
    findings.push({
      id: `risk:person:${g.ids[v]!}`,
      kind: 'risk',
      title: `If ${name} left, ${count(r.cutOff.length)} would lose their link to the main network`,
      explanation: `${name} is the only link between ${count(r.cutOff.length)}${inBrackets(breakdown(ctx, r.cutOff))} and the other ` +
        `${num(r.largestAfter)}.${lost} A second link between these parts would make the system less reliant on one person.`,
      evidence: {
        nodes: [g.ids[v]!, ...r.cutOff],
        edges: tiesOf(g, v).filter(([a, b]) => cut.has(a) || cut.has(b)),
        figures: { cutOff: r.cutOff.length, largestBefore: r.largestBefore, largestAfter: r.largestAfter, lostGroupPairs: r.lostGroupPairs.length },
      },
    });
  }
  const spanners = spannerFinding(ctx, efficiency);
  if (spanners) findings.push(spanners);
  return findings;
}

function spannerFinding(ctx: NetworkContext, efficiency: boolean): Finding | null {
  const r = simulateRemoval(ctx, { topSpanners: 3 }, { efficiency });
  const k = r.spanners.length;
  if (k === 0) return null;
  const byBrokerage = r.spannersBy === 'brokerage';
  const who = byBrokerage ? (k === 1 ? 'the main boundary spanner' : `the ${k} main boundary spanners`)
    : `${k === 1 ? 'the person' : `the ${k} people`} on the most routes between others`;
  const lost = r.lostGroupPairs.length;
  const title = r.cutOff.length > 0 ? `If ${who} left, ${count(r.cutOff.length)} would lose their link to the main network`
    : lost > 0 ? `If ${who} left, ${count(lost, 'pair', 'pairs')} of ${groupWord(ctx)} would have no direct tie`
      : `The network would hold together if ${who} left`;
  const names = r.spanners.map((id) => ctx.labels[ctx.g.index.get(id)!]!);
  const does = byBrokerage ? `link the most pairs of people across ${groupWord(ctx)}` : 'lie on the most shortest routes between others (no boundary is chosen)';
  const parts = [`the largest connected group would shrink from ${count(r.largestBefore)} to ${count(r.largestAfter)}`];
  if (lost > 0) parts.push(pairsSentence(ctx, r.lostGroupPairs));
  if (r.efficiencyAfter !== null) parts.push(`how easily anyone reaches anyone (global efficiency) would go from ${num(r.efficiencyBefore)} to ${num(r.efficiencyAfter)}`);
  parts.push(`people would reach on average ${pct(r.reachAfter)} of the others in two steps, against ${pct(r.reachBefore)} now`);
  const figures: Record<string, number> = {
    spanners: k, cutOff: r.cutOff.length, largestBefore: r.largestBefore, largestAfter: r.largestAfter,
    lostGroupPairs: lost, efficiencyBefore: r.efficiencyBefore, reachBefore: r.reachBefore, reachAfter: r.reachAfter,
  };
  if (r.efficiencyAfter !== null) figures.efficiencyAfter = r.efficiencyAfter;
  const subject = k === 1 ? `${names[0]!} ${does.replace(/^link /, 'links ').replace(/^lie /, 'lies ')}` : `${list(names)} ${does}`;
  const without = k === 1 ? names[0]! : k === 2 ? 'both' : 'all three';
  return {
    id: 'risk:top-spanners',
    kind: 'risk',
    title,
    explanation: `${subject}. Without ${without}, ${list(parts)}. Spreading this bridging work over more people would make the system less exposed.`,
    evidence: { nodes: [...r.spanners, ...r.cutOff], edges: distinct(ctx.g, r.spanners.flatMap((id) => tiesOf(ctx.g, ctx.g.index.get(id)!))), figures },
  };
}

function lostGroupPairs(ctx: NetworkContext, mask: Uint8Array): [string, string][] {
  const { g, groups } = ctx;
  if (!groups) return [];
  const k = groups.labels.length;
  const before = new Set<number>(); // pairs of groups as a * k + b, a < b: no k x k array
  const after = new Set<number>();
  for (let u = 0; u < g.n; u++) {
    for (let p = g.outOffsets[u]!; p < g.outOffsets[u + 1]!; p++) {
      const v = g.outTargets[p]!;
      const a = groups.of[u]!;
      const b = groups.of[v]!;
      if (a === -1 || b === -1 || a === b) continue;
      const key = a < b ? a * k + b : b * k + a;
      before.add(key);
      if (!mask[u] && !mask[v]) after.add(key);
    }
  }
  return [...before].filter((key) => !after.has(key)).sort((x, y) => x - y)
    .map((key) => [groups.labels[Math.floor(key / k)]!, groups.labels[key % k]!]);
}

/** The view's ties touching v, as [source id, target id]. */
export function tiesOf(g: CompiledGraph, v: number): [string, string][] {
  const edges: [string, string][] = [];
  for (let p = g.outOffsets[v]!; p < g.outOffsets[v + 1]!; p++) edges.push([g.ids[v]!, g.ids[g.outTargets[p]!]!]);
  if (g.directed) for (let p = g.inOffsets[v]!; p < g.inOffsets[v + 1]!; p++) edges.push([g.ids[g.inSources[p]!]!, g.ids[v]!]);
  return edges;
}

/** Ties without repeats (an undirected tie listed from both ends once). */
function distinct(g: CompiledGraph, edges: [string, string][]): [string, string][] {
  const seen = new Set<string>();
  return edges.filter(([a, b]) => {
    const key = g.directed || a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function largest(component: Float64Array): number {
  let size = 0;
  for (const c of component) if (c === 0) size++;
  return size;
}

function mean(values: Float64Array): number {
  let sum = 0;
  for (const x of values) sum += x;
  return values.length === 0 ? 0 : sum / values.length;
}
