/**
 * The survey kit in data/templates: each example export, in the shape its tool produces, is
 * imported with its recipe and gives the ties read by hand from its cells (listed below).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../../src/core/import/dataset.ts';
import { applyRecipe, parseRecipe } from '../../../../src/core/import/recipe.ts';
import { balanced, tieList } from './fixtures.ts';

const dir = fileURLToPath(new URL('../../../../data/templates/', import.meta.url));
const roster = { name: 'roster.csv', text: '', bytes: readFileSync(`${dir}roster.csv`) };

function importWithRecipe(example: string) {
  const parsed = parseRecipe(readFileSync(`${dir}recipes/${example}.recipe.json`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const file = applyRecipe({ name: `${example}.csv`, text: '', bytes: readFileSync(`${dir}examples/${example}.csv`) }, parsed.recipe);
  const ds = importDataset('kit', [roster, file]);
  const report = ds.imports.find((r) => r.file === file.name)!;
  return { ds, report };
}

const CASES: [string, string[], string[]][] = [
  // Aisha: advice Ben, Dev; information Ben, Chloé, Dev; trust Dev.  Ben: advice, information, trust Aisha; information Eilidh.
  // Dev: advice Hamid; information Aisha, Femi, Grace, Hamid; trust Aisha, Grace.  Femi: advice and information Dev.
  ['microsoft-forms-roster', [
    'T01>T02 advice -', 'T01>T02 information -', 'T01>T03 information -', 'T01>T04 advice -', 'T01>T04 information -', 'T01>T04 trust -',
    'T02>T01 advice -', 'T02>T01 information -', 'T02>T01 trust -', 'T02>T05 information -',
    'T04>T01 information -', 'T04>T01 trust -', 'T04>T06 information -', 'T04>T07 information -', 'T04>T07 trust -', 'T04>T08 advice -', 'T04>T08 information -',
    'T06>T04 advice -', 'T06>T04 information -',
  ], ['Pat Quinn (practice manager)']],
  // Frequencies on Kith's scale (Daily 5 … Yearly 1); "Every few weeks" is 3 by the recipe; Never is no tie.
  ['google-forms-grid', [
    'T01>T02 advice -', 'T01>T02 information 4', 'T01>T04 advice -', 'T01>T04 information 3',
    'T02>T01 advice -', 'T02>T01 information 4', 'T02>T04 information 2',
    'T04>T01 information 3', 'T04>T02 information 2', 'T04>T06 information 4',
    'T06>T01 information 3', 'T06>T04 advice -', 'T06>T04 information 5',
  ], []],
  // Trust coded 1-4 read as strength; joint work from the multiple-answer question.
  ['qualtrics-roster', [
    'T01>T03 joint work -', 'T01>T03 trust 4',
    'T03>T01 joint work -', 'T03>T01 trust 4', 'T03>T07 joint work -', 'T03>T07 trust 2',
    'T07>T01 trust 1', 'T07>T03 joint work -', 'T07>T03 trust 3',
  ], ['Sam Reid (housing officer)']],
  ['surveymonkey-roster', ['T02>T05 advice -', 'T02>T08 advice -', 'T05>T02 advice -', 'T05>T06 advice -', 'T08>T05 advice -'], ['Jo Bloggs (Age UK)']],
  // A row a pair: information on the frequency scale, advice and joint work Yes/No, trust on the trust scale.
  ['long-form', [
    'T01>T02 advice -', 'T01>T02 information 4', 'T01>T02 trust 4',
    'T01>T04 advice -', 'T01>T04 information 3', 'T01>T04 joint work -', 'T01>T04 trust 3',
    'T02>T01 information 4', 'T02>T01 trust 3',
    'T04>T06 information 2', 'T04>T06 joint work -', 'T04>T06 trust 2',
    'T06>T04 advice -', 'T06>T04 information 2', 'T06>T04 joint work -', 'T06>T04 trust 1',
  ], []],
];

describe('survey kit examples with their recipes', () => {
  it.each(CASES)('%s', (example, ties, notUsed) => {
    const { ds, report } = importWithRecipe(example);
    expect(report.fatal).toBeNull();
    expect(tieList(ds)).toEqual(ties);
    expect(report.accepted).toBe(ties.length);
    expect(balanced(report)).toBe(true);
    expect(report.survey?.unmatched.filter((u) => u.outcome === 'not used').map((u) => u.name)).toEqual(notUsed);
    expect(ds.actors).toHaveLength(8);
  });
});
