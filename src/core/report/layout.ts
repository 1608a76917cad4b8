/**
 * Positions for a printed map when none come from the screen (the CLI): ForceAtlas2 (Jacomy et
 * al. 2014, PLoS ONE 9(6): e98679; graphology-layout-forceatlas2), run synchronously on the
 * pooled layout network (every wave and tie type, direction ignored: view/layout-edges.ts), from
 * the same seeded spiral as the app, with the app's settings. Deterministic: the same data give
 * the same map.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { LayoutEdges } from '../view/layout-edges.ts';

export type Positions = Map<string, { x: number; y: number }>;

/** A deterministic starting spiral (the golden angle spreads points evenly), as the app uses. */
export function seededPosition(i: number, n: number): { x: number; y: number } {
  const angle = i * 2.399963;
  const r = Math.sqrt((i + 0.5) / Math.max(1, n)) * 100;
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

export function layoutPositions(edges: LayoutEdges, iterations = 300): Positions {
  const n = edges.ids.length;
  const graph = new Graph({ type: 'undirected', multi: false });
  for (let i = 0; i < n; i++) graph.addNode(i, seededPosition(i, n));
  for (let e = 0; e < edges.source.length; e++) {
    const s = edges.source[e]!;
    const t = edges.target[e]!;
    if (s !== t && !graph.hasEdge(s, t)) graph.addEdge(s, t, { weight: edges.weight[e] ?? 1 });
  }
  if (graph.size > 0) {
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: n > 2000, outboundAttractionDistribution: true };
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: 'weight' });
  }
  const out: Positions = new Map();
  graph.forEachNode((key, a) => out.set(edges.ids[Number(key)]!, { x: a.x as number, y: a.y as number }));
  return out;
}
