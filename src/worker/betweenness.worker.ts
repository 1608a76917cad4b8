/// <reference lib="webworker" />
/**
 * A betweenness worker: raw Brandes sums for a range of sources, for the analysis worker's
 * pool (core/metrics/parallel.ts). It keeps the graph between ranges.
 */
import { betweennessPartial } from '../core/metrics/betweenness.ts';
import { fromPortable, type PortableGraph } from '../core/metrics/parallel.ts';
import type { CompiledGraph } from '../core/graph/compile.ts';

export type BetweennessWorkerRequest =
  | { type: 'graph'; graph: PortableGraph; weighted: boolean }
  | { type: 'range'; from: number; to: number };

export type BetweennessWorkerReply =
  | { type: 'progress'; sources: number }
  | { type: 'sums'; sums: Float64Array }
  | { type: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
let graph: CompiledGraph | null = null;
let weighted = false;

scope.onmessage = (e: MessageEvent<BetweennessWorkerRequest>) => {
  const req = e.data;
  try {
    if (req.type === 'graph') {
      graph = fromPortable(req.graph);
      weighted = req.weighted;
      return;
    }
    if (!graph) throw new Error('betweenness worker: no graph');
    let reported = 0;
    const sums = betweennessPartial(graph, {
      from: req.from, to: req.to, weighted,
      onProgress: (done) => {
        const msg: BetweennessWorkerReply = { type: 'progress', sources: done - reported };
        reported = done;
        scope.postMessage(msg);
      },
    });
    const msg: BetweennessWorkerReply = { type: 'sums', sums };
    scope.postMessage(msg, [sums.buffer]);
  } catch (err) {
    const msg: BetweennessWorkerReply = { type: 'error', message: err instanceof Error ? err.message : String(err) };
    scope.postMessage(msg);
  }
};
