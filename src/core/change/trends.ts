/**
 * Trends across waves: the headline figures of each wave's network, overall and per group of
 * the view's boundary, as series ready for small line charts; and one person's trajectory.
 *
 * Each wave is the view's network for that wave (buildGraph with view.wave set), with everyone
 * in the people file as a node. Only cheap figures (linear in ties) are computed for the whole
 * network, never betweenness; figures follow the metric modules' conventions (networkx, sna,
 * UCINET; see their headers): density, reciprocity (reciprocity.ts), E-I index (Krackhardt &
 * Stern 1988, ei-index.ts), degree centralisation (Freeman 1978/79, centralisation.ts).
 * A person's betweenness (Brandes 2001) follows view.betweenness (exact, or sampled).
 *
 * Non-response is kept visible: the response rate is a series of its own (null when the data do
 * not say who answered), and a person's row says whether they answered; in a wave they did not
 * answer, their ties are only those others reported.
 */
import type { CompiledGraph } from '../graph/compile.ts';
import { boundaryGroups } from '../analyse.ts';
import { betweenness, betweennessPartial, finishBetweenness } from '../metrics/betweenness.ts';
import { degreeCentralisation } from '../metrics/centralisation.ts';
import { components } from '../metrics/components.ts';
import { crossesBoundary, mixingMatrix } from '../metrics/crossing.ts';
import { eiGroup, eiNetwork } from '../metrics/ei-index.ts';
import type { Groups } from '../metrics/groups.ts';
import { reciprocity } from '../metrics/reciprocity.ts';
import { sampledBetweenness } from '../metrics/sampled-betweenness.ts';
import { groupStats } from '../metrics/suite-groups.ts';
import type { Dataset } from '../model/types.ts';
import { compileView } from '../view/build.ts';
import type { NetworkView } from '../view/view.ts';

export interface TrendSeries {
  id: string;
  label: string;
  explain: string;
  /** One value per wave, aligned with `waves`; null where the figure does not apply. */
  values: (number | null)[];
}

export interface NetworkTrends {
  /** Wave ids in order. */
  waves: string[];
  series: TrendSeries[];
  /** Per group of view.boundary (empty without one). */
  groups: { label: string; series: TrendSeries[] }[];
}

export interface TrendOptions {
  /** Which waves, in this order; default every wave in order. */
  waves?: string[];
}

interface WaveNetwork { g: CompiledGraph; groups: Groups | null }

function orderedWaves(ds: Dataset, only?: string[]): string[] {
  const all = [...ds.waves].sort((a, b) => a.order - b.order).map((w) => w.id);
  if (!only) return all;
  for (const w of only) if (!all.includes(w)) throw new Error(`trends: no wave "${w}"`);
  return only;
}

function waveNetwork(ds: Dataset, view: NetworkView, wave: string): WaveNetwork {
  const g = compileView(ds, { ...view, wave });
  return { g, groups: boundaryGroups(ds, g.ids, view.boundary) };
}

const nanToNull = (v: number): number | null => (Number.isNaN(v) ? null : v);

const SERIES: { id: string; label: string; explain: string }[] = [
  { id: 'peopleWithTies', label: 'People with ties', explain: 'People who named someone or were named.' },
  { id: 'ties', label: 'Ties', explain: 'Relationships in the network (pairs of people, whatever the tie types).' },
  { id: 'density', label: 'Density', explain: 'Ties as a share of all the ties there could be.' },
  { id: 'reciprocity', label: 'Reciprocity', explain: 'Share of ties that are returned (both people name each other).' },
  { id: 'crossShare', label: 'Ties across groups', explain: 'Share of ties that join people in different groups.' },
  { id: 'eiIndex', label: 'E-I index', explain: 'From -1 (all ties inside groups) to +1 (all ties across groups).' },
  { id: 'largestComponentShare', label: 'Largest connected group', explain: 'Share of people in the largest group linked by chains of ties.' },
  { id: 'isolates', label: 'Isolates', explain: 'People with no ties at all.' },
  { id: 'degreeCentralisation', label: 'Centralisation', explain: 'How far ties are concentrated on one person: 0 evenly spread, 1 a star.' },
  { id: 'responseRate', label: 'Response rate', explain: 'Share of people who answered the survey; blank when the data do not say.' },
];

const GROUP_SERIES: { id: string; label: string; explain: string }[] = [
  { id: 'internalTies', label: 'Ties inside', explain: 'Ties with both people in this group.' },
  { id: 'externalTies', label: 'Ties across', explain: 'Ties between someone in this group and someone in another.' },
  { id: 'eiIndex', label: 'E-I index', explain: 'From -1 (all ties inside the group) to +1 (all ties outside it).' },
  { id: 'density', label: 'Density inside', explain: 'Ties inside the group as a share of those there could be.' },
];

function headline(ds: Dataset, wave: string, { g, groups }: WaveNetwork): Record<string, number | null> {
  let withTies = 0;
  for (let v = 0; v < g.n; v++) {
    if (g.outOffsets[v + 1]! > g.outOffsets[v]! || g.inOffsets[v + 1]! > g.inOffsets[v]!) withTies++;
  }
  let crossShare: number | null = null;
  if (groups) {
    const crosses = crossesBoundary(g, groups);
    let across = 0;
    let known = 0;
    for (const c of crosses) if (c >= 0) { known++; across += c; }
    crossShare = known === 0 ? null : across / known;
  }
  const respondents = ds.waves.find((w) => w.id === wave)?.respondents ?? null;
  const pairs = g.n * (g.n - 1);
  return {
    peopleWithTies: withTies,
    ties: g.edgeCount,
    density: g.n < 2 ? null : (g.directed ? g.edgeCount : 2 * g.edgeCount) / pairs,
    reciprocity: reciprocity(g),
    crossShare,
    eiIndex: groups ? eiNetwork(g, groups) : null,
    largestComponentShare: g.n === 0 ? null : (components(g).sizes[0] ?? 0) / g.n,
    isolates: g.n - withTies,
    degreeCentralisation: degreeCentralisation(g),
    responseRate: respondents === null || ds.actors.length === 0 ? null : respondents.length / ds.actors.length,
  };
}

export function networkTrends(ds: Dataset, view: NetworkView, opts: TrendOptions = {}): NetworkTrends {
  const waves = orderedWaves(ds, opts.waves);
  const nets = waves.map((w) => waveNetwork(ds, view, w));
  const heads = waves.map((w, i) => headline(ds, w, nets[i]!));
  const series = SERIES.map((s) => ({ ...s, values: heads.map((h) => h[s.id] ?? null) }));
  const labels = nets[0]?.groups?.labels ?? [];
  const perWave = nets.map(({ g, groups }) => (groups ? groupStats(mixingMatrix(g, groups), eiGroup(g, groups), groups, g.directed) : []));
  const groups = labels.map((label, c) => ({
    label,
    series: GROUP_SERIES.map((s) => ({
      ...s,
      values: perWave.map((stats) => {
        const st = stats[c];
        if (!st) return null;
        const v = { internalTies: st.internalTies, externalTies: st.externalTies, eiIndex: st.eiIndex, density: st.density }[s.id];
        return v === undefined || v === null ? null : nanToNull(v);
      }),
    })),
  }));
  return { waves, series, groups };
}

export interface TrajectoryRow {
  wave: string;
  /** Whether they answered this wave; null when the data do not say who answered. */
  answered: boolean | null;
  /** Distinct people they named or were named by (all neighbours when undirected). */
  ties: number;
  /** Distinct people who named them; null in undirected views. */
  received: number | null;
  /** Normalised betweenness (0-1, networkx convention), estimated when view.betweenness is sampled. */
  betweenness: number;
  /** Distinct groups (of view.boundary) among the people they are tied to, their own included; null without a boundary. */
  groupsReached: number | null;
}

export interface PersonTrajectory {
  id: string;
  waves: string[];
  rows: TrajectoryRow[];
  summary: string;
}

function personBetweenness(g: CompiledGraph, view: NetworkView): Float64Array {
  const mode = view.betweenness;
  const weighted = mode.weighted ?? false;
  if (mode.kind === 'sampled' && mode.samples < g.n) {
    return sampledBetweenness(g, { samples: mode.samples, seed: mode.seed, weighted }).values;
  }
  if (!weighted) return betweenness(g);
  return finishBetweenness(g, betweennessPartial(g, { from: 0, to: g.n, weighted }));
}

function rowFor(ds: Dataset, view: NetworkView, wave: string, id: string): TrajectoryRow {
  const { g, groups } = waveNetwork(ds, view, wave);
  const v = g.index.get(id)!;
  const partners = new Set<number>();
  for (let p = g.outOffsets[v]!; p < g.outOffsets[v + 1]!; p++) partners.add(g.outTargets[p]!);
  for (let p = g.inOffsets[v]!; p < g.inOffsets[v + 1]!; p++) partners.add(g.inSources[p]!);
  let groupsReached: number | null = null;
  if (groups) {
    const seen = new Set<number>();
    for (const u of partners) if (groups.of[u]! >= 0) seen.add(groups.of[u]!);
    groupsReached = seen.size;
  }
  const respondents = ds.waves.find((w) => w.id === wave)?.respondents ?? null;
  return {
    wave,
    answered: respondents === null ? null : respondents.includes(id),
    ties: partners.size,
    received: g.directed ? g.inOffsets[v + 1]! - g.inOffsets[v]! : null,
    betweenness: personBetweenness(g, view)[v]!,
    groupsReached,
  };
}

export function personTrajectory(ds: Dataset, view: NetworkView, id: string, opts: TrendOptions = {}): PersonTrajectory {
  if (!ds.actors.some((a) => a.id === id)) throw new Error(`trajectory: no person "${id}"`);
  const waves = orderedWaves(ds, opts.waves);
  const rows = waves.map((w) => rowFor(ds, view, w, id));
  return { id, waves, rows, summary: summarise(rows, view.boundary) };
}

/** "rose from 6 to 17, then fell to 5" (or "6 at Baseline" for one wave). */
function path(values: number[]): string {
  const parts: string[] = [];
  for (let i = 1; i < values.length; i++) {
    const [a, b] = [values[i - 1]!, values[i]!];
    const verb = b > a ? 'rose' : b < a ? 'fell' : 'stayed';
    const move = verb === 'stayed' ? `stayed at ${b}` : `${verb} ${i === 1 ? `from ${a} ` : ''}to ${b}`;
    parts.push(i === 1 ? move : `then ${move}`);
  }
  return parts.join(', ');
}

function list(values: number[]): string {
  if (values.length < 2) return String(values[0] ?? 0);
  return `${values.slice(0, -1).join(', ')}, then ${values[values.length - 1]!}`;
}

function plural(word: string): string {
  const w = word.toLowerCase();
  return w.endsWith('s') ? w : `${w}s`;
}

function summarise(rows: TrajectoryRow[], boundary: string | null): string {
  if (rows.length === 0) return 'There are no waves to follow.';
  const ties = rows.map((r) => r.ties);
  const parts = [rows.length === 1 ? `${ties[0]!} ${ties[0] === 1 ? 'tie' : 'ties'} at ${rows[0]!.wave}` : `Ties ${path(ties)}`];
  const reached = rows.map((r) => r.groupsReached);
  if (boundary !== null && reached.every((x) => x !== null)) {
    const r = reached as number[];
    const noun = r.length === 1 && r[0] === 1 ? boundary.toLowerCase() : plural(boundary);
    const same = r.length > 1 && r.every((x) => x === r[0]);
    parts.push(same ? `reached ${r[0]!} ${r[0] === 1 ? boundary.toLowerCase() : noun} in every wave` : `reached ${list(r)} ${noun}`);
  }
  const missed = rows.filter((r) => r.answered === false).map((r) => r.wave);
  let text = `${parts.join('; ')}.`;
  if (missed.length > 0) {
    text += ` Did not answer at ${missed.join(' or ')}, so ties there are only those others reported.`;
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}
