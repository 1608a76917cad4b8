/**
 * The all-pairs work of the suite (exact betweenness, closeness and harmonic closeness,
 * distances), shared out among workers. Each job runs for a range of sources; ranges are cut
 * finer than the number of workers so that a worker that finishes early takes the next one;
 * the parts add up to the single-thread result. How a worker starts is the caller's business:
 * Web Workers in the browser (src/worker), worker_threads in Node (src/cli).
 */
import type { CompiledGraph } from '../graph/compile.ts';
import { betweennessPartial } from './betweenness.ts';
import { closenessBoth, type ClosenessBoth } from './closeness-both.ts';
import { combinePathLengths, finishPathLengths, pathLengthPartial, type PathLengths, type PathLengthSums } from './distances.ts';

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

export type Job = { kind: 'betweenness'; weighted: boolean } | { kind: 'closeness' } | { kind: 'paths' };

export type JobResult =
  | { kind: 'betweenness'; sums: Float64Array }
  | ({ kind: 'closeness' } & ClosenessBoth)
  | { kind: 'paths'; sums: PathLengthSums };

/** One job on one range of sources: what a worker runs. */
export function runJob(g: CompiledGraph, job: Job, from: number, to: number, onProgress?: (done: number, total: number) => void): JobResult {
  const o = { from, to, ...(onProgress ? { onProgress } : {}) };
  switch (job.kind) {
    case 'betweenness': return { kind: 'betweenness', sums: betweennessPartial(g, { ...o, weighted: job.weighted }) };
    case 'closeness': return { kind: 'closeness', ...closenessBoth(g, o) };
    case 'paths': return { kind: 'paths', sums: pathLengthPartial(g, o) };
  }
}

/** One worker's handle: run a job on a range, reporting sources done, and stop. */
export interface PartialWorker {
  run(job: Job, from: number, to: number, onDone: (sources: number) => void): Promise<JobResult>;
  close(): void;
}

/** The all-pairs jobs of one graph, run here or in workers. close() stops the workers. */
export interface MetricPool {
  betweenness(weighted: boolean, onProgress: (done: number, total: number) => void): Promise<Float64Array>;
  closeness(onProgress: (done: number, total: number) => void): Promise<ClosenessBoth>;
  paths(onProgress: (done: number, total: number) => void): Promise<PathLengths>;
  close(): void;
}

export type PoolFactory = (g: CompiledGraph) => MetricPool;

/** Below this many people, starting workers costs more than it saves. */
export const PARALLEL_MIN_PEOPLE = 1500;

export function ranges(n: number, parts: number): [number, number][] {
  const out: [number, number][] = [];
  const size = Math.max(1, Math.ceil(n / parts));
  for (let from = 0; from < n; from += size) out.push([from, Math.min(n, from + size)]);
  return out;
}

/** Runs every job here, in one piece. */
export const inlinePool: PoolFactory = (g) => {
  const run = (job: Job, onProgress: (d: number, t: number) => void) => runJob(g, job, 0, g.n, onProgress);
  return {
    betweenness: async (weighted, p) => (run({ kind: 'betweenness', weighted }, p) as { sums: Float64Array }).sums,
    closeness: async (p) => run({ kind: 'closeness' }, p) as ClosenessBoth,
    paths: async (p) => finishPathLengths(g, (run({ kind: 'paths' }, p) as { sums: PathLengthSums }).sums),
    close: () => {},
  };
};

/**
 * A pool of `threads` workers started with `spawn` on first use and kept for every job of
 * this graph. Small graphs, or one thread, run inline.
 */
export function workerPool(spawn: (g: PortableGraph) => PartialWorker, threads: number): PoolFactory {
  return (g) => {
    if (g.n < PARALLEL_MIN_PEOPLE || threads <= 1) return inlinePool(g);
    let workers: PartialWorker[] | null = null;
    const started = (): PartialWorker[] => {
      if (!workers) {
        const portable = toPortable(g);
        workers = Array.from({ length: threads }, () => spawn(portable));
      }
      return workers;
    };
    const share = async (job: Job, onProgress: (d: number, t: number) => void): Promise<{ range: [number, number]; result: JobResult }[]> => {
      const queue = ranges(g.n, threads * 4);
      const results: { range: [number, number]; result: JobResult }[] = [];
      let done = 0;
      await Promise.all(started().map(async (w) => {
        for (let range = queue.shift(); range; range = queue.shift()) {
          const result = await w.run(job, range[0], range[1], (k) => { done += k; onProgress(done, g.n); });
          results.push({ range, result });
        }
      }));
      onProgress(g.n, g.n);
      return results;
    };
    return {
      async betweenness(weighted, onProgress) {
        const total = new Float64Array(g.n);
        for (const { result } of await share({ kind: 'betweenness', weighted }, onProgress)) {
          if (result.kind !== 'betweenness') continue;
          for (let v = 0; v < g.n; v++) total[v]! += result.sums[v]!;
        }
        return total;
      },
      async closeness(onProgress) {
        const out: ClosenessBoth = { closeness: new Float64Array(g.n), harmonic: new Float64Array(g.n) };
        for (const { range, result } of await share({ kind: 'closeness' }, onProgress)) {
          if (result.kind !== 'closeness') continue;
          out.closeness.set(result.closeness, range[0]);
          out.harmonic.set(result.harmonic, range[0]);
        }
        return out;
      },
      async paths(onProgress) {
        const parts = (await share({ kind: 'paths' }, onProgress)).flatMap(({ result }) => (result.kind === 'paths' ? [result.sums] : []));
        return finishPathLengths(g, combinePathLengths(parts));
      },
      close() {
        for (const w of workers ?? []) w.close();
        workers = null;
      },
    };
  };
}
