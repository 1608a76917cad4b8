/**
 * The report's map: the view's network at the positions handed in (the screen's layout, or one
 * computed for the report), coloured by an attribute with its legend and sized by ties, as the
 * map on screen draws it (view/encodings.ts). Drawn as SVG by the exports' map writer
 * (export/map-svg.ts), so the report's map and the exported picture are the same drawing.
 */
import type { AnalysedSuite } from '../analyse.ts';
import { mapSvg, type MapPicture } from '../export/map-svg.ts';
import type { NetworkContext } from '../findings/types.ts';
import { colourScale, sizeScale } from '../view/encodings.ts';
import { seededPosition, type Positions } from './layout.ts';

export interface ReportMap {
  picture: MapPicture;
  svg: string;
}

/** People labelled on the printed map: the few with most ties, so the picture stays legible. */
const LABELLED = 8;

export function mapPicture(ctx: NetworkContext, analysed: AnalysedSuite, positions: Positions, colourBy: string | null): MapPicture {
  const { g } = ctx;
  const byId = new Map(ctx.dataset.actors.map((a) => [a.id, a]));
  const colours = colourScale(ctx.dataset, colourBy);
  const degree = ctx.suite.nodes.degree;
  const size = sizeScale(degree);
  const labelled = new Set([...g.ids.keys()].filter((v) => degree[v]! > 0)
    .sort((a, b) => degree[b]! - degree[a]! || (ctx.labels[a]! < ctx.labels[b]! ? -1 : 1)).slice(0, LABELLED));
  const nodes = g.ids.map((id, v) => {
    const p = positions.get(id) ?? seededPosition(v, g.n);
    return { id, label: ctx.labels[v]!, x: p.x, y: p.y, size: size(v), colour: colours.colourOf(byId.get(id)), showLabel: labelled.has(v) };
  });
  const edges: MapPicture['edges'] = [];
  analysed.graph.forEachEdge((_k, a, s, t) => edges.push({ source: s, target: t, weight: a.weight, directed: g.directed }));
  return {
    width: 900, height: 620, nodes, edges,
    legend: colours.attribute ? { title: colours.attribute, items: colours.entries.map((e) => ({ label: `${e.value} (${e.count})`, colour: e.colour })) } : null,
    note: `Each dot is a person, sized by their ties; the ${LABELLED} people with most ties are named.`,
  };
}

export function reportMap(ctx: NetworkContext, analysed: AnalysedSuite, positions: Positions, colourBy: string | null): ReportMap {
  const picture = mapPicture(ctx, analysed, positions, colourBy);
  return { picture, svg: mapSvg(picture) };
}
