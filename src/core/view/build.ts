/**
 * Building the network of a view as a graphology graph: one node per person (everyone in
 * the people file, isolates included, because being unconnected is a finding), and one edge
 * per pair of people after merging.
 *
 * Merging rule (explicit, because every metric depends on it): all ties in the view between
 * the same two people (the same ordered pair when directed) become one edge, whatever their
 * type; its strength is the max (or mean, sum, min: view.merge) of the strengths given, and
 * missing when none was; its weight is that strength, or 1 when missing. The edge keeps the
 * list of types and how many ties it merged.
 */
import Graph from 'graphology';
import type { Dataset, Tie } from '../model/types.ts';
import { projectAttendance } from './coattendance.ts';
import { respondentsOfView } from './respondents.ts';
import { NO_TYPE, type MergeRule, type NetworkView } from './view.ts';

export interface NodeAttributes {
  label: string;
}

export interface EdgeAttributes {
  weight: number;
  strength: number | null;
  types: string[];
  /** How many reported ties this edge merges. */
  count: number;
  /** For 'union' views: whether both people named each other. */
  reciprocated: boolean;
}

export type NetworkGraph = Graph<NodeAttributes, EdgeAttributes>;

/** What the view kept and left out, for the status line. */
export interface BuildStats {
  /** Ties in the chosen wave(s) and types, before the strength rule. */
  tiesInScope: number;
  belowMinStrength: number;
  missingStrength: number;
  /** Ties left out by the 'confirmed' rule because only one side named the other. */
  unconfirmed: number;
  /** People left out because the view keeps respondents only (0 otherwise). */
  nonRespondentsLeftOut: number;
  edges: number;
}

export function tiesInView(ds: Dataset, view: NetworkView): Tie[] {
  const types = view.tieTypes === null ? null : new Set(view.tieTypes);
  const ties = ds.ties.filter((t) =>
    (view.wave === null || t.wave === view.wave) && (types === null || types.has(t.type ?? NO_TYPE)));
  if (view.coAttendance && ds.attendance.length > 0) {
    const options = { min: view.coAttendanceMin ?? 1, from: view.coAttendanceWindow?.from ?? null, to: view.coAttendanceWindow?.to ?? null };
    for (const t of projectAttendance(ds.attendance, view.wave, options)) ties.push(t);
  }
  return ties;
}

export function buildGraph(ds: Dataset, view: NetworkView): { graph: NetworkGraph; stats: BuildStats } {
  const scoped = tiesInView(ds, view);
  const stats: BuildStats = { tiesInScope: scoped.length, belowMinStrength: 0, missingStrength: 0, unconfirmed: 0, nonRespondentsLeftOut: 0, edges: 0 };
  const kept = scoped.filter((t) => {
    if (view.minStrength === null) return true;
    if (t.strength === null) { stats.missingStrength++; return false; }
    if (t.strength < view.minStrength) { stats.belowMinStrength++; return false; }
    return true;
  });

  const directed = view.direction === 'directed';
  const graph: NetworkGraph = new Graph({ type: directed ? 'directed' : 'undirected', multi: false, allowSelfLoops: false });
  // Respondents only: non-respondents and every tie touching them are left out (the ties are
  // skipped below because one end has no node).
  const answered = view.respondentsOnly ? respondentsOfView(ds, view) : null;
  for (const a of ds.actors) {
    if (answered && !answered.has(a.id)) { stats.nonRespondentsLeftOut++; continue; }
    graph.addNode(a.id, { label: a.label });
  }

  // Group ties by pair. Directed views: ordered pairs, undirected records counted both ways.
  // Undirected views: unordered pairs, remembering which directions were named.
  interface Group { s: string; t: string; strengths: number[]; types: Set<string>; count: number; ab: boolean; ba: boolean }
  const groups = new Map<string, Group>();
  const add = (s: string, t: string, tie: Tie, ab: boolean, ba: boolean): void => {
    const key = `${s}\u0000${t}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { s, t, strengths: [], types: new Set(), count: 0, ab: false, ba: false }));
    if (tie.strength !== null) g.strengths.push(tie.strength);
    g.types.add(tie.type ?? NO_TYPE);
    g.count++;
    g.ab ||= ab;
    g.ba ||= ba;
  };
  for (const tie of kept) {
    if (tie.source === tie.target || !graph.hasNode(tie.source) || !graph.hasNode(tie.target)) continue;
    if (directed) {
      add(tie.source, tie.target, tie, true, !tie.directed);
      if (!tie.directed) add(tie.target, tie.source, tie, true, true);
    } else {
      const forward = tie.source < tie.target;
      const [s, t] = forward ? [tie.source, tie.target] : [tie.target, tie.source];
      add(s, t, tie, forward || !tie.directed, !forward || !tie.directed);
    }
  }
  for (const g of groups.values()) {
    const reciprocated = g.ab && g.ba;
    if (view.direction === 'confirmed' && !reciprocated) { stats.unconfirmed += g.count; continue; }
    const strength = mergeStrengths(g.strengths, view.merge);
    graph.addEdge(g.s, g.t, {
      weight: strength ?? 1, strength, types: [...g.types], count: g.count, reciprocated,
    });
  }
  stats.edges = graph.size;
  return { graph, stats };
}

export function mergeStrengths(values: number[], rule: MergeRule): number | null {
  if (values.length === 0) return null;
  switch (rule) {
    case 'max': return values.reduce((a, b) => (b > a ? b : a));
    case 'min': return values.reduce((a, b) => (b < a ? b : a));
    case 'sum': return values.reduce((a, b) => a + b, 0);
    case 'mean': return values.reduce((a, b) => a + b, 0) / values.length;
  }
}
