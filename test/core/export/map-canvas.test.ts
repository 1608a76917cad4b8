import { describe, expect, it } from 'vitest';
import { drawMap, type Canvas2D } from '../../../src/core/export/map-canvas.ts';
import { mapSvg, type MapPicture } from '../../../src/core/export/map-svg.ts';

/** A context that records what is drawn, as a canvas would receive it. */
function recorder() {
  const calls: { op: string; args: unknown[]; fillStyle: unknown; alpha: number }[] = [];
  const ctx = {
    fillStyle: '' as unknown, strokeStyle: '' as unknown, lineWidth: 1, lineCap: '', lineJoin: '', globalAlpha: 1, font: '', textAlign: '', textBaseline: '',
  } as Canvas2D;
  for (const op of ['setTransform', 'fillRect', 'beginPath', 'moveTo', 'lineTo', 'closePath', 'arc', 'fill', 'stroke', 'fillText', 'strokeText'] as const) {
    (ctx as unknown as Record<string, unknown>)[op] = (...args: unknown[]) => { calls.push({ op, args, fillStyle: ctx.fillStyle, alpha: ctx.globalAlpha }); };
  }
  return { ctx, calls };
}

const picture: MapPicture = {
  title: 'Ties <&>', width: 600, height: 400,
  nodes: [
    { id: 'a', label: 'Ann', x: 0, y: 0, size: 10, colour: '#0072B2', showLabel: true },
    { id: 'b', label: 'Bob', x: 5, y: 5, size: 4, colour: '#E69F00' },
    { id: 'c', label: 'Cat', x: 9, y: 1, size: 6, colour: '#E69F00', showLabel: true },
  ],
  edges: [
    { source: 'a', target: 'b', weight: 1, directed: true },
    { source: 'b', target: 'c', weight: 2, directed: false },
  ],
  legend: { title: 'Sector', items: [{ label: 'Acute', colour: '#0072B2' }, { label: 'VCSE', colour: '#E69F00' }] },
  note: 'Circle size: Betweenness.',
};

describe('drawMap', () => {
  it('draws what the SVG draws: each tie, each person, the names, the key and the note', () => {
    const { ctx, calls } = recorder();
    drawMap(ctx, picture, 2);
    expect(calls[0]).toMatchObject({ op: 'setTransform', args: [2, 0, 0, 2, 0, 0] });
    const circles = calls.filter((c) => c.op === 'arc');
    expect(circles).toHaveLength(3 + 2); // three people, two swatches
    const texts = calls.filter((c) => c.op === 'fillText').map((c) => c.args[0]);
    expect(texts).toEqual(['Ann', 'Cat', 'Ties <&>', 'Sector', 'Acute', 'VCSE', 'Circle size: Betweenness.']);
    // Names have a halo: stroked, then filled.
    expect(calls.filter((c) => c.op === 'strokeText').map((c) => c.args[0])).toEqual(['Ann', 'Cat']);
    // Two tie strokes plus one per person's white outline, and one arrowhead (the directed tie).
    expect(calls.filter((c) => c.op === 'stroke')).toHaveLength(2 + 3);
    expect(calls.filter((c) => c.op === 'closePath')).toHaveLength(1);

    // The people are where the SVG puts them.
    const svgCircles = [...mapSvg(picture).matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g)].map((m) => m.slice(1).map(Number));
    const canvasCircles = circles.slice(0, 3).map((c) => (c.args as number[]).slice(0, 3).map((v) => Math.round(v * 100) / 100));
    expect(canvasCircles).toEqual(svgCircles);
  });

  it('handles a network with 200,000 ties (no call-stack limits)', () => {
    const nodes = Array.from({ length: 2000 }, (_, i) => ({ id: `n${i}`, label: `N${i}`, x: Math.cos(i), y: Math.sin(i), size: 4, colour: '#000' }));
    const edges = Array.from({ length: 200_000 }, (_, e) => ({ source: `n${e % 2000}`, target: `n${(e * 7 + 1) % 2000}`, weight: 1, directed: false }));
    const svg = mapSvg({ width: 800, height: 600, nodes, edges, legend: null });
    expect(svg.split('<line ').length - 1).toBe(edges.filter((e) => e.source !== e.target).length);
    const { ctx, calls } = recorder();
    drawMap(ctx, { width: 800, height: 600, nodes, edges, legend: null });
    expect(calls.filter((c) => c.op === 'arc')).toHaveLength(2000);
  });
});
