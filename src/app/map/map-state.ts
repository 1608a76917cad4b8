/**
 * The map's short-lived state (hover, selection, a finding's evidence, hidden people) and
 * what NetworkMap does with it: sigma's reducers, each an O(1) lookup in a set computed once
 * per change; the partial redraw after the hovered or selected person changes; and the
 * persistent encodings written into the render graph.
 */
import type Graph from 'graphology';
import type Sigma from 'sigma';
import type { Attributes } from 'graphology-types';
import type { AnalysisResult } from '../../core/analyse.ts';
import type { Dataset } from '../../core/model/types.ts';
import type { ColourScale } from '../../core/view/encodings.ts';
import type { FocusTies } from './focus-ties.ts';
import type { PersonTies } from './person-ties.ts';

/** Position, colour and size of everyone, as the map's props give them. */
export interface Encodings {
  positions: Map<string, { x: number; y: number }> | null;
  colours: ColourScale;
  sizes: (i: number) => number;
}

export const FADED_NODE = '#e4e4e4';
export const EDGE_FOCUS = '#3d4a5c';
/** A hovered person's contacts are all labelled only when they are few enough to read. */
const MAX_HOVER_LABELS = 40;
export const HOVER_REST_MS = 250;

export interface Focus { id: string; neighbours: Set<string>; edges: Set<string> }
export interface Evidence { nodes: Set<string>; edges: Set<string>; pairs: [string, string][] }
export interface MapState {
  hover: Focus | null; selected: Focus | null; hidden: Set<string>; evidence: Evidence | null; large: boolean;
  /** Only the hovered or selected person's ties are in the render graph (a large map's default). */
  sparse: PersonTies | null;
  /** Where a sparse map draws its highlighted ties. */
  overlay: FocusTies | null;
}

export function neighbourhood(graph: Graph, f: MapState, id: string): Focus {
  if (f.sparse) return { id, neighbours: f.sparse.neighbours(id), edges: new Set() };
  return { id, neighbours: new Set(graph.neighbors(id)), edges: new Set(graph.edges(id)) };
}

/**
 * On a sparse map the highlighted ties are drawn on their own layer (focus-ties.ts says why):
 * a finding's evidence while it is shown, else those of the person hovered or selected.
 */
export function drawFocusTies(graph: Graph, f: MapState): void {
  if (!f.sparse || !f.overlay) return;
  const active = f.hover ?? f.selected;
  f.overlay.show(f.evidence ? f.evidence.pairs : active ? f.sparse.pairs(graph, active.id) : []);
}

export function reduceNode(f: MapState, node: string, data: Attributes): Attributes {
  if (f.hidden.size > 0 && f.hidden.has(node)) return { ...data, hidden: true };
  const active = f.hover ?? f.selected;
  if (!active && !f.evidence) return data;
  if (!active && f.evidence) {
    return f.evidence.nodes.has(node) ? { ...data, zIndex: 1, forceLabel: f.evidence.nodes.size <= 30 } : { ...data, color: FADED_NODE, label: '', zIndex: 0 };
  }
  if (!active) return data;
  if (node === active.id) return { ...data, highlighted: true, zIndex: 2, forceLabel: true };
  const labelled = f.hover !== null && active.neighbours.size <= MAX_HOVER_LABELS;
  if (active.neighbours.has(node)) return { ...data, zIndex: 1, forceLabel: labelled };
  return f.large ? data : { ...data, color: FADED_NODE, label: '', zIndex: 0 };
}

export function reduceEdge(f: MapState, graph: Graph, edge: string, data: Attributes): Attributes {
  if (f.hidden.size > 0) {
    const [s, t] = graph.extremities(edge);
    if (f.hidden.has(s) || f.hidden.has(t)) return { ...data, hidden: true };
  }
  const active = f.hover ?? f.selected;
  if (!active && !f.evidence) return data;
  if (!active && f.evidence) {
    return f.evidence.edges.has(edge) ? { ...data, color: EDGE_FOCUS, size: (data.size ?? 1) + 0.8, zIndex: 1 } : { ...data, hidden: true };
  }
  if (!active) return data;
  // On a change map the colour says how the tie changed, so hovering keeps it.
  if (active.edges.has(edge)) return { ...data, color: data.status ? data.color : EDGE_FOCUS, size: (data.size ?? 1) + 0.8, zIndex: 1 };
  return f.large ? data : { ...data, hidden: true };
}

/**
 * Redraws after the hovered or selected person changed from `before`. A small map is redrawn
 * whole (everyone else fades); a large one only in the two neighbourhoods.
 */
export function redraw(sigma: Sigma, f: MapState, before: Focus | null): void {
  const after = f.hover ?? f.selected;
  if (before === after) return;
  if (!f.large) { sigma.refresh({ skipIndexation: true }); return; }
  if (f.sparse) {
    // The ties are on their own layer: only the two neighbourhoods' people change.
    sigma.refresh({ partialGraph: { nodes: [...(before ? [before.id, ...before.neighbours] : []), ...(after ? [after.id, ...after.neighbours] : [])] }, skipIndexation: true, schedule: true });
    return;
  }
  const nodes: string[] = [];
  const edges: string[] = [];
  for (const x of [before, after]) {
    if (!x) continue;
    nodes.push(x.id, ...x.neighbours);
    edges.push(...x.edges);
  }
  sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
}

export function writeEncodings(graph: Graph, dataset: Dataset, result: AnalysisResult, e: Encodings, changed?: string[]): void {
  const byId = new Map(dataset.actors.map((a) => [a.id, a]));
  const index = new Map(result.ids.map((id, i) => [id, i]));
  graph.updateEachNodeAttributes((id, a) => {
    const pos = e.positions?.get(id);
    return { ...a, x: pos?.x ?? a.x, y: pos?.y ?? a.y, color: e.colours.colourOf(byId.get(id)), size: e.sizes(index.get(id) ?? 0) };
  }, changed ? { attributes: changed } : undefined);
}
