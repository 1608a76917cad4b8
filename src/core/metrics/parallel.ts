/**
 * Exact betweenness shared out among workers. The sources are cut into more parts than
 * workers, so that a worker that finishes early takes the next part; the parts' raw sums
 * add up to the whole (betweennessPartial). How a worker is started is the caller's:
 * Web Workers in the browser (src/worker), worker_threads in Node (src/cli).
 */
import type { CompiledGraph } from '../graph/compile.ts';
import { betweennessPartial } from './betweenness.ts';
import type { BetweennessRunner } from './suite.ts';

/** The typed arrays a worker needs to rebuild the graph (structured-cloneable). */
export interface PortableGraph {
  n: number;
  ids: string[];
  directed: boolean;
  edgeCount: number;
  outOffsets: Int32Array; outTargets: Int32Array; outWeights: Float64Array;
  inOffsets: Int32Array; inSources: Int32Array; inWeights: Float64Array;
}

export function toPortable(g: CompiledGraph): PortableGraph {
  const { n, ids, directed, edgeCount, outOffsets, outTargets, outWeights, inOffsets, inSources, inWeights } = g;
  return { n, ids, directed, edgeCount, outOffsets, outTargets, outWeights, inOffsets, inSources, inWeights };
}

export function fromPortable(p: PortableGraph): CompiledGraph {
  return { ...p, index: new Map(p.ids.map((id, i) => [id, i])) };
}

/** One worker's handle: run a range of sources, reporting sources done, and stop. */
export interface PartialWorker {
  run(from: number, to: number, onDone: (sources: number) => void): Promise<Float64Array>;
  close(): void;
}

/** Below this many people, starting workers costs more than it saves. */
export const PARALLEL_MIN_PEOPLE = 1500;

export function ranges(n: number, parts: number): [number, number][] {
  const out: [number, number][] = [];
  const size = Math.max(1, Math.ceil(n / parts));
  for (let from = 0; from < n; from += size) out.push([from, Math.min(n, from + size)]);
  return out;
}

/**
 * A runner that starts `threads` workers with `spawn` and shares the sources among them.
 * Small graphs, or one thread, run here without starting any.
 */
export function pooledRunner(spawn: (g: PortableGraph, weighted: boolean) => PartialWorker, threads: number): BetweennessRunner {
  return async (g, weighted, onProgress) => {
    if (g.n < PARALLEL_MIN_PEOPLE || threads <= 1) return betweennessPartial(g, { from: 0, to: g.n, weighted, onProgress });
    const count = threads;
    const queue = ranges(g.n, count * 4);
    const portable = toPortable(g);
    const workers = Array.from({ length: Math.min(count, queue.length) }, () => spawn(portable, weighted));
    const total = new Float64Array(g.n);
    let done = 0;
    try {
      await Promise.all(workers.map(async (w) => {
        for (let part = queue.shift(); part; part = queue.shift()) {
          const sums = await w.run(part[0], part[1], (k) => { done += k; onProgress(done, g.n); });
          for (let v = 0; v < g.n; v++) total[v]! += sums[v]!;
        }
      }));
    } finally {
      for (const w of workers) w.close();
    }
    onProgress(g.n, g.n);
    return total;
  };
}
