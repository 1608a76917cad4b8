/**
 * The CLI's metrics pool on worker_threads. Each thread registers tsx's loader and then
 * imports the TypeScript thread module (Node 20 does not apply --import loaders given in a
 * worker's execArgv).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerPool, type JobResult, type PartialWorker, type PoolFactory, type PortableGraph } from '../core/metrics/parallel.ts';

type Reply = { type: 'progress'; sources: number } | { type: 'result'; result: JobResult };

function bootstrap(): URL {
  const api = import.meta.resolve('tsx/esm/api');
  const thread = new URL('./metrics-thread.ts', import.meta.url).href;
  const code = `import { register } from ${JSON.stringify(api)};\nregister();\nawait import(${JSON.stringify(thread)});\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

function spawn(graph: PortableGraph): PartialWorker {
  const worker = new Worker(bootstrap());
  worker.postMessage({ type: 'graph', graph });
  return {
    run: (job, from, to, onDone) => new Promise((resolve, reject) => {
      const onMessage = (msg: Reply): void => {
        if (msg.type === 'progress') { onDone(msg.sources); return; }
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve(msg.result);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.postMessage({ type: 'run', job, from, to });
    }),
    close: () => { void worker.terminate(); },
  };
}

/** A pool of `threads` worker threads (default: the machine's cores). */
export function threadPool(threads = availableParallelism()): PoolFactory {
  return workerPool(spawn, Math.max(1, threads));
}
