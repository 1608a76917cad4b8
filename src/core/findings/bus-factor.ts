/**
 * Bus factor between groups: for each pair of groups (sectors, say) with a tie between them,
 * how many different people carry those ties, and how few people would have to move on for the
 * two groups to lose every direct tie. That smallest number is a minimum vertex cover of the
 * bipartite graph of cross ties (one side per group); by König's theorem it equals the size of
 * a maximum matching, found here with Hopcroft-Karp, and the cover is read off the matching.
 * König, D. (1931). Gráfok és mátrixok. Matematikai és Fizikai Lapok 38, 116-119.
 * Hopcroft, J. E. & Karp, R. M. (1973). An n^5/2 algorithm for maximum matchings in bipartite
 * graphs. SIAM Journal on Computing 2(4), 225-231.
 * Conventions: a tie is a pair of people, whatever its direction (a mutual pair is one tie);
 * people with no group are left out, as in every group measure. The cover is one smallest set,
 * chosen deterministically; when the bus factor is 1 and there are two or more ties, it is the
 * only one (two different ties share at most one person).
 */
import type { CompiledGraph } from '../graph/compile.ts';
import type { Finding, NetworkContext } from './types.ts';

export interface GroupPairCarriers {
  /** The two groups, in group order (as the sector list sorts them). */
  groups: [string, string];
  /** Pairs of people with a tie between the two groups. */
  ties: number;
  /** Different people at either end of those ties. */
  carriers: number;
  /** Fewest people whose departure would leave the two groups with no direct tie. */
  busFactor: number;
  /** One such smallest set of people (ids, sorted). */
  cover: string[];
  /** The ties, as [source id, target id] in the view's graph. */
  edges: [string, string][];
}

/** Every pair of groups with at least one tie between them; [] when no boundary is chosen. */
export function busFactor(ctx: NetworkContext): GroupPairCarriers[] {
  const { g, groups } = ctx;
  if (!groups) return [];
  const k = groups.labels.length;
  const byPair = new Map<number, [number, number][]>();
  for (const [u, v] of tiePairs(g)) {
    const gu = groups.of[u]!;
    const gv = groups.of[v]!;
    if (gu === -1 || gv === -1 || gu === gv) continue;
    const key = gu < gv ? gu * k + gv : gv * k + gu;
    let list = byPair.get(key);
    if (!list) byPair.set(key, (list = []));
    list.push(gu < gv ? [u, v] : [v, u]);
  }
  return [...byPair.keys()].sort((a, b) => a - b).map((key) => {
    const pairs = byPair.get(key)!;
    const carriers = new Set<number>();
    for (const [u, v] of pairs) carriers.add(u).add(v);
    const cover = coverOf(pairs);
    return {
      groups: [groups.labels[Math.floor(key / k)]!, groups.labels[key % k]!],
      ties: pairs.length,
      carriers: carriers.size,
      busFactor: cover.length,
      cover: cover.map((v) => g.ids[v]!).sort(),
      edges: edgesOf(g, pairs),
    };
  });
}

/** A finding for each pair of groups whose two or more ties all have the same person at one end. */
export function busFactorFindings(ctx: NetworkContext): Finding[] {
  return busFactor(ctx).filter((p) => p.busFactor === 1 && p.ties >= 2).map((p) => {
    const [a, b] = p.groups;
    const id = p.cover[0]!;
    const name = ctx.labels[ctx.g.index.get(id)!]!;
    const others = new Set(p.edges.flat());
    others.delete(id);
    return {
      id: `bus-factor:${a}|${b}`,
      kind: 'risk',
      title: `${a} and ${b}: ${p.ties === 2 ? 'both ties' : `all ${p.ties.toLocaleString('en-GB')} ties`} between them depend on one person`,
      explanation: `Every tie between ${a} and ${b} has ${name} at one end. If ${name} moved on, ` +
        `the two would have no direct tie; a second person on either side with a tie across would make the link less fragile.`,
      evidence: {
        nodes: [id, ...[...others].sort()],
        edges: p.edges,
        figures: { ties: p.ties, carriers: p.carriers, busFactor: p.busFactor },
      },
    };
  });
}

/**
 * A minimum vertex cover of a bipartite graph given as [left node, right node] pairs (node
 * numbers of any kind; the two sides must not share a number). Returns the covering nodes.
 */
export function coverOf(pairs: readonly (readonly [number, number])[]): number[] {
  const leftIds = new Map<number, number>();
  const rightIds = new Map<number, number>();
  for (const [u, v] of pairs) {
    if (!leftIds.has(u)) leftIds.set(u, leftIds.size);
    if (!rightIds.has(v)) rightIds.set(v, rightIds.size);
  }
  const nL = leftIds.size;
  const offsets = new Int32Array(nL + 1);
  for (const [u] of pairs) offsets[leftIds.get(u)! + 1]!++;
  for (let i = 0; i < nL; i++) offsets[i + 1]! += offsets[i]!;
  const adj = new Int32Array(pairs.length);
  const fill = offsets.slice(0, nL);
  for (const [u, v] of pairs) adj[fill[leftIds.get(u)!]!++] = rightIds.get(v)!;
  const { left, right } = bipartiteCover(nL, rightIds.size, offsets, adj);
  const cover: number[] = [];
  for (const [u, i] of leftIds) if (left[i]) cover.push(u);
  for (const [v, j] of rightIds) if (right[j]) cover.push(v);
  return cover;
}

const FAR = 0x7fffffff;

/** Hopcroft-Karp matching, then König's construction: 1 marks a covering node on each side. */
export function bipartiteCover(nL: number, nR: number, offsets: Int32Array, adj: Int32Array): { left: Uint8Array; right: Uint8Array } {
  const matchL = new Int32Array(nL).fill(-1);
  const matchR = new Int32Array(nR).fill(-1);
  const dist = new Int32Array(nL);
  const queue = new Int32Array(nL);
  const next = new Int32Array(nL);
  const stack = new Int32Array(nL);

  const layer = (): boolean => {
    let head = 0;
    let tail = 0;
    let free = false;
    for (let u = 0; u < nL; u++) {
      if (matchL[u] === -1) { dist[u] = 0; queue[tail++] = u; } else dist[u] = FAR;
    }
    while (head < tail) {
      const u = queue[head++]!;
      for (let p = offsets[u]!; p < offsets[u + 1]!; p++) {
        const w = matchR[adj[p]!]!;
        if (w === -1) free = true;
        else if (dist[w] === FAR) { dist[w] = dist[u]! + 1; queue[tail++] = w; }
      }
    }
    return free;
  };
  // Depth-first along the layers with an explicit stack; augments the path when it ends free.
  const augment = (root: number): boolean => {
    let top = 0;
    stack[0] = root;
    while (top >= 0) {
      const u = stack[top]!;
      if (next[u] === offsets[u + 1]) { dist[u] = FAR; top--; continue; }
      const w = matchR[adj[next[u]!]!]!;
      if (w === -1) {
        for (let s = top; s >= 0; s--) {
          const x = stack[s]!;
          const y = adj[next[x]!]!;
          matchL[x] = y;
          matchR[y] = x;
        }
        return true;
      }
      if (dist[w] === dist[u]! + 1) stack[++top] = w;
      else next[u]!++;
    }
    return false;
  };
  while (layer()) {
    next.set(offsets.subarray(0, nL));
    for (let u = 0; u < nL; u++) if (matchL[u] === -1) augment(u);
  }

  // König: Z = nodes reachable from free left nodes by alternating paths; cover = (L \ Z) + (R ∩ Z).
  const seenL = new Uint8Array(nL);
  const right = new Uint8Array(nR);
  let tail = 0;
  for (let u = 0; u < nL; u++) if (matchL[u] === -1) { seenL[u] = 1; queue[tail++] = u; }
  for (let head = 0; head < tail; head++) {
    const u = queue[head]!;
    for (let p = offsets[u]!; p < offsets[u + 1]!; p++) {
      const v = adj[p]!;
      if (right[v]) continue;
      right[v] = 1;
      const w = matchR[v]!;
      if (w !== -1 && !seenL[w]) { seenL[w] = 1; queue[tail++] = w; }
    }
  }
  const left = seenL.map((s) => 1 - s);
  return { left, right };
}

/** Each pair of people with a tie, once, as [i, j] with i < j, in index order. */
export function tiePairs(g: CompiledGraph): [number, number][] {
  const out: [number, number][] = [];
  for (let u = 0; u < g.n; u++) {
    for (let p = g.outOffsets[u]!; p < g.outOffsets[u + 1]!; p++) {
      const v = g.outTargets[p]!;
      if (u < v) out.push([u, v]);
      else if (g.directed && !hasTie(g, v, u)) out.push([v, u]);
    }
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** The view's ties behind some pairs: both directions where both exist. */
export function edgesOf(g: CompiledGraph, pairs: readonly (readonly [number, number])[]): [string, string][] {
  const edges: [string, string][] = [];
  for (const [u, v] of pairs) {
    const [a, b] = u < v ? [u, v] : [v, u];
    if (!g.directed || hasTie(g, a, b)) edges.push([g.ids[a]!, g.ids[b]!]);
    if (g.directed && hasTie(g, b, a)) edges.push([g.ids[b]!, g.ids[a]!]);
  }
  return edges;
}

/** Whether u -> v is a tie (binary search in u's sorted row). */
export function hasTie(g: CompiledGraph, u: number, v: number): boolean {
  let lo = g.outOffsets[u]!;
  let hi = g.outOffsets[u + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const t = g.outTargets[mid]!;
    if (t === v) return true;
    if (t < v) lo = mid + 1;
    else hi = mid;
  }
  return false;
}
