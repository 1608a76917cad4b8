/**
 * The map picture drawn on a canvas: the PNG export. The same scene as the SVG (map-scene.ts),
 * drawn by the analysis worker on an OffscreenCanvas, because a browser rasterises an SVG
 * image on the page's own thread, which for a 200,000-tie map takes seconds. `scale` draws at
 * a multiple of the picture's size (2 for sharp slides). The context is described here by
 * the few calls used, so that core needs no DOM types.
 */
import { mapScene, STYLE, type MapPicture, type SceneText } from './map-scene.ts';

export interface Canvas2D {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  lineCap: string;
  lineJoin: string;
  globalAlpha: number;
  font: string;
  textAlign: string;
  textBaseline: string;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  fillRect(x: number, y: number, w: number, h: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
  arc(x: number, y: number, r: number, start: number, end: number): void;
  fill(): void;
  stroke(): void;
  fillText(text: string, x: number, y: number): void;
  strokeText(text: string, x: number, y: number): void;
}

export function drawMap(ctx: Canvas2D, p: MapPicture, scale = 1): void {
  const s = mapScene(p);
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, s.width, s.height);

  // Ties one stroke each, so that where they cross they darken as in the SVG.
  ctx.lineCap = 'round';
  ctx.globalAlpha = s.tieOpacity;
  for (const t of s.ties) {
    ctx.strokeStyle = t.colour ?? STYLE.tie;
    ctx.lineWidth = t.width;
    ctx.beginPath();
    ctx.moveTo(t.x1, t.y1);
    ctx.lineTo(t.x2, t.y2);
    ctx.stroke();
  }
  ctx.globalAlpha = 0.55;
  for (const t of s.ties) {
    if (!t.arrow) continue;
    ctx.fillStyle = t.colour ?? STYLE.tie;
    arrowhead(ctx, t.x1, t.y1, t.x2, t.y2);
  }

  ctx.globalAlpha = 1;
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 0.75;
  for (const n of s.people) {
    ctx.fillStyle = n.colour;
    ctx.beginPath();
    ctx.arc(n.x, n.y, n.r, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }

  ctx.textBaseline = 'alphabetic';
  ctx.lineJoin = 'round';
  for (const l of s.labels) haloText(ctx, l, `${STYLE.labelSize}px ${STYLE.font}`);
  if (s.title) plainText(ctx, s.title, `600 ${STYLE.titleSize}px ${STYLE.font}`, STYLE.text);
  if (s.legend) {
    plainText(ctx, s.legend.title, `600 ${STYLE.legendTitleSize}px ${STYLE.font}`, STYLE.text);
    for (const item of s.legend.items) {
      ctx.fillStyle = item.swatch.colour;
      ctx.beginPath();
      ctx.arc(item.swatch.x + 6, item.swatch.y + 6, 6, 0, 2 * Math.PI);
      ctx.fill();
      plainText(ctx, item.text, `${STYLE.legendSize}px ${STYLE.font}`, STYLE.text);
    }
    if (s.legend.more) plainText(ctx, s.legend.more, `${STYLE.legendSize}px ${STYLE.font}`, STYLE.muted);
  }
  for (const l of s.note) plainText(ctx, l, `${STYLE.noteSize}px ${STYLE.font}`, STYLE.muted);
}

/** A filled triangle with its tip at (x2, y2), as the SVG's marker draws it. */
function arrowhead(ctx: Canvas2D, x1: number, y1: number, x2: number, y2: number): void {
  const len = Math.hypot(x2 - x1, y2 - y1);
  if (len === 0) return;
  const ux = (x2 - x1) / len, uy = (y2 - y1) / len;
  const bx = x2 - ux * STYLE.arrow, by = y2 - uy * STYLE.arrow, half = STYLE.arrow / 2;
  ctx.beginPath();
  ctx.moveTo(x2, y2);
  ctx.lineTo(bx - uy * half, by + ux * half);
  ctx.lineTo(bx + uy * half, by - ux * half);
  ctx.closePath();
  ctx.fill();
}

function haloText(ctx: Canvas2D, t: SceneText, font: string): void {
  ctx.font = font;
  ctx.textAlign = t.anchor === 'end' ? 'right' : 'left';
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 3;
  ctx.strokeText(t.text, t.x, t.y);
  ctx.fillStyle = STYLE.text;
  ctx.fillText(t.text, t.x, t.y);
}

function plainText(ctx: Canvas2D, t: SceneText, font: string, colour: string): void {
  ctx.font = font;
  ctx.textAlign = t.anchor === 'end' ? 'right' : 'left';
  ctx.fillStyle = colour;
  ctx.fillText(t.text, t.x, t.y);
}
