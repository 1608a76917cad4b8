/// <reference lib="webworker" />
/**
 * The layout worker: ForceAtlas2 (Jacomy et al. 2014, PLoS ONE 9(6): e98679) from
 * graphology-layout-forceatlas2 (its iteration step, on its own matrices), run in batches of iterations. After each batch it posts
 * the positions and yields, so that a 'stop' message is handled between batches.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import defaults from 'graphology-layout-forceatlas2/defaults.js';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
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

/** Floats a node and an edge take in ForceAtlas2's matrices (graphology-layout-forceatlas2/helpers.js). */
const PPN = 10;
const PPE = 3;

/**
 * ForceAtlas2's matrices straight from the typed input: each pair of people once, a person's
 * mass 1 + their weighted degree, as the library's graphToByteArrays makes them. Iterating on
 * these directly keeps the layout's state (speeds, convergence) from batch to batch and skips
 * copying a graph of 300,000 ties in and out of graphology for every batch.
 */
function matrices(input: LayoutInput): { nodes: Float32Array; edges: Float32Array } {
  const n = input.n;
  const nodes = new Float32Array(n * PPN);
  for (let i = 0; i < n; i++) {
    nodes[i * PPN] = input.positions[2 * i] ?? 0;
    nodes[i * PPN + 1] = input.positions[2 * i + 1] ?? 0;
    nodes[i * PPN + 6] = 1; // mass
    nodes[i * PPN + 7] = 1; // convergence
    nodes[i * PPN + 8] = 1; // size
  }
  const seen = new Set<number>();
  const edges: number[] = [];
  for (let e = 0; e < input.edgeSource.length; e++) {
    const s = input.edgeSource[e] ?? 0;
    const t = input.edgeTarget[e] ?? 0;
    const key = s < t ? s * n + t : t * n + s;
    if (s === t || seen.has(key)) continue;
    seen.add(key);
    const w = input.edgeWeight[e] ?? 1;
    nodes[s * PPN + 6] = (nodes[s * PPN + 6] ?? 0) + w;
    nodes[t * PPN + 6] = (nodes[t * PPN + 6] ?? 0) + w;
    edges.push(s * PPN, t * PPN, w);
  }
  return { nodes, edges: Float32Array.from(edges) };
}

function run(id: number, input: LayoutInput): void {
  const { nodes, edges } = matrices(input);
  const m = edges.length / PPE;
  const settings = { ...defaults, ...forceAtlas2.inferSettings(input.n), barnesHutOptimize: input.n > 2000, outboundAttractionDistribution: true };
  // Batches small enough that one takes well under a frame's budget of work per message.
  const batch = Math.max(1, Math.min(50, Math.round(200_000 / Math.max(1, input.n + m))));
  let done = 0;
  // Positions are posted at most every POST_EVERY ms: on a large network each post costs the
  // page a redraw of every person, so posting after each short batch would keep it busy.
  let posted = -Infinity;
  const step = (): void => {
    if (running !== id) return;
    const iterations = Math.min(batch, input.iterations - done);
    for (let k = 0; k < iterations; k++) iterate(settings, nodes, edges);
    done += iterations;
    if (done < input.iterations && done > iterations && performance.now() - posted < POST_EVERY) { setTimeout(step, 0); return; }
    posted = performance.now();
    const positions = new Float32Array(2 * input.n);
    for (let i = 0; i < input.n; i++) {
      positions[2 * i] = nodes[i * PPN] ?? 0;
      positions[2 * i + 1] = nodes[i * PPN + 1] ?? 0;
    }
    reply({ type: 'positions', id, positions, done, total: input.iterations }, [positions.buffer]);
    if (done < input.iterations) setTimeout(step, 0);
    else running = null;
  };
  step();
}
