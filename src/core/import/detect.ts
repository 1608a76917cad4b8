/**
 * Guessing what a file is from its headers, so that a user can drop files in any order.
 * The user can always say otherwise; this is only the first guess.
 */
import type { FileRole } from '../model/types.ts';
import { findColumn, mapColumns } from './columns.ts';
import { parseCsv } from './csv.ts';
import { surveyEvidence } from './survey/questions.ts';

export function detectRole(headers: string[]): FileRole | null {
  // Before ties: a long survey's "Respondent" and "Partner" are also source and target synonyms.
  const survey = surveyEvidence(headers);
  if (survey === 'strong') return 'survey';
  const ties = mapColumns(headers, ['source', 'target']);
  if (ties.source >= 0 && ties.target >= 0) return 'ties';
  const att = mapColumns(headers, ['event', 'person']);
  if (att.event >= 0 && att.person >= 0) return 'attendance';
  if (survey === 'weak') return 'survey';
  if (findColumn(headers, 'wave') >= 0 && findColumn(headers, 'id') >= 0 && headers.length <= 3) return 'respondents';
  if (findColumn(headers, 'id') >= 0 || findColumn(headers, 'name') >= 0) return 'people';
  return null;
}

/** The headers and likely role of a file, from its first few kilobytes only (cheap on any size). */
export function sniffFile(text: string): { headers: string[]; role: FileRole | null; error: string | null } {
  const head = text.slice(0, 16_384);
  const cut = head.length < text.length ? head.slice(0, Math.max(head.lastIndexOf('\n'), 0)) || head : head;
  const res = parseCsv(cut);
  if (!res.ok) return { headers: [], role: null, error: res.error };
  return { headers: res.table.headers, role: detectRole(res.table.headers), error: null };
}
