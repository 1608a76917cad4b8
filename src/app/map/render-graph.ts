/**
 * The graph sigma draws, built away from sigma in slices of a few milliseconds, so that a
 * large network never holds the page for longer than a frame; the map then swaps it in whole.
 * Persistent encodings (position, colour, size) are written in as it is built. A large map's
 * graph holds people only: its ties are drawn by layers of their own (all-ties.ts).
 */
import Graph from 'graphology';
import type { AnalysisResult } from '../../core/analyse.ts';
import type { Actor, Dataset } from '../../core/model/types.ts';
import { CHANGE_COLOURS, onSide, type ChangeOverlay, type ColourScale } from '../../core/view/encodings.ts';

/**
 * Above this many ties the map draws people as points, ties on layers of its own (one
 * person's, or all of them as one-pixel lines when asked), and hover highlights without fading.
 */
export const LARGE_MAP_TIES = 10_000;
export const EDGE = '#c9ced6';
/** The node program of large maps (see NetworkMap's nodeProgramClasses). */
export const LARGE_NODE = 'dot';

export interface RenderInput {
  dataset: Dataset;
  result: AnalysisResult;
  change: ChangeOverlay | null;
  positions: Map<string, { x: number; y: number }> | null;
  colours: ColourScale;
  sizes: (i: number) => number;
  /** False on a large map: its ties are not sigma's edges. */
  withTies: boolean;
  /** Only these people and the ties among them (a group opened from the groups map); null for all. */
  only?: ReadonlySet<string> | null;
}

/** Waits for the next task, so that the page can draw and handle input. */
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs `work(from, to)` over [0, n) in slices of about `budget` ms; false when cancelled. */
async function sliced(n: number, work: (from: number, to: number) => void, cancelled: () => boolean, budget = 8): Promise<boolean> {
  const step = 2_000;
  for (let from = 0; from < n;) {
    const started = performance.now();
    // At least one step a turn, then more while the budget lasts.
    do {
      const to = Math.min(n, from + step);
      work(from, to);
      from = to;
    } while (from < n && performance.now() - started < budget);
    if (from < n) {
      await pause();
      if (cancelled()) return false;
    }
  }
  return true;
}

/** Whether the map is drawn as a large one; a group of up to 1,000 people opened alone is not. */
export function isLargeMap(result: AnalysisResult, only: ReadonlySet<string> | null = null): boolean {
  return result.edgeSource.length > LARGE_MAP_TIES && (!only || only.size > 1_000);
}

/**
 * The render graph, or null when cancelled before it was finished. It is handed over in a
 * task of its own: sigma then processes it whole (a tenth of a second at 20,000 people), and
 * that should not add up with the last slice or with whatever else the page does in one task.
 */
export async function buildRenderGraph(input: RenderInput, cancelled: () => boolean): Promise<Graph | null> {
  const graph = await buildInSlices(input, cancelled);
  await pause();
  return graph && !cancelled() ? graph : null;
}

async function buildInSlices(input: RenderInput, cancelled: () => boolean): Promise<Graph | null> {
  const { dataset, result, change, positions, colours, sizes } = input;
  const graph = new Graph({ type: 'directed', multi: false });
  const byId = new Map<string, Actor>(dataset.actors.map((a) => [a.id, a]));
  const { ids } = result;
  const only = input.only ?? null;
  // A large map draws people as points (programs.ts says why).
  const nodeType = isLargeMap(result, only) ? { type: LARGE_NODE } : {};
  const ok = await sliced(ids.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const id = ids[i] as string;
      if (only && !only.has(id)) continue;
      const actor = byId.get(id);
      const p = positions?.get(id);
      graph.addNode(id, { label: actor?.label ?? id, x: p?.x ?? 0, y: p?.y ?? 0, size: sizes(i), color: colours.colourOf(actor), ...nodeType });
    }
  }, cancelled);
  if (!ok) return null;
  if (!input.withTies) return graph;
  if (change) {
    const type = change.directed ? 'arrow' : 'line';
    const ties = change.ties;
    const done = await sliced(ties.length, (from, to) => {
      for (let e = from; e < to; e++) {
        const t = ties[e];
        if (!t || !onSide(t.status, change.side) || !graph.hasNode(t.source) || !graph.hasNode(t.target) || graph.hasEdge(t.source, t.target)) continue;
        graph.addEdge(t.source, t.target, { size: t.status === 'unknown' ? 0.6 : 1.2, type, color: CHANGE_COLOURS[t.status].colour, status: t.status });
      }
    }, cancelled);
    return done ? graph : null;
  }
  const type = result.directed ? 'arrow' : 'line';
  const done = await sliced(result.edgeSource.length, (from, to) => {
    for (let e = from; e < to; e++) {
      const s = ids[result.edgeSource[e] ?? -1];
      const t = ids[result.edgeTarget[e] ?? -1];
      if (s === undefined || t === undefined || (only && (!only.has(s) || !only.has(t))) || graph.hasEdge(s, t)) continue;
      const w = result.edgeWeight[e] ?? 1;
      graph.addEdge(s, t, { size: 0.6 + Math.min(2, w * 0.3), type, color: EDGE });
    }
  }, cancelled);
  return done ? graph : null;
}
