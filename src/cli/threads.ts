/**
 * The CLI's betweenness pool on worker_threads. The thread runs TypeScript through tsx,
 * the same way bin/kith.mjs runs the CLI.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { pooledRunner, type PartialWorker, type PortableGraph } from '../core/metrics/parallel.ts';
import type { BetweennessRunner } from '../core/metrics/suite.ts';

type Reply = { type: 'progress'; sources: number } | { type: 'sums'; sums: Float64Array };

/**
 * A thread's entry: register tsx's loader, then import the TypeScript thread module. (Node 20
 * does not apply --import loaders given in a worker's execArgv.)
 */
function bootstrap(): URL {
  const api = import.meta.resolve('tsx/esm/api');
  const thread = new URL('./betweenness-thread.ts', import.meta.url).href;
  const code = `import { register } from ${JSON.stringify(api)};\nregister();\nawait import(${JSON.stringify(thread)});\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

function spawn(graph: PortableGraph, weighted: boolean): PartialWorker {
  const worker = new Worker(bootstrap());
  worker.postMessage({ type: 'graph', graph, weighted });
  return {
    run: (from, to, onDone) => new Promise((resolve, reject) => {
      const onMessage = (msg: Reply): void => {
        if (msg.type === 'progress') { onDone(msg.sources); return; }
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve(msg.sums);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.postMessage({ type: 'range', from, to });
    }),
    close: () => { void worker.terminate(); },
  };
}

/** A pool of `threads` worker threads (default: the machine's cores). */
export function threadRunner(threads = availableParallelism()): BetweennessRunner {
  return pooledRunner(spawn, Math.max(1, threads));
}
