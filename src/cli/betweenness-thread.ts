/**
 * A worker_threads twin of src/worker/betweenness.worker.ts for the CLI: raw Brandes sums
 * for ranges of sources, on a graph sent once.
 */
import { parentPort } from 'node:worker_threads';
import type { CompiledGraph } from '../core/graph/compile.ts';
import { betweennessPartial } from '../core/metrics/betweenness.ts';
import { fromPortable, type PortableGraph } from '../core/metrics/parallel.ts';

type Request = { type: 'graph'; graph: PortableGraph; weighted: boolean } | { type: 'range'; from: number; to: number };

let graph: CompiledGraph | null = null;
let weighted = false;

parentPort?.on('message', (req: Request) => {
  if (req.type === 'graph') {
    graph = fromPortable(req.graph);
    weighted = req.weighted;
    return;
  }
  if (!graph) throw new Error('betweenness thread: no graph');
  let reported = 0;
  const sums = betweennessPartial(graph, {
    from: req.from, to: req.to, weighted,
    onProgress: (done) => { parentPort?.postMessage({ type: 'progress', sources: done - reported }); reported = done; },
  });
  parentPort?.postMessage({ type: 'sums', sums }, [sums.buffer as ArrayBuffer]);
});
