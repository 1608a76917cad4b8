/**
 * Recognising what a column holds from its header, the way survey and spreadsheet exports
 * name them. Headers are compared after folding case, spaces, underscores and hyphens, so
 * "Person ID", "person_id" and "person-id" are the same.
 */

export type ColumnRole =
  | 'id' | 'name'
  | 'source' | 'target' | 'type' | 'strength' | 'wave'
  | 'person' | 'event' | 'date';

const SYNONYMS: Record<ColumnRole, string[]> = {
  id: ['id', 'personid', 'actorid', 'nodeid', 'key', 'respondentid', 'code', 'uid', 'participantid', 'memberid'],
  name: ['name', 'fullname', 'label', 'personname', 'displayname', 'participant', 'member', 'respondent'],
  source: ['source', 'from', 'ego', 'sender', 'src', 'nominator', 'respondent', 'respondentid', 'personfrom', 'namedby'],
  target: ['target', 'to', 'alter', 'partner', 'receiver', 'dst', 'nominee', 'contact', 'personto', 'named'],
  type: ['type', 'tietype', 'relationship', 'relation', 'relationshiptype', 'question', 'kind', 'layer'],
  strength: ['strength', 'weight', 'value', 'frequency', 'rating', 'score', 'tiestrength'],
  wave: ['wave', 'round', 'timepoint', 'period', 'survey', 'surveywave'],
  person: ['personid', 'person', 'attendee', 'memberid', 'member', 'participant', 'participantid', 'id', 'name'],
  event: ['meeting', 'event', 'session', 'group', 'community', 'cop', 'meetingname', 'eventname', 'activity'],
  date: ['date', 'meetingdate', 'eventdate', 'day', 'when'],
};

export function foldHeader(h: string): string {
  return h.toLowerCase().replace(/[\s_\-.]+/g, '');
}

/**
 * The index of the first column whose header is a synonym of the role, preferring the order
 * of the synonym list (so "person_id" beats "name" for a person column), skipping columns
 * already taken by another role.
 */
export function findColumn(headers: string[], role: ColumnRole, taken: ReadonlySet<number> = new Set()): number {
  const folded = headers.map(foldHeader);
  for (const syn of SYNONYMS[role]) {
    const i = folded.findIndex((h, j) => h === syn && !taken.has(j));
    if (i >= 0) return i;
  }
  return -1;
}

export function expected(role: ColumnRole): string {
  return SYNONYMS[role].slice(0, 5).join(', ');
}

/**
 * Which column the user (or a recipe, or a CLI flag) chose for a role: a header name, or
 * null for "this file has no such column". Roles not named are detected from the headers.
 */
export type ColumnChoice = Partial<Record<ColumnRole, string | null>>;

/**
 * Finds several roles at once, each column used at most once, in the order given. Chosen
 * columns are taken first; a chosen name that is not a header gives -1 (see missingChoices).
 */
export function mapColumns<R extends ColumnRole>(headers: string[], roles: R[], choice: ColumnChoice = {}): Record<R, number> {
  const taken = new Set<number>();
  const out = {} as Record<R, number>;
  for (const role of roles) {
    const chosen = choice[role];
    if (chosen === undefined) continue;
    out[role] = chosen === null ? -1 : headerIndex(headers, chosen);
    if (out[role] >= 0) taken.add(out[role]);
  }
  for (const role of roles) {
    if (choice[role] !== undefined) continue;
    const i = findColumn(headers, role, taken);
    out[role] = i;
    if (i >= 0) taken.add(i);
  }
  return out;
}

function headerIndex(headers: string[], name: string): number {
  const exact = headers.indexOf(name);
  return exact >= 0 ? exact : headers.map(foldHeader).indexOf(foldHeader(name));
}

/** What a reader is told about a file beyond its text. */
export interface ReadOptions {
  columns?: ColumnChoice;
  /** The wave of every row (a file per wave); overrides a wave column. */
  wave?: string;
}

/** Chosen column names that are not headers of this file, as a sentence, or null. */
export function missingChoices(headers: string[], choice: ColumnChoice): string | null {
  const missing = Object.entries(choice)
    .filter(([, name]) => typeof name === 'string' && headerIndex(headers, name) < 0)
    .map(([role, name]) => `"${name}" (chosen for ${role})`);
  if (missing.length === 0) return null;
  return `The file has no column ${missing.join(' or ')}; the headers are: ${listHeaders(headers)}.`;
}

/**
 * Headers for a message: at most 20, each at most 40 characters, so that a file with
 * 10,000 columns or a megabyte-long header still gets a message a person can read.
 */
export function listHeaders(headers: string[]): string {
  const cut = (h: string): string => (h.length > 40 ? `${h.slice(0, 40)}…` : h);
  const shown = headers.slice(0, 20).map(cut).join(', ');
  return headers.length > 20 ? `${shown} and ${headers.length - 20} more` : shown;
}

/** Headers that are empty or repeated, as sentences; such columns are read by position. */
export function headerProblems(headers: string[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  headers.forEach((h, i) => {
    if (h === '') problems.push(`Column ${i + 1} has no header; it is read as "column ${i + 1}".`);
    const prev = seen.get(h);
    if (h !== '' && prev !== undefined) {
      problems.push(`The header "${h}" appears twice (columns ${prev + 1} and ${i + 1}); the second is read as "${h} (${i + 1})".`);
    }
    if (!seen.has(h)) seen.set(h, i);
  });
  return problems;
}

/** Unique, non-empty names for every column, following headerProblems' wording. */
export function uniqueHeaders(headers: string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h, i) => {
    let name = h === '' ? `column ${i + 1}` : h;
    // A header may itself read "x (3)"; keep suffixing until the name is free.
    while (seen.has(name)) name = `${name} (${i + 1})`;
    seen.add(name);
    return name;
  });
}
