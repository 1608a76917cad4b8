/**
 * A large map's few highlighted ties (the person pointed at or selected, or a finding's
 * evidence), drawn on a 2D canvas layer of sigma's, just above its ties and below its people.
 *
 * Why not as edges of the render graph: adding or removing one edge makes sigma re-process
 * every person (reducers, label grid, buffers) before the next frame. At 20,000 people that
 * was the bulk of each hover's cost and of the garbage that grew the tab's memory. A few
 * hundred canvas lines, redrawn after each of sigma's frames, cost nothing in comparison.
 */
import type Sigma from 'sigma';

export const FOCUS_LAYER = 'focusTies';

/** A tie to highlight: its two people and, on a change map, the colour of its change. */
export type FocusPair = readonly [string, string] | readonly [string, string, string | null];
const ARROW = 6;

export class FocusTies {
  private pairs: readonly FocusPair[] = [];
  private readonly context: CanvasRenderingContext2D;

  /** `directed` says, at each frame, whether ties get arrowheads. */
  constructor(private readonly sigma: Sigma, private readonly colour: string, private readonly directed: () => boolean) {
    // sigma places the layer as createCanvas does, though createCanvasContext's type omits it.
    const placement: Parameters<Sigma['createCanvas']>[1] = { afterLayer: 'edges' };
    sigma.createCanvasContext(FOCUS_LAYER, placement);
    // Sized (and scaled for the screen's pixel ratio) with sigma's own layers.
    sigma.resize(true);
    const canvas = sigma.getCanvases()[FOCUS_LAYER];
    const context = canvas?.getContext('2d');
    if (!context) throw new Error('map: no canvas for highlighted ties');
    this.context = context;
    sigma.on('afterRender', this.draw);
  }

  /** The ties to draw from now on, as pairs of people (source, target[, colour]); [] for none. */
  show(pairs: readonly FocusPair[]): void {
    this.pairs = pairs;
  }

  get count(): number {
    return this.pairs.length;
  }

  private readonly draw = (): void => {
    const { sigma, context: ctx } = this;
    const { width, height } = sigma.getDimensions();
    ctx.clearRect(0, 0, width, height);
    if (this.pairs.length === 0) return;
    const arrows = this.directed();
    ctx.lineWidth = 1.4;
    // One path a colour (the map's highlight, or each kind of change on a change map).
    const byColour = new Map<string, FocusPair[]>();
    for (const pair of this.pairs) {
      const colour = pair[2] ?? this.colour;
      const list = byColour.get(colour);
      if (list) list.push(pair); else byColour.set(colour, [pair]);
    }
    const heads: { x0: number; y0: number; x1: number; y1: number; r: number; colour: string }[] = [];
    for (const [colour, pairs] of byColour) {
      ctx.strokeStyle = colour;
      ctx.beginPath();
      for (const [s, t] of pairs) {
        const a = sigma.getNodeDisplayData(s);
        const b = sigma.getNodeDisplayData(t);
        if (!a || !b || a.hidden || b.hidden) continue;
        const p = sigma.framedGraphToViewport(a);
        const q = sigma.framedGraphToViewport(b);
        ctx.moveTo(p.x, p.y);
        ctx.lineTo(q.x, q.y);
        if (arrows) heads.push({ x0: p.x, y0: p.y, x1: q.x, y1: q.y, r: sigma.scaleSize(b.size), colour });
      }
      ctx.stroke();
    }
    for (const h of heads) { ctx.fillStyle = h.colour; arrowHead(ctx, h); }
  };

  kill(): void {
    this.sigma.off('afterRender', this.draw);
    this.sigma.killLayer(FOCUS_LAYER);
  }
}

/** A small filled arrowhead touching the edge of the target's disc (radius r, in pixels). */
function arrowHead(ctx: CanvasRenderingContext2D, { x0, y0, x1, y1, r }: { x0: number; y0: number; x1: number; y1: number; r: number }): void {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len = Math.hypot(dx, dy);
  if (len <= r + ARROW) return;
  const ux = dx / len;
  const uy = dy / len;
  const tipX = x1 - ux * r;
  const tipY = y1 - uy * r;
  ctx.beginPath();
  ctx.moveTo(tipX, tipY);
  ctx.lineTo(tipX - ux * ARROW - uy * ARROW * 0.5, tipY - uy * ARROW + ux * ARROW * 0.5);
  ctx.lineTo(tipX - ux * ARROW + uy * ARROW * 0.5, tipY - uy * ARROW - ux * ARROW * 0.5);
  ctx.closePath();
  ctx.fill();
}
