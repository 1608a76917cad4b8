/**
 * The words of suggested introductions: the reason for each introduction and the finding for
 * each pair of groups, in plain UK English with numbers rounded for reading (UX.md). Names
 * are data: this builds text, never HTML.
 */
import type { GroupPairIntroductions, SharedMeeting } from './introductions.ts';
import type { Finding } from './types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The finding for one pair of groups: what is missing, and whom to introduce. */
export function pairFinding(p: GroupPairIntroductions): Finding {
  const [x, y] = p.groups;
  const n = p.introductions.length;
  const nodes = new Set<string>();
  const edges = new Map<string, [string, string]>();
  for (const i of p.introductions) {
    for (const id of i.evidence.nodes) nodes.add(id);
    for (const e of i.evidence.edges) edges.set(JSON.stringify(e), e);
  }
  // Below one expected tie, "random mixing would give about 0.4" says nothing useful.
  const random = p.expected >= 1 ? `random mixing with the same numbers of ties would give about ${round(p.expected)}` : '';
  const first = p.ties === 0
    ? `No one in ${x} has a tie with anyone in ${y}${random ? `, though ${random}` : ''}.`
    : `${x} and ${y} have ${count(p.ties, 'tie')} between them${random ? `, where ${random}` : ''}.`;
  return {
    id: `introduction:${x}|${y}`,
    kind: 'introduction',
    title: `${x} and ${y} ${p.ties === 0 ? 'have no ties' : 'barely meet'}: ${count(n, 'introduction')} to suggest`,
    explanation: `${first} People who could be introduced: ${p.introductions.map((i) => `${i.aLabel} and ${i.bLabel}`).join('; ')}.`,
    evidence: {
      nodes: [...nodes], edges: [...edges.values()],
      figures: { ties: p.ties, expectedTies: p.expected, groupSizeA: p.sizes[0], groupSizeB: p.sizes[1], introductions: n },
    },
  };
}

/** One of the two people, as the reason describes them. */
export interface Person { label: string; group: string; within: number; alone: boolean; cross: number; heavy: boolean }
/** What the two share, who they are, and whether the bridging load decided the choice. */
export interface Parts { where: string | null; contacts: string[]; shared: SharedMeeting[]; people: Person[]; spread: boolean; groupWord: string }

/** One sentence: what the two share; how connected each is in their own group; the bridging load. */
export function reasonSentence({ where, contacts, shared, people, spread, groupWord }: Parts): string {
  const clauses: string[] = [];
  if (where !== null) clauses.push(`are based in ${where}`);
  if (contacts.length > 3) clauses.push(`know ${contacts.length} people in common, among them ${list(contacts.slice(0, 3))}`);
  else if (contacts.length > 0) clauses.push(`know ${list(contacts)}`);
  if (shared.length > 0) {
    const m = shared[0]!;
    const at = `${/^the /i.test(m.event) ? '' : 'the '}${m.event}${m.date ? ` on ${longDate(m.date)}` : ''}`;
    clauses.push(shared.length === 1 ? `attended ${at}` : `attended ${shared.length} meetings together, most recently ${at}`);
  }
  const shares = clauses.length === 3 ? `Both ${clauses[0]}, both ${clauses[1]} and both ${clauses[2]}` : `Both ${clauses.join(' and both ')}`;
  const inGroup = people.map((p) => (p.alone ? `${p.label} is the only person in ${p.group}` : `${p.label} has ties to ${count(p.within, 'person', 'people')} in ${p.group}`));
  const load = people.filter((p) => p.heavy).map((p) => `${p.label} already has ties to ${count(p.cross, 'person', 'people')} in other ${groupWord}`);
  if (load.length === 0 && spread) load.push(`neither already carries many ties to other ${groupWord}, which spreads the bridging load`);
  return `${shares}; ${inGroup.join(' and ')}${load.map((l) => `; ${l}`).join('')}.`;
}

function list(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** 2-3 significant figures for reading (UX.md). */
function round(x: number): string {
  return x >= 100 ? Math.round(x).toLocaleString('en-GB') : String(Number(x.toPrecision(2)));
}

function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** 'sector' -> 'sectors', 'org_type' -> 'org types', 'specialty' -> 'specialties'. */
export function pluralWord(attribute: string): string {
  const w = attribute.replace(/[_-]+/g, ' ').trim().toLowerCase() || 'group';
  return /s$/.test(w) ? w : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`;
}
