/**
 * Detecting what each column of a survey export holds, with a reason the user can read and
 * change: the respondent, the wave, select-all-that-apply columns, grid columns (one per
 * person), long-form partner and question columns, "Other (please specify)", and the survey
 * tool's own metadata. Only the first rows are looked at, so detection is cheap on any size.
 */
import type { NameMatcher } from '../matching.ts';
import type { SurveyTable } from './headers.ts';
import { isMetadata, isOther, isPartner, isWave, looksLikeName, respondentScore, shortQuestion, splitGridHeader, tieTypeOf } from './questions.ts';
import { describeScale, detectScale } from './scales.ts';
import { describeSeparator, detectSeparator, splitNames } from './split.ts';
import type { SurveyColumn, SurveyPlan } from './types.ts';

const SAMPLE = 500;

export function detectSurveyPlan(st: SurveyTable, matcher: NameMatcher | null): SurveyPlan {
  const sample = st.rows.slice(0, SAMPLE);
  const width = Math.max(st.headers.length, ...sample.map((r) => r.cells.length));
  const values = (i: number): string[] => sample.map((r) => (r.cells[i] ?? '').trim());
  const known = (s: string): boolean => matcher !== null && matcher.match(s).kind === 'exact';
  const columns: (SurveyColumn | null)[] = new Array(width).fill(null);
  const headerOf = (i: number): string => st.headers[i] ?? '';

  // The respondent: the header that most plainly asks for the respondent's name.
  let respondent = -1;
  let best = 0;
  for (let i = 0; i < width; i++) {
    const s = respondentScore(headerOf(i));
    if (s > best) { best = s; respondent = i; }
  }
  // Grid questions: columns sharing a question, each about a person.
  const grids = new Map<string, number>();
  for (let i = 0; i < width; i++) {
    const g = splitGridHeader(headerOf(i));
    if (g) grids.set(g.question, (grids.get(g.question) ?? 0) + 1);
  }
  const hasPartner = st.headers.some(isPartner);
  let lastType: string | null = null;

  for (let i = 0; i < width; i++) {
    const header = headerOf(i);
    const cells = values(i);
    const filled = cells.filter((c) => c !== '');
    const set = (c: SurveyColumn): void => { columns[i] = c; };
    if (header.trim() === '' && filled.length === 0) { set({ header, kind: 'ignore', reason: 'empty column' }); continue; }
    if (i === respondent) { set({ header, kind: 'respondent', reason: `respondent name ("${header}")` }); continue; }
    if (respondentScore(header) > 0) {
      set({ header, kind: 'ignore', reason: `another name column; "${headerOf(respondent)}" is read as the respondent` });
      continue;
    }
    if (isWave(header)) { set({ header, kind: 'wave', reason: 'wave of each row' }); continue; }
    if (isMetadata(header)) { set({ header, kind: 'ignore', reason: "the survey tool's own record (time, e-mail, progress …), not a tie" }); continue; }
    if (isPartner(header)) { set({ header, kind: 'partner', reason: 'partner named in each row (long form)' }); continue; }
    const grid = splitGridHeader(header);
    if (isOther(grid?.person ?? '') || isOther(header)) {
      const tieType = tieTypeOf(grid?.question ?? header) ?? lastType;
      set({ header, kind: 'other', tieType, reason: `free text "Other"${tieType ? ` (tie type: ${tieType})` : ''}: names are listed for you to match, never added as people silently` });
      continue;
    }
    if (grid && (known(grid.person) || (matcher?.match(grid.person).kind === 'near') || ((grids.get(grid.question) ?? 0) >= 2 && looksLikeName(grid.person)))) {
      const tieType = tieTypeOf(grid.question) ?? shortQuestion(grid.question);
      const scale = detectScale(filled.filter((c) => c.toLowerCase() !== grid.person.toLowerCase()));
      lastType = tieType;
      set({ header, kind: 'grid', person: grid.person, tieType, scale, reason: `grid column for '${grid.person}' (tie type: ${tieType}; ${describeScale(scale)})` });
      continue;
    }
    if (!grid && known(header)) {
      const scale = detectScale(filled);
      set({ header, kind: 'grid', person: header, tieType: lastType, scale, reason: `grid column for '${header}' (${describeScale(scale)})` });
      continue;
    }
    const tieType = tieTypeOf(header);
    if (hasPartner) {
      const scale = detectScale(filled);
      if (tieType || scale.kind !== 'tick' || filled.every((c) => /^(yes|no|y|n|x|✓|✔|true|false)$/i.test(c))) {
        const type = tieType ?? shortQuestion(header);
        lastType = type;
        set({ header, kind: 'question', tieType: type, scale, reason: `tie type: ${type}, answered for each partner (${describeScale(scale)})` });
        continue;
      }
    }
    const separator = detectSeparator(filled);
    const pieces = filled.flatMap((c) => splitNames(c, separator, matcher ? known : undefined));
    const named = pieces.filter((p) => (matcher ? matcher.match(p).kind !== 'none' : looksLikeName(p))).length;
    if (pieces.length > 0 && named / pieces.length >= 0.5 && (tieType !== null || matcher !== null)) {
      const type = tieType ?? shortQuestion(header);
      lastType = type;
      set({ header, kind: 'multi', tieType: type, separator, reason: `tie type: ${type}, multi-select (names separated by ${describeSeparator(separator)})` });
      continue;
    }
    set({ header, kind: 'ignore', reason: filled.length === 0 ? 'no answers in the first rows and no person or tie type in the header' : 'not read as ties: the answers are not names on the list' });
  }

  // No respondent header: the first single-name column whose cells are people on the list.
  if (respondent < 0 && matcher) {
    const i = columns.findIndex((c, k) => c?.kind === 'ignore' && values(k).filter(Boolean).length > 0 &&
      values(k).filter((v) => v !== '' && known(v)).length / values(k).filter(Boolean).length >= 0.5);
    if (i >= 0) columns[i] = { header: headerOf(i), kind: 'respondent', reason: `respondent name: its cells are names on the list ("${headerOf(i)}")` };
  }
  return { headerRows: st.headerRows, columns: columns.map((c, i) => c ?? { header: headerOf(i), kind: 'ignore', reason: 'not recognised' }) };
}
