/**
 * What each column of a survey export holds: the plan the readers follow. It is detected from
 * the headers and cells (each column with a reason the user can read), changed by the user in
 * the mapping step, and saved in an import recipe to read the next wave's export the same way.
 */

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

export type { UnmatchedName } from '../../model/types.ts';
