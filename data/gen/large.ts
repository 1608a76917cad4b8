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
  /** Meetings per group per wave, each attended by 10 to 40 of the group's people. Default 4. */
  meetingsPerGroup?: number;
}

/** One attendance record: person `person` was at meeting `meeting` (a name) in wave `wave`. */
export interface LargeAttendance {
  person: Int32Array;
  meeting: Int32Array;
  wave: Int32Array;
  meetingLabels: string[];
  meetingDates: string[];
}

export interface LargeNetwork {
  group: Int32Array;
  groupLabels: string[];
  /** Directed ties of each wave as parallel arrays (no self-ties, no repeats within a wave). */
  waves: { label: string; source: Int32Array; target: Int32Array; strength: Int8Array; respondents: Uint8Array }[];
  attendance: LargeAttendance;
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
  const groupLabels = Array.from({ length: o.groups }, (_, g) => `Group ${g + 1}`);
  return { group, groupLabels, waves, attendance: meetings(rnd, members, groupLabels, o.waves, o.meetingsPerGroup ?? 4) };
}

/** Each group's meetings in each wave, attended by a random 10 to 40 of its people. */
function meetings(rnd: Random, members: number[][], groupLabels: string[], waves: number, perGroup: number): LargeAttendance {
  const person: number[] = [];
  const meeting: number[] = [];
  const wave: number[] = [];
  const meetingLabels: string[] = [];
  const meetingDates: string[] = [];
  for (let w = 0; w < waves; w++) {
    members.forEach((list, g) => {
      for (let k = 0; k < perGroup; k++) {
        const m = meetingLabels.length;
        meetingLabels.push(`${groupLabels[g]} meeting ${k + 1}`);
        meetingDates.push(`${2024 + w}-0${1 + (k % 4)}-${String(10 + k).padStart(2, '0')}`);
        const size = Math.min(list.length, rnd.int(10, 40));
        for (const p of rnd.shuffle(list).slice(0, size)) { person.push(p); meeting.push(m); wave.push(w); }
      }
    });
  }
  return { person: Int32Array.from(person), meeting: Int32Array.from(meeting), wave: Int32Array.from(wave), meetingLabels, meetingDates };
}

/** The network as Kith's CSV files (people, ties, respondents, attendance). */
export function largeCsv(net: LargeNetwork): { people: string; ties: string; respondents: string; attendance: string } {
  const n = net.group.length;
  const id = (i: number): string => `N${i}`;
  // The group is the sector, so that Kith colours by it and uses it as the boundary; people
  // are in organisations of 40 (each within one sector).
  const people = ['id,name,sector,organisation'];
  for (let i = 0; i < n; i++) people.push(`${id(i)},Person ${i},${net.groupLabels[net.group[i]!]},Org ${Math.floor(i / 40)}`);
  const ties = ['source,target,type,strength,wave'];
  const respondents = ['wave,id'];
  for (const w of net.waves) {
    for (let e = 0; e < w.source.length; e++) ties.push(`${id(w.source[e]!)},${id(w.target[e]!)},advice,${w.strength[e]},${w.label}`);
    for (let i = 0; i < n; i++) if (w.respondents[i]) respondents.push(`${w.label},${id(i)}`);
  }
  const attendance = ['person_id,meeting,date,wave'];
  const a = net.attendance;
  for (let r = 0; r < a.person.length; r++) {
    const m = a.meeting[r]!;
    attendance.push(`${id(a.person[r]!)},${a.meetingLabels[m]},${a.meetingDates[m]},${net.waves[a.wave[r]!]?.label ?? ''}`);
  }
  const text = (lines: string[]): string => lines.join('\n') + '\n';
  return { people: text(people), ties: text(ties), respondents: text(respondents), attendance: text(attendance) };
}
