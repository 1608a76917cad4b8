/**
 * Reading a survey export into ties: wide roster surveys (select-all-that-apply and grid
 * columns), long surveys (a row a respondent-partner pair), several questions as several tie
 * types. Every name in a cell is one item of the accounting: accepted as a tie, merged into an
 * earlier one, or rejected with the file, row, column and reason. Answers that mean "no tie"
 * (Never, 0, No) and empty cells are counted apart: an empty cell is missing, never 0.
 */
import type { ImportReport, Tie, UnmatchedName } from '../../model/types.ts';
import { uniqueHeaders } from '../columns.ts';
import { cellValue, idValue, type CsvTable } from '../csv.ts';
import type { ActorDirectory } from '../directory.ts';
import { NameMatcher, normaliseName, type Alias } from '../matching.ts';
import { ReportBuilder } from '../report.ts';
import { detectSurveyPlan } from './detect.ts';
import { surveyTable } from './headers.ts';
import { alignPlan } from './plan.ts';
import { isOther } from './questions.ts';
import { readCell } from './scales.ts';
import { detectSeparator, splitNames } from './split.ts';
import type { SurveyColumn, SurveyPlan } from './types.ts';

export interface SurveyOptions {
  /** A saved plan (recipe, mapping step); columns it does not name are detected. */
  plan?: SurveyPlan;
  /** The wave of every row; overrides a wave column. */
  wave?: string;
  aliases?: Alias[];
}

export interface SurveyResult {
  ties: Tie[];
  /** Who answered, by wave (only when the file or its rows give a wave). */
  respondents: Map<string, Set<string>>;
  report: ImportReport;
  /** The plan as read, for a recipe. */
  plan: SurveyPlan;
}

interface Nomination { col: number; name: string; type: string | null; strength: number | null }

/** Cells and choices that name nobody: "None", "No one", and the tool's own "Other (please specify)" choice. */
const NOBODY = /^(no ?one|nobody|none|n\/a|-+|no|not applicable|nil|other\b.*)$/i;

export function readSurvey(file: string, table: CsvTable, directory: ActorDirectory, options: SurveyOptions = {}): SurveyResult {
  const rb = new ReportBuilder(file, 'survey');
  const st = surveyTable(table, options.plan?.headerRows);
  const matcher = new NameMatcher(directory.actors.map((a) => ({ id: a.id, label: a.label })), options.aliases);
  const detected = detectSurveyPlan(st, directory.hasRoster ? matcher : null);
  const { columns, missing } = alignPlan(detected, options.plan);
  const plan: SurveyPlan = { headerRows: st.headerRows, columns };
  const names = uniqueHeaders(st.headers.concat(Array.from({ length: Math.max(0, columns.length - st.headers.length) }, () => '')));
  const col = (i: number): string => names[i] ?? `column ${i + 1}`;
  const accounting = { respondentRows: 0, noTie: 0, headerRows: st.headerRows, columns, unmatched: [] as UnmatchedName[] };
  rb.report.survey = accounting;
  const ties: Tie[] = [];
  const respondents = new Map<string, Set<string>>();
  const result = (): SurveyResult => ({ ties, respondents, report: rb.report, plan });
  if (st.layout) rb.warn(null, null, `Read as a ${st.layout} export: ${st.headerRows} header rows.`);
  for (const m of missing) rb.warn(null, null, m);

  const find = (kind: SurveyColumn['kind']): number => columns.findIndex((c) => c.kind === kind);
  const respondentCol = find('respondent');
  if (respondentCol < 0) {
    return { ...result(), report: rb.fail('No column says who answered (a "Your name" question, or a column of names on the list). Choose the respondent column.', st.rows.length) };
  }
  rb.report.columns.respondent = col(respondentCol);
  const waveCol = options.wave !== undefined ? -1 : find('wave');
  if (waveCol >= 0) rb.report.columns.wave = col(waveCol);
  const partnerCol = find('partner');
  if (partnerCol >= 0) rb.report.columns.partner = col(partnerCol);

  // Names not certainly on the list, gathered by name for the user.
  const unmatched = new Map<string, UnmatchedName>();
  const noteUnmatched = (name: string, row: number, column: string, outcome: UnmatchedName['outcome'], candidates: UnmatchedName['candidates']): void => {
    const key = normaliseName(name);
    const u = unmatched.get(key);
    if (u) { if (u.rows.length < 10) u.rows.push(row); return; }
    unmatched.set(key, { name, rows: [row], column, candidates, outcome });
  };
  type Resolved = { id: string } | { problem: string };
  const resolve = (name: string, row: number, c: number, mayAdd: boolean): Resolved => {
    const m = matcher.match(name);
    if (m.kind === 'exact') { directory.use({ kind: 'id', id: m.id }, row); return { id: m.id }; }
    if (m.kind === 'ambiguous') {
      // Two people share the name as written: the user picks one (an alias), never Kith.
      noteUnmatched(name, row, col(c), 'not used', m.candidates.map((id) => ({ id, label: matcher.label(id) ?? id, reason: 'the same name' })));
      return { problem: `"${name}" matches ${m.candidates.length} people (${m.candidates.join(', ')}); confirm which in the mapping step.` };
    }
    const candidates = m.kind === 'near' ? m.candidates : [];
    if (!mayAdd) {
      noteUnmatched(name, row, col(c), 'not used', candidates);
      return { problem: candidates.length > 0
        ? `"${name}" (free text) may be ${candidates.map((k) => k.label).join(' or ')}; not used until you confirm which.`
        : `"${name}" (free text) is not a name on the list, so it is not used; confirm a match to use it.` };
    }
    if (directory.hasRoster || candidates.length > 0) noteUnmatched(name, row, col(c), 'added', candidates);
    const id = directory.use({ kind: 'unknown', id: name.trim() }, row);
    matcher.add({ id, label: name.trim() });
    return { id };
  };

  const seen = new Map<string, number>();
  const take = (n: Nomination, source: string, wave: string | null, row: number): void => {
    const target = resolve(n.name, row, n.col, columns[n.col]?.kind !== 'other');
    if ('problem' in target) { rb.reject(row, col(n.col), target.problem); return; }
    if (target.id === source) { rb.reject(row, col(n.col), `Self-tie: the respondent named themselves; a tie needs two people.`); return; }
    const key = JSON.stringify([source, target.id, n.type, wave]);
    const prev = seen.get(key);
    if (prev !== undefined) {
      const first = ties[prev]!;
      if (n.strength !== null && (first.strength === null || n.strength > first.strength)) first.strength = n.strength;
      rb.merge(row, col(n.col), `Repeats the ${n.type ?? ''} tie to "${n.name}" on row ${first.from.row}; merged, keeping the larger strength.`.replace('the  tie', 'the tie'));
      return;
    }
    seen.set(key, ties.length);
    ties.push({ source, target: target.id, type: n.type, strength: n.strength, wave, directed: true, from: { file, row } });
    rb.accept();
  };

  const separators = columns.map((c, i) => c.separator ?? (c.kind === 'multi' || c.kind === 'other' ? detectSeparator(st.rows.slice(0, 500).map((r) => r.cells[i] ?? '')) : ','));
  const isKnown = (s: string): boolean => matcher.match(s).kind === 'exact';
  const rowInfo = new Map<number, { source: string; wave: string | null } | null>();

  for (const { row, cells } of st.rows) {
    accounting.respondentRows++;
    const noms: Nomination[] = [];
    columns.forEach((c, i) => {
      const raw = cells[i] ?? '';
      if (raw.trim() === '') return;
      const type = c.tieType ?? null;
      if (c.kind === 'multi') {
        for (const name of splitNames(raw, separators[i]!, isKnown)) if (!NOBODY.test(name) && !isOther(name)) noms.push({ col: i, name, type, strength: null });
      } else if (c.kind === 'grid' && c.person) {
        const r = raw.trim().toLowerCase() === c.person.toLowerCase() ? { kind: 'tie' as const, strength: null } : readCell(c.scale ?? { kind: 'tick' }, raw);
        if (r.kind === 'tie') noms.push({ col: i, name: c.person, type, strength: r.strength });
        else if (r.kind === 'none') accounting.noTie++;
        else if (r.kind === 'unknown') {
          rb.warn(row, col(i), `"${r.text}" is not on the column's scale; the tie is kept with its strength missing.`);
          noms.push({ col: i, name: c.person, type, strength: null });
        }
      } else if (c.kind === 'question' && partnerCol >= 0) {
        const partner = idValue(cells[partnerCol]);
        const r = readCell(c.scale ?? { kind: 'tick' }, raw);
        if (partner === null) { if (r.kind === 'tie' || r.kind === 'unknown') noms.push({ col: partnerCol, name: '', type, strength: null }); return; }
        if (r.kind === 'tie') noms.push({ col: i, name: partner, type, strength: r.strength });
        else if (r.kind === 'none') accounting.noTie++;
        else if (r.kind === 'unknown') {
          rb.warn(row, col(i), `"${r.text}" is not on the column's scale; the tie is kept with its strength missing.`);
          noms.push({ col: i, name: partner, type, strength: null });
        }
      }
    });
    // A long form with no question columns: each row is one untyped tie to its partner.
    if (partnerCol >= 0 && !columns.some((c) => c.kind === 'question')) {
      const partner = idValue(cells[partnerCol]);
      if (partner !== null) noms.push({ col: partnerCol, name: partner, type: null, strength: null });
    }
    const who = idValue(cells[respondentCol]);
    const wave = options.wave ?? (waveCol >= 0 ? cellValue(cells[waveCol]) : null);
    let problem: [number, string] | null = null;
    if (who === null) problem = [respondentCol, `No respondent: the row has no name in "${col(respondentCol)}".`];
    else if (waveCol >= 0 && wave === null) problem = [waveCol, `No wave: the file gives a wave for each row, and this row has none.`];
    let source: string | null = null;
    if (!problem && who !== null) {
      const r = resolve(who, row, respondentCol, true);
      if ('problem' in r) problem = [respondentCol, r.problem];
      else source = r.id;
    }
    if (problem || source === null) {
      rowInfo.set(row, null);
      for (const n of noms) rb.reject(row, col(problem?.[0] ?? n.col), problem?.[1] ?? 'No respondent.');
      continue;
    }
    rowInfo.set(row, { source, wave });
    if (wave !== null) {
      let set = respondents.get(wave);
      if (!set) respondents.set(wave, (set = new Set()));
      set.add(source);
    }
    for (const n of noms) {
      if (n.name === '') { rb.reject(row, col(partnerCol), 'No partner: the row answers a question about nobody.'); continue; }
      take(n, source, wave, row);
    }
  }

  // Free text ("Other, please specify") last, so that it can name anyone read above.
  columns.forEach((c, i) => {
    if (c.kind !== 'other') return;
    for (const { row, cells } of st.rows) {
      const raw = cells[i] ?? '';
      if (raw.trim() === '' || NOBODY.test(raw.trim())) continue;
      const info = rowInfo.get(row);
      const pieces = splitNames(raw, separators[i]!, isKnown).filter((p) => !NOBODY.test(p));
      if (!info) { for (const _ of pieces) rb.reject(row, col(i), 'No respondent for this row.'); continue; }
      for (const name of pieces) take({ col: i, name, type: c.tieType ?? null, strength: null }, info.source, info.wave, row);
    }
  });

  accounting.unmatched = [...unmatched.values()];
  const added = accounting.unmatched.filter((u) => u.outcome === 'added');
  if (added.length > 0) {
    rb.warn(null, null, `${added.length} ${added.length === 1 ? 'name is' : 'names are'} not on the list and ${added.length === 1 ? 'was' : 'were'} added as people with no attributes: ` +
      `${added.slice(0, 10).map((u) => `"${u.name}"${u.candidates.length ? ` (perhaps ${u.candidates.map((c) => c.label).join(' or ')})` : ''}`).join(', ')}${added.length > 10 ? ` and ${added.length - 10} more` : ''}.`);
  }
  if (!directory.hasRoster && ties.length > 0) rb.warn(null, null, 'There is no people file, so the people were created from the names in this file, without attributes.');
  rb.report.created = ties.length;
  return result();
}
