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

/**
 * Past this many ties, the printed map draws an even sample of them (one in every k, in a fixed
 * order) and says so: 200,000 lines would make a 20 MB page that no browser previews or prints
 * smoothly, and add nothing to the picture that the layout does not already show.
 */
export const MAX_DRAWN_TIES = 15_000;

export function mapPicture(ctx: NetworkContext, analysed: AnalysedSuite, positions: Positions, colourBy: string | null, maxTies = MAX_DRAWN_TIES): MapPicture {
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
  const total = analysed.graph.size;
  const every = Math.max(1, Math.ceil(total / Math.max(1, maxTies)));
  let k = 0;
  analysed.graph.forEachEdge((_k, a, s, t) => {
    if (k++ % every === 0) edges.push({ source: s, target: t, weight: a.weight, directed: g.directed });
  });
  const sampled = every > 1 ? ` One tie in every ${every} is drawn (${edges.length.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}).` : '';
  return {
    width: 900, height: 620, nodes, edges,
    legend: colours.attribute ? { title: colours.attribute, items: colours.entries.map((e) => ({ label: `${e.value} (${e.count})`, colour: e.colour })) } : null,
    note: `Each dot is a person, sized by their ties; the ${LABELLED} people with most ties are named.${sampled}`,
  };
}

export function reportMap(ctx: NetworkContext, analysed: AnalysedSuite, positions: Positions, colourBy: string | null): ReportMap {
  const picture = mapPicture(ctx, analysed, positions, colourBy);
  return { picture, svg: mapSvg(picture) };
}
