/**
 * Writes data/templates/recipes/*.json: each example export read by Kith's detection against
 * roster.csv, saved as the recipe that re-imports that tool's next export in one step, with the
 * few choices detection cannot know added by hand below. Run: npx tsx data/templates/make-recipes.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { importDataset } from '../../src/core/import/dataset.ts';
import { recipeJson, surveyRecipe } from '../../src/core/import/recipe.ts';
import type { SurveyPlan } from '../../src/core/model/types.ts';

const dir = new URL('./', import.meta.url);
const roster = { name: 'roster.csv', text: '', bytes: readFileSync(new URL('roster.csv', dir)) };

const EXAMPLES: { file: string; name: string; edit?: (plan: SurveyPlan) => void }[] = [
  { file: 'microsoft-forms-roster', name: 'Microsoft Forms roster survey (Kith template)',
    // The free-text question follows the trust question but asks about anyone: no tie type of its own.
    edit: (p) => { for (const c of p.columns) if (c.kind === 'other') c.tieType = 'advice'; } },
  { file: 'google-forms-grid', name: 'Google Forms frequency grid (Kith template)',
    // Answers a respondent typed over the grid's choices, read on the frequency scale.
    edit: (p) => { for (const c of p.columns) if (c.kind === 'grid' && c.scale) c.scale.labels = { 'every few weeks': 3 }; } },
  { file: 'qualtrics-roster', name: 'Qualtrics roster survey (Kith template)' },
  { file: 'surveymonkey-roster', name: 'SurveyMonkey roster survey (Kith template)' },
  { file: 'long-form', name: 'Kith long form (a row a respondent and partner)' },
];

for (const ex of EXAMPLES) {
  const file = { name: `${ex.file}.csv`, text: '', bytes: readFileSync(new URL(`examples/${ex.file}.csv`, dir)), role: 'survey' as const };
  const ds = importDataset('recipe', [roster, file]);
  const plan = ds.imports.find((r) => r.file === file.name)?.survey;
  if (!plan) throw new Error(`${ex.file}: not read as a survey`);
  const saved: SurveyPlan = structuredClone({ headerRows: plan.headerRows, columns: plan.columns });
  ex.edit?.(saved);
  writeFileSync(new URL(`recipes/${ex.file}.recipe.json`, dir), recipeJson(surveyRecipe(saved, { name: ex.name })));
}
