/**
 * Matching the names people type in a survey to the people on the list.
 *
 * Respondents write "Dr Aisha Rahman", "rahman, aisha", "Aisha  Rahmán" or "A. Rahman" for the
 * same person. Differences of case, spacing, accents, punctuation, titles (Dr, Prof, Cllr …) and
 * the "Surname, First" order are matched automatically: they never change who is meant. Initials,
 * small typos and common nicknames are only PROPOSED (a near match) for the user to confirm,
 * because "A. Rahman" may be Aisha or Amir. A name that fits two people is never matched to
 * either. Confirmed matches are kept as an alias table ({ name, actorId }), which a recipe or a
 * workspace carries to the next import.
 */
import { levenshteinWithin } from './matching-distance.ts';

/** A confirmed match of a written name to a person: the shape the workspace file keeps. */
export interface Alias { name: string; actorId: string }

export interface RosterEntry { id: string; label: string }

export interface NearCandidate {
  id: string;
  label: string;
  /** Why it may be the same person, in words: "initials", "one letter different", "nickname". */
  reason: string;
}

export type NameMatch =
  | { kind: 'exact'; id: string; how: 'id' | 'name' | 'alias' }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'near'; candidates: NearCandidate[] }
  | { kind: 'none' };

const TITLES = new Set(['dr', 'doctor', 'prof', 'professor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'cllr', 'councillor',
  'rev', 'revd', 'reverend', 'sir', 'dame', 'lord', 'lady']);
const POSTNOMINALS = new Set(['obe', 'mbe', 'cbe', 'phd', 'rn', 'jr', 'snr', 'sr', 'md']);

/**
 * A name folded so that differences that never change who is meant disappear: case, accents,
 * spacing, apostrophes, hyphens, full stops, titles and post-nominals, and "Surname, First".
 */
export function normaliseName(raw: string): string {
  let s = raw.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  s = s.replace(/[’‘'`´]/g, '');
  const tokensOf = (part: string): string[] => {
    const t = part.replace(/[.\-‐–_,;()]/g, ' ').split(/\s+/).filter(Boolean);
    while (t.length > 1 && TITLES.has(t[0]!)) t.shift();
    while (t.length > 1 && POSTNOMINALS.has(t[t.length - 1]!)) t.pop();
    return t;
  };
  const parts = s.split(',');
  // "Rahman, Aisha" → "Aisha Rahman"; more than one comma is not this pattern.
  const tokens = parts.length === 2 && parts[0]!.trim() !== '' && parts[1]!.trim() !== ''
    ? [...tokensOf(parts[1]!), ...tokensOf(parts[0]!)]
    : tokensOf(s);
  return tokens.join(' ');
}

/** Short forms of first names, each group read as one name. Only the common ones: cheap and safe to propose. */
const NICKNAMES: string[][] = [
  ['robert', 'rob', 'bob', 'bobby', 'robbie'], ['william', 'will', 'bill', 'billy', 'liam'], ['elizabeth', 'liz', 'beth', 'lizzie', 'betty'],
  ['katherine', 'catherine', 'kate', 'katie', 'cath', 'kath', 'cathy'], ['james', 'jim', 'jimmy', 'jamie'], ['michael', 'mike', 'mick', 'mikey'],
  ['david', 'dave', 'davy'], ['thomas', 'tom', 'tommy'], ['christopher', 'chris'], ['christine', 'chris', 'chrissie'],
  ['alexander', 'alex', 'sandy'], ['alexandra', 'alex', 'sandra'], ['benjamin', 'ben'], ['daniel', 'dan', 'danny'],
  ['joanne', 'jo', 'joanna'], ['josephine', 'jo', 'josie'], ['nicholas', 'nick', 'nicky'], ['patrick', 'pat', 'paddy'],
  ['patricia', 'pat', 'trish', 'tricia'], ['stephen', 'steven', 'steve'], ['anthony', 'tony'], ['andrew', 'andy', 'drew'],
  ['susan', 'sue', 'susie'], ['jennifer', 'jenny', 'jen'], ['margaret', 'maggie', 'meg', 'peggy'], ['richard', 'rich', 'rick', 'dick'],
  ['edward', 'ed', 'eddie', 'ted'], ['samuel', 'sam'], ['samantha', 'sam'], ['matthew', 'matt'], ['jonathan', 'jon', 'jonny'],
  ['rebecca', 'becky', 'becca'], ['deborah', 'debbie', 'deb'], ['victoria', 'vicky', 'tori'], ['charlotte', 'charlie', 'lottie'],
  ['philip', 'phil'], ['timothy', 'tim'], ['gregory', 'greg'], ['peter', 'pete'], ['joseph', 'joe'], ['abigail', 'abbie', 'abby'],
];
const NICK_GROUPS = new Map<string, number[]>();
NICKNAMES.forEach((g, i) => { for (const n of g) NICK_GROUPS.set(n, [...(NICK_GROUPS.get(n) ?? []), i]); });

function sameNickname(a: string, b: string): boolean {
  if (a === b) return false;
  const ga = NICK_GROUPS.get(a);
  const gb = NICK_GROUPS.get(b);
  return !!ga && !!gb && ga.some((g) => gb.includes(g));
}

interface Indexed { id: string; label: string; key: string; tokens: string[] }

/** The most people sharing a first name or surname that are checked one by one for a near match. */
const MAX_BUCKET = 1000;

export class NameMatcher {
  private readonly byKey = new Map<string, string[]>();
  private readonly byId = new Map<string, Indexed>();
  private readonly byLast = new Map<string, Indexed[]>();
  private readonly byFirst = new Map<string, Indexed[]>();
  private readonly byCompact = new Map<string, Indexed[]>();
  private readonly aliases = new Map<string, string>();
  /** Results by written name; near and none results are only good for the roster they were found in. */
  private readonly cache = new Map<string, { match: NameMatch; generation: number }>();
  private generation = 0;

  constructor(roster: RosterEntry[], aliases: Alias[] = []) {
    for (const r of roster) this.add(r);
    for (const a of aliases) if (this.byId.has(a.actorId)) this.aliases.set(normaliseName(a.name), a.actorId);
  }

  /** Adds a person (one created during an import) so that later rows can name them. */
  add(r: RosterEntry): void {
    if (this.byId.has(r.id)) return;
    const key = normaliseName(r.label);
    const tokens = key.split(' ').filter(Boolean);
    const entry: Indexed = { id: r.id, label: r.label, key, tokens };
    this.byId.set(r.id, entry);
    push(this.byKey, key, r.id);
    if (tokens.length > 0) {
      push(this.byLast, tokens[tokens.length - 1]!, entry);
      push(this.byFirst, tokens[0]!, entry);
    }
    push(this.byCompact, key.replace(/ /g, ''), entry);
    this.generation++;
  }

  /** Who a written name (or id) is: exact, ambiguous, a near match to confirm, or nobody. */
  match(raw: string): NameMatch {
    const hit = this.cache.get(raw);
    // An exact match stays exact, unless someone of the same name was added since (then it is ambiguous).
    if (hit && (hit.generation === this.generation || (hit.match.kind === 'exact' && hit.match.how !== 'name'))) return hit.match;
    if (hit && hit.match.kind === 'exact' && (this.byKey.get(normaliseName(raw))?.length ?? 0) === 1) return hit.match;
    const m = this.compute(raw);
    this.cache.set(raw, { match: m, generation: this.generation });
    return m;
  }

  private compute(raw: string): NameMatch {
    const trimmed = raw.trim();
    if (this.byId.has(trimmed)) return { kind: 'exact', id: trimmed, how: 'id' };
    const key = normaliseName(trimmed);
    if (key === '') return { kind: 'none' };
    const alias = this.aliases.get(key);
    if (alias) return { kind: 'exact', id: alias, how: 'alias' };
    const ids = this.byKey.get(key);
    if (ids && ids.length === 1) return { kind: 'exact', id: ids[0]!, how: 'name' };
    if (ids && ids.length > 1) return { kind: 'ambiguous', candidates: [...ids] };
    const near = this.near(key);
    return near.length > 0 ? { kind: 'near', candidates: near } : { kind: 'none' };
  }

  private near(key: string): NearCandidate[] {
    const q = key.split(' ');
    // A bucket this big is not a name people share ("Person 1" … "Person 20000"): scanning it
    // for every new name would be quadratic, and its proposals useless.
    const scan = (list: Indexed[] | undefined): Indexed[] => (list && list.length <= MAX_BUCKET ? list : []);
    const out = new Map<string, NearCandidate>();
    const note = (e: Indexed, reason: string): void => { if (!out.has(e.id)) out.set(e.id, { id: e.id, label: e.label, reason }); };
    const last = q[q.length - 1]!;
    const first = q[0]!;
    // Same surname: initials, a nickname, a middle name more or less, or a typo in the first name.
    for (const e of scan(this.byLast.get(last))) {
      if (q.length < 2 || e.tokens.length < 2) continue;
      const reason = firstNamesAgree(q.slice(0, -1), e.tokens.slice(0, -1));
      if (reason) note(e, reason);
    }
    // "Aisha R": first name and the surname's initial.
    if (q.length === 2 && last.length === 1) {
      for (const e of scan(this.byFirst.get(first))) if (e.tokens.length >= 2 && e.tokens[e.tokens.length - 1]!.startsWith(last)) note(e, 'surname initial');
    }
    // Same first name: a typo in the surname.
    for (const e of scan(this.byFirst.get(first))) {
      if (q.length >= 2 && e.tokens.length === q.length && levenshteinWithin(last, e.tokens[e.tokens.length - 1]!, typoBudget(last))) note(e, 'a small spelling difference');
    }
    for (const e of this.byCompact.get(key.replace(/ /g, '')) ?? []) note(e, 'spacing');
    return [...out.values()];
  }

  label(id: string): string | undefined {
    return this.byId.get(id)?.label;
  }
}

/** How two sets of first names (all tokens but the surname) may be the same person, or null. */
function firstNamesAgree(a: string[], b: string[]): string | null {
  const fa = a[0]!;
  const fb = b[0]!;
  if (fa.length === 1 || fb.length === 1) {
    // Initials: every initial given must fit the other's names in order.
    const ia = a.map((t) => t[0]).join('');
    const ib = b.map((t) => t[0]).join('');
    return ia.startsWith(ib) || ib.startsWith(ia) ? 'initials' : null;
  }
  if (fa === fb) return a.length !== b.length ? 'a middle name more or less' : null;
  if (sameNickname(fa, fb)) return 'a short form of the first name';
  if (levenshteinWithin(fa, fb, typoBudget(fa))) return 'a small spelling difference';
  return null;
}

/** Letters that may differ for a typo: none in very short names (Jo/Al), one in most, two in long ones. */
function typoBudget(s: string): number {
  return s.length <= 3 ? 0 : s.length <= 8 ? 1 : 2;
}

function push<V>(m: Map<string, V[]>, k: string, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
