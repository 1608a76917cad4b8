/**
 * Sampled betweenness: an estimate of betweenness from the routes leaving k people drawn at
 * random, for networks too large to measure every route, with a standard error per person.
 * Brandes, U. & Pich, C. (2007). Centrality estimation in large networks. International Journal
 * of Bifurcation and Chaos 17(7), 2303-2318. Cochran, W. G. (1977). Sampling Techniques, 3rd
 * ed. Wiley, sections 2.5-2.6 (variance of a total under sampling without replacement, and its
 * unbiased estimate).
 * Convention: networkx >= 3.5 `betweenness_centrality(G, k=k, endpoints=False)`: k sources
 * drawn without replacement (here by a seeded mulberry32, so not networkx's own draw); the
 * dependency sums of a person v are scaled by (n-1)/k_v, where k_v = k - 1 if v was drawn
 * (its own routes never pass through it) and k otherwise, then normalised as exact betweenness.
 * networkx <= 3.4 scaled every person by n/k; both are unbiased, the newer one also given
 * whether v was drawn. samples >= n: every person is a source and the values are exact.
 * Standard error of v: the n-1 others' dependencies delta_s(v) are the population, S \ {v} a
 * simple random sample of size k_v, and the estimate (n-1) * mean; so
 *   SE(v) = (n-1) * sqrt((1 - k_v / (n-1)) * s_v^2 / k_v),
 * with s_v^2 the sample variance (divisor k_v - 1) of delta_s(v) over the drawn sources, scaled
 * like the values. 0 when k_v = n-1 (a census); NaN when k_v = 1 (one source shows no spread).
 * With samples >= 2 every value is defined; betweennessFromSources with a single source gives
 * NaN for that source's own value. n <= 2: zeros, standard errors 0.
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';
import { mulberry32 } from '../random.ts';
import { betweennessScale } from './betweenness.ts';
import { sourceStep } from './brandes-dijkstra.ts';
import { progressEvery } from './brandes.ts';

export interface SampledBetweennessOptions {
  /** Number of sources k, an integer >= 2; values >= n give exact betweenness. */
  samples: number;
  /** Seed of the draw; the same seed draws the same sources. */
  seed: number;
  /** networkx `normalized`; default true. */
  normalized?: boolean;
  /** Shortest routes by tie length 1 / weight (see weighted-betweenness.ts); default false. */
  weighted?: boolean;
  /** Called about every 1% of the sampled sources and once at the end with done = total. */
  onProgress?: (done: number, total: number) => void;
}

export interface SampledBetweenness {
  /** Estimated betweenness, aligned with g.ids, scaled as betweenness() would be. */
  values: Float64Array;
  /** Sources actually used: min(samples, n). */
  samples: number;
  /** Per person, the estimated standard error of values, in the same units. */
  standardError: Float64Array;
  /** The sources drawn, in the order drawn. */
  sources: Int32Array;
}

export function sampledBetweenness(g: CompiledGraph, opts: SampledBetweennessOptions): SampledBetweenness {
  assertCompiled(g, 'sampled betweenness');
  if (!Number.isInteger(opts.samples) || opts.samples < 2) {
    throw new Error(`sampled betweenness: samples is ${String(opts.samples)}; it must be an integer >= 2`);
  }
  if (!Number.isSafeInteger(opts.seed)) {
    throw new Error(`sampled betweenness: seed is ${String(opts.seed)}; it must be an integer`);
  }
  return betweennessFromSources(g, drawSources(g.n, Math.min(opts.samples, g.n), opts.seed), opts);
}

/**
 * The estimate from given distinct sources (what sampledBetweenness does after its draw): for
 * workers that share out one draw, or for checking the estimator over every possible sample.
 */
export function betweennessFromSources(
  g: CompiledGraph,
  sources: Int32Array,
  opts: Omit<SampledBetweennessOptions, 'samples' | 'seed'> = {},
): SampledBetweenness {
  assertCompiled(g, 'sampled betweenness');
  const { n } = g;
  const k = sources.length;
  const drawn = new Uint8Array(n);
  for (let i = 0; i < k; i++) {
    const s = sources[i]!;
    if (!(s >= 0 && s < n) || drawn[s] === 1) {
      throw new Error(`sampled betweenness: source ${s} is not a distinct person of 0 .. ${n - 1}`);
    }
    drawn[s] = 1;
  }
  const sums = new Float64Array(n);
  const squares = new Float64Array(n);
  const onProgress = opts.onProgress;
  if (k > 0) {
    const step = sourceStep(g, opts.weighted ?? false);
    const every = progressEvery(k);
    // In index order, so that a full census adds up exactly as betweenness() does.
    const ordered = sources.slice().sort();
    for (let i = 0; i < k; i++) {
      step(ordered[i]!, sums, squares);
      if (onProgress && (i + 1) % every === 0 && i + 1 < k) onProgress(i + 1, k);
    }
  }

  const values = new Float64Array(n);
  const standardError = new Float64Array(n);
  const scale = betweennessScale(g, opts.normalized ?? true);
  const others = n - 1;
  for (let v = 0; v < n; v++) {
    const kv = k - drawn[v]!; // v's own routes never pass through v
    if (n <= 2) continue; // nobody can lie between two others: 0, exactly
    if (kv === 0) {
      values[v] = NaN; // no other source drawn: nothing to estimate from
      standardError[v] = NaN;
      continue;
    }
    if (kv >= others) {
      values[v] = sums[v]! * scale; // every other person was a source: exact, SE 0
      continue;
    }
    const mean = sums[v]! / kv;
    values[v] = others * mean * scale;
    if (kv < 2) {
      standardError[v] = NaN;
      continue;
    }
    const variance = Math.max(0, (squares[v]! - kv * mean * mean) / (kv - 1));
    standardError[v] = others * Math.sqrt(((1 - kv / others) * variance) / kv) * scale;
  }
  onProgress?.(k, k);
  return { values, samples: k, standardError, sources: sources.slice() };
}

/** k distinct people out of n, by a partial Fisher-Yates shuffle driven by mulberry32(seed). */
export function drawSources(n: number, k: number, seed: number): Int32Array {
  const people = new Int32Array(n);
  for (let i = 0; i < n; i++) people[i] = i;
  const random = mulberry32(seed);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const x = people[i]!;
    people[i] = people[j]!;
    people[j] = x;
  }
  return people.slice(0, k);
}

