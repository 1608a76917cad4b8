/**
 * Large synthetic learning systems for benchmarks (issues 3 and 8): n people in k groups,
 * about `tiesPerPerson` directed nominations each, mostly within the group, with a skewed
 * popularity so that a few people are named far more than most (as in real networks), over
 * several waves in which most ties persist. Seeded: the same options give the same network.
 */
import { Random } from './random.ts';

export interface LargeOptions {
  people: number;
  tiesPerPerson: number;
  groups: number;
  waves: number;
  seed: number;
  /** Share of nominations that cross to another group. */
  crossShare?: number;
  /** Share of people who answer each wave; non-respondents report no ties. Default 0.87. */
  responseRate?: number;
}

export interface LargeNetwork {
  group: Int32Array;
  groupLabels: string[];
  /** Directed ties of each wave as parallel arrays (no self-ties, no repeats within a wave). */
  waves: { label: string; source: Int32Array; target: Int32Array; strength: Int8Array; respondents: Uint8Array }[];
}

export function generateLarge(o: LargeOptions): LargeNetwork {
  const rnd = new Random(o.seed);
  const n = o.people;
  const crossShare = o.crossShare ?? 0.2;
  const group = new Int32Array(n);
  for (let i = 0; i < n; i++) group[i] = i % o.groups;
  const members: number[][] = Array.from({ length: o.groups }, () => []);
  for (let i = 0; i < n; i++) members[group[i]!]!.push(i);
  // Popularity: a Pareto-like weight; sampling by inverse CDF over cumulative sums per group.
  const weight = new Float64Array(n);
  for (let i = 0; i < n; i++) weight[i] = 1 / Math.pow(1 - rnd.next() * 0.999, 0.7);
  const cumulative = members.map((list) => {
    const c = new Float64Array(list.length);
    let s = 0;
    list.forEach((v, k) => { s += weight[v]!; c[k] = s; });
    return c;
  });
  const drawFrom = (g: number): number => {
    const c = cumulative[g]!;
    const x = rnd.next() * c[c.length - 1]!;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (c[mid]! < x) lo = mid + 1; else hi = mid; }
    return members[g]![lo]!;
  };

  // The base network, then each wave keeps most ties and adds some new ones.
  const base = new Map<number, number>();
  const key = (s: number, t: number): number => s * n + t;
  const addTies = (into: Map<number, number>, count: number): void => {
    for (let s = 0; s < n; s++) {
      for (let k = 0; k < count; k++) {
        const g = rnd.chance(crossShare) ? rnd.int(0, o.groups - 1) : group[s]!;
        const t = drawFrom(g);
        if (t !== s) into.set(key(s, t), rnd.int(1, 4));
      }
    }
  };
  addTies(base, o.tiesPerPerson);
  const waves: LargeNetwork['waves'] = [];
  let current = base;
  for (let w = 0; w < o.waves; w++) {
    if (w > 0) {
      const next = new Map<number, number>();
      for (const [k, v] of current) if (rnd.chance(0.8)) next.set(k, v);
      addTies(next, Math.round(o.tiesPerPerson * 0.2));
      current = next;
    }
    const respondents = new Uint8Array(n);
    for (let i = 0; i < n; i++) respondents[i] = rnd.chance(o.responseRate ?? 0.87) ? 1 : 0;
    const entries = [...current].filter(([k]) => respondents[Math.floor(k / n)] === 1);
    const source = new Int32Array(entries.length);
    const target = new Int32Array(entries.length);
    const strength = new Int8Array(entries.length);
    entries.forEach(([k, v], i) => { source[i] = Math.floor(k / n); target[i] = k % n; strength[i] = v; });
    waves.push({ label: `Wave ${w + 1}`, source, target, strength, respondents });
  }
  return { group, groupLabels: Array.from({ length: o.groups }, (_, g) => `Group ${g + 1}`), waves };
}

/** The network as Kith's CSV files (people, ties, respondents). */
export function largeCsv(net: LargeNetwork): { people: string; ties: string; respondents: string } {
  const n = net.group.length;
  const id = (i: number): string => `N${i}`;
  const people = ['id,name,group,organisation'];
  for (let i = 0; i < n; i++) people.push(`${id(i)},Person ${i},${net.groupLabels[net.group[i]!]},Org ${Math.floor(i / 40)}`);
  const ties = ['source,target,type,strength,wave'];
  const respondents = ['wave,id'];
  for (const w of net.waves) {
    for (let e = 0; e < w.source.length; e++) ties.push(`${id(w.source[e]!)},${id(w.target[e]!)},advice,${w.strength[e]},${w.label}`);
    for (let i = 0; i < n; i++) if (w.respondents[i]) respondents.push(`${w.label},${id(i)}`);
  }
  return { people: people.join('\n') + '\n', ties: ties.join('\n') + '\n', respondents: respondents.join('\n') + '\n' };
}
