/**
 * The survey network: latent relationships between people, how they change across the three
 * waves (churn, the frailty programme, its fading), who answers each wave, and which of their
 * relationships respondents report as directed nominations.
 */
import { Random } from './random.ts';
import { COHORT, SECTOR, SENIORITY, type KeyRole, type Person } from './system.ts';

export const WAVES = ['Baseline', '12 months', '24 months'] as const;
export const TIE_TYPES = ['information', 'advice', 'joint work', 'trust'] as const;
export type TieType = (typeof TIE_TYPES)[number];

export interface Nomination {
  wave: number;
  source: number;
  target: number;
  type: TieType;
  strength: number | null;
}

export interface SurveyNetwork {
  /** Respondent indexes per wave. */
  respondents: Set<number>[];
  nominations: Nomination[];
  /** People with no relationship at all: the roster's true isolates. */
  isolates: number[];
  /** Answered Baseline and 24 months but not 12 months. */
  missedMiddleWave: number[];
}

type Kind = 'base' | 'programme' | 'introduced' | 'repair';
type Zone = 'core' | 'ph' | 'edge';

interface Rel {
  a: number;
  b: number;
  strength: number;
  types: TieType[];
  kind: Kind;
  /** Always reported by a respondent end: the relationships that hold the system together. */
  sure: boolean;
  /** How readily each end recalls the other (stable across waves): lower is likelier named. */
  recallAB: number;
  recallBA: number;
}

type Rels = Map<string, Rel>;

const relKey = (i: number, j: number): string => (i < j ? `${i}|${j}` : `${j}|${i}`);

/** Acute, community and mental health staff work in tight sector clusters. */
const CLUSTERS: ReadonlySet<string> = new Set([SECTOR.acute, SECTOR.community, SECTOR.mental]);
/** Sectors the frailty pathway touches. */
const PATHWAY: ReadonlySet<string> = new Set([SECTOR.acute, SECTOR.community, SECTOR.mental, SECTOR.primary, SECTOR.socialCare]);

class Builder {
  readonly rng: Random;
  readonly key = new Map<KeyRole, number>();
  readonly zone: Zone[];
  readonly isolate = new Set<number>();
  readonly gate = new Set<number>();
  readonly connectors: number[] = [];

  constructor(readonly people: Person[], seed: number) {
    this.rng = Random.derive(seed, 'network');
    for (const p of people) if (p.key) this.key.set(p.key, p.index);
    this.zone = people.map((p) =>
      p.sector === SECTOR.vcse || p.sector === SECTOR.lived ? 'edge' : p.sector === SECTOR.publicHealth ? 'ph' : 'core');
    this.gate.add(this.k('vcseLead'));
    this.gate.add(this.k('linkWorker'));
    this.connectors = people.filter((p) => p.cohort === COHORT.frailty).map((p) => p.index);
    // A few people nobody names and who name nobody: new starters and the disengaged.
    for (const sector of [SECTOR.acute, SECTOR.primary, SECTOR.vcse, SECTOR.research]) {
      const pool = people.filter((p) => p.sector === sector && !p.key && p.cohort === '' && p.seniority !== SENIORITY.senior);
      this.isolate.add(this.rng.pick(pool).index);
    }
  }

  k(role: KeyRole): number {
    const i = this.key.get(role);
    if (i === undefined) throw new Error(`no ${role} on the roster`);
    return i;
  }

  p(i: number): Person {
    return this.people[i] as Person;
  }

  /** May i and j have a relationship at all? Encodes the silo and edge stories. */
  allowed(i: number, j: number): boolean {
    if (i === j || this.isolate.has(i) || this.isolate.has(j)) return false;
    const a = this.p(i);
    const b = this.p(j);
    const profs = new Set([a.profession, b.profession]);
    if (profs.has('nurse') && profs.has('social worker')) return false;
    const zi = this.zone[i];
    const zj = this.zone[j];
    if (zi === zj) return true;
    if (zi === 'core' || zj === 'core') {
      const [c, o] = zi === 'core' ? [i, j] : [j, i];
      return c === this.k('convenor') && (this.zone[o] === 'ph' || o === this.k('vcseLead'));
    }
    return this.gate.has(i) || this.gate.has(j);
  }

  /** Propensity for a relationship to form at random (0 for pairs left to explicit wiring). */
  weight(i: number, j: number): number {
    if (!this.allowed(i, j)) return 0;
    const a = this.p(i);
    const b = this.p(j);
    const rank = (p: Person): number => (p.seniority === SENIORITY.senior ? 3 : p.seniority === SENIORITY.middle ? 1.6 : 1);
    const gateBoost = this.gate.has(i) || this.gate.has(j) ? 3 : 1;
    if (a.sector === b.sector) {
      const w = a.organisation === b.organisation ? 10 : CLUSTERS.has(a.sector) ? 3 : 2;
      return w * (a.place === b.place ? 1.6 : 1) * gateBoost;
    }
    if (this.zone[i] !== this.zone[j]) return this.zone[i] === 'core' || this.zone[j] === 'core' ? 0 : 1.5;
    if (this.zone[i] === 'edge') return 0.4 * gateBoost;
    let w = 0.05 * rank(a) * rank(b);
    if (a.sector === SECTOR.icb || b.sector === SECTOR.icb) w *= 3;
    if (a.place === b.place) w *= 1.5;
    return w;
  }

  newRel(i: number, j: number, kind: Kind, strength: number, sure = false): Rel {
    const a = Math.min(i, j);
    const b = Math.max(i, j);
    return { a, b, strength, types: this.types(i, j, kind, strength), kind, sure, recallAB: this.rng.next(), recallBA: this.rng.next() };
  }

  types(i: number, j: number, kind: Kind, strength: number): TieType[] {
    const a = this.p(i);
    const b = this.p(j);
    const sameOrg = a.organisation === b.organisation && a.sector === b.sector;
    const prob: Record<TieType, number> = kind === 'programme'
      ? { information: 0.7, advice: 0.3, 'joint work': 0.6, trust: 0.15 }
      : kind === 'introduced'
        ? { information: 0.85, advice: 0.3, 'joint work': 0.2, trust: 0.03 }
        : {
            information: 0.7,
            advice: a.profession === b.profession ? 0.3 : 0.2,
            'joint work': sameOrg ? 0.3 : 0.12,
            trust: strength >= 3 ? 0.3 : 0.08,
          };
    const out = TIE_TYPES.filter((t) => this.rng.chance(prob[t]));
    return out.length > 0 ? out : ['information'];
  }

  strengthFor(i: number, j: number): number {
    const a = this.p(i);
    const b = this.p(j);
    const table = a.organisation === b.organisation && a.sector === b.sector ? [0.05, 0.2, 0.4, 0.35]
      : a.sector === b.sector ? [0.15, 0.4, 0.35, 0.1] : [0.35, 0.45, 0.2, 0];
    return this.rng.weightedIndex(table) + 1;
  }

  add(rels: Rels, i: number, j: number, kind: Kind, strength?: number, sure = false): Rel | null {
    if (i === j || rels.has(relKey(i, j))) return null;
    const rel = this.newRel(i, j, kind, strength ?? this.strengthFor(i, j), sure);
    rels.set(relKey(i, j), rel);
    return rel;
  }

  /** i forms up to n new relationships, partners drawn by weight. */
  pickPartners(rels: Rels, i: number, n: number): void {
    const others = this.people.map((p) => p.index);
    const chosen = this.rng.weightedSample(others, (j) => (rels.has(relKey(i, j)) ? 0 : this.weight(i, j)), n);
    for (const j of chosen) this.add(rels, i, j, 'base');
  }

  picksFor(i: number): number {
    if (this.isolate.has(i)) return 0;
    const p = this.p(i);
    if (this.zone[i] === 'edge') return p.sector === SECTOR.lived ? 1 : this.rng.chance(0.4) ? 2 : 1;
    if (this.zone[i] === 'ph') return 2;
    return 2 + (this.rng.chance(0.35) ? 1 : 0) + (p.seniority === SENIORITY.front ? 0 : 1);
  }

  /** The Baseline relationships: random formation plus the explicit wiring of the key people. */
  baseline(): Rels {
    const rels: Rels = new Map();
    for (const i of this.rng.shuffle(this.people.map((p) => p.index))) this.pickPartners(rels, i, this.picksFor(i));
    const conv = this.k('convenor');
    const vl = this.k('vcseLead');
    const lw = this.k('linkWorker');
    const phd = this.k('phDirector');
    const inSector = (s: string): Person[] => this.people.filter((p) => p.sector === s && !this.isolate.has(p.index));
    // The convenor: the ICB team, one leader in each core organisation, and the only door to public health.
    this.add(rels, conv, phd, 'base', 3, true);
    this.add(rels, conv, lw, 'base', 2, true);
    this.add(rels, conv, vl, 'base', 3, true);
    const countyPh = inSector(SECTOR.publicHealth).filter((p) => p.index !== lw && p.index !== phd && p.organisation !== this.p(phd).organisation);
    this.add(rels, conv, this.rng.pick(countyPh).index, 'base', 2, true);
    for (const p of this.rng.sample(inSector(SECTOR.icb).filter((q) => q.index !== conv), 5)) this.add(rels, conv, p.index, 'base', this.rng.int(3, 4));
    const coreOrgs = [...new Set(this.people.filter((p) => this.zone[p.index] === 'core' && p.sector !== SECTOR.icb).map((p) => p.organisation))];
    for (const org of coreOrgs) {
      const staff = this.people.filter((p) => p.organisation === org && !this.isolate.has(p.index) && !p.key);
      const lead = staff.find((p) => p.seniority === SENIORITY.senior) ?? staff.find((p) => p.seniority === SENIORITY.middle);
      if (lead && (staff.length > 5 || this.rng.chance(0.4))) this.add(rels, conv, lead.index, 'base', this.rng.int(2, 3));
    }
    // The VCSE infrastructure lead: a hub for the voluntary sector and the lived-experience panel.
    this.add(rels, vl, phd, 'base', 3, true);
    this.add(rels, vl, lw, 'base', 3, true);
    const vcseOrgs = [...new Set(inSector(SECTOR.vcse).map((p) => p.organisation))];
    vcseOrgs.forEach((org, n) => {
      const staff = inSector(SECTOR.vcse).filter((p) => p.organisation === org && p.index !== vl);
      const contact = staff.find((p) => p.profession === 'manager') ?? staff[0];
      if (contact) this.add(rels, vl, contact.index, 'base', this.rng.int(2, 3), n % 2 === 0);
    });
    const citizens = inSector(SECTOR.lived).map((p) => p.index);
    for (const c of this.rng.sample(citizens, 2)) this.add(rels, vl, c, 'base', 2);
    // The public-health link worker: the lived-experience panel and community groups.
    for (const c of this.rng.sample(citizens, 5)) this.add(rels, lw, c, 'base', this.rng.int(2, 3), true);
    for (const p of this.rng.sample(inSector(SECTOR.vcse).filter((q) => q.index !== vl), 4)) this.add(rels, lw, p.index, 'base', 2);
    return rels;
  }

  /** Staff churn: some relationships lapse, about as many new ones form. */
  churn(prev: Rels, drop: number): Rels {
    const next: Rels = new Map();
    let dropped = 0;
    for (const [k, r] of prev) {
      if (r.kind === 'programme' || r.kind === 'introduced') continue;
      if (!r.sure && this.rng.chance(drop)) { dropped++; continue; }
      next.set(k, r);
    }
    const movers = this.people.filter((p) => !this.isolate.has(p.index)).map((p) => p.index);
    for (let n = 0; n < dropped; n++) this.pickPartners(next, this.rng.pick(movers), 1);
    return next;
  }

  /** The frailty programme (between Baseline and 12 months): connectors and the introductions they make. */
  programme(rels: Rels): void {
    const cs = this.connectors;
    for (let x = 0; x < cs.length; x++) for (let y = x + 1; y < cs.length; y++) this.add(rels, cs[x] as number, cs[y] as number, 'programme', 3, true);
    const contacts = new Map<number, number[]>();
    for (const c of cs) {
      const me = this.p(c);
      const pool = this.people.filter((p) => PATHWAY.has(p.sector) && p.sector !== me.sector && !p.key && !rels.has(relKey(c, p.index)) && this.allowed(c, p.index));
      const chosen = this.rng.weightedSample(pool, (p) => (p.profession === 'analyst' ? 0.2 : 1) * (p.place === me.place ? 1.5 : 1), 13);
      for (const p of chosen) this.add(rels, c, p.index, 'programme', this.rng.int(2, 3));
      contacts.set(c, chosen.map((p) => p.index));
    }
    for (const c of cs) {
      const mine = contacts.get(c) ?? [];
      const colleagues = [...rels.values()]
        .filter((r) => (r.a === c || r.b === c) && r.kind !== 'programme')
        .map((r) => (r.a === c ? r.b : r.a))
        .filter((j) => this.p(j).sector === this.p(c).sector);
      const pool = [...mine, ...colleagues];
      let made = 0;
      for (let tries = 0; made < 12 && tries < 200; tries++) {
        const a = this.rng.pick(mine);
        const b = this.rng.pick(pool);
        if (this.p(a).sector === this.p(b).sector || !this.allowed(a, b)) continue;
        if (this.add(rels, a, b, 'introduced', this.rng.int(1, 2))) made++;
      }
    }
  }

  /** After funding ends: most programme relationships lapse, the survivors weaken. */
  fade(prev: Rels, next: Rels): void {
    for (const [k, r] of prev) {
      if (r.kind !== 'programme' && r.kind !== 'introduced') continue;
      if (this.rng.chance(r.kind === 'programme' ? 0.15 : 0.2)) next.set(k, { ...r, strength: Math.max(1, r.strength - 1), sure: false });
    }
  }
}

/** Who answers which wave. Returns respondent sets and the people who skip only 12 months. */
function responses(b: Builder, base: Rels, seed: number): { sets: Set<number>[]; middle: number[] } {
  const rng = Random.derive(seed, 'respondents');
  const always = new Set([...b.key.values(), ...b.connectors]);
  const iso = [...b.isolate].sort((x, y) => x - y);
  const degree = new Map<number, number>();
  for (const r of base.values()) for (const i of [r.a, r.b]) degree.set(i, (degree.get(i) ?? 0) + 1);
  const pattern = new Map<number, string>();
  iso.forEach((i, n) => pattern.set(i, n < 2 ? 'NNN' : 'YYY'));
  for (const i of always) pattern.set(i, 'YYY');
  const free = rng.shuffle(b.people.map((p) => p.index).filter((i) => !pattern.has(i)));
  const middle = free.filter((i) => (degree.get(i) ?? 0) >= 3).slice(0, 18);
  for (const i of middle) pattern.set(i, 'YNY');
  const rest = free.filter((i) => !pattern.has(i));
  const plan: [string, number][] = [['NNN', 3], ['NYY', 10], ['NYN', 3], ['NNY', 5], ['YYN', 14]];
  let at = 0;
  for (const [pat, n] of plan) for (let m = 0; m < n; m++) pattern.set(rest[at++] as number, pat);
  for (const i of rest.slice(at)) pattern.set(i, 'YYY');
  const sets = WAVES.map((_, w) => new Set(b.people.map((p) => p.index).filter((i) => pattern.get(i)?.[w] === 'Y')));
  return { sets, middle: middle.sort((x, y) => x - y) };
}

function nominate(b: Builder, rels: Rels, wave: number, resp: Set<number>, out: Nomination[]): void {
  const rng = b.rng;
  const named = new Set<number>();
  const strongest = new Map<number, Rel>();
  const report = (r: Rel, source: number, target: number): void => {
    named.add(source);
    const types = r.types.filter((_, n) => n === 0 || rng.chance(0.8));
    for (const type of types) {
      let s = r.strength;
      const x = rng.next();
      if (x < 0.12) s -= 1;
      else if (x < 0.24) s += 1;
      s = Math.min(4, Math.max(1, s));
      out.push({ wave, source, target, type, strength: rng.chance(0.01) ? null : s });
    }
  };
  for (const r of rels.values()) {
    for (const [u, v, recall] of [[r.a, r.b, r.recallAB], [r.b, r.a, r.recallBA]] as const) {
      if (!resp.has(u)) continue;
      const best = strongest.get(u);
      if (!best || r.strength > best.strength) strongest.set(u, r);
      const p = r.sure ? 1.01 : 0.5 + 0.1 * r.strength;
      if (0.7 * recall + 0.3 * rng.next() < p) report(r, u, v);
    }
  }
  // A respondent with relationships names at least one person.
  for (const [u, r] of strongest) if (!named.has(u)) report(r, u, r.a === u ? r.b : r.a);
}

/** Joins stray fragments to the main component, so each wave has one large component plus isolates. */
function repair(b: Builder, rels: Rels, wave: number, resp: Set<number>, out: Nomination[]): void {
  for (let round = 0; round < 50; round++) {
    const comps = components(b.people.length, out.filter((n) => n.wave === wave));
    const main = comps[0] ?? [];
    const strays = comps.slice(1).filter((c) => c.length >= 2);
    if (strays.length === 0) return;
    let fixed = false;
    for (const comp of strays) {
      for (const u of comp.filter((i) => resp.has(i))) {
        const targets = main.filter((v) => v !== b.k('convenor') && b.weight(u, v) > 0);
        if (targets.length === 0) continue;
        const v = targets.reduce((best, t) => (b.weight(u, t) > b.weight(u, best) ? t : best));
        const rel = b.add(rels, u, v, 'repair', 2);
        if (!rel) continue;
        out.push({ wave, source: u, target: v, type: 'information', strength: 2 });
        fixed = true;
        break;
      }
      if (fixed) break;
    }
    if (!fixed) return;
  }
}

/** Connected components of the undirected graph of some nominations, largest first. */
export function components(n: number, noms: readonly Nomination[]): number[][] {
  const adj: number[][] = Array.from({ length: n }, () => []);
  for (const x of noms) {
    (adj[x.source] as number[]).push(x.target);
    (adj[x.target] as number[]).push(x.source);
  }
  const seen = new Array<boolean>(n).fill(false);
  const comps: number[][] = [];
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    seen[s] = true;
    const comp = [s];
    for (let q = 0; q < comp.length; q++) {
      for (const t of adj[comp[q] as number] as number[]) if (!seen[t]) { seen[t] = true; comp.push(t); }
    }
    comps.push(comp.sort((x, y) => x - y));
  }
  return comps.sort((x, y) => y.length - x.length || (x[0] as number) - (y[0] as number));
}

export function buildNetwork(people: Person[], seed: number): SurveyNetwork {
  const b = new Builder(people, seed);
  const base = b.baseline();
  const { sets, middle } = responses(b, base, seed);
  const nominations: Nomination[] = [];

  nominate(b, base, 0, sets[0] as Set<number>, nominations);
  repair(b, base, 0, sets[0] as Set<number>, nominations);

  const year1 = b.churn(base, 0.1);
  b.programme(year1);
  nominate(b, year1, 1, sets[1] as Set<number>, nominations);
  repair(b, year1, 1, sets[1] as Set<number>, nominations);

  const year2 = b.churn(year1, 0.1);
  b.fade(year1, year2);
  nominate(b, year2, 2, sets[2] as Set<number>, nominations);
  repair(b, year2, 2, sets[2] as Set<number>, nominations);

  return { respondents: sets, nominations, isolates: [...b.isolate].sort((x, y) => x - y), missedMiddleWave: middle };
}
