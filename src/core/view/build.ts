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
import { compileEdges, type CompiledGraph } from '../graph/compile.ts';
import type { Dataset, Tie } from '../model/types.ts';
import { projectAttendance } from './coattendance.ts';
import { respondentsOfView } from './respondents.ts';
import { PairTable } from './pairs.ts';
import { NO_TYPE, type NetworkView } from './view.ts';

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

/** A view's people and its ties merged by pair, before any graph is made of them. */
export interface MergedPairs {
  /** The people of the view, in the people file's order. */
  ids: string[];
  /** The merged pairs, as indices into ids (see PairTable). */
  pairs: PairTable;
  /** The pairs that become edges, in order: all of them, but under the 'confirmed' rule only those both named. */
  edges: number[];
  stats: BuildStats;
}

export function mergePairs(ds: Dataset, view: NetworkView): MergedPairs {
  const scoped = tiesInView(ds, view);
  const stats: BuildStats = { tiesInScope: scoped.length, belowMinStrength: 0, missingStrength: 0, unconfirmed: 0, nonRespondentsLeftOut: 0, edges: 0 };
  const kept = scoped.filter((t) => {
    if (view.minStrength === null) return true;
    if (t.strength === null) { stats.missingStrength++; return false; }
    if (t.strength < view.minStrength) { stats.belowMinStrength++; return false; }
    return true;
  });

  const directed = view.direction === 'directed';
  // Respondents only: non-respondents and every tie touching them are left out (the ties are
  // skipped below because one end has no index).
  const answered = view.respondentsOnly ? respondentsOfView(ds, view) : null;
  const ids: string[] = [];
  const at = new Map<string, number>();
  for (const a of ds.actors) {
    if (answered && !answered.has(a.id)) { stats.nonRespondentsLeftOut++; continue; }
    at.set(a.id, ids.length);
    ids.push(a.id);
  }
  const n = ids.length;

  // Group ties by pair. Directed views: ordered pairs, undirected records counted both ways.
  // Undirected views: unordered pairs (ordered by id), remembering which directions were named.
  // Pairs are numbered and kept in flat arrays, not one object, set and list each: pooling
  // 600,000 ties of three waves that way held half a gigabyte of short-lived objects.
  const pairs = new PairTable(view.merge);
  for (const tie of kept) {
    const s = at.get(tie.source);
    const t = at.get(tie.target);
    if (s === undefined || t === undefined || s === t) continue;
    const type = tie.type ?? NO_TYPE;
    if (directed) {
      pairs.add(s * n + t, s, t, tie.strength, type, true, !tie.directed);
      if (!tie.directed) pairs.add(t * n + s, t, s, tie.strength, type, true, true);
    } else {
      const forward = tie.source < tie.target;
      const [a, b] = forward ? [s, t] : [t, s];
      pairs.add(Math.min(s, t) * n + Math.max(s, t), a, b, tie.strength, type, forward || !tie.directed, !forward || !tie.directed);
    }
  }
  const edges: number[] = [];
  for (let p = 0; p < pairs.size; p++) {
    if (view.direction === 'confirmed' && !pairs.reciprocated(p)) stats.unconfirmed += pairs.count[p] ?? 0;
    else edges.push(p);
  }
  return { ids, pairs, edges, stats };
}

/** What buildGraph's edges carry that code walking a view's ties needs. */
export interface ViewEdge { source: string; target: string; strength: number | null; weight: number }

/**
 * The view's edges as buildGraph makes them (same order, same ends, the same 'confirmed'
 * rule), without a graph: for code that only walks them. A graphology graph of 200,000
 * edges costs about a second to build, and comparing waves walked several.
 */
export function forEachViewEdge(ds: Dataset, view: NetworkView, visit: (edge: ViewEdge) => void): void {
  const { ids, pairs, edges } = mergePairs(ds, view);
  for (const p of edges) {
    const strength = pairs.strength(p);
    visit({ source: ids[pairs.source[p] ?? 0]!, target: ids[pairs.target[p] ?? 0]!, strength, weight: strength ?? 1 });
  }
}

/**
 * The view's network compiled for the metrics, as compileGraph(buildGraph(...).graph) gives
 * it, without the graphology graph: for code that only measures it (each wave's trends).
 */
export function compileView(ds: Dataset, view: NetworkView): CompiledGraph {
  const { ids, pairs, edges } = mergePairs(ds, view);
  const from = Int32Array.from(edges, (p) => pairs.source[p] ?? 0);
  const to = Int32Array.from(edges, (p) => pairs.target[p] ?? 0);
  const weight = Float64Array.from(edges, (p) => pairs.strength(p) ?? 1);
  return compileEdges(ids, view.direction === 'directed', from, to, weight);
}

export function buildGraph(ds: Dataset, view: NetworkView): { graph: NetworkGraph; stats: BuildStats } {
  const { ids, pairs, edges, stats } = mergePairs(ds, view);
  const graph: NetworkGraph = new Graph({ type: view.direction === 'directed' ? 'directed' : 'undirected', multi: false, allowSelfLoops: false });
  const labels = new Map(ds.actors.map((a) => [a.id, a.label]));
  for (const id of ids) graph.addNode(id, { label: labels.get(id) ?? id });
  for (const p of edges) {
    const strength = pairs.strength(p);
    graph.addEdge(ids[pairs.source[p] ?? 0], ids[pairs.target[p] ?? 0], {
      weight: strength ?? 1, strength, types: pairs.types(p), count: pairs.count[p] ?? 0, reciprocated: pairs.reciprocated(p),
    });
  }
  stats.edges = graph.size;
  return { graph, stats };
}

