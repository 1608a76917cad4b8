/**
 * Each survey shape, read from a fixture in the shape its tool exports, with the expected ties
 * written out by hand from the fixture's cells (see the comments by each list).
 */
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../../src/core/import/dataset.ts';
import { balanced, reportOf, surveyFile, tieList, withRoster } from './fixtures.ts';

describe('Microsoft Forms roster survey (select all that apply)', () => {
  const ds = withRoster(surveyFile('msforms-roster.csv', { wave: 'Baseline' }));
  const r = reportOf(ds, 'msforms-roster.csv');

  it('is recognised as a survey and reads each column with a reason', () => {
    expect(r.role).toBe('survey');
    const kinds = r.survey?.columns.map((c) => `${c.header || '(blank)'}: ${c.kind}`);
    expect(kinds).toEqual([
      'ID: ignore', 'Start time: ignore', 'Completion time: ignore', 'Email: ignore', 'Name: ignore', 'Last modified time: ignore',
      'Your name: respondent', 'Whom do you go to for advice about your work?: multi', 'Whom do you share information with?: multi',
      'Other (please specify): other', '(blank): ignore', '(blank): ignore',
    ]);
    expect(r.survey?.columns[7]?.reason).toBe('tie type: advice, multi-select (names separated by ";")');
    expect(r.survey?.columns[9]?.reason).toMatch(/^free text "Other" \(tie type: information\): names are listed for you to match/);
  });

  it('reads the ties, matching "Dr Ben Hughes", "siobhan o\'neill" and "Rahman, Amir" to the roster', () => {
    // Row 2 Aisha: advice Ben, Siobhán; information Ben, Grace, Tom.
    // Row 3 Ben: advice Aisha; information Aisha, Chloé; Other "Jo Bloggs" is not on the list.
    // Row 4 Siobhán: advice Aisha, Ben (herself rejected); Other "Grace Lee" is on the list.
    // Row 5 Amir: advice Mary-Jane and "Aisha Rahmen" (a typo, added and listed); information Ben twice (merged).
    expect(tieList(ds)).toEqual([
      'P01>P03 advice -', 'P01>P03 information -', 'P01>P04 advice -', 'P01>P07 information -', 'P01>P08 information -',
      'P02>Aisha Rahmen advice -', 'P02>P03 information -', 'P02>P06 advice -',
      'P03>P01 advice -', 'P03>P01 information -', 'P03>P05 information -',
      'P04>P01 advice -', 'P04>P03 advice -', 'P04>P08 information -',
    ]);
  });

  it('accounts for every name in every cell', () => {
    expect(r).toMatchObject({ rowsRead: 18, accepted: 14, merged: 1, rejected: 3 });
    expect(balanced(r)).toBe(true);
    expect(r.survey?.respondentRows).toBe(5);
    const rejected = r.issues.filter((i) => i.outcome === 'rejected').map((i) => [i.row, i.column, i.message.slice(0, 30)]);
    expect(rejected).toEqual([
      [4, 'Whom do you go to for advice about your work?', 'Self-tie: the respondent named'],
      [6, 'Your name', 'No respondent: the row has no '],
      [3, 'Other (please specify)', '"Jo Bloggs" (free text) is not'],
    ]);
    expect(r.issues).toContainEqual(expect.objectContaining({ row: 5, outcome: 'merged', column: 'Whom do you share information with?' }));
  });

  it('lists names not on the list: free text never added, a typo added with its near match proposed', () => {
    expect(r.survey?.unmatched).toEqual([
      { name: 'Aisha Rahmen', rows: [5], column: 'Whom do you go to for advice about your work?', outcome: 'added',
        candidates: [{ id: 'P01', label: 'Aisha Rahman', reason: 'a small spelling difference' }] },
      { name: 'Jo Bloggs', rows: [3], column: 'Other (please specify)', outcome: 'not used', candidates: [] },
    ]);
    expect(ds.actors.some((a) => a.id === 'Jo Bloggs')).toBe(false);
  });

  it('records who answered the wave, including no one for the row without a name', () => {
    expect(ds.waves).toEqual([{ id: 'Baseline', order: 0, respondents: ['P01', 'P03', 'P04', 'P02'] }]);
  });
});

describe('Google Forms grid with frequencies', () => {
  const ds = withRoster(surveyFile('google-grid.csv'));
  const r = reportOf(ds, 'google-grid.csv');

  it('maps frequency labels to strengths on the stated scale; Never is no tie; an unknown label keeps the tie without strength', () => {
    // Aisha: Ben Weekly 4, Grace Monthly 3; advice "Ben Hughes, Grace Lee".
    // Ben: Aisha Daily 5, Grace Never (no tie); advice Aisha.
    // Grace: Aisha "A few times a year" 2, Ben "Sometimes" (not on the scale); advice "Rahman, Aisha, Ben Hughes".
    expect(tieList(ds)).toEqual([
      'P01>P03 advice -', 'P01>P03 information 4', 'P01>P08 advice -', 'P01>P08 information 3',
      'P03>P01 advice -', 'P03>P01 information 5',
      'P08>P01 advice -', 'P08>P01 information 2', 'P08>P03 advice -', 'P08>P03 information -',
    ]);
    expect(r.survey?.noTie).toBe(1);
    expect(r.survey?.columns[2]?.reason).toBe("grid column for 'Aisha Rahman' (tie type: information; frequency scale (Daily 5, Weekly 4, Monthly 3, Quarterly 2, Yearly 1; Never: no tie))");
    expect(r.issues).toContainEqual(expect.objectContaining({ row: 4, outcome: 'warning', message: expect.stringMatching(/"Sometimes" is not on the column's scale/) }));
    expect(balanced(r)).toBe(true);
  });
});

describe('Qualtrics export with three header rows', () => {
  const ds = withRoster(surveyFile('qualtrics.csv'));
  const r = reportOf(ds, 'qualtrics.csv');

  it('uses the question-text row as headers and does not count the header rows as data', () => {
    expect(r.survey?.respondentRows).toBe(3);
    expect(r.issues).toContainEqual(expect.objectContaining({ message: 'Read as a Qualtrics (codes, then question text) export: 3 header rows.' }));
  });

  it('reads 1-5 ratings as strengths (0 is no tie) and the multi-select, leaving the "Other" choice and free text out', () => {
    // Tom: trust Aisha 4, Chloé 2; joint work Aisha, Chloé.  Chloé: trust Aisha 5, Tom 1; joint work Tom (+ "Other" choice).
    // Aisha: trust Tom 3, Chloé 0 (no tie).  Chloé's free text "Prof. Dame Sally Davies" is not on the list.
    expect(tieList(ds)).toEqual([
      'P01>P07 trust 3', 'P05>P01 trust 5', 'P05>P07 joint work -', 'P05>P07 trust 1',
      'P07>P01 joint work -', 'P07>P01 trust 4', 'P07>P05 joint work -', 'P07>P05 trust 2',
    ]);
    expect(r).toMatchObject({ accepted: 8, merged: 0, rejected: 1 });
    expect(r.survey?.noTie).toBe(1);
    expect(r.survey?.unmatched.map((u) => [u.name, u.outcome])).toEqual([['Prof. Dame Sally Davies', 'not used']]);
  });
});

describe('SurveyMonkey export with a checkbox column per person', () => {
  const ds = withRoster(surveyFile('surveymonkey.csv'));
  const r = reportOf(ds, 'surveymonkey.csv');

  it('combines the two header rows and reads a ticked name as a tie', () => {
    expect(r.survey?.columns.find((c) => c.kind === 'grid')?.header).toBe('Who do you go to for advice? - Aisha Rahman');
    // Ben: Aisha, Grace.  Grace: Ben; Other "Amir Rahman" is on the list.  Aisha: Other "A. Rahman" fits Aisha and Amir.
    expect(tieList(ds)).toEqual(['P03>P01 advice -', 'P03>P08 advice -', 'P08>P02 advice -', 'P08>P03 advice -']);
    expect(r.survey?.unmatched).toEqual([{ name: 'A. Rahman', rows: [5], column: 'Who do you go to for advice? - Other (please specify)', outcome: 'not used',
      candidates: [{ id: 'P01', label: 'Aisha Rahman', reason: 'initials' }, { id: 'P02', label: 'Amir Rahman', reason: 'initials' }] }]);
    expect(balanced(r)).toBe(true);
  });
});

describe('long survey: a row a respondent-partner pair', () => {
  const ds = withRoster(surveyFile('long.csv', { wave: 'Baseline' }));
  const r = reportOf(ds, 'long.csv');

  it('makes one tie type per question column, each on its scale', () => {
    expect(r.survey?.columns.map((c) => [c.kind, c.tieType ?? null])).toEqual([
      ['respondent', null], ['partner', null], ['question', 'information'], ['question', 'advice'], ['question', 'joint work'], ['question', 'trust'],
    ]);
    expect(tieList(ds)).toEqual([
      'P01>P03 advice -', 'P01>P03 information 4', 'P01>P03 trust 4', 'P01>P08 information 3', 'P01>P08 trust 1',
      'P03>P01 advice -', 'P03>P01 joint work -', 'P03>P01 trust 3',
      'P08>Zed Unknown information 1',
    ]);
    expect(r.survey?.noTie).toBe(3);
    expect(r.issues).toContainEqual(expect.objectContaining({ row: 5, column: 'Partner', outcome: 'rejected' }));
    expect(r).toMatchObject({ accepted: 9, rejected: 1 });
  });
});

describe('encodings and delimiters', () => {
  it('reads a quoted cell holding names on several lines, and tab-separated exports, with spreadsheet row numbers', () => {
    const people = { name: 'people.csv', text: 'id,name\nA,Ann Lee\nB,Bo Ng\nC,Cy Fox\n' };
    const quoted = importDataset('q', [people, { name: 'q.csv', text: 'Your name,Whom do you go to for advice?\r\nAnn Lee,"Bo Ng\r\nCy Fox, and"\r\nBo Ng,Ann Lee\r\n', role: 'survey' }]);
    // "Cy Fox, and" has a comma but the column's separator is new lines: one name, not on the list.
    expect(tieList(quoted)).toEqual(['A>B advice -', 'A>Cy Fox, and advice -', 'B>A advice -']);
    // Row numbers as a spreadsheet shows them: the two-line cell is all of row 2, Bo's answer row 3.
    expect(quoted.ties.map((t) => t.from.row)).toEqual([2, 2, 3]);
    const tabs = importDataset('t', [people, { name: 't.tsv', text: 'Your name\tWhom do you trust?\nCy Fox\tAnn Lee; Bo Ng\n', role: 'survey' }]);
    expect(tieList(tabs)).toEqual(['C>A trust -', 'C>B trust -']);
  });

  it('reads Windows-1252 bytes with semicolons, and commas inside a quoted multi-select', () => {
    const ds = withRoster(surveyFile('cp1252-semicolon.csv', { role: 'survey' }));
    const r = reportOf(ds, 'cp1252-semicolon.csv');
    expect(tieList(ds)).toEqual(['P04>P05 advice -', 'P05>P01 advice -', 'P05>P04 advice -']);
    expect(r.issues).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/read as Windows-1252/) }));
  });
});
