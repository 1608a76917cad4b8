/**
 * Louvain communities: clusters of people more tied to each other than to the rest.
 * Blondel, V. D., Guillaume, J.-L., Lambiotte, R. & Lefebvre, E. (2008). Fast unfolding of
 * communities in large networks. J. Stat. Mech. P10008.
 * Convention: networkx `community.louvain_communities(G, weight='weight', resolution=1,
 * threshold=1e-7)`: no refinement step (not Leiden). Each level visits the nodes in a seeded
 * random order, moving each to the neighbouring community with the largest modularity gain
 * (on equal gains, the first met along its row) until a pass moves nobody; then the
 * communities become nodes and the next level starts. It stops when a level raises modularity
 * by 1e-7 or less, or moves nobody. A move must gain more than a rounding margin (1e-10 of the
 * node's strength), so equal choices never make it loop.
 * Kith's choices:
 * - Always on the undirected version of the graph: tie direction is ignored, and a pair tied
 *   both ways is one tie with the larger of the two weights (as compile merges parallel ties).
 *   `modularity` is then the undirected one; for a directed graph it differs from
 *   `modularity(g, community)`, which uses the directed formula.
 * - Weighted; a zero-weight tie adds nothing. Isolates, and people whose ties all weigh 0, form
 *   their own communities. No tie weight at all: everyone alone, modularity null.
 * - Deterministic for a seed (mulberry32; default seed 1). networkx's Python shuffle is not
 *   reproduced, so the partition can differ from networkx's for the same seed number.
 * - Communities numbered 0 = largest; equal sizes ordered by their lowest node index.
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';
import { mulberry32 } from '../random.ts';

export interface LouvainOptions {
  /** Seed of the node order; any integer. Default 1. */
  seed?: number;
  /** networkx `resolution`: above 1 favours smaller communities. Default 1. */
  resolution?: number;
}

export interface Louvain {
  /** Per node (aligned with ids): its community, 0 = largest. */
  community: Int32Array;
  count: number;
  /** Undirected weighted modularity of `community`; null when no tie has weight. */
  modularity: number | null;
}

/**
 * An undirected weighted graph at one level, rows without self-ties. An aggregated node's
 * strength is its members' total, so ties inside it (networkx's self-loops) count there.
 */
interface Level {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  strength: Float64Array;
}

const LEVEL_THRESHOLD = 1e-7;
const MOVE_MARGIN = 1e-10;

export function louvain(g: CompiledGraph, opts: LouvainOptions = {}): Louvain {
  assertCompiled(g, 'louvain');
  const resolution = opts.resolution ?? 1;
  const seed = opts.seed ?? 1;
  if (typeof resolution !== 'number' || !Number.isFinite(resolution) || resolution < 0) {
    throw new Error(`louvain: resolution is ${String(resolution)}; it must be a finite number >= 0`);
  }
  if (!Number.isSafeInteger(seed)) throw new Error(`louvain: seed is ${String(seed)}; it must be an integer`);
  const random = mulberry32(seed);
  const base = undirectedLevel(g);
  const n = g.n;
  let twoM = 0;
  for (let v = 0; v < n; v++) twoM += base.strength[v]!;
  const member = new Int32Array(n);
  for (let v = 0; v < n; v++) member[v] = v;
  if (twoM === 0) return finish(base, member, n, 0, resolution);
  const m = twoM / 2;

  let level = base;
  let q = partitionModularity(base, member, n, m, resolution);
  for (;;) {
    const { com, count, moved } = oneLevel(level, m, resolution, random);
    if (!moved) break;
    for (let v = 0; v < n; v++) member[v] = com[member[v]!]!;
    const next = partitionModularity(base, member, count, m, resolution);
    if (next - q <= LEVEL_THRESHOLD) break;
    q = next;
    level = aggregate(level, com, count);
  }
  return finish(base, member, n, m, resolution);
}

/** The graph with direction dropped: out and in rows merged, a two-way pair keeps its larger weight. */
function undirectedLevel(g: CompiledGraph): Level {
  const { n, outOffsets, outTargets, outWeights, inOffsets, inSources, inWeights } = g;
  let offsets = outOffsets;
  let targets = outTargets;
  let weights = outWeights;
  if (g.directed) {
    offsets = new Int32Array(n + 1);
    targets = new Int32Array(outTargets.length + inSources.length);
    weights = new Float64Array(targets.length);
    let k = 0;
    for (let u = 0; u < n; u++) {
      let i = outOffsets[u]!;
      let j = inOffsets[u]!;
      const iEnd = outOffsets[u + 1]!;
      const jEnd = inOffsets[u + 1]!;
      while (i < iEnd || j < jEnd) {
        // both rows are sorted by node index: a sorted merge
        const a = i < iEnd ? outTargets[i]! : n;
        const b = j < jEnd ? inSources[j]! : n;
        targets[k] = a <= b ? a : b;
        weights[k++] = a < b ? outWeights[i++]! : b < a ? inWeights[j++]! : Math.max(outWeights[i++]!, inWeights[j++]!);
      }
      offsets[u + 1] = k;
    }
    targets = targets.slice(0, k);
    weights = weights.slice(0, k);
  }
  const strength = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let s = 0;
    for (let p = offsets[u]!; p < offsets[u + 1]!; p++) s += weights[p]!;
    strength[u] = s;
  }
  return { n, offsets, targets, weights, strength };
}

/** Local moves until a pass moves nobody. Returns communities numbered 0..count-1. */
function oneLevel(level: Level, m: number, resolution: number, random: () => number) {
  const { n, offsets, targets, weights, strength } = level;
  const com = new Int32Array(n);
  const total = strength.slice(); // per community: sum of member strengths
  for (let u = 0; u < n; u++) com[u] = u;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  const toCom = new Float64Array(n); // weight from u to each neighbouring community
  const mark = new Float64Array(n).fill(-1); // visit at which toCom[c] was last reset
  const touched = new Int32Array(n);
  const scale = resolution / (2 * m);
  let moved = false;
  let moves = 1;
  let visit = 0;
  while (moves > 0) {
    moves = 0;
    for (let i = 0; i < n; i++) {
      const u = order[i]!;
      const own = com[u]!;
      const du = strength[u]!;
      visit++;
      let nt = 0;
      for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) {
        const c = com[targets[p]!]!;
        if (mark[c] !== visit) {
          mark[c] = visit;
          toCom[c] = 0;
          touched[nt++] = c;
        }
        toCom[c]! += weights[p]!;
      }
      total[own]! -= du;
      // networkx's gain (remove_cost + w_c / m - ...) times m; `stay` is -remove_cost times m.
      const stay = (mark[own] === visit ? toCom[own]! : 0) - scale * total[own]! * du;
      let best = own;
      let bestGain = MOVE_MARGIN * du;
      for (let j = 0; j < nt; j++) {
        const c = touched[j]!;
        const gain = toCom[c]! - scale * total[c]! * du - stay;
        if (gain > bestGain) {
          bestGain = gain;
          best = c;
        }
      }
      total[best]! += du;
      if (best !== own) {
        com[u] = best;
        moves++;
        moved = true;
      }
    }
  }
  // Renumber the surviving communities 0..count-1 in order of their lowest member.
  const renumber = new Int32Array(n).fill(-1);
  let count = 0;
  for (let u = 0; u < n; u++) {
    const c = com[u]!;
    if (renumber[c] === -1) renumber[c] = count++;
    com[u] = renumber[c]!;
  }
  return { com, count, moved };
}

/** Q = sum_c [ in_c / m - resolution * (K_c / 2m)^2 ] for communities `com` of the base graph. */
function partitionModularity(base: Level, com: Int32Array, count: number, m: number, resolution: number): number {
  const inside = new Float64Array(count);
  const total = new Float64Array(count);
  for (let u = 0; u < base.n; u++) {
    const c = com[u]!;
    total[c]! += base.strength[u]!;
    for (let p = base.offsets[u]!; p < base.offsets[u + 1]!; p++) {
      const t = base.targets[p]!;
      if (u < t && com[t] === c) inside[c]! += base.weights[p]!;
    }
  }
  let q = 0;
  for (let c = 0; c < count; c++) q += inside[c]! / m - resolution * (total[c]! / (2 * m)) ** 2;
  return q;
}

/** The graph of communities: one node per community, ties between communities summed. */
function aggregate(level: Level, com: Int32Array, count: number): Level {
  const { n, offsets, targets, weights } = level;
  // members of each community, by a counting sort
  const start = new Int32Array(count + 1);
  for (let u = 0; u < n; u++) start[com[u]! + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const members = new Int32Array(n);
  const cursor = start.slice(0, count);
  for (let u = 0; u < n; u++) members[cursor[com[u]!]!++] = u;

  const strength = new Float64Array(count);
  const outOffsets = new Int32Array(count + 1);
  const outTargets = new Int32Array(targets.length);
  const outWeights = new Float64Array(targets.length);
  const slot = new Int32Array(count).fill(-1); // where community d sits in the current row
  let k = 0;
  for (let c = 0; c < count; c++) {
    const rowStart = k;
    for (let i = start[c]!; i < start[c + 1]!; i++) {
      const u = members[i]!;
      strength[c]! += level.strength[u]!;
      for (let p = offsets[u]!; p < offsets[u + 1]!; p++) {
        const t = targets[p]!;
        const d = com[t]!;
        if (d === c) continue;
        if (slot[d]! >= rowStart) {
          outWeights[slot[d]!]! += weights[p]!;
        } else {
          slot[d] = k;
          outTargets[k] = d;
          outWeights[k++] = weights[p]!;
        }
      }
    }
    outOffsets[c + 1] = k;
  }
  return { n: count, offsets: outOffsets, targets: outTargets.slice(0, k), weights: outWeights.slice(0, k), strength };
}

/** Renumbers `member` largest first (ties: lowest node index) and measures it on `base`. */
function finish(base: Level, member: Int32Array, n: number, m: number, resolution: number): Louvain {
  const found = new Int32Array(n).fill(-1);
  const sizes: number[] = [];
  for (let v = 0; v < n; v++) {
    const c = member[v]!;
    if (found[c] === -1) {
      found[c] = sizes.length;
      sizes.push(0);
    }
    sizes[found[c]!]!++;
  }
  const byRank = sizes.map((_, c) => c).sort((a, b) => sizes[b]! - sizes[a]!);
  const rank = new Int32Array(sizes.length);
  byRank.forEach((c, r) => (rank[c] = r));
  const community = new Int32Array(n);
  for (let v = 0; v < n; v++) community[v] = rank[found[member[v]!]!]!;
  const count = sizes.length;
  return { community, count, modularity: m === 0 ? null : partitionModularity(base, community, count, m, resolution) };
}
