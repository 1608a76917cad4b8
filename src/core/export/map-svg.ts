/**
 * The network map as a standalone SVG picture with its legend, for slides, reports and print.
 * Pure (no DOM): the app downloads it or rasterises it to PNG, the report embeds it inline and
 * the CLI writes it to a file. Ties are drawn under people, thin and semi-transparent; names
 * only for the people asked for (by default the largest 15), each with a white halo so it
 * reads over ties. All text is XML-escaped (see xml.ts).
 */
import { px, xmlText } from './xml.ts';

export interface MapPicture {
  title?: string;
  width: number; height: number;            // px of the whole picture, legend included
  nodes: { id: string; label: string; x: number; y: number; size: number; colour: string; showLabel?: boolean }[];
  edges: { source: string; target: string; weight: number; directed: boolean; colour?: string }[];
  legend: { title: string; items: { label: string; colour: string }[] } | null;
  note?: string;                              // e.g. "Size: betweenness. Wave: 12 months."
}

/** How many of the largest people are named when no node says `showLabel`. */
export const DEFAULT_LABELS = 15;

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const TIE_COLOUR = '#7b8794';
const TEXT_COLOUR = '#1f2933';
const MUTED_COLOUR = '#52606d';
const MARGIN = 16;
const TITLE_HEIGHT = 34;
const NOTE_HEIGHT = 24;
const LEGEND_ROW = 18;
const LABEL_SIZE = 11;
/** Rough width of a character of the label font, to keep names inside the picture. */
const CHAR_WIDTH = 0.58 * LABEL_SIZE;

interface Box { x: number; y: number; w: number; h: number }
interface Placed { x: number; y: number; r: number }

export function mapSvg(p: MapPicture): string {
  const width = Math.max(1, p.width);
  const height = Math.max(1, p.height);
  const top = p.title ? TITLE_HEIGHT : 0;
  const bottom = p.note ? NOTE_HEIGHT : 0;
  const legendWidth = p.legend ? Math.min(220, Math.round(width * 0.3)) : 0;
  const area: Box = { x: 0, y: top, w: width - legendWidth, h: height - top - bottom };

  const placed = fitPositions(p.nodes, area);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px(width)}" height="${px(height)}" viewBox="0 0 ${px(width)} ${px(height)}"`
      + ` font-family="${xmlText(FONT)}" role="img">`,
  );
  out.push(`<title>${xmlText(p.title ?? 'Network map')}</title>`);
  out.push(`<rect class="background" x="0" y="0" width="${px(width)}" height="${px(height)}" fill="#ffffff"/>`);
  drawTies(out, p, placed);
  drawPeople(out, p, placed);
  drawLabels(out, p, placed, area);
  if (p.title) out.push(`<text class="title" x="${MARGIN}" y="${MARGIN + 7}" font-size="16" font-weight="600" fill="${TEXT_COLOUR}">${xmlText(p.title)}</text>`);
  if (p.legend) drawLegend(out, p.legend, { x: width - legendWidth, y: top, w: legendWidth, h: height - top - bottom });
  if (p.note) out.push(`<text class="note" x="${MARGIN}" y="${px(height - 8)}" font-size="11" fill="${MUTED_COLOUR}">${xmlText(p.note)}</text>`);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/**
 * Layout coordinates into the drawing area, keeping the aspect ratio and centring; y points up
 * in the layout (as in sigma) and down in SVG. The margin leaves room for the largest circle,
 * so every person lies wholly inside. People without a position are put in the middle.
 */
function fitPositions(nodes: MapPicture['nodes'], area: Box): Map<string, Placed> {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity, maxR = 0;
  for (const n of nodes) {
    if (Number.isFinite(n.x) && Number.isFinite(n.y)) {
      if (n.x < minX) minX = n.x;
      if (n.x > maxX) maxX = n.x;
      if (n.y < minY) minY = n.y;
      if (n.y > maxY) maxY = n.y;
    }
    if (radius(n.size) > maxR) maxR = radius(n.size);
  }
  const pad = MARGIN + maxR;
  const innerW = Math.max(0, area.w - 2 * pad);
  const innerH = Math.max(0, area.h - 2 * pad);
  const spanX = maxX - minX, spanY = maxY - minY;
  const scale = Math.min(spanX > 0 ? innerW / spanX : Infinity, spanY > 0 ? innerH / spanY : Infinity);
  const k = Number.isFinite(scale) ? scale : 0;
  const midX = Number.isFinite(minX) ? (minX + maxX) / 2 : 0;
  const midY = Number.isFinite(minY) ? (minY + maxY) / 2 : 0;
  const cx = area.x + area.w / 2, cy = area.y + area.h / 2;
  const placed = new Map<string, Placed>();
  for (const n of nodes) {
    const ok = Number.isFinite(n.x) && Number.isFinite(n.y);
    placed.set(n.id, {
      x: ok ? cx + (n.x - midX) * k : cx,
      y: ok ? cy - (n.y - midY) * k : cy,
      r: radius(n.size),
    });
  }
  return placed;
}

function radius(size: number): number {
  return Number.isFinite(size) && size > 0 ? size : 3;
}

/** Tie width grows with the square root of its weight, from 0.6 to 2 px. */
function drawTies(out: string[], p: MapPicture, placed: Map<string, Placed>): void {
  let maxWeight = 0;
  for (const e of p.edges) if (Number.isFinite(e.weight) && e.weight > maxWeight) maxWeight = e.weight;
  const arrows = new Map<string, string>();
  const lines: string[] = [];
  for (const e of p.edges) {
    const a = placed.get(e.source), b = placed.get(e.target);
    if (!a || !b || e.source === e.target) continue;
    const colour = e.colour ?? TIE_COLOUR;
    const w = maxWeight > 0 && e.weight > 0 ? 0.6 + 1.4 * Math.sqrt(e.weight / maxWeight) : 0.6;
    let end = { x: b.x, y: b.y };
    let marker = '';
    if (e.directed) {
      // Stop at the edge of the target's circle, so the arrowhead shows.
      const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy);
      if (len > b.r + 1) end = { x: b.x - (dx / len) * (b.r + 1), y: b.y - (dy / len) * (b.r + 1) };
      if (!arrows.has(colour)) arrows.set(colour, `kith-arrow-${arrows.size}-${colour.replace(/[^A-Za-z0-9]/g, '')}`);
      marker = ` marker-end="url(#${arrows.get(colour)})"`;
    }
    const stroke = e.colour ? ` stroke="${xmlText(colour)}"` : '';
    lines.push(`<line x1="${px(a.x)}" y1="${px(a.y)}" x2="${px(end.x)}" y2="${px(end.y)}" stroke-width="${px(w)}"${stroke}${marker}/>`);
  }
  if (arrows.size > 0) {
    out.push('<defs>');
    for (const [colour, id] of arrows) {
      out.push(`<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" markerUnits="userSpaceOnUse" orient="auto">`
        + `<path d="M0,0 L10,5 L0,10 z" fill="${xmlText(colour)}" fill-opacity="0.55"/></marker>`);
    }
    out.push('</defs>');
  }
  out.push(`<g class="ties" stroke="${TIE_COLOUR}" stroke-opacity="0.4" stroke-linecap="round">`, ...lines, '</g>');
}

/** Smaller people first, so the large (the ones the size metric picks out) sit on top. */
function drawPeople(out: string[], p: MapPicture, placed: Map<string, Placed>): void {
  const order = p.nodes.map((_, i) => i).sort((i, j) => radius(p.nodes[i]!.size) - radius(p.nodes[j]!.size));
  out.push('<g class="people" stroke="#ffffff" stroke-width="0.75">');
  for (const i of order) {
    const n = p.nodes[i]!;
    const at = placed.get(n.id)!;
    out.push(`<circle cx="${px(at.x)}" cy="${px(at.y)}" r="${px(at.r)}" fill="${xmlText(n.colour)}"><title>${xmlText(n.label)}</title></circle>`);
  }
  out.push('</g>');
}

/** Which people are named: those marked `showLabel`, or if nobody is marked, the largest 15. */
export function labelledIds(nodes: MapPicture['nodes']): Set<string> {
  if (nodes.some((n) => n.showLabel !== undefined)) return new Set(nodes.filter((n) => n.showLabel).map((n) => n.id));
  const largest = [...nodes].sort((a, b) => radius(b.size) - radius(a.size)).slice(0, DEFAULT_LABELS);
  return new Set(largest.map((n) => n.id));
}

/** Names to the right of the circle, or to its left where they would leave the drawing. */
function drawLabels(out: string[], p: MapPicture, placed: Map<string, Placed>, area: Box): void {
  const named = labelledIds(p.nodes);
  out.push(`<g class="labels" font-size="${LABEL_SIZE}" fill="${TEXT_COLOUR}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">`);
  for (const n of p.nodes) {
    if (!named.has(n.id)) continue;
    const at = placed.get(n.id)!;
    const label = n.label.length > 40 ? `${n.label.slice(0, 39)}…` : n.label;
    const right = at.x + at.r + 3 + label.length * CHAR_WIDTH <= area.x + area.w - 4;
    const x = right ? at.x + at.r + 3 : at.x - at.r - 3;
    out.push(`<text x="${px(x)}" y="${px(at.y + LABEL_SIZE * 0.35)}"${right ? '' : ' text-anchor="end"'}>${xmlText(label)}</text>`);
  }
  out.push('</g>');
}

/** The colour key: a title and one swatch a value; values that do not fit are counted. */
function drawLegend(out: string[], legend: NonNullable<MapPicture['legend']>, box: Box): void {
  const x = box.x + 8;
  const rows = Math.max(1, Math.floor((box.h - 2 * MARGIN - 24) / LEGEND_ROW));
  const shown = legend.items.length > rows ? legend.items.slice(0, rows - 1) : legend.items;
  const maxChars = Math.max(4, Math.floor((box.w - 36) / (0.56 * 12)));
  out.push('<g class="legend">');
  out.push(`<text x="${px(x)}" y="${px(box.y + MARGIN + 12)}" font-size="13" font-weight="600" fill="${TEXT_COLOUR}">${xmlText(clip(legend.title, maxChars))}</text>`);
  shown.forEach((item, k) => {
    const y = box.y + MARGIN + 24 + k * LEGEND_ROW;
    out.push(`<rect x="${px(x)}" y="${px(y + 2)}" width="12" height="12" rx="6" fill="${xmlText(item.colour)}"/>`
      + `<text x="${px(x + 18)}" y="${px(y + 12)}" font-size="12" fill="${TEXT_COLOUR}">${xmlText(clip(item.label, maxChars))}</text>`);
  });
  if (shown.length < legend.items.length) {
    const y = box.y + MARGIN + 24 + shown.length * LEGEND_ROW;
    out.push(`<text x="${px(x + 18)}" y="${px(y + 12)}" font-size="12" fill="${MUTED_COLOUR}">and ${legend.items.length - shown.length} more</text>`);
  }
  out.push('</g>');
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
