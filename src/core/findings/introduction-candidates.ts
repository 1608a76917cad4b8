/**
 * The working parts of suggested introductions (introductions.ts): candidate pairs kept in
 * flat arrays, the view's meetings and respondents by node index, and look-ups in sorted
 * lists of neighbours.
 */
import type { SharedMeeting } from './introductions.ts';
import type { NetworkContext } from './types.ts';

/** A pair that could be introduced: its people, and how many contacts and meetings they share. */
export interface Candidate { a: number; b: number; contacts: number; meetings: number }

/** Candidate pairs (a, b) as flat arrays, found by their pair number. */
export class Candidates {
  readonly a: number[] = [];
  readonly b: number[] = [];
  readonly contacts: number[] = [];
  readonly meetings: number[] = [];
  private readonly at = new Map<number, number>();
  constructor(private readonly n: number) {}
  get size(): number { return this.a.length; }
  slot(a: number, b: number): number {
    const key = a * this.n + b;
    let i = this.at.get(key);
    if (i === undefined) {
      i = this.a.length;
      this.at.set(key, i);
      this.a.push(a); this.b.push(b); this.contacts.push(0); this.meetings.push(0);
    }
    return i;
  }
}

/** The view's meetings (an event on one date) with their attendees, in a stable order. */
export function occasions(ctx: NetworkContext): (SharedMeeting & { people: number[] })[] {
  const byKey = new Map<string, SharedMeeting & { people: Set<number> }>();
  for (const r of ctx.dataset.attendance) {
    const u = ctx.g.index.get(r.person);
    // As co-attendance does: records without a wave (memberships) count in every wave.
    if (u === undefined || (ctx.view.wave !== null && r.wave !== null && r.wave !== ctx.view.wave)) continue;
    const key = JSON.stringify([r.event, r.date]);
    let m = byKey.get(key);
    if (!m) byKey.set(key, (m = { event: r.event, date: r.date, people: new Set() }));
    m.people.add(u);
  }
  return [...byKey.keys()].sort(compare).map((key) => {
    const m = byKey.get(key)!;
    return { event: m.event, date: m.date, people: [...m.people].sort((x, y) => x - y) };
  });
}

/** Who answered the view's wave(s), by node index; null when the data do not say. */
export function respondents(ctx: NetworkContext): Uint8Array | null {
  const waves = ctx.view.wave === null ? ctx.dataset.waves : ctx.dataset.waves.filter((w) => w.id === ctx.view.wave);
  if (waves.length === 0 || waves.some((w) => w.respondents === null)) return null;
  const answered = new Uint8Array(ctx.g.n);
  for (const w of waves) for (const id of w.respondents!) { const u = ctx.g.index.get(id); if (u !== undefined) answered[u] = 1; }
  return answered;
}

export function groupMedians(within: Int32Array, of: Int32Array, k: number): Float64Array {
  const values = Array.from({ length: k }, () => [] as number[]);
  for (let u = 0; u < of.length; u++) if (of[u]! >= 0) values[of[u]!]!.push(within[u]!);
  return Float64Array.from(values, (v) => {
    v.sort((x, y) => x - y);
    const h = v.length >> 1;
    return v.length === 0 ? 0 : v.length % 2 ? v[h]! : (v[h - 1]! + v[h]!) / 2;
  });
}

/** The view's ties between u and w, as [source, target] ids (undirected: the smaller id first, as build does). */
export function tiesBetween(ctx: NetworkContext, u: number, w: number): [string, string][] {
  const { g } = ctx;
  const has = (s: number, t: number): boolean => g.outTargets.subarray(g.outOffsets[s]!, g.outOffsets[s + 1]!).includes(t);
  const [su, sw] = [g.ids[u]!, g.ids[w]!];
  if (!g.directed) return has(u, w) ? [su < sw ? [su, sw] : [sw, su]] : [];
  return [...(has(u, w) ? [[su, sw] as [string, string]] : []), ...(has(w, u) ? [[sw, su] as [string, string]] : [])];
}

/** Whether v is in u's sorted list of neighbours. */
export function tied(nb: number[][], u: number, v: number): boolean {
  const list = nb[u]!;
  let lo = 0, hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = list[mid]!;
    if (x === v) return true;
    if (x < v) lo = mid + 1; else hi = mid - 1;
  }
  return false;
}

/** The people in both sorted lists of neighbours. */
export function commonNeighbours(nb: number[][], u: number, v: number): number[] {
  const p = nb[u]!, q = nb[v]!;
  const out: number[] = [];
  for (let i = 0, j = 0; i < p.length && j < q.length;) {
    if (p[i] === q[j]) { out.push(p[i]!); i++; j++; } else if (p[i]! < q[j]!) i++; else j++;
  }
  return out;
}

const collator = new Intl.Collator('en-GB', { numeric: true });

/** Names in the order people read them (numbers by value), then exactly, so that ties never depend on the locale. */
export function compare(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
