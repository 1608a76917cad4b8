/**
 * Compile a graphology graph into compressed sparse rows (CSR), the form every metric reads.
 *
 * Conventions (see docs/metrics.md):
 * - Node order is `graph.nodes()` order; every metric returns arrays aligned with `ids`.
 * - Self-ties are dropped: no metric here counts a tie from a person to themselves.
 * - Parallel ties between the same ordered pair (directed) or the same pair (undirected) are
 *   merged into one tie that keeps the LARGEST weight, not the sum: two records of "we meet
 *   monthly" describe one monthly tie, not a tie twice as strong.
 * - `weight` must be a finite number >= 0. A missing `weight` attribute reads as 1 (the
 *   graphology and networkx default). A zero weight is still a tie: it counts for degree,
 *   paths and components, and adds 0 to strength.
 * - Neighbour lists are sorted by node index, so results never depend on insertion order.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';

export interface CompiledGraph {
  n: number;
  /** Node order: index i of every array is the node ids[i]. */
  ids: string[];
  index: Map<string, number>;
  directed: boolean;
  /** Outgoing neighbours (undirected: all neighbours; each edge appears in both lists). */
  outOffsets: Int32Array;
  outTargets: Int32Array;
  outWeights: Float64Array;
  /** Incoming neighbours (undirected: the very same arrays as out). */
  inOffsets: Int32Array;
  inSources: Int32Array;
  inWeights: Float64Array;
  /** Distinct edges after merging (an undirected edge counts once). */
  edgeCount: number;
}

interface Rows {
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

export function compileGraph<N extends Attributes, E extends Attributes, G extends Attributes>(
  graph: AbstractGraph<N, E, G>,
): CompiledGraph {
  if (graph.type !== 'directed' && graph.type !== 'undirected') {
    throw new Error(`compile: graph type is '${graph.type}'; build it as 'directed' or 'undirected'`);
  }
  const directed = graph.type === 'directed';
  const ids = graph.nodes();
  const index = indexOf(ids);

  const m = graph.size;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const weight = new Float64Array(m);
  let k = 0;
  graph.forEachEdge((edge, attributes, source, target) => {
    const w = readWeight(edge, source, target, attributes);
    if (source === target) return;
    let u = index.get(source)!;
    let v = index.get(target)!;
    if (!directed && u > v) [u, v] = [v, u];
    from[k] = u;
    to[k] = v;
    weight[k] = w;
    k++;
  });

  return compileRows(ids, index, directed, from.subarray(0, k), to.subarray(0, k), weight.subarray(0, k));
}

/**
 * The same compiled form from ties given as node indices (`from[e]` to `to[e]`, weight
 * `weight[e]`) over `ids`: for callers that never build a graphology graph. Self-ties are
 * dropped, undirected ties may come either way round, and weights are checked as above.
 */
export function compileEdges(ids: string[], directed: boolean, from: Int32Array, to: Int32Array, weight: Float64Array): CompiledGraph {
  const n = ids.length;
  const m = from.length;
  const f = new Int32Array(m);
  const t = new Int32Array(m);
  const w = new Float64Array(m);
  let k = 0;
  for (let e = 0; e < m; e++) {
    let u = from[e]!;
    let v = to[e]!;
    const x = weight[e]!;
    if (!(u >= 0 && u < n && v >= 0 && v < n)) throw new Error(`compile: tie ${e} joins ${u} and ${v}, outside the ${n} people`);
    if (!Number.isFinite(x) || x < 0) throw new Error(`compile: tie ${ids[u]} -> ${ids[v]} has weight ${x}; weights must be finite numbers >= 0`);
    if (u === v) continue;
    if (!directed && u > v) [u, v] = [v, u];
    f[k] = u; t[k] = v; w[k] = x; k++;
  }
  return compileRows(ids, indexOf(ids), directed, f.subarray(0, k), t.subarray(0, k), w.subarray(0, k));
}

function indexOf(ids: string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}

function compileRows(ids: string[], index: Map<string, number>, directed: boolean, from: Int32Array, to: Int32Array, weight: Float64Array): CompiledGraph {
  const n = ids.length;
  // One row per source, sorted by target; then parallel ties merged (max weight).
  const merged = mergeParallel(buildRows(n, from, to, weight));
  const edgeCount = merged.targets.length;
  const sources = rowSources(merged.offsets, edgeCount);

  if (directed) {
    const incoming = buildRows(n, merged.targets, sources, merged.weights);
    return {
      n, ids, index, directed,
      outOffsets: merged.offsets, outTargets: merged.targets, outWeights: merged.weights,
      inOffsets: incoming.offsets, inSources: incoming.targets, inWeights: incoming.weights,
      edgeCount,
    };
  }
  // Undirected: each edge {u, v} (stored once with u < v) goes into the rows of u and of v.
  const both = new Int32Array(2 * edgeCount);
  const other = new Int32Array(2 * edgeCount);
  const bothWeights = new Float64Array(2 * edgeCount);
  both.set(sources, 0);
  both.set(merged.targets, edgeCount);
  other.set(merged.targets, 0);
  other.set(sources, edgeCount);
  bothWeights.set(merged.weights, 0);
  bothWeights.set(merged.weights, edgeCount);
  const rows = buildRows(n, both, other, bothWeights);
  return {
    n, ids, index, directed,
    outOffsets: rows.offsets, outTargets: rows.targets, outWeights: rows.weights,
    inOffsets: rows.offsets, inSources: rows.targets, inWeights: rows.weights,
    edgeCount,
  };
}

/**
 * Cheap structural check that metrics run up front, so that a hand-made or truncated
 * CompiledGraph fails with the metric's name rather than reading out of bounds.
 */
export function assertCompiled(g: CompiledGraph, module: string): void {
  const ok =
    Number.isInteger(g.n) && g.n >= 0 && g.ids.length === g.n &&
    g.outOffsets.length === g.n + 1 && g.inOffsets.length === g.n + 1 &&
    g.outOffsets[g.n] === g.outTargets.length && g.outTargets.length === g.outWeights.length &&
    g.inOffsets[g.n] === g.inSources.length && g.inSources.length === g.inWeights.length;
  if (!ok) throw new Error(`${module}: graph is not a compiled graph; pass it through compileGraph first`);
}

function readWeight(edge: string, source: string, target: string, attributes: Attributes): number {
  const w: unknown = attributes['weight'];
  if (w === undefined) return 1;
  if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
    throw new Error(
      `compile: tie ${edge} (${source} -> ${target}) has weight ${String(w)}; weights must be finite numbers >= 0`,
    );
  }
  return w;
}

/** Two stable counting sorts (by target, then by source): rows sorted by target. O(n + m). */
function buildRows(n: number, from: Int32Array, to: Int32Array, w: Float64Array): Rows {
  const m = from.length;
  const byTarget = new Int32Array(m);
  const count = new Int32Array(n + 1);
  for (let i = 0; i < m; i++) count[to[i]! + 1]!++;
  for (let v = 0; v < n; v++) count[v + 1]! += count[v]!;
  for (let i = 0; i < m; i++) byTarget[count[to[i]!]!++] = i;

  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < m; i++) offsets[from[i]! + 1]!++;
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(m);
  const weights = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const i = byTarget[j]!;
    const p = cursor[from[i]!]!++;
    targets[p] = to[i]!;
    weights[p] = w[i]!;
  }
  return { offsets, targets, weights };
}

/** Collapse runs of the same target within a row, keeping the largest weight. */
function mergeParallel(rows: Rows): Rows {
  const { offsets, targets, weights } = rows;
  const n = offsets.length - 1;
  const outOffsets = new Int32Array(n + 1);
  let write = 0;
  for (let u = 0; u < n; u++) {
    const start = write;
    for (let p = offsets[u]!; p < offsets[u + 1]!; p++) {
      const v = targets[p]!;
      if (write > start && targets[write - 1] === v) {
        if (weights[p]! > weights[write - 1]!) weights[write - 1] = weights[p]!;
      } else {
        targets[write] = v;
        weights[write] = weights[p]!;
        write++;
      }
    }
    outOffsets[u + 1] = write;
  }
  return { offsets: outOffsets, targets: targets.slice(0, write), weights: weights.slice(0, write) };
}

/** The row (source) of every entry of a CSR, expanded. */
function rowSources(offsets: Int32Array, m: number): Int32Array {
  const sources = new Int32Array(m);
  for (let u = 0; u + 1 < offsets.length; u++) sources.fill(u, offsets[u]!, offsets[u + 1]!);
  return sources;
}
