/**
 * Guessing what a file is from its headers, so that a user can drop files in any order.
 * The user can always say otherwise; this is only the first guess.
 */
import type { FileRole } from '../model/types.ts';
import { findColumn, mapColumns } from './columns.ts';

export function detectRole(headers: string[]): FileRole | null {
  const ties = mapColumns(headers, ['source', 'target']);
  if (ties.source >= 0 && ties.target >= 0) return 'ties';
  const att = mapColumns(headers, ['event', 'person']);
  if (att.event >= 0 && att.person >= 0) return 'attendance';
  if (findColumn(headers, 'wave') >= 0 && findColumn(headers, 'id') >= 0 && headers.length <= 3) return 'respondents';
  if (findColumn(headers, 'id') >= 0 || findColumn(headers, 'name') >= 0) return 'people';
  return null;
}
