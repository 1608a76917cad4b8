/** A worker_threads twin of src/worker/metrics.worker.ts for the CLI. */
import { parentPort } from 'node:worker_threads';
import type { CompiledGraph } from '../core/graph/compile.ts';
import { fromPortable, runJob, type Job, type PortableGraph } from '../core/metrics/parallel.ts';

type Request = { type: 'graph'; graph: PortableGraph } | { type: 'run'; job: Job; from: number; to: number };

let graph: CompiledGraph | null = null;

parentPort?.on('message', (req: Request) => {
  if (req.type === 'graph') { graph = fromPortable(req.graph); return; }
  if (!graph) throw new Error('metrics thread: no graph');
  let reported = 0;
  const result = runJob(graph, req.job, req.from, req.to, (done) => {
    parentPort?.postMessage({ type: 'progress', sources: done - reported });
    reported = done;
  });
  const transfer = result.kind === 'betweenness' ? [result.sums.buffer] : result.kind === 'closeness' ? [result.closeness.buffer, result.harmonic.buffer] : [];
  parentPort?.postMessage({ type: 'result', result }, transfer as ArrayBuffer[]);
});
