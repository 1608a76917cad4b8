/**
 * The sigma map. Persistent encodings (position, colour, size) are written into the render
 * graph when they change; the reducers carry only short-lived state (map-state.ts).
 *
 * Large networks (more than LARGE_MAP_TIES ties): the render graph is built in slices and
 * handed over whole; people are points; sigma's graph holds no ties: those of the person
 * pointed at or selected are drawn on a layer of their own (focus-ties.ts), and every tie,
 * on request, on another (all-ties.ts); hover and selection highlight without fading the
 * rest, so that only two neighbourhoods are redrawn (sigma's partial refresh).
 */
import Graph from 'graphology';
import { useEffect, useMemo, useRef, useState } from 'react';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { AnalysisResult } from '../../core/analyse.ts';
import type { Dataset } from '../../core/model/types.ts';
import { select } from '../state/actions.ts';
import { store, type Focus as FindingFocus } from '../state/store.ts';
import type { ChangeOverlay, ColourScale } from '../../core/view/encodings.ts';
import { pickOnCpu } from './picking.ts';
import { NodeCircleWithoutPicking, NodePointWithoutPicking } from './programs.ts';
import { AllTies } from './all-ties.ts';
import { FocusTies } from './focus-ties.ts';
import { drawFocusTies, EDGE_FOCUS, HOVER_REST_MS, neighbourhood, redraw, reduceEdge, reduceNode, writeEncodings, type MapState } from './map-state.ts';
import { PersonTies } from './person-ties.ts';
import { changeLines, resultLines } from './tie-lines.ts';
import { buildRenderGraph, EDGE, isLargeMap, LARGE_NODE } from './render-graph.ts';

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
  /** Only these people and their ties (one group opened from the groups map); null for everyone. */
  only?: ReadonlySet<string> | null;
}

export function NetworkMap({ dataset, result, positions, colours, sizes: metricSizes, hidden, selected, zoomTo, resetCount, focus: focusOn, change, only = null }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma | null>(null);
  const allTiesLayer = useRef<AllTies | null>(null);
  const graphRef = useRef(new Graph({ type: 'directed', multi: false }));
  /** The analysis the graph on screen was built from. */
  const builtFor = useRef<AnalysisResult | null>(null);
  const positioned = useRef(false);
  const builds = useRef(0);
  const [graphVersion, setGraphVersion] = useState(0);
  const focus = useRef<MapState>({ hover: null, selected: null, hidden: new Set(), evidence: null, large: false, sparse: null, overlay: null });
  const directed = useRef(result.directed);
  directed.current = change ? change.directed : result.directed;
  // On a large map people are drawn smaller: 20,000 full-size discs are a blot (and cost the
  // graphics card four times the pixels).
  const large = isLargeMap(result, only);
  const sizes = useMemo(() => (large ? (i: number) => 0.6 * metricSizes(i) : metricSizes), [large, metricSizes]);
  // The latest encodings, read when a render graph is built.
  const latest = useRef({ positions, colours, sizes });
  latest.current = { positions, colours, sizes };

  // One sigma instance for the life of the component.
  useEffect(() => {
    const sigma = new Sigma(graphRef.current, container.current as HTMLDivElement, {
      hideEdgesOnMove: true,
      labelRenderedSizeThreshold: 9,
      labelDensity: 0.6,
      zIndex: true,
      defaultEdgeColor: EDGE,
      nodeProgramClasses: { circle: NodeCircleWithoutPicking, [LARGE_NODE]: NodePointWithoutPicking },
      edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeRectangleProgram },
      nodeReducer: (node, data) => reduceNode(focus.current, node, data),
      edgeReducer: (edge, data) => reduceEdge(focus.current, graphRef.current, edge, data),
    });
    const stopPicking = pickOnCpu(sigma);
    const state = focus.current;
    state.overlay = new FocusTies(sigma, EDGE_FOCUS, () => directed.current);
    const setHover = (node: string | null): void => {
      const f = focus.current;
      const before = f.hover ?? f.selected;
      f.hover = node !== null && graphRef.current.hasNode(node) ? neighbourhood(graphRef.current, f, node) : null;
      drawFocusTies(graphRef.current, f);
      redraw(sigma, f, before);
    };
    // On a large map a person's ties are highlighted once the pointer rests on them, so that
    // sweeping across the map redraws nothing (sigma draws the name under the pointer itself).
    let resting: ReturnType<typeof setTimeout> | undefined;
    sigma.on('enterNode', ({ node }) => {
      clearTimeout(resting);
      if (focus.current.large) resting = setTimeout(() => setHover(node), HOVER_REST_MS);
      else setHover(node);
    });
    sigma.on('leaveNode', () => {
      clearTimeout(resting);
      if (focus.current.hover) setHover(null);
    });
    sigma.on('clickNode', ({ node }) => select(node));
    sigma.on('clickStage', () => select(null));
    sigmaRef.current = sigma;
    // A handle for browser tests, the benchmark and people debugging a map.
    (window as unknown as { kithMap?: unknown }).kithMap = {
      order: () => graphRef.current.order,
      visibleCount: () => graphRef.current.filterNodes((n) => !focus.current.hidden.has(n)).length,
      edgeCount: () => graphRef.current.size,
      /** Ties highlighted on a large map's own layer (the person pointed at or selected, or a finding's). */
      focusTieCount: () => focus.current.overlay?.count ?? 0,
      /** Ties drawn by a large map's every-tie layer (0 when it draws only one person's). */
      allTieCount: () => allTiesLayer.current?.count ?? 0,
      evidenceCount: () => (focus.current.evidence ? graphRef.current.filterNodes((n) => focus.current.evidence?.nodes.has(n) ?? false).length : 0),
      viewportPosition: (id: string) => (graphRef.current.hasNode(id) ? sigma.graphToViewport(graphRef.current.getNodeAttributes(id) as { x: number; y: number }) : null),
      positioned: () => positioned.current,
      status: () => ({ analysis: store.get().analysis.status, layout: store.get().layout.status, findings: store.get().findings.status }),
      someIds: (k: number) => graphRef.current.nodes().slice(0, k),
      builds: () => builds.current,
    };
    const layers = allTiesLayer;
    return () => {
      clearTimeout(resting); stopPicking(); state.overlay?.kill(); state.overlay = null;
      layers.current?.kill(); layers.current = null;
      sigma.kill(); sigmaRef.current = null;
    };
  }, []);

  // The network of the view, built in slices and swapped in when the analysis changes.
  // A large map's ties are never sigma's edges: its lines (the network's, or a change map's)
  // are drawn by a layer of their own (all-ties.ts says why), made on first use: a change
  // map's always, the network's every tie when asked.
  const [allTies, setAllTies] = useState(false);
  const withTies = !large;
  const lines = useMemo(() => (!large ? null : change ? changeLines(change, result.ids) : resultLines(result)), [large, change, result]);
  const drawingAll = large && (change !== null || allTies);
  // A large map's graph holds people only, so a change map (or its side) needs no new one.
  const graphChange = large ? null : change;
  // Who is tied to whom on a large map, for highlighting: the lines drawn.
  useEffect(() => {
    const f = focus.current;
    f.sparse = lines ? new PersonTies(lines) : null;
    // The person highlighted keeps their highlight, with the ties now drawn.
    if (f.sparse && f.selected) f.selected = neighbourhood(graphRef.current, f, f.selected.id);
    if (f.sparse && f.hover) f.hover = neighbourhood(graphRef.current, f, f.hover.id);
    drawFocusTies(graphRef.current, f);
    sigmaRef.current?.scheduleRender();
  }, [lines]);
  useEffect(() => {
    let cancelled = false;
    const { positions: p, colours: c, sizes: z } = latest.current;
    void buildRenderGraph({ dataset, result, change: graphChange, positions: p, colours: c, sizes: z, withTies, only }, () => cancelled).then((graph) => {
      const sigma = sigmaRef.current;
      if (cancelled || !graph || !sigma) return;
      // Encodings that changed while the graph was being built.
      if (latest.current.positions !== p || latest.current.colours !== c || latest.current.sizes !== z) writeEncodings(graph, dataset, result, latest.current);
      const f = focus.current;
      f.hover = null;
      f.large = large;
      f.selected = null;
      f.evidence = null;
      f.overlay?.show([]);
      if (sigma.getSetting('zIndex') === large) sigma.setSetting('zIndex', !large);
      graphRef.current = graph;
      builtFor.current = result;
      positioned.current = latest.current.positions !== null && graph.order > 0;
      sigma.setGraph(graph);
      builds.current++;
      setGraphVersion((v) => v + 1);
    });
    return () => { cancelled = true; };
  }, [dataset, result, graphChange, withTies, large, only]);
  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma) return;
    if (drawingAll && !allTiesLayer.current) allTiesLayer.current = new AllTies(sigma, EDGE);
    allTiesLayer.current?.show(drawingAll ? lines : null);
  }, [drawingAll, lines, graphVersion]);
  // The choice to draw every tie is made again for each network.
  const [tiesFor, setTiesFor] = useState(result);
  if (tiesFor !== result) { setTiesFor(result); setAllTies(false); }

  // Persistent encodings, written into the render graph; sigma redraws only what they touch.
  const written = useRef({ positions, colours, sizes });
  useEffect(() => {
    const before = written.current;
    written.current = { positions, colours, sizes };
    const changed = [
      ...(before.positions !== positions ? ['x', 'y'] : []), ...(before.colours !== colours ? ['color'] : []), ...(before.sizes !== sizes ? ['size'] : []),
    ];
    // A new network's graph is on its way with these encodings: writing them into the old
    // one would make sigma re-process 20,000 people for nothing.
    if (changed.length === 0 || graphRef.current.order === 0 || builtFor.current !== result) return;
    writeEncodings(graphRef.current, dataset, result, { positions, colours, sizes }, changed);
    positioned.current = positions !== null;
  }, [dataset, result, positions, colours, sizes]);

  // Hidden people and the selection, read by the reducers.
  const shownHidden = useRef(hidden);
  useEffect(() => {
    const sigma = sigmaRef.current;
    const graph = graphRef.current;
    const f = focus.current;
    const before = f.hover ?? f.selected;
    f.selected = selected && graph.hasNode(selected) ? neighbourhood(graph, f, selected) : null;
    drawFocusTies(graph, f);
    if (shownHidden.current !== hidden) {
      shownHidden.current = hidden;
      f.hidden = hidden;
      sigma?.refresh({ skipIndexation: true });
    } else if (sigma) redraw(sigma, f, before);
  }, [hidden, selected, graphVersion, result]);

  // A finding's evidence: its ties found in the map's graph once, so reducers only look up
  // (a sparse map draws them on its own layer instead).
  useEffect(() => {
    const graph = graphRef.current;
    const f = focus.current;
    if (!focusOn) {
      if (f.evidence) {
        f.evidence = null;
        drawFocusTies(graph, f);
        sigmaRef.current?.refresh({ skipIndexation: true });
      }
      return;
    }
    const edges = new Set<string>();
    const pairs: [string, string][] = [];
    for (const [s, t] of focusOn.edges) {
      if (!graph.hasNode(s) || !graph.hasNode(t)) continue;
      pairs.push([s, t]);
      const key = f.sparse ? undefined : graph.edge(s, t) ?? graph.edge(t, s);
      if (key !== undefined) edges.add(key);
    }
    f.evidence = { nodes: new Set(focusOn.nodes), edges, pairs };
    drawFocusTies(graph, f);
    sigmaRef.current?.refresh({ skipIndexation: true });
  }, [focusOn, graphVersion, result]);

  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma || !zoomTo || !graphRef.current.hasNode(zoomTo.id)) return;
    const d = sigma.getNodeDisplayData(zoomTo.id);
    if (d) void sigma.getCamera().animate({ x: d.x, y: d.y, ratio: 0.25 }, { duration: 500 });
  }, [zoomTo]);

  useEffect(() => {
    if (resetCount > 0) void sigmaRef.current?.getCamera().animatedReset({ duration: 400 });
  }, [resetCount]);

  return (
    <>
      <div ref={container} className="map-canvas" data-testid="map" aria-label="Network map" role="img" />
      {large && !change ? (
        <div className="map-ties" role="status" data-testid="map-ties">
          {allTies ? (
            <button onClick={() => setAllTies(false)} data-testid="ties-few">Draw only the ties of the person you point at</button>
          ) : (
            <>
              <span>{result.edgeSource.length.toLocaleString('en-GB')} ties: those of the person you point at or select are drawn.</span>
              <button onClick={() => setAllTies(true)} data-testid="ties-all" title="Every tie at once, as thin grey lines">Draw every tie</button>
            </>
          )}
        </div>
      ) : null}
    </>
  );
}
