/**
 * Where everything in a map picture goes, in picture pixels: the ties, the people, their
 * names, the title, the colour key and the note. Drawn by two renderers that must agree:
 * map-svg.ts (a standalone SVG file) and map-canvas.ts (a PNG, drawn in a worker).
 */

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

export const STYLE = {
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
  tie: '#7b8794',
  text: '#1f2933',
  muted: '#52606d',
  labelSize: 11,
  noteSize: 11,
  legendSize: 12,
  legendTitleSize: 13,
  titleSize: 16,
  /** Arrowhead length in px (its half-width is half that). */
  arrow: 5,
};

const MARGIN = 16;
const TITLE_HEIGHT = 34;
const NOTE_LINE = 14;
const LEGEND_ROW = 18;
/** Rough width of a character of the label font, to keep names inside the picture. */
const CHAR_WIDTH = 0.58 * STYLE.labelSize;

export interface SceneTie { x1: number; y1: number; x2: number; y2: number; width: number; colour: string | null; arrow: boolean }
export interface SceneText { x: number; y: number; text: string; anchor: 'start' | 'end' }

export interface Scene {
  width: number;
  height: number;
  title: SceneText | null;
  /** The alt text: the title, or "Network map". */
  name: string;
  ties: SceneTie[];
  tieOpacity: number;
  /** In drawing order: smaller people first, so the large sit on top. */
  people: { x: number; y: number; r: number; colour: string; label: string }[];
  labels: SceneText[];
  legend: { title: SceneText; items: { swatch: { x: number; y: number; colour: string }; text: SceneText }[]; more: SceneText | null } | null;
  note: SceneText[];
}

interface Box { x: number; y: number; w: number; h: number }
interface Placed { x: number; y: number; r: number }

export function mapScene(p: MapPicture): Scene {
  const width = Math.max(1, p.width);
  const height = Math.max(1, p.height);
  const top = p.title ? TITLE_HEIGHT : 0;
  const noteLines = p.note ? wrap(p.note, Math.max(20, Math.floor((width - 2 * MARGIN) / (0.55 * STYLE.noteSize))), 3) : [];
  const bottom = noteLines.length > 0 ? 10 + NOTE_LINE * noteLines.length : 0;
  const legendWidth = p.legend ? Math.min(220, Math.round(width * 0.3)) : 0;
  const area: Box = { x: 0, y: top, w: width - legendWidth, h: height - top - bottom };
  const placed = fitPositions(p.nodes, area);
  const ties = placeTies(p, placed);
  const firstNote = height - 8 - NOTE_LINE * (noteLines.length - 1);
  return {
    width, height,
    title: p.title ? { x: MARGIN, y: MARGIN + 7, text: p.title, anchor: 'start' } : null,
    name: p.title ?? 'Network map',
    ties,
    tieOpacity: tieOpacity(ties.length),
    people: p.nodes.map((_, i) => i).sort((i, j) => radius(p.nodes[i]!.size) - radius(p.nodes[j]!.size)).map((i) => {
      const n = p.nodes[i]!, at = placed.get(n.id)!;
      return { x: at.x, y: at.y, r: at.r, colour: n.colour, label: n.label };
    }),
    labels: placeLabels(p, placed, area),
    legend: p.legend ? placeLegend(p.legend, { x: width - legendWidth, y: top, w: legendWidth, h: height - top - bottom }) : null,
    note: noteLines.map((text, k) => ({ x: MARGIN, y: firstNote + k * NOTE_LINE, text, anchor: 'start' })),
  };
}

/**
 * Layout coordinates into the drawing area, keeping the aspect ratio and centring; y points up
 * in the layout (as in sigma) and down in the picture. The margin leaves room for the largest
 * circle, so every person lies wholly inside. People without a position are put in the middle.
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
    placed.set(n.id, { x: ok ? cx + (n.x - midX) * k : cx, y: ok ? cy - (n.y - midY) * k : cy, r: radius(n.size) });
  }
  return placed;
}

function radius(size: number): number {
  return Number.isFinite(size) && size > 0 ? size : 3;
}

/** Tie width grows with the square root of its weight, from 0.6 to 2 px; arrows stop at the target's edge. */
function placeTies(p: MapPicture, placed: Map<string, Placed>): SceneTie[] {
  let maxWeight = 0;
  for (const e of p.edges) if (Number.isFinite(e.weight) && e.weight > maxWeight) maxWeight = e.weight;
  const ties: SceneTie[] = [];
  for (const e of p.edges) {
    const a = placed.get(e.source), b = placed.get(e.target);
    if (!a || !b || e.source === e.target) continue;
    const width = maxWeight > 0 && e.weight > 0 ? 0.6 + 1.4 * Math.sqrt(e.weight / maxWeight) : 0.6;
    let x2 = b.x, y2 = b.y;
    if (e.directed) {
      const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy);
      if (len > b.r + 1) { x2 = b.x - (dx / len) * (b.r + 1); y2 = b.y - (dy / len) * (b.r + 1); }
    }
    ties.push({ x1: a.x, y1: a.y, x2, y2, width, colour: e.colour ?? null, arrow: e.directed });
  }
  return ties;
}

/**
 * Ties fade as they multiply, so that a dense network still shows its structure rather than a
 * grey mass: 0.4 up to 2,000 ties, then falling with the square root of their number, to 0.06.
 */
function tieOpacity(count: number): number {
  return Math.max(0.06, Math.min(0.4, 0.4 * Math.sqrt(2000 / Math.max(1, count))));
}

/** Which people are named: those marked `showLabel`, or if nobody is marked, the largest 15. */
export function labelledIds(nodes: MapPicture['nodes']): Set<string> {
  if (nodes.some((n) => n.showLabel !== undefined)) return new Set(nodes.filter((n) => n.showLabel).map((n) => n.id));
  const largest = [...nodes].sort((a, b) => radius(b.size) - radius(a.size)).slice(0, DEFAULT_LABELS);
  return new Set(largest.map((n) => n.id));
}

/** Names to the right of the circle, or to its left where they would leave the drawing. */
function placeLabels(p: MapPicture, placed: Map<string, Placed>, area: Box): SceneText[] {
  const named = labelledIds(p.nodes);
  const labels: SceneText[] = [];
  for (const n of p.nodes) {
    if (!named.has(n.id)) continue;
    const at = placed.get(n.id)!;
    const text = clip(n.label, 40);
    const right = at.x + at.r + 3 + text.length * CHAR_WIDTH <= area.x + area.w - 4;
    labels.push({ x: right ? at.x + at.r + 3 : at.x - at.r - 3, y: at.y + STYLE.labelSize * 0.35, text, anchor: right ? 'start' : 'end' });
  }
  return labels;
}

/** The colour key: a title and one swatch a value; values that do not fit are counted. */
function placeLegend(legend: NonNullable<MapPicture['legend']>, box: Box): NonNullable<Scene['legend']> {
  const x = box.x + 8;
  const rows = Math.max(1, Math.floor((box.h - 2 * MARGIN - 24) / LEGEND_ROW));
  const shown = legend.items.length > rows ? legend.items.slice(0, rows - 1) : legend.items;
  const maxChars = Math.max(4, Math.floor((box.w - 36) / (0.56 * STYLE.legendSize)));
  const rowY = (k: number): number => box.y + MARGIN + 24 + k * LEGEND_ROW;
  return {
    title: { x, y: box.y + MARGIN + 12, text: clip(legend.title, maxChars), anchor: 'start' },
    items: shown.map((item, k) => ({
      swatch: { x, y: rowY(k) + 2, colour: item.colour },
      text: { x: x + 18, y: rowY(k) + 12, text: clip(item.label, maxChars), anchor: 'start' },
    })),
    more: shown.length < legend.items.length
      ? { x: x + 18, y: rowY(shown.length) + 12, text: `and ${legend.items.length - shown.length} more`, anchor: 'start' }
      : null,
  };
}

/** Words into lines of at most `width` characters; past `max` lines the last is cut short. */
function wrap(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines.map((l) => clip(l, width));
  return [...lines.slice(0, max - 1), clip(lines.slice(max - 1).join(' '), width)];
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
