/**
 * Reading a survey question's header: which tie type it asks about, and whether the column is
 * the respondent, the wave, a partner, "Other (please specify)" or the survey tool's metadata.
 * Matching is on words a question would use in any of the four common survey tools.
 */

/** Tie types by the words that ask about them. The earliest word in the question wins. */
const TIE_WORDS: [string, RegExp][] = [
  ['information', /\binformation\b|\binfo\b|\bknowledge\b|\bnews\b|\bupdates?\b|\bshare\b|\bsharing\b/],
  ['advice', /\badvi[cs]e|\bguidance\b|\bexpertise\b/],
  ['joint work', /\bwork(?:ed|s|ing)? (?:with|together|jointly|alongside)\b|\bjoint\b|\bcollaborat|\bpartnership\b/],
  ['trust', /\btrust|\brely\b|\bconfide|\bcount on\b|\bring\b|\bcall on\b/],
  ['referral', /\brefer(?:s|red|ral|rals)?\b/],
  ['funding', /\bfund(?:s|ed|ing)?\b/],
];

/** The tie type a question asks about, or null when its words say none. */
export function tieTypeOf(question: string): string | null {
  const q = question.toLowerCase();
  let best: [string, number] | null = null;
  for (const [type, re] of TIE_WORDS) {
    const m = re.exec(q);
    if (m && (best === null || m.index < best[1])) best = [type, m.index];
  }
  return best?.[0] ?? null;
}

const fold = (h: string): string => h.toLowerCase().replace(/[\s_\-.?:*]+/g, ' ').trim();

const METADATA = /^(id|start time|completion time|last modified time|email|e mail|email address|your email|timestamp|start date|end date|status|ip address|progress|duration.*|finished|recorded date|response id|responseid|respondent id|collector id|recipient .*|external .*reference|externalreference|location .*|distribution channel|user language|custom data.*|first name|last name|q_.*|startdate|enddate|ipaddress|recordeddate|recipient.*|locationlatitude|locationlongitude|distributionchannel|userlanguage|total score|points|feedback|quiz feedback|consent.*)$/;

export function isMetadata(header: string): boolean {
  return METADATA.test(fold(header));
}

const RESPONDENT = /^(name|full name|your name|your full name|my name|what is your name|what s your name|please (?:enter|give|write) your (?:full )?name|respondent|respondent name|your id|participant|participant name|who are you|name of respondent|your name or id)$/;

/** How strongly a header says "the respondent's name": 2 for a question ("Your name"), 1 for a bare "Name", 0 not. */
export function respondentScore(header: string): number {
  const h = fold(header);
  if (!RESPONDENT.test(h)) return 0;
  return h === 'name' || h === 'full name' ? 1 : 2;
}

const WAVE = /^(wave|round|time ?point|period|survey wave|survey round)$/;
export function isWave(header: string): boolean {
  return WAVE.test(fold(header));
}

const PARTNER = /^(partner|partner name|contact|contact name|colleague|colleague name|alter|nominee|person named|named person|target|who|name of (?:the )?(?:person|contact|partner|colleague))$/;
export function isPartner(header: string): boolean {
  return PARTNER.test(fold(header));
}

const OTHER = /\bother\b.*\bspecify\b|\bplease specify\b|^other\b|\bnot (?:on the )?list(?:ed)?\b|\bsomeone else\b|\bother\s*\)?\s*$/;
export function isOther(header: string): boolean {
  return OTHER.test(header.toLowerCase());
}

/**
 * A grid header's question and person: "How often … [Aisha Rahman]" (Google Forms),
 * "How often … - Aisha Rahman" (Qualtrics, SurveyMonkey), or null.
 */
export function splitGridHeader(header: string): { question: string; person: string } | null {
  const bracket = /^(.*\S)\s*\[([^\]]+)\]\s*$/.exec(header);
  if (bracket) return { question: bracket[1]!.trim(), person: bracket[2]!.trim() };
  const dash = /^(.*\S)\s+[-–—]\s+(.+)$/.exec(header);
  // Qualtrics names a multi-select's column "question - Selected Choice": not a person.
  if (dash && !/^selected choice$/i.test(dash[2]!.trim())) return { question: dash[1]!.trim(), person: dash[2]!.trim() };
  return null;
}

/** Looks like a person's name: two to four words, each starting with a capital letter. */
export function looksLikeName(s: string): boolean {
  return /^(?:(?:Dr|Prof|Mr|Mrs|Ms|Cllr|Rev)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}?[\p{L}'’.-]+){1,3}$/u.test(s.trim());
}

/** A short label for a question, for a tie type when its words name none. */
export function shortQuestion(q: string): string | null {
  const t = q.replace(/\s+/g, ' ').trim();
  if (t === '') return null;
  return t.length > 40 ? `${t.slice(0, 39)}…` : t;
}

/** Columns only survey tools write. */
const TOOL_ONLY = /^(responseid|response id|respondent id|collector id|startdate|ipaddress|completion time)$/;
/** Columns survey tools write that other files may have too (a ties file with a timestamp). */
const TOOL_ALSO = /^(timestamp|start time|start date|ip address)$/;
const ASKS = /^(who|whom|how often|how much|which|with whom|from whom|to whom|please (?:select|tick|choose|list|name)|in the (?:last|past))\b|\?/i;

/**
 * How plainly headers are a survey export's: 'strong' for questions about ties, grid columns or
 * columns only a survey tool writes; 'weak' for a timestamp or start time alone (a ties or
 * attendance file may have one too, so those are recognised first); null for none.
 */
export function surveyEvidence(headers: string[]): 'strong' | 'weak' | null {
  if (headers.some((h) => TOOL_ONLY.test(fold(h)))) return 'strong';
  if (headers.some((h) => ASKS.test(h.trim()) && tieTypeOf(h) !== null)) return 'strong';
  const questions = new Map<string, number>();
  for (const h of headers) {
    const g = splitGridHeader(h);
    if (g && looksLikeName(g.person)) questions.set(g.question, (questions.get(g.question) ?? 0) + 1);
  }
  if ([...questions.values()].some((n) => n >= 2)) return 'strong';
  return headers.some((h) => TOOL_ALSO.test(fold(h))) ? 'weak' : null;
}

/** Whether headers are a survey export's (see surveyEvidence). */
export function looksLikeSurvey(headers: string[]): boolean {
  return surveyEvidence(headers) !== null;
}
