/**
 * The network a map layout is computed on: every wave and every tie type pooled, direction
 * ignored. Laying out this union once keeps people in the same place whatever wave or filter
 * is shown, so a change between waves is seen as ties appearing and fading, not people jumping.
 */
import type { Dataset } from '../model/types.ts';
import { mergePairs } from './build.ts';
import type { NetworkView } from './view.ts';

export interface LayoutEdges {
  ids: string[];
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
}

export function pooledLayoutEdges(ds: Dataset, view: NetworkView): LayoutEdges {
  // The merged pairs, without a graph: the layout needs only their ends and counts.
  const { ids, pairs } = mergePairs(ds, { ...view, wave: null, tieTypes: null, direction: 'union', minStrength: null });
  const m = pairs.size;
  const source = Int32Array.from(pairs.source);
  const target = Int32Array.from(pairs.target);
  const weight = new Float64Array(m);
  // Ties seen in more waves and types pull harder.
  for (let e = 0; e < m; e++) weight[e] = pairs.count[e] ?? 1;
  return { ids, source, target, weight };
}
