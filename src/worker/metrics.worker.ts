/// <reference lib="webworker" />
/**
 * A metrics worker: runs the all-pairs jobs of core/metrics/parallel.ts (betweenness,
 * closeness, distances) on ranges of sources, for the analysis worker's pool. It keeps the
 * graph between jobs.
 */
import type { CompiledGraph } from '../core/graph/compile.ts';
import { fromPortable, runJob, type Job, type JobResult, type PortableGraph } from '../core/metrics/parallel.ts';

export type MetricsWorkerRequest = { type: 'graph'; graph: PortableGraph } | { type: 'run'; job: Job; from: number; to: number };

export type MetricsWorkerReply =
  | { type: 'progress'; sources: number }
  | { type: 'result'; result: JobResult }
  | { type: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
let graph: CompiledGraph | null = null;

function send(msg: MetricsWorkerReply, transfer: Transferable[] = []): void {
  scope.postMessage(msg, transfer);
}

scope.onmessage = (e: MessageEvent<MetricsWorkerRequest>) => {
  const req = e.data;
  try {
    if (req.type === 'graph') { graph = fromPortable(req.graph); return; }
    if (!graph) throw new Error('metrics worker: no graph');
    let reported = 0;
    const result = runJob(graph, req.job, req.from, req.to, (done) => { send({ type: 'progress', sources: done - reported }); reported = done; });
    const transfer = result.kind === 'betweenness' ? [result.sums.buffer] : result.kind === 'closeness' ? [result.closeness.buffer, result.harmonic.buffer] : [];
    send({ type: 'result', result }, transfer);
  } catch (err) {
    send({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
