/**
 * The sigma map. Persistent encodings (position, colour, size) are written into the render
 * graph when they change; the reducers carry only short-lived state (hover, selection,
 * hidden people), each an O(1) lookup in a set computed once per change.
 */
import Graph from 'graphology';
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import type { AnalysisResult } from '../../core/analyse.ts';
import type { Dataset } from '../../core/model/types.ts';
import { select } from '../state/actions.ts';
import type { Focus as FindingFocus } from '../state/store.ts';
import { CHANGE_COLOURS, onSide, type ChangeOverlay, type ColourScale } from '../../core/view/encodings.ts';

interface Props {
  dataset: Dataset;
  result: AnalysisResult;
  positions: Map<string, { x: number; y: number }> | null;
  colours: ColourScale;
  sizes: (i: number) => number;
  hidden: Set<string>;
  selected: string | null;
  /** Set by the search box: the person to zoom to, with a counter so the same name zooms again. */
  zoomTo: { id: string; n: number } | null;
  resetCount: number;
  focus: FindingFocus | null;
  /** When set, the map shows the ties of two waves coloured by how they changed. */
  change: ChangeOverlay | null;
}


const FADED_NODE = '#e4e4e4';
const EDGE = '#c9ced6';
const EDGE_FOCUS = '#3d4a5c';

interface Focus { id: string; neighbours: Set<string> }
interface Evidence { nodes: Set<string>; edges: Set<string> }

export function NetworkMap({ dataset, result, positions, colours, sizes, hidden, selected, zoomTo, resetCount, focus: focusOn, change }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma | null>(null);
  const graphRef = useRef(new Graph({ type: 'directed', multi: false }));
  const focus = useRef<{ hover: Focus | null; selected: Focus | null; hidden: Set<string>; evidence: Evidence | null }>({ hover: null, selected: null, hidden: new Set(), evidence: null });

  // One sigma instance for the life of the component.
  useEffect(() => {
    const graph = graphRef.current;
    const neighbourhood = (id: string): Focus => ({ id, neighbours: new Set(graph.neighbors(id)) });
    const sigma = new Sigma(graph, container.current as HTMLDivElement, {
      hideEdgesOnMove: true,
      labelRenderedSizeThreshold: 9,
      labelDensity: 0.6,
      zIndex: true,
      defaultEdgeColor: EDGE,
      nodeReducer: (node, data) => {
        const f = focus.current;
        if (f.hidden.has(node)) return { ...data, hidden: true };
        const active = f.hover ?? f.selected;
        if (!active && f.evidence) {
          return f.evidence.nodes.has(node) ? { ...data, zIndex: 1, forceLabel: f.evidence.nodes.size <= 30 } : { ...data, color: FADED_NODE, label: '', zIndex: 0 };
        }
        if (!active) return data;
        if (node === active.id) return { ...data, highlighted: true, zIndex: 2, forceLabel: true };
        if (active.neighbours.has(node)) return { ...data, zIndex: 1, forceLabel: f.hover !== null };
        return { ...data, color: FADED_NODE, label: '', zIndex: 0 };
      },
      edgeReducer: (edge, data) => {
        const f = focus.current;
        const [s, t] = graph.extremities(edge);
        if (f.hidden.has(s) || f.hidden.has(t)) return { ...data, hidden: true };
        const active = f.hover ?? f.selected;
        if (!active && f.evidence) {
          return f.evidence.edges.has(edge) ? { ...data, color: EDGE_FOCUS, size: (data.size ?? 1) + 0.8, zIndex: 1 } : { ...data, hidden: true };
        }
        if (!active) return data;
        // On a change map the colour says how the tie changed, so hovering keeps it.
        if (s === active.id || t === active.id) return { ...data, color: graph.getEdgeAttribute(edge, 'status') ? data.color : EDGE_FOCUS, size: (data.size ?? 1) + 0.8, zIndex: 1 };
        return { ...data, hidden: true };
      },
    });
    sigma.on('enterNode', ({ node }) => { focus.current.hover = neighbourhood(node); sigma.refresh({ skipIndexation: true }); });
    sigma.on('leaveNode', () => { focus.current.hover = null; sigma.refresh({ skipIndexation: true }); });
    sigma.on('clickNode', ({ node }) => select(node));
    sigma.on('clickStage', () => select(null));
    sigmaRef.current = sigma;
    // A handle for browser tests and for people debugging a map: where a person is drawn.
    (window as unknown as { kithMap?: unknown }).kithMap = {
      order: () => graph.order,
      visibleCount: () => graph.filterNodes((n) => !focus.current.hidden.has(n)).length,
      edgeCount: () => graph.size,
      evidenceCount: () => (focus.current.evidence ? graph.filterNodes((n) => focus.current.evidence?.nodes.has(n) ?? false).length : 0),
      viewportPosition: (id: string) => (graph.hasNode(id) ? sigma.graphToViewport(graph.getNodeAttributes(id) as { x: number; y: number }) : null),
    };
    return () => { sigma.kill(); sigmaRef.current = null; };
  }, []);

  // The network of the view: rebuilt when the analysis changes.
  useEffect(() => {
    const graph = graphRef.current;
    const sigma = sigmaRef.current;
    graph.clear();
    const byId = new Map(dataset.actors.map((a) => [a.id, a]));
    const { ids } = result;
    ids.forEach((id) => {
      graph.addNode(id, { label: byId.get(id)?.label ?? id, x: 0, y: 0, size: 5, color: '#999' });
    });
    if (change) {
      const type = change.directed ? 'arrow' : 'line';
      for (const t of change.ties) {
        if (!onSide(t.status, change.side) || !graph.hasNode(t.source) || !graph.hasNode(t.target) || graph.hasEdge(t.source, t.target)) continue;
        graph.addEdge(t.source, t.target, { size: t.status === 'unknown' ? 0.6 : 1.2, type, color: CHANGE_COLOURS[t.status].colour, status: t.status });
      }
      focus.current.hover = null;
      sigma?.refresh();
      return;
    }
    const type = result.directed ? 'arrow' : 'line';
    for (let e = 0; e < result.edgeSource.length; e++) {
      const s = ids[result.edgeSource[e] ?? -1];
      const t = ids[result.edgeTarget[e] ?? -1];
      if (s === undefined || t === undefined || graph.hasEdge(s, t)) continue;
      const w = result.edgeWeight[e] ?? 1;
      graph.addEdge(s, t, { size: 0.6 + Math.min(2, w * 0.3), type, color: EDGE });
    }
    focus.current.hover = null;
    sigma?.refresh();
  }, [dataset, result, change]);

  // Persistent encodings, written into the render graph.
  useEffect(() => {
    const graph = graphRef.current;
    const byId = new Map(dataset.actors.map((a) => [a.id, a]));
    const index = new Map(result.ids.map((id, i) => [id, i]));
    graph.updateEachNodeAttributes((id, a) => {
      const pos = positions?.get(id);
      return { ...a, x: pos?.x ?? a.x, y: pos?.y ?? a.y, color: colours.colourOf(byId.get(id)), size: sizes(index.get(id) ?? 0) };
    });
    sigmaRef.current?.refresh();
  }, [dataset, result, positions, colours, sizes]);

  // Hidden people and the selection, read by the reducers.
  useEffect(() => {
    const graph = graphRef.current;
    focus.current.hidden = hidden;
    focus.current.selected = selected && graph.hasNode(selected)
      ? { id: selected, neighbours: new Set(graph.neighbors(selected)) } : null;
    sigmaRef.current?.refresh({ skipIndexation: true });
  }, [hidden, selected, result]);

  // A finding's evidence: its ties found in the map's graph once, so reducers only look up.
  useEffect(() => {
    const graph = graphRef.current;
    if (!focusOn) { focus.current.evidence = null; sigmaRef.current?.refresh({ skipIndexation: true }); return; }
    const edges = new Set<string>();
    for (const [s, t] of focusOn.edges) {
      if (!graph.hasNode(s) || !graph.hasNode(t)) continue;
      const key = graph.edge(s, t) ?? graph.edge(t, s);
      if (key !== undefined) edges.add(key);
    }
    focus.current.evidence = { nodes: new Set(focusOn.nodes), edges };
    sigmaRef.current?.refresh({ skipIndexation: true });
  }, [focusOn, result]);

  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma || !zoomTo || !graphRef.current.hasNode(zoomTo.id)) return;
    const d = sigma.getNodeDisplayData(zoomTo.id);
    if (d) void sigma.getCamera().animate({ x: d.x, y: d.y, ratio: 0.25 }, { duration: 500 });
  }, [zoomTo]);

  useEffect(() => {
    if (resetCount > 0) void sigmaRef.current?.getCamera().animatedReset({ duration: 400 });
  }, [resetCount]);

  return <div ref={container} className="map-canvas" data-testid="map" aria-label="Network map" role="img" />;
}
