/**
 * Finds the person under the pointer on the CPU, from a grid of where people are drawn,
 * in place of sigma's picking layer.
 *
 * Why: sigma reads one pixel of its picking layer back from WebGL on every pointer move,
 * click and wheel turn, and that read makes the page wait until the graphics process has
 * drawn every frame queued before it. With software rendering (no graphics card) and
 * 20,000 people, that wait was the longest task of hover, pan and search. A grid lookup
 * costs microseconds and never waits for drawing; the picking pass is then not drawn
 * either (programs.ts), nor its texture made before each frame.
 *
 * The grid is in sigma's framed-graph coordinates, which move only when people do: it is
 * rebuilt, lazily, after sigma processes the graph again.
 */
import type Sigma from 'sigma';
import type { Coordinates } from 'sigma/types';

/** How many people a grid cell holds on average. */
const PER_CELL = 4;

interface Grid {
  minX: number; minY: number; cell: number; side: number;
  /** People's keys by cell, as [start, end) into `keys`. */
  starts: Int32Array;
  keys: string[];
  /** The largest size of anyone drawn, to know how far around the pointer to look. */
  maxSize: number;
}

export function pickOnCpu(sigma: Sigma): () => void {
  // Nothing is drawn into the people's picking layer now, so sigma need not make its texture
  // afresh before every frame: allocating it and attaching it to the framebuffer made each
  // frame wait for the graphics process (checking the framebuffer, then for errors), 170 ms
  // a frame at 20,000 people in software rendering. The set is private in sigma's types.
  (sigma as unknown as { pickingLayers: Set<string> }).pickingLayers.delete('nodes');
  let grid: Grid | null = null;
  const invalidate = (): void => { grid = null; };
  sigma.on('afterProcess', invalidate);

  // sigma calls this.getNodeAtPosition from its pointer handlers; it is private in its
  // types, so it is replaced through a view of the instance that names it.
  (sigma as unknown as { getNodeAtPosition: (p: Coordinates) => string | null }).getNodeAtPosition = (position: Coordinates): string | null => {
    grid ??= buildGrid(sigma);
    if (grid.keys.length === 0) return null;
    const g = grid;
    const at = sigma.viewportToFramedGraph(position);
    // The largest drawn radius, in framed-graph units, bounds the search.
    const reachPx = sigma.scaleSize(g.maxSize) + 1;
    const edge = sigma.viewportToFramedGraph({ x: position.x + reachPx, y: position.y });
    const reach = Math.hypot(edge.x - at.x, edge.y - at.y);
    const cx0 = clamp(Math.floor((at.x - reach - g.minX) / g.cell), g.side);
    const cx1 = clamp(Math.floor((at.x + reach - g.minX) / g.cell), g.side);
    const cy0 = clamp(Math.floor((at.y - reach - g.minY) / g.cell), g.side);
    const cy1 = clamp(Math.floor((at.y + reach - g.minY) / g.cell), g.side);
    let best: string | null = null;
    let bestDistance = Infinity;
    for (let cy = cy0; cy <= cy1; cy++) {
      for (let cx = cx0; cx <= cx1; cx++) {
        const c = cy * g.side + cx;
        for (let i = g.starts[c]!; i < g.starts[c + 1]!; i++) {
          const key = g.keys[i]!;
          const d = sigma.getNodeDisplayData(key);
          if (!d || d.hidden) continue;
          const p = sigma.framedGraphToViewport(d);
          const distance = Math.hypot(p.x - position.x, p.y - position.y);
          // Within the disc as drawn; the nearest centre wins where discs overlap.
          if (distance <= Math.max(sigma.scaleSize(d.size), 2) && distance < bestDistance) {
            best = key;
            bestDistance = distance;
          }
        }
      }
    }
    return best;
  };
  return () => sigma.off('afterProcess', invalidate);
}

function clamp(c: number, side: number): number {
  return c < 0 ? 0 : c >= side ? side - 1 : c;
}

function buildGrid(sigma: Sigma): Grid {
  const keys: string[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, maxSize = 0;
  sigma.getGraph().forEachNode((key) => {
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    keys.push(key); xs.push(d.x); ys.push(d.y);
    if (d.x < minX) minX = d.x;
    if (d.x > maxX) maxX = d.x;
    if (d.y < minY) minY = d.y;
    if (d.y > maxY) maxY = d.y;
    if (d.size > maxSize) maxSize = d.size;
  });
  const n = keys.length;
  const side = Math.max(1, Math.ceil(Math.sqrt(n / PER_CELL)));
  const cell = Math.max(maxX - minX, maxY - minY, 1e-9) / side * (1 + 1e-9);
  // Counting sort of people into cells.
  const cellOf = new Int32Array(n);
  const starts = new Int32Array(side * side + 1);
  for (let i = 0; i < n; i++) {
    const c = clamp(Math.floor((ys[i]! - minY) / cell), side) * side + clamp(Math.floor((xs[i]! - minX) / cell), side);
    cellOf[i] = c;
    starts[c + 1]!++;
  }
  for (let c = 0; c < side * side; c++) starts[c + 1]! += starts[c]!;
  const fill = starts.slice(0, side * side);
  const sorted: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) sorted[fill[cellOf[i]!]!++] = keys[i]!;
  return { minX: n ? minX : 0, minY: n ? minY : 0, cell, side, starts, keys: sorted, maxSize };
}
