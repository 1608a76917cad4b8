/**
 * Suggested introductions as a CSV file a convenor can open in a spreadsheet and work through:
 * one row per introduction, the people by name, the reason, and the exact counts.
 *
 * - Quoting and formula neutralising as every Kith export (src/core/export/csv.ts).
 * - UTF-8 with a byte order mark by default: Excel on Windows reads a CSV without one in the
 *   local code page and garbles names such as Siân or Wiśniewska. LibreOffice, Numbers,
 *   Google Sheets and Kith's own importer accept the mark. Pass { bom: false } for tools
 *   that do not.
 */
import { csvCell, toCsv } from '../export/csv.ts';
import type { Introduction } from './introductions.ts';

export { csvCell };

export const INTRODUCTION_CSV_COLUMNS = [
  'group_a', 'person_a', 'group_b', 'person_b', 'reason', 'common_contacts', 'shared_meetings',
] as const;

export function introductionsCsv(list: Introduction[], opts: { bom?: boolean } = {}): string {
  const rows = list.map((i) => [
    i.groups[0], i.aLabel, i.groups[1], i.bLabel, i.reason, i.figures.commonContacts, i.figures.sharedMeetings,
  ]);
  return toCsv(INTRODUCTION_CSV_COLUMNS, rows, { bom: opts.bom ?? true });
}
