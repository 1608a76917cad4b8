/// <reference lib="webworker" />
/**
 * The layout worker: ForceAtlas2 (Jacomy et al. 2014, PLoS ONE 9(6): e98679) from
 * graphology-layout-forceatlas2, run in batches of iterations. After each batch it posts
 * the positions and yields, so that a 'stop' message is handled between batches.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { LayoutInput, LayoutReply, LayoutRequest } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let running: number | null = null;
const POST_EVERY = 250;

function reply(msg: LayoutReply, transfer: Transferable[] = []): void {
  scope.postMessage(msg, transfer);
}

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const req = event.data;
  if (req.type === 'stop') { running = null; return; }
  running = req.id;
  try {
    run(req.id, req);
  } catch (err) {
    reply({ type: 'error', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
};

function run(id: number, input: LayoutInput): void {
  const graph = new Graph({ type: 'undirected', multi: false });
  for (let i = 0; i < input.n; i++) {
    graph.addNode(i, { x: input.positions[2 * i] ?? 0, y: input.positions[2 * i + 1] ?? 0 });
  }
  for (let e = 0; e < input.edgeSource.length; e++) {
    const s = input.edgeSource[e] ?? 0;
    const t = input.edgeTarget[e] ?? 0;
    if (s !== t && !graph.hasEdge(s, t)) graph.addEdge(s, t, { weight: input.edgeWeight[e] ?? 1 });
  }
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: input.n > 2000, outboundAttractionDistribution: true };
  // Batches small enough that one takes well under a frame's budget of work per message.
  const batch = Math.max(1, Math.min(50, Math.round(200_000 / Math.max(1, input.n + graph.size))));
  let done = 0;
  // Positions are posted at most every POST_EVERY ms: on a large network each post costs the
  // page a redraw of every person, so posting after each short batch would keep it busy.
  let posted = -Infinity;
  const step = (): void => {
    if (running !== id) return;
    const iterations = Math.min(batch, input.iterations - done);
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: 'weight' });
    done += iterations;
    if (done < input.iterations && done > iterations && performance.now() - posted < POST_EVERY) { setTimeout(step, 0); return; }
    posted = performance.now();
    const positions = new Float32Array(2 * input.n);
    graph.forEachNode((key, a) => {
      const i = Number(key);
      positions[2 * i] = a.x as number;
      positions[2 * i + 1] = a.y as number;
    });
    reply({ type: 'positions', id, positions, done, total: input.iterations }, [positions.buffer]);
    if (done < input.iterations) setTimeout(step, 0);
    else running = null;
  };
  step();
}
