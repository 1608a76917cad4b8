/**
 * Silos: which groups of the view's boundary (sectors by default) keep to themselves, and
 * which pairs of groups never meet. Built on the mixing matrix (src/core/metrics/crossing.ts)
 * and Krackhardt & Stern's E-I index (Social Psychology Quarterly 51(2), 1988, 123-140).
 *
 * "Random mixing" is the baseline of Newman, M. E. J. (2003), Mixing patterns in networks,
 * Phys. Rev. E 67, 026126: ties are shuffled while each group keeps the tie ends it has.
 * Directed: expected ties r -> c = sent_r * received_c / M. Undirected: r-c = d_r d_c / 2M
 * (r != c) and r-r = d_r^2 / 4M, d_r = the tie ends in r. M = ties between people with a group.
 *
 * Thresholds, chosen so a finding says something beyond chance:
 * - A pair of groups is a silo when random mixing would give it at least 3 ties (so an
 *   absence is not luck: a Poisson count of mean 3 is 0 only 5% of the time) and it has fewer
 *   than a tenth of them. No tie: "never meet"; some: "barely meet".
 * - A group (or the whole network) keeps to itself when at least three in four of its ties stay
 *   inside (E-I -0.5 or lower), more than random mixing would keep, over at least 5 ties.
 * Ties are counted as in mixingMatrix: a directed view counts each nomination, both ways.
 * People with no value for the boundary are left out.
 */
import type { CompiledGraph } from '../graph/compile.ts';
import { mixingMatrix } from '../metrics/crossing.ts';
import { groupsFromValues, type Groups } from '../metrics/groups.ts';
import type { Finding, NetworkContext } from './types.ts';

export interface MixingCell {
  /** Ties from the row group to the column group (directed), or between them (undirected). */
  ties: number;
  /** Pairs of people who could be tied (ordered pairs when directed), as in the density. */
  pairs: number;
  /** ties / pairs; null where no pair is possible (a group of one, on the diagonal). */
  density: number | null;
  /** Ties random mixing would give; null when the network has no ties between grouped people. */
  expectedTies: number | null;
}

export interface GroupMixing {
  label: string; size: number; internalTies: number; externalTies: number;
  /** E-I index; null when the group has no ties. */
  ei: number | null;
  /** Share of its ties that stay inside; null without ties. */
  insideShare: number | null;
  /** The share random mixing would keep inside; null without ties. */
  expectedInsideShare: number | null;
  /** In words, e.g. 'Acute trust: 77% of its ties stay inside its own sector (E-I −0.54)'. */
  meaning: string;
}

/** The mixing matrix shaped for a heatmap: cells[r][c], rows and columns in label order. */
export interface Mixing {
  attribute: string; directed: boolean;
  /** Group labels; rows and cols are the same list. sizes: members of each. */
  rows: string[]; cols: string[]; sizes: number[];
  cells: MixingCell[][];
  /** Ties between people who both have a group. */
  ties: number;
  /** People with no value for the attribute, left out of every cell. */
  missing: number;
  groups: GroupMixing[];
  network: { ei: number | null; insideShare: number | null; expectedInsideShare: number | null; meaning: string };
}

const [MIN_EXPECTED, SILO_RATIO] = [3, 0.1];
const [INWARD_EI, MIN_GROUP_TIES] = [-0.5, 5];

/** The boundary's mixing matrix, or null when the view has no boundary. */
export function mixing(ctx: NetworkContext): Mixing | null {
  const groups = ctx.groups;
  if (!groups || ctx.boundary === null) return null;
  const { g } = ctx;
  const m = mixingMatrix(g, groups);
  const k = m.k;
  const t = (r: number, c: number): number => m.ties[r * k + c]!;
  const sent = new Float64Array(k);
  const received = new Float64Array(k);
  let total = 0;
  for (let r = 0; r < k; r++) {
    for (let c = 0; c < k; c++) {
      if (g.directed) { sent[r]! += t(r, c); received[c]! += t(r, c); total += t(r, c); }
      else if (r <= c) { sent[r]! += t(r, c); sent[c]! += t(r, c); total += t(r, c); }
    }
  }
  const expected = (r: number, c: number): number | null => {
    if (total === 0) return null;
    if (g.directed) return (sent[r]! * received[c]!) / total;
    return r === c ? sent[r]! ** 2 / (4 * total) : (sent[r]! * sent[c]!) / (2 * total);
  };
  const cells = groups.labels.map((_, r) => groups.labels.map((__, c) => {
    const d = m.density[r * k + c]!;
    const s = m.size[r]!;
    const pairs = r === c ? (g.directed ? s * (s - 1) : (s * (s - 1)) / 2) : s * m.size[c]!;
    return { ties: t(r, c), pairs, density: Number.isNaN(d) ? null : d, expectedTies: expected(r, c) };
  }));
  const words = groupWords(ctx.boundary);
  let inside = 0;
  let insideExpected = 0;
  const rows = groups.labels.map((label, r) => {
    let external = 0;
    let externalExpected = 0;
    for (let c = 0; c < k; c++) {
      if (c === r) continue;
      external += t(r, c) + (g.directed ? t(c, r) : 0);
      externalExpected += (expected(r, c) ?? 0) + (g.directed ? (expected(c, r) ?? 0) : 0);
    }
    const internal = t(r, r);
    inside += internal;
    insideExpected += expected(r, r) ?? 0;
    const n = internal + external;
    const ei = n === 0 ? null : (external - internal) / n;
    const share = n === 0 ? null : internal / n;
    const exp = n === 0 ? null : (expected(r, r) ?? 0) / ((expected(r, r) ?? 0) + externalExpected);
    return {
      label, size: m.size[r]!, internalTies: internal, externalTies: external, ei, insideShare: share,
      expectedInsideShare: exp, meaning: `${label}: ${shareWords(share, ei, `its ties stay inside its own ${words.one}`, `its ties reach other ${words.many}`)}`,
    };
  });
  const netEi = total === 0 ? null : (total - 2 * inside) / total;
  const netShare = total === 0 ? null : inside / total;
  return {
    attribute: ctx.boundary, directed: g.directed, rows: [...groups.labels], cols: [...groups.labels],
    sizes: Array.from(m.size), cells, ties: total, missing: groups.of.reduce((n, c) => n + (c === -1 ? 1 : 0), 0), groups: rows,
    network: {
      ei: netEi, insideShare: netShare, expectedInsideShare: total === 0 ? null : insideExpected / total,
      meaning: upperFirst(shareWords(netShare, netEi, `ties stay inside ${words.many}`, `ties cross between ${words.many}`)),
    },
  };
}

/** Silo findings: the network and groups that keep to themselves, and pairs that (nearly) never meet. */
export function siloFindings(ctx: NetworkContext): Finding[] {
  const mx = mixing(ctx);
  const groups = ctx.groups;
  if (!mx || !groups) return [];
  const words = groupWords(mx.attribute);
  const k = mx.rows.length;
  const byPair = crossByPair(ctx.g, groups);
  const lists = membersByGroup(ctx.g, groups);
  const findings: Finding[] = [];
  const net = mx.network;
  if (net.ei !== null && net.ei <= INWARD_EI && net.insideShare! > net.expectedInsideShare! && mx.ties >= MIN_GROUP_TIES) {
    const inside = Math.round(net.insideShare! * mx.ties);
    findings.push({
      id: 'silo-network', kind: 'silo',
      title: `Most ties stay inside ${words.many}: ${pct(net.insideShare!)} (E-I ${signed(net.ei)})`,
      explanation: `Of ${count(mx.ties)} ties between people whose ${words.one} is known, ${count(inside)} stay inside one ${words.one} ` +
        `and ${count(mx.ties - inside)} ${mx.ties - inside === 1 ? 'crosses' : 'cross'} between ${words.many}. Random mixing would keep about ${pct(net.expectedInsideShare!)} inside.`,
      evidence: { nodes: [], edges: tieIds(ctx.g, [...byPair.values()].flat()), figures: {
        eiIndex: net.ei, ties: mx.ties, internalTies: inside, externalTies: mx.ties - inside,
        insideShare: net.insideShare!, expectedInsideShare: net.expectedInsideShare!,
      } },
    });
  }
  mx.groups.forEach((gm, r) => {
    const n = gm.internalTies + gm.externalTies;
    if (gm.ei === null || gm.ei > INWARD_EI || n < MIN_GROUP_TIES || gm.insideShare! <= gm.expectedInsideShare!) return;
    const out = [...byPair].filter(([key]) => Math.floor(key / k) === r || key % k === r).flatMap(([, ties]) => ties);
    findings.push({
      id: `silo-group:${gm.label}`, kind: 'silo',
      title: `${gm.label} keeps to itself: ${pct(gm.insideShare!)} of its ties stay inside`,
      explanation: `Of the ${count(n)} ties of ${gm.label} (${people(gm.size)}), ${count(gm.internalTies)} stay inside and ` +
        `${count(gm.externalTies)} reach other ${words.many} (E-I ${signed(gm.ei)}, from −1 all inside to +1 all outside). ` +
        `Random mixing would keep about ${pct(gm.expectedInsideShare!)} inside.`,
      evidence: { nodes: lists[r]!, edges: tieIds(ctx.g, out), figures: {
        eiIndex: gm.ei, size: gm.size, internalTies: gm.internalTies, externalTies: gm.externalTies,
        insideShare: gm.insideShare!, expectedInsideShare: gm.expectedInsideShare!,
      } },
    });
  });
  for (let r = 0; r < k; r++) {
    for (let c = r + 1; c < k; c++) {
      const a = mx.cells[r]![c]!;
      const b = mx.cells[c]![r]!;
      const ties = mx.directed ? a.ties + b.ties : a.ties;
      const expected = mx.directed ? (a.expectedTies ?? 0) + (b.expectedTies ?? 0) : (a.expectedTies ?? 0);
      if (expected < MIN_EXPECTED || ties >= SILO_RATIO * expected) continue;
      const [ra, rc] = [mx.rows[r]!, mx.rows[c]!];
      const pairs = a.pairs;
      const sizes = `${ra} (${people(mx.sizes[r]!)}) and ${rc} (${people(mx.sizes[c]!)})`;
      findings.push({
        id: `silo:${ra}|${rc}`, kind: 'silo',
        title: ties === 0 ? `${ra} and ${rc} never meet` : `${ra} and ${rc} barely meet: ${tiesWord(ties)} among ${count(pairs)} possible pairs`,
        explanation: (ties === 0 ? `No tie joins ${sizes}` : `Only ${tiesWord(ties)} ${ties === 1 ? 'joins' : 'join'} ${sizes}`) +
          `, where random mixing, keeping how many ties each ${words.one} has, would give about ${round(expected)}.`,
        evidence: {
          nodes: [...lists[r]!, ...lists[c]!].sort(byText),
          edges: tieIds(ctx.g, byPair.get(r * k + c) ?? []),
          figures: { ties, possiblePairs: pairs, expectedTies: expected, ratio: ties / expected, sizeA: mx.sizes[r]!, sizeB: mx.sizes[c]! },
        },
      });
    }
  }
  return findings;
}

/** How to speak of a group attribute: 'sector' / 'sectors'; 'qi_trained' -> 'qi trained group(s)'. */
export function groupWords(attribute: string): { name: string; one: string; many: string } {
  const w = attribute.toLowerCase().replace(/[_-]+/g, ' ').trim();
  const simple = /^[a-z]+$/.test(w) && !/[sy]$/.test(w);
  return simple ? { name: w, one: w, many: `${w}s` } : { name: w, one: `${w} group`, many: `${w} groups` };
}

/** A number rounded for reading: integers with separators, others to 2 significant figures. */
export function round(v: number): string {
  if (Math.abs(v) >= 100 || Number.isInteger(v)) return Math.round(v).toLocaleString('en-GB');
  return Number(v.toPrecision(2)).toString();
}

export const pct = (share: number): string => `${Math.round(share * 100)}%`;
export const count = (n: number): string => n.toLocaleString('en-GB');
/** Signed with a true minus sign, 2 decimals: '−0.54', '+0.09', '0.00'. */
export function signed(v: number): string {
  const r = Math.round(v * 100) / 100;
  return (r > 0 ? '+' : r < 0 ? '−' : '') + Math.abs(r).toFixed(2);
}
export const people = (n: number): string => `${count(n)} ${n === 1 ? 'person' : 'people'}`;
export const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const tiesWord = (n: number): string => `${count(n)} ${n === 1 ? 'tie' : 'ties'}`;

function shareWords(share: number | null, ei: number | null, inside: string, outside: string): string {
  if (share === null || ei === null) return 'no ties, so no E-I index';
  return share >= 0.5 ? `${pct(share)} of ${inside} (E-I ${signed(ei)})` : `${pct(1 - share)} of ${outside} (E-I ${signed(ei)})`;
}

/** Groups of an attribute: the context's own for its boundary; null for an unknown attribute or no people. */
export function groupsFor(ctx: NetworkContext, attribute: string | null): Groups | null {
  if (attribute === null) return null;
  if (attribute === ctx.boundary && ctx.groups) return ctx.groups;
  const values = ctx.values(attribute);
  return values.length === ctx.g.n && ctx.g.n > 0 ? groupsFromValues(values) : null;
}

/** Each group's member ids, sorted. */
export function membersByGroup(g: CompiledGraph, groups: Groups): string[][] {
  const out = groups.labels.map((): string[] => []);
  for (let v = 0; v < g.n; v++) if (groups.of[v]! >= 0) out[groups.of[v]!]!.push(g.ids[v]!);
  return out.map((list) => list.sort(byText));
}

/**
 * Ties joining two different groups, by pair of groups (key min * k + max), as [source, target]
 * node indices; an undirected tie once, lower index first. One pass over the ties.
 */
export function crossByPair(g: CompiledGraph, groups: Groups): Map<number, [number, number][]> {
  const k = groups.labels.length;
  const out = new Map<number, [number, number][]>();
  for (let u = 0; u < g.n; u++) {
    const a = groups.of[u]!;
    if (a === -1) continue;
    for (let p = g.outOffsets[u]!, end = g.outOffsets[u + 1]!; p < end; p++) {
      const v = g.outTargets[p]!;
      const b = groups.of[v]!;
      if (b === -1 || b === a || (!g.directed && v < u)) continue;
      const key = Math.min(a, b) * k + Math.max(a, b);
      const list = out.get(key);
      if (list) list.push([u, v]);
      else out.set(key, [[u, v]]);
    }
  }
  return out;
}

/** Ties as [source id, target id], sorted. */
export function tieIds(g: CompiledGraph, ties: Iterable<[number, number]>): [string, string][] {
  return [...ties].map(([u, v]): [string, string] => [g.ids[u]!, g.ids[v]!]).sort((x, y) => byText(x[0], y[0]) || byText(x[1], y[1]));
}
