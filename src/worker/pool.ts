/**
 * The browser's metrics pool: nested Web Workers started from the analysis worker, one a
 * core. Terminating the analysis worker (cancel) terminates them too.
 */
import { workerPool, type PartialWorker, type PoolFactory, type PortableGraph } from '../core/metrics/parallel.ts';
import type { MetricsWorkerReply, MetricsWorkerRequest } from './metrics.worker.ts';

function spawn(graph: PortableGraph): PartialWorker {
  const worker = new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module', name: 'kith-metrics' });
  const init: MetricsWorkerRequest = { type: 'graph', graph };
  worker.postMessage(init);
  return {
    run: (job, from, to, onDone) => new Promise((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<MetricsWorkerReply>) => {
        const msg = e.data;
        if (msg.type === 'progress') onDone(msg.sources);
        else if (msg.type === 'result') resolve(msg.result);
        else reject(new Error(msg.message));
      };
      worker.onerror = (e) => reject(new Error(`metrics worker: ${e.message || 'stopped'}`));
      const req: MetricsWorkerRequest = { type: 'run', job, from, to };
      worker.postMessage(req);
    }),
    close: () => worker.terminate(),
  };
}

export function browserPool(): PoolFactory {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return workerPool(spawn, Math.min(8, Math.max(1, cores)));
}
