/** The pieces of survey reading: splitting multi-select cells, scales, question words, header layouts. */
import { describe, expect, it } from 'vitest';
import { detectHeaderRows, surveyTable } from '../../../../src/core/import/survey/headers.ts';
import { looksLikeSurvey, splitGridHeader, tieTypeOf } from '../../../../src/core/import/survey/questions.ts';
import { describeScale, detectScale, readCell } from '../../../../src/core/import/survey/scales.ts';
import { detectSeparator, splitNames } from '../../../../src/core/import/survey/split.ts';
import { parseCsv } from '../../../../src/core/import/csv.ts';
import { detectRole } from '../../../../src/core/import/detect.ts';

describe('splitNames', () => {
  const onList = (s: string): boolean => ['Rahman, Aisha', 'Ben Hughes', 'Grace Lee'].includes(s);
  it.each([
    ['Microsoft Forms trailing separator', 'Aisha Rahman;Ben Hughes;', ';', ['Aisha Rahman', 'Ben Hughes']],
    ['Google Forms comma and space', 'Aisha Rahman, Ben Hughes', ',', ['Aisha Rahman', 'Ben Hughes']],
    ['pipes', 'Aisha Rahman | Ben Hughes|', '|', ['Aisha Rahman', 'Ben Hughes']],
    ['new lines (CRLF) always separate', 'Aisha Rahman\r\nBen Hughes\n', ';', ['Aisha Rahman', 'Ben Hughes']],
  ])('%s', (_, cell, sep, want) => expect(splitNames(cell, sep)).toEqual(want));

  it('keeps "Surname, First" whole when it is a name on the list', () => {
    expect(splitNames('Rahman, Aisha, Ben Hughes', ',', onList)).toEqual(['Rahman, Aisha', 'Ben Hughes']);
    expect(splitNames('Ben Hughes, Grace Lee', ',', onList)).toEqual(['Ben Hughes', 'Grace Lee']);
  });

  it('finds the separator a column uses', () => {
    expect(detectSeparator(['A B, C D', 'E F;'])).toBe(';');
    expect(detectSeparator(['A B, C D'])).toBe(',');
    expect(detectSeparator(['A B\nC D'])).toBe('\n');
  });
});

describe('scales', () => {
  it('reads frequency labels, leading numbers, ticks and "no tie" answers', () => {
    expect(readCell({ kind: 'frequency' }, 'Weekly')).toEqual({ kind: 'tie', strength: 4 });
    expect(readCell({ kind: 'frequency' }, ' once a month ')).toEqual({ kind: 'tie', strength: 3 });
    expect(readCell({ kind: 'frequency' }, 'Never')).toMatchObject({ kind: 'none' });
    expect(readCell({ kind: 'number' }, '4 - Often')).toEqual({ kind: 'tie', strength: 4 });
    expect(readCell({ kind: 'number' }, '0')).toMatchObject({ kind: 'none' });
    expect(readCell({ kind: 'trust' }, 'Quite a lot')).toEqual({ kind: 'tie', strength: 3 });
    expect(readCell({ kind: 'tick' }, 'Yes')).toEqual({ kind: 'tie', strength: null });
    expect(readCell({ kind: 'tick' }, 'No')).toMatchObject({ kind: 'none' });
    expect(readCell({ kind: 'frequency' }, '')).toEqual({ kind: 'empty' });
    expect(readCell({ kind: 'custom', labels: { often: 3, 'not really': null } }, 'Often')).toEqual({ kind: 'tie', strength: 3 });
    expect(readCell({ kind: 'custom', labels: { often: 3 } }, 'Rarely')).toEqual({ kind: 'unknown', text: 'Rarely' });
  });

  it('states a scale in words, extra labels included', () => {
    expect(describeScale({ kind: 'custom', labels: { often: 3, never: null } })).toBe('labels: often: 3, never: no tie');
    expect(describeScale({ kind: 'number', labels: { lots: 5 } })).toBe('numbers read as strength (0: no tie; also lots: 5)');
  });

  it('guesses a column\'s scale from its answers', () => {
    expect(detectScale(['1', '5', '3'])).toEqual({ kind: 'number' });
    expect(detectScale(['Weekly', 'Monthly', 'Never'])).toEqual({ kind: 'frequency' });
    expect(detectScale(['Completely', 'A little'])).toEqual({ kind: 'trust' });
    expect(detectScale(['Yes', 'No'])).toEqual({ kind: 'tick' });
    expect(detectScale(['1', '0'])).toEqual({ kind: 'tick' });
  });
});

describe('question words', () => {
  it.each([
    ['Whom do you go to for advice about your work?', 'advice'],
    ['Who do you share information with?', 'information'],
    ['Whom have you worked with on a project?', 'joint work'],
    ['Whom would you trust to help?', 'trust'],
    ['Whom do you trust to give you advice?', 'trust'],
    ['Who would you bring to a meeting?', null],
  ])('%s → %s', (q, t) => expect(tieTypeOf(q)).toBe(t));

  it('splits grid headers of Google Forms, Qualtrics and SurveyMonkey', () => {
    expect(splitGridHeader('How often? [Aisha Rahman]')).toEqual({ question: 'How often?', person: 'Aisha Rahman' });
    expect(splitGridHeader('How much do you trust each person? - Tom Okafor')).toEqual({ question: 'How much do you trust each person?', person: 'Tom Okafor' });
    expect(splitGridHeader('Whom have you worked with? - Selected Choice')).toBeNull();
    expect(splitGridHeader('Mary-Jane Smith-Jones')).toBeNull();
  });

  it('tells a survey export from a people or ties file by its headers', () => {
    expect(looksLikeSurvey(['Timestamp', 'Your name', 'Q'])).toBe(true);
    expect(looksLikeSurvey(['Name', 'Whom do you go to for advice?'])).toBe(true);
    expect(looksLikeSurvey(['id', 'name', 'sector'])).toBe(false);
    expect(looksLikeSurvey(['source', 'target', 'type', 'strength'])).toBe(false);
  });

  it('reads a ties or attendance file with a timestamp as what it is, and a survey tool\'s columns as a survey', () => {
    expect(detectRole(['source', 'target', 'Timestamp'])).toBe('ties');
    expect(detectRole(['person_id', 'meeting', 'Start time'])).toBe('attendance');
    expect(detectRole(['Timestamp', 'Your name', 'Helpers'])).toBe('survey');
    expect(detectRole(['Respondent', 'Partner', 'How often do you share information?'])).toBe('survey');
    expect(detectRole(['Respondent', 'Partner', 'weight'])).toBe('ties');
  });
});

describe('header rows', () => {
  it('keeps a plain file to one header row', () => {
    const res = parseCsv('Your name,Advice\nA B,C D\nE F,G H\n');
    if (!res.ok) throw new Error(res.error);
    expect(detectHeaderRows(res.table)).toBe(1);
    expect(surveyTable(res.table).rows.map((r) => r.row)).toEqual([2, 3]);
  });
});
