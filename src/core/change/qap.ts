/**
 * QAP test: are two waves' networks more alike than chance?
 *
 * The quadratic assignment procedure compares the correlation of the two adjacency matrices
 * with its distribution when the people of one wave are relabelled at random (the same
 * permutation applied to rows and columns), which keeps each network's structure intact and
 * breaks only the link between who is who.
 * Hubert, L. J. & Schultz, J. (1976). Quadratic assignment as a general data analysis strategy.
 * British Journal of Mathematical and Statistical Psychology 29, 190-241.
 * Krackhardt, D. (1987). QAP partialling as a test of spuriousness. Social Networks 9, 171-186.
 * Phipson, B. & Smyth, G. K. (2010). Permutation p-values should never be zero. Statistical
 * Applications in Genetics and Molecular Biology 9(1), article 39.
 * Convention: R sna `qaptest(list(g1, g2), gcor, g1 = 1, g2 = 2)` on the 0/1 tie matrices of the
 * view (parallel ties merged), diagonal left out; ordered pairs when directed, unordered pairs
 * (the upper triangle) otherwise. One-sided: p = (relabellings with correlation >= observed
 * + 1) / (permutations + 1).
 *
 * Fast from tie lists: with binary matrices over N pairs, X with a ties and Y with b ties, the
 * Pearson correlation is (N k - a b) / sqrt(a (N - a) b (N - b)), k = pairs tied in both. Only k
 * changes under relabelling, so each permutation costs O(b log d) (a look-up per tie of Y in
 * the sorted rows of X), and "correlation >= observed" is the exact integer test k' >= k.
 *
 * Non-respondents: by default everyone in the people file takes part, and a tie missing
 * because its reporter did not answer counts as absent (the sna default on survey matrices).
 * That tends to lower the correlation, so the test errs on the side of caution; the explanation
 * says how many people did not answer. `respondentsOnly` restricts both matrices to the people who
 * answered both waves (when the data do not say who answered, everyone counts as a respondent).
 */
import { mulberry32 } from '../random.ts';
import type { Dataset } from '../model/types.ts';
import { forEachViewEdge } from '../view/build.ts';
import type { NetworkView } from '../view/view.ts';
import { compareWaves, respondentsOf } from './compare.ts';

export interface QapOptions {
  /** Random relabellings; default 1000. */
  permutations?: number;
  /** Seed of the relabellings; default 1. */
  seed?: number;
  /** Only people who answered both waves (and ties among them); default false. */
  respondentsOnly?: boolean;
}

export interface QapResult {
  from: string;
  to: string;
  /** Pearson correlation of the two 0/1 tie matrices; null when either has no variance (no ties, or every pair tied). */
  correlation: number | null;
  /** One-sided permutation p-value, (count + 1) / (permutations + 1); null when correlation is null. */
  pValue: number | null;
  /** Relabellings whose correlation was at least the observed one. */
  asClose: number;
  permutations: number;
  /** People in the matrices. */
  people: number;
  /** Of those, how many did not answer one or both waves (0 with respondentsOnly). */
  nonRespondents: number;
  /** Jaccard similarity of the tie sets (compareWaves), for reference; over the whole dataset. */
  jaccard: number | null;
  explanation: string;
}

interface Ties { from: Int32Array; to: Int32Array }

function tiesOf(ds: Dataset, view: NetworkView, wave: string, index: Map<string, number>): Ties {
  const from: number[] = [];
  const to: number[] = [];
  forEachViewEdge(ds, { ...view, wave }, ({ source: s, target: t }) => {
    const i = index.get(s);
    const j = index.get(t);
    if (i === undefined || j === undefined || i === j) return;
    from.push(i);
    to.push(j);
  });
  return { from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** Sorted rows of X (both directions when undirected), for look-ups by binary search. */
function rows(n: number, x: Ties, directed: boolean): { offsets: Int32Array; targets: Int32Array } {
  const offsets = new Int32Array(n + 1);
  const add = (f: (u: number, v: number) => void): void => {
    for (let e = 0; e < x.from.length; e++) {
      f(x.from[e]!, x.to[e]!);
      if (!directed) f(x.to[e]!, x.from[e]!);
    }
  };
  add((u) => offsets[u + 1]!++);
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]!);
  add((u, v) => (targets[fill[u]!++] = v));
  for (let v = 0; v < n; v++) targets.subarray(offsets[v]!, offsets[v + 1]!).sort();
  return { offsets, targets };
}

function has(r: { offsets: Int32Array; targets: Int32Array }, u: number, v: number): boolean {
  let lo = r.offsets[u]!;
  let hi = r.offsets[u + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const t = r.targets[mid]!;
    if (t === v) return true;
    if (t < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

export function qapCorrelation(ds: Dataset, view: NetworkView, from: string, to: string, opts: QapOptions = {}): QapResult {
  const permutations = opts.permutations ?? 1000;
  if (!Number.isInteger(permutations) || permutations < 1) {
    throw new Error(`qap: permutations is ${String(permutations)}; it must be a whole number of at least 1`);
  }
  const before = respondentsOf(ds, from);
  const after = respondentsOf(ds, to);
  const answeredBoth = (id: string): boolean => before.has(id) && after.has(id);
  const ids = ds.actors.map((a) => a.id).filter((id) => !opts.respondentsOnly || answeredBoth(id));
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const directed = view.direction === 'directed';
  const x = tiesOf(ds, view, from, index);
  const y = tiesOf(ds, view, to, index);
  const pairs = directed ? n * (n - 1) : (n * (n - 1)) / 2;
  const a = x.from.length;
  const b = y.from.length;
  const xr = rows(n, x, directed);

  const overlap = (perm: Int32Array | null): number => {
    let k = 0;
    for (let e = 0; e < b; e++) {
      const u = perm ? perm[y.from[e]!]! : y.from[e]!;
      const v = perm ? perm[y.to[e]!]! : y.to[e]!;
      if (has(xr, u, v)) k++;
    }
    return k;
  };
  const corr = (k: number): number => (pairs * k - a * b) / Math.sqrt(a * (pairs - a) * b * (pairs - b));

  const nonRespondents = ids.filter((id) => !answeredBoth(id)).length;
  const jaccard = compareWaves(ds, view, from, to).jaccard;
  const base = { from, to, permutations, people: n, nonRespondents, jaccard };
  if (a === 0 || b === 0 || a === pairs || b === pairs) {
    return { ...base, correlation: null, pValue: null, asClose: 0, explanation: untestable(a, b, from, to) };
  }
  const observed = overlap(null);
  const random = mulberry32(opts.seed ?? 1);
  const perm = new Int32Array(n);
  let asClose = 0;
  for (let p = 0; p < permutations; p++) {
    for (let i = 0; i < n; i++) perm[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = perm[i]!;
      perm[i] = perm[j]!;
      perm[j] = t;
    }
    if (overlap(perm) >= observed) asClose++;
  }
  const correlation = corr(observed);
  const pValue = (asClose + 1) / (permutations + 1);
  return { ...base, correlation, pValue, asClose, explanation: explain(correlation, pValue, asClose, permutations, nonRespondents, opts.respondentsOnly ?? false) };
}

const whole = (v: number): string => v.toLocaleString('en-GB');

function untestable(a: number, b: number, from: string, to: string): string {
  const which = a === 0 && b === 0 ? 'Neither wave has' : a === 0 ? `${from} has no` : b === 0 ? `${to} has no` : 'One wave has every';
  return `${which}${which.endsWith('every') ? ' possible tie' : ' ties'} in this view, so the two waves cannot be compared for similarity.`;
}

function explain(r: number, p: number, asClose: number, permutations: number, nonRespondents: number, respondentsOnly: boolean): string {
  const pText = p < 0.001 ? 'p < 0.001' : `p = ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`;
  const came = `${asClose === 0 ? 'none' : whole(asClose)} of ${whole(permutations)} random relabellings came as close`;
  const figures = `(correlation ${r.toFixed(2)}; ${came}, ${pText})`;
  let text = p < 0.05
    ? `The two waves' networks are ${p < 0.01 ? 'far ' : ''}more alike than chance ${figures}: ${r >= 0.5 ? 'many' : 'some'} relationships lasted.`
    : `The two waves' networks are no more alike than chance would make them ${figures}: few relationships carried over, or there are too few ties to tell.`;
  if (respondentsOnly) text += ' Only people who answered both waves are counted.';
  else if (nonRespondents > 0) {
    text += ` ${whole(nonRespondents)} ${nonRespondents === 1 ? 'person' : 'people'} did not answer one of the waves; the ties they did not report count as absent here, which tends to make the waves look less alike.`;
  }
  return text;
}
