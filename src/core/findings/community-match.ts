/**
 * Do the clusters found in the ties follow the declared groups? The Louvain communities of
 * the suite (found from the ties alone) set against a group attribute (sector by default):
 * a cross-table, two similarity scores and findings about single communities.
 *
 * - Adjusted Rand index: Hubert, L. & Arabie, P. (1985). Comparing partitions. Journal of
 *   Classification 2, 193-218. 1 = the same split, about 0 = no more alike than chance (it can
 *   be negative). Convention: sklearn `adjusted_rand_score` (1 when neither split pairs anyone
 *   differently from the other).
 * - Normalised mutual information: mutual information over the ARITHMETIC MEAN of the two
 *   entropies (natural log), sklearn `normalized_mutual_info_score` default
 *   (average_method='arithmetic'); Danon, L. et al. (2005), J. Stat. Mech. P09008. 1 when both
 *   splits are a single block; 0 when the mutual information is 0.
 * Both are null when fewer than 2 people are compared.
 *
 * Left out of the comparison: people with no value for the attribute, and people alone in their
 * community (isolates, whom Louvain always leaves alone, so their "community" says nothing).
 *
 * Findings (communities of at least 3 people compared):
 * - a community that coincides with one group: at least 80% of it is one group, and it holds at
 *   least half of that group ('Community 2 is almost all Mental health (95%)'): a silo.
 * - a community that mixes groups: at least 3 groups each with 2 or more people and 10% or more
 *   of it, none with 80%: people working across the boundary together.
 * Communities are numbered from 1 = the largest, as the people table shows them.
 */
import { groupSizes } from '../metrics/groups.ts';
import { byText, count, groupsFor, groupWords, pct, round } from './silos.ts';
import type { Finding, NetworkContext } from './types.ts';

export interface CommunityMatch {
  attribute: string;
  /** The suite's community index (0-based) of each row; rows are shown as 'Community i+1'. */
  communities: number[];
  rows: string[];
  /** Group labels (the attribute's values, in label order). */
  cols: string[];
  /** counts[row][col]: people of that community in that group. */
  counts: number[][];
  rowTotals: number[];
  colTotals: number[];
  /** People compared. */
  total: number;
  /** Ids of the people compared in each row, sorted. */
  members: string[][];
  leftOut: { missingValue: number; aloneInCommunity: number };
  adjustedRand: number | null;
  nmi: number | null;
}

const COINCIDE_SHARE = 0.8;
const COINCIDE_COVER = 0.5;
const MIN_COMMUNITY = 3;
const MIX_SHARE = 0.1;
const MIX_MIN_PEOPLE = 2;
const MIX_GROUPS = 3;

/** Communities against an attribute's groups; null when there is no such attribute. */
export function communityMatch(ctx: NetworkContext, attribute: string | null = ctx.boundary): CommunityMatch | null {
  const groups = groupsFor(ctx, attribute);
  if (!groups || attribute === null) return null;
  const { community } = ctx.suite.nodes;
  const n = ctx.g.n;
  const sizes = new Map<number, number>();
  for (let v = 0; v < n; v++) sizes.set(community[v]!, (sizes.get(community[v]!) ?? 0) + 1);
  let missingValue = 0;
  let alone = 0;
  const kept: number[] = [];
  for (let v = 0; v < n; v++) {
    if (groups.of[v] === -1) missingValue++;
    else if (sizes.get(community[v]!)! < 2) alone++;
    else kept.push(v);
  }
  const communities = [...new Set(kept.map((v) => community[v]!))].sort((a, b) => a - b);
  const rowOf = new Map(communities.map((c, i) => [c, i]));
  const k = groups.labels.length;
  const counts = communities.map(() => new Array<number>(k).fill(0));
  const ids = communities.map((): string[] => []);
  for (const v of kept) {
    const row = rowOf.get(community[v]!)!;
    counts[row]![groups.of[v]!]!++;
    ids[row]!.push(ctx.g.ids[v]!);
  }
  return {
    attribute, communities, rows: communities.map((c) => `Community ${c + 1}`), cols: [...groups.labels], counts,
    rowTotals: counts.map((row) => sum(row)), colTotals: groups.labels.map((_, j) => sum(counts.map((row) => row[j]!))),
    total: kept.length, members: ids.map((list) => list.sort(byText)), leftOut: { missingValue, aloneInCommunity: alone },
    adjustedRand: adjustedRandIndex(counts), nmi: normalisedMutualInformation(counts),
  };
}

/** Findings on communities that coincide with one group of the boundary, or mix several. */
export function communityFindings(ctx: NetworkContext): Finding[] {
  const cm = communityMatch(ctx);
  const groups = groupsFor(ctx, ctx.boundary);
  if (!cm || !groups) return [];
  const words = groupWords(cm.attribute);
  const wholeSizes = groupSizes(groups);
  const findings: Finding[] = [];
  cm.counts.forEach((row, i) => {
    const size = cm.rowTotals[i]!;
    if (size < MIN_COMMUNITY) return;
    const name = cm.rows[i]!;
    const c = cm.communities[i]!;
    const nodes = cm.members[i]!;
    const order = row.map((x, j) => [x, j] as const).filter(([x]) => x > 0).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    const [topCount, top] = order[0]!;
    const share = topCount / size;
    const label = cm.cols[top]!;
    const figures = { community: c + 1, size, largestGroupShare: share, groups: order.length };
    if (share >= COINCIDE_SHARE && topCount >= COINCIDE_COVER * cm.colTotals[top]!) {
      const whole = wholeSizes[top]!;
      findings.push({
        id: `community:${c + 1}`, kind: 'silo',
        title: share === 1 ? `${name} is all ${label}` : `${name} is ${share >= 0.9 ? 'almost all' : 'mostly'} ${label} (${pct(share)})`,
        explanation: `Looking only at who is tied to whom, ${name.toLowerCase()} is a cluster of ${count(size)} people, ` +
          `${count(topCount)} of them in ${label}${topCount === whole ? `, that is everyone in ${label}` : `, which has ${count(whole)} people in all`}. ` +
          `Here the ties follow the ${words.one}: a silo.`,
        evidence: { nodes, edges: [], figures: { ...figures, groupSize: whole, inCommunity: topCount } },
      });
      return;
    }
    const mixed = order.filter(([x]) => x >= MIX_MIN_PEOPLE && x >= MIX_SHARE * size);
    if (mixed.length >= MIX_GROUPS && share < COINCIDE_SHARE) {
      const list = mixed.map(([x, j]) => `${cm.cols[j]!} (${count(x)})`);
      findings.push({
        id: `community-mix:${c + 1}`, kind: 'spanner',
        title: `${name} mixes ${mixed.length} ${words.many}: people working across`,
        explanation: `Looking only at who is tied to whom, ${name.toLowerCase()} is a cluster of ${count(size)} people that brings together ` +
          `${joinAnd(list)}: here ties cross the ${words.one} boundary.`,
        evidence: { nodes, edges: [], figures: { ...figures, mixedGroups: mixed.length } },
      });
    }
  });
  return findings;
}

/** A sentence on how closely communities follow the groups, for a screen's summary; null when not computed. */
export function matchSummary(cm: CommunityMatch): string | null {
  if (cm.adjustedRand === null || cm.nmi === null) return null;
  const ari = cm.adjustedRand;
  const how = ari >= 0.65 ? 'closely' : ari >= 0.3 ? 'partly' : 'hardly';
  return `The clusters found in the ties ${how} follow the ${groupWords(cm.attribute).one}: adjusted Rand index ${round(ari)} ` +
    `(1 = the same split, 0 = no more alike than chance), normalised mutual information ${round(cm.nmi)}.`;
}

/** Hubert-Arabie adjusted Rand index of a contingency table; null under 2 people. */
export function adjustedRandIndex(table: number[][]): number | null {
  const n = sum(table.map(sum));
  if (n < 2) return null;
  const pairs = (x: number): number => (x * (x - 1)) / 2;
  const index = sum(table.map((row) => sum(row.map(pairs))));
  const a = sum(table.map((row) => pairs(sum(row))));
  const colSums = new Array<number>(table[0]?.length ?? 0).fill(0);
  for (const row of table) row.forEach((x, j) => { colSums[j]! += x; });
  const b = sum(colSums.map(pairs));
  const expected = (a * b) / pairs(n);
  const max = (a + b) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}

/** Normalised mutual information (arithmetic mean of the entropies, natural log); null under 2 people. */
export function normalisedMutualInformation(table: number[][]): number | null {
  const rowSums = table.map(sum);
  const n = sum(rowSums);
  if (n < 2) return null;
  const colSums = new Array<number>(table[0]?.length ?? 0).fill(0);
  for (const row of table) row.forEach((x, j) => { colSums[j]! += x; });
  const rows = rowSums.filter((x) => x > 0);
  const cols = colSums.filter((x) => x > 0);
  if (rows.length === 1 && cols.length === 1) return 1;
  let mi = 0;
  table.forEach((row, i) => row.forEach((x, j) => {
    if (x > 0) mi += (x / n) * Math.log((n * x) / (rowSums[i]! * colSums[j]!));
  }));
  if (mi <= 0) return 0;
  const entropy = (xs: number[]): number => -sum(xs.map((x) => (x / n) * Math.log(x / n)));
  return mi / ((entropy(rows) + entropy(cols)) / 2);
}

function sum(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

function joinAnd(xs: string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]!}`;
}
