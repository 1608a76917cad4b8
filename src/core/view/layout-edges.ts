/**
 * The network a map layout is computed on: every wave and every tie type pooled, direction
 * ignored. Laying out this union once keeps people in the same place whatever wave or filter
 * is shown, so a change between waves is seen as ties appearing and fading, not people jumping.
 */
import type { Dataset } from '../model/types.ts';
import { buildGraph } from './build.ts';
import type { NetworkView } from './view.ts';

export interface LayoutEdges {
  ids: string[];
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
}

export function pooledLayoutEdges(ds: Dataset, view: NetworkView): LayoutEdges {
  const { graph } = buildGraph(ds, { ...view, wave: null, tieTypes: null, direction: 'union', minStrength: null });
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const m = graph.size;
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const weight = new Float64Array(m);
  let e = 0;
  graph.forEachEdge((_k, a, s, t) => {
    source[e] = index.get(s) ?? 0;
    target[e] = index.get(t) ?? 0;
    weight[e] = a.count; // ties seen in more waves and types pull harder
    e++;
  });
  return { ids, source, target, weight };
}
