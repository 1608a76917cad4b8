/**
 * The browser's betweenness pool: nested Web Workers started from the analysis worker,
 * one a core. Terminating the analysis worker (cancel) terminates them too.
 */
import { pooledRunner, type PartialWorker, type PortableGraph } from '../core/metrics/parallel.ts';
import type { BetweennessRunner } from '../core/metrics/suite.ts';
import type { BetweennessWorkerReply, BetweennessWorkerRequest } from './betweenness.worker.ts';

function spawn(graph: PortableGraph, weighted: boolean): PartialWorker {
  const worker = new Worker(new URL('./betweenness.worker.ts', import.meta.url), { type: 'module', name: 'kith-betweenness' });
  const init: BetweennessWorkerRequest = { type: 'graph', graph, weighted };
  worker.postMessage(init);
  return {
    run: (from, to, onDone) => new Promise((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<BetweennessWorkerReply>) => {
        const msg = e.data;
        if (msg.type === 'progress') onDone(msg.sources);
        else if (msg.type === 'sums') resolve(msg.sums);
        else reject(new Error(msg.message));
      };
      worker.onerror = (e) => reject(new Error(`betweenness worker: ${e.message || 'stopped'}`));
      const req: BetweennessWorkerRequest = { type: 'range', from, to };
      worker.postMessage(req);
    }),
    close: () => worker.terminate(),
  };
}

export function browserRunner(): BetweennessRunner {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return pooledRunner(spawn, Math.min(8, Math.max(1, cores)));
}
