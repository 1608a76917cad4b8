/**
 * Kith's data model: what was imported, kept apart from how it is viewed.
 *
 * A Dataset holds actors (people or organisations) with typed attributes, ties as reported
 * (directed nominations or undirected records), the survey waves with their respondents,
 * and the accounting of every imported file. It is plain data (arrays and records), so it
 * can cross a worker boundary and be saved as JSON; lookups are built where they are needed.
 */

/** A missing value is null, never 0 or ''. */
export type AttributeValue = string | number | boolean | null;

export type AttributeKind = 'categorical' | 'numeric' | 'boolean' | 'text';

export interface AttributeSpec {
  /** The column name as found in the file; the key into Actor.attributes. */
  key: string;
  kind: AttributeKind;
  /** For categorical attributes: the distinct values, sorted for display. */
  categories?: string[];
  /** How many actors have no value for it. */
  missing: number;
}

export interface Actor {
  id: string;
  /** Display name; the id when the file has no name column. */
  label: string;
  /**
   * Attribute values by column name. Built with Object.fromEntries so that a column called
   * "__proto__" or "constructor" is an ordinary own property.
   */
  attributes: Record<string, AttributeValue>;
}

/** Where a tie or actor came from, so that every figure can be traced to a row. */
export interface SourceRef {
  file: string;
  /** 1-based row number as a spreadsheet shows it (the header is row 1). */
  row: number;
}

export interface Tie {
  source: string;
  target: string;
  /** Tie type (information, advice, trust, co-attendance, ...); null when the file gives none. */
  type: string | null;
  /** Strength (frequency, rating, count); null when missing. */
  strength: number | null;
  /** Wave id; null when the data has a single, unnamed wave. */
  wave: string | null;
  /** A survey nomination (A named B) is directed; a co-attendance record is not. */
  directed: boolean;
  from: SourceRef;
}

export interface Wave {
  id: string;
  /** Order in time; waves are listed and compared in this order. */
  order: number;
  /**
   * Who answered this wave. null when the data do not say; then everyone counts as a
   * respondent, and the screen says so.
   */
  respondents: string[] | null;
}

/** One attendance or membership record: a two-mode tie from a person to an event or group. */
export interface Attendance {
  person: string;
  event: string;
  /** ISO date (yyyy-mm-dd) when given. */
  date: string | null;
  wave: string | null;
  from: SourceRef;
}

export type FileRole = 'people' | 'ties' | 'attendance' | 'respondents' | 'survey';

export type RowOutcome = 'accepted' | 'merged' | 'rejected';

/** A problem with one row, or with the file as a whole (row null). */
export interface ImportIssue {
  row: number | null;
  column: string | null;
  /** What happened to the row: rejected (not used), merged (folded into another) or a warning. */
  outcome: 'rejected' | 'merged' | 'warning';
  message: string;
}

/** The accounting of one file: rowsRead = accepted + merged + rejected, always. */
export interface ImportReport {
  file: string;
  role: FileRole;
  rowsRead: number;
  accepted: number;
  merged: number;
  rejected: number;
  /** What was created: people for a people file, ties for a ties file, and so on. */
  created: number;
  /** Which column was read as what, e.g. { id: 'person_id', name: 'full_name' }. */
  columns: Record<string, string>;
  issues: ImportIssue[];
  /** A file-level failure (unreadable, empty, no id column): nothing was imported from it. */
  fatal: string | null;
  /**
   * A survey export: each name in a cell is one item of the accounting (rowsRead counts those
   * nominations), with what the survey's rows and columns held besides.
   */
  survey?: SurveyAccounting;
}

/** A survey export's accounting beyond its nominations. */
export interface SurveyAccounting {
  /** Data rows (one a respondent, or one a respondent-partner pair in the long form). */
  respondentRows: number;
  /** Answered cells that mean no tie ("Never", 0, "No"). */
  noTie: number;
  /** Header rows above the data (1; 2 for SurveyMonkey; 3 for Qualtrics). */
  headerRows: number;
  /** Each column's role, with the reason, as the import read it: the plan a recipe saves. */
  columns: SurveyColumn[];
  /** Names that are not certainly anyone on the list, for the user to resolve. */
  unmatched: UnmatchedName[];
}

// ---- how a survey export's columns are read (the plan of src/core/import/survey/) ----

export type SurveyColumnKind =
  /** Who answered: their name or id. */
  | 'respondent'
  /** The wave of the row. */
  | 'wave'
  /** "Select all that apply": several names in one cell. */
  | 'multi'
  /** A grid: one column per person on the list, the cell a frequency, rating or tick. */
  | 'grid'
  /** Long form: the partner this row is about. */
  | 'partner'
  /** Long form: one question about the partner, the cell a rating, frequency or yes/no. */
  | 'question'
  /** Free text such as "Other (please specify)": names listed for the user, never added silently. */
  | 'other'
  /** Not about ties: timestamps, e-mail, progress, and anything else. */
  | 'ignore';

/** How a cell becomes a tie strength. A label mapped to null means "answered: no tie". */
export interface Scale {
  /** 'frequency' and 'trust' are Kith's named scales; 'number' reads the number; 'tick' is any mark; 'custom' uses labels. */
  kind: 'frequency' | 'trust' | 'number' | 'tick' | 'custom';
  /** For 'custom' (and to extend a named scale): label (folded) → strength, or null for no tie. */
  labels?: Record<string, number | null>;
}

export interface SurveyColumn {
  /** The header as the plan knows it (question text, "question - person" for grids). */
  header: string;
  kind: SurveyColumnKind;
  /** multi, grid, question, other: the tie type this column reports. */
  tieType?: string | null;
  /** grid: the person the column is about, as written in the header. */
  person?: string;
  /** grid, question: how cells become strengths. */
  scale?: Scale;
  /** multi: the separator between names, or absent to detect it (; | new line, else ,). */
  separator?: string;
  /** Why this role was chosen, in words the user can check ("tie type: advice, multi-select"). */
  reason: string;
}

export interface SurveyPlan {
  /** Header rows above the data: 1 usually, 2 for SurveyMonkey, 3 for Qualtrics. */
  headerRows: number;
  columns: SurveyColumn[];
}

/** A name written in a survey that is not (certainly) anyone on the list. */
export interface UnmatchedName {
  name: string;
  /** Rows where it was written (the first few). */
  rows: number[];
  column: string;
  /** People it may be, to confirm (near matches), or empty. */
  candidates: { id: string; label: string; reason: string }[];
  /** What the import did with it: added as a person of its own, or not used (free text). */
  outcome: 'added' | 'not used';
}

export interface Dataset {
  /** A name for the workspace, e.g. "Sample: North Shire learning system". */
  name: string;
  actors: Actor[];
  attributes: AttributeSpec[];
  ties: Tie[];
  waves: Wave[];
  /** Distinct tie types in the order first seen; empty when no file gave a type. */
  tieTypes: string[];
  attendance: Attendance[];
  imports: ImportReport[];
  /** Written names confirmed as people (the mapping step, a recipe); kept for the next import. */
  aliases?: { name: string; actorId: string }[];
}

export function emptyDataset(name: string): Dataset {
  return { name, actors: [], attributes: [], ties: [], waves: [], tieTypes: [], attendance: [], imports: [] };
}

/**
 * A note between waves ("frailty programme funding ended"), written by the user and shown on
 * the trend charts and in reports. `afterWave` is the wave it follows.
 */
export interface Annotation {
  afterWave: string;
  text: string;
}
