/**
 * The map as a picture: the network the map shows (exportNetwork) drawn by mapSvg, with
 * the colour key and a note saying what size means and which view it is, so that a picture
 * pasted into a slide still says what it shows.
 */
import { nodeMetricRegistry, type NodeMetricId } from '../metrics/registry.ts';
import type { Dataset } from '../model/types.ts';
import { describeView, type NetworkView } from '../view/view.ts';
import type { MapPicture } from './map-svg.ts';
import type { ExportNetwork } from './network.ts';

export const PICTURE_SIZE = { width: 1200, height: 800 };

export function mapPictureOf(net: ExportNetwork, opts: { title?: string; note?: string; width?: number; height?: number } = {}): MapPicture {
  return {
    ...(opts.title ? { title: opts.title } : {}),
    ...(opts.note ? { note: opts.note } : {}),
    width: opts.width ?? PICTURE_SIZE.width,
    height: opts.height ?? PICTURE_SIZE.height,
    nodes: net.nodes.map((n) => ({ id: n.id, label: n.label, x: n.x ?? NaN, y: n.y ?? NaN, size: n.size, colour: n.colour })),
    edges: net.edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight, directed: net.directed })),
    legend: net.legend,
  };
}

/**
 * "Circle size: Betweenness. Wave: 2024 · all tie types · …. Not shown: 36 people (sector:
 * Acute trust).": what size means, what the map rests on, and who the filters left out, so a
 * picture of part of the network never passes for the whole.
 */
export function pictureNote(ds: Dataset, view: NetworkView, sizeBy: NodeMetricId | null, left?: { count: number; hidden: Record<string, string[]> }): string {
  const size = nodeMetricRegistry.find((m) => m.id === sizeBy);
  const rules = Object.entries(left?.hidden ?? {}).filter(([, v]) => v.length > 0).map(([k, v]) => `${k}: ${v.join(', ')}`);
  const notShown = left && left.count > 0 ? ` Not shown: ${left.count === 1 ? '1 person' : `${left.count} people`}${rules.length ? ` (${rules.join('; ')})` : ''}.` : '';
  return `${size ? `Circle size: ${size.label}.` : 'Everyone drawn the same size.'} ${describeView(view, ds)}.${notShown}`;
}
