import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/import/dataset.ts';
import { applyRecipe, parseRecipe, recipeJson, surveyRecipe } from '../../../src/core/import/recipe.ts';

const PEOPLE = { name: 'people.csv', text: 'id,name\nA,Ann Lee\nB,Bo Ng\nC,Cy Fox\n' };
const WAVE1 = 'Respondent,Helpers\nAnn Lee,Bo Ng; Cy Fox\nBo Ng,Ann Lee\n';
// The next wave: the tool moved the column and a new one appeared before it.
const WAVE2 = 'Comments,Helpers,Respondent\nthanks,Cy Fox,Ann Lee\n,Ann Lee|Cy Fox,Bo Ng\n';

describe('recipes', () => {
  it('saves a plan the user corrected and re-imports the next export with it in one step', () => {
    // Neither header says what it is, so detection cannot read wave 1 without help.
    const first = importDataset('w1', [PEOPLE, { name: 'w1.csv', text: WAVE1, role: 'survey' }]);
    expect(first.imports[1]?.survey?.columns.map((c) => c.kind)).toEqual(['respondent', 'multi']);
    const plan = first.imports[1]!.survey!;
    plan.columns[1] = { ...plan.columns[1]!, tieType: 'help', separator: ';' };
    const text = recipeJson(surveyRecipe(plan, { name: 'Helpers survey' }));

    const parsed = parseRecipe(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const file = applyRecipe({ name: 'w2.csv', text: WAVE2, wave: '12 months' }, parsed.recipe);
    const ds = importDataset('w2', [PEOPLE, file]);
    const r = ds.imports[1]!;
    expect(r.survey?.columns.map((c) => [c.header, c.kind, c.tieType ?? null])).toEqual([
      ['Comments', 'ignore', null], ['Helpers', 'multi', 'help'], ['Respondent', 'respondent', null],
    ]);
    // The recipe's separator is ";": "Ann Lee|Cy Fox" is one name, not on the list.
    expect(ds.ties.map((t) => `${t.source}>${t.target} ${t.type} ${t.wave}`)).toEqual(['A>C help 12 months', 'B>Ann Lee|Cy Fox help 12 months']);
  });

  it.each([
    ['not JSON', '{', /it is not JSON/],
    ['another kind of file', '{"format":"x"}', /"format" should be "kith-import-recipe"/],
    ['a newer version', '{"format":"kith-import-recipe","version":2,"role":"survey"}', /newer than this Kith reads/],
    ['a role that does not exist', '{"format":"kith-import-recipe","version":1,"role":"edges"}', /"role" should be one of people, ties, respondents, attendance, survey, not "edges"/],
    ['a survey with no plan', '{"format":"kith-import-recipe","version":1,"role":"survey"}', /"survey" is needed/],
    ['a column kind misspelt', '{"format":"kith-import-recipe","version":1,"role":"survey","survey":{"columns":[{"header":"N","kind":"respondant"}]}}', /"survey.columns\[0\].kind" should be one of/],
    ['a grid column without its person', '{"format":"kith-import-recipe","version":1,"role":"survey","survey":{"columns":[{"header":"N","kind":"respondent"},{"header":"G","kind":"grid"}]}}', /"survey.columns\[1\].person" is needed/],
    ['a negative strength', '{"format":"kith-import-recipe","version":1,"role":"survey","survey":{"columns":[{"header":"N","kind":"respondent"},{"header":"G","kind":"grid","person":"P","scale":{"kind":"custom","labels":{"often":-1}}}]}}', /labels\["often"\]" should be a strength/],
    ['columns of a role that does not exist', '{"format":"kith-import-recipe","version":1,"role":"ties","columns":{"from":"a"}}', /"columns" key should be one of/],
  ])('refuses %s with a message naming the field', (_, text, message) => {
    const r = parseRecipe(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('applies a ties recipe\'s column choices', () => {
    const parsed = parseRecipe('{"format":"kith-import-recipe","version":1,"role":"ties","columns":{"source":"who","target":"whom","strength":"how often"}}');
    if (!parsed.ok) throw new Error(parsed.error);
    const ds = importDataset('t', [PEOPLE, applyRecipe({ name: 't.csv', text: 'who,whom,how often\nA,B,3\n' }, parsed.recipe)]);
    expect(ds.ties.map((t) => [t.source, t.target, t.strength])).toEqual([['A', 'B', 3]]);
  });
});
