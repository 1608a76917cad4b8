/**
 * Import recipes: how a file was read (its role, its columns' roles, scales, separators, wave,
 * sheet, and the names confirmed as people), saved as a small versioned JSON file, so that the
 * next wave's export from the same survey imports in one step. A recipe is checked field by
 * field and a bad one is refused with a message that names the field.
 */
import type { FileRole } from '../model/types.ts';
import type { ColumnChoice, ColumnRole } from './columns.ts';
import type { InputFile } from './dataset.ts';
import type { Alias } from './matching.ts';
import type { Scale, SurveyColumn, SurveyColumnKind, SurveyPlan } from './survey/types.ts';

export const RECIPE_FORMAT = 'kith-import-recipe';
export const RECIPE_VERSION = 1;

export interface ImportRecipe {
  format: typeof RECIPE_FORMAT;
  version: typeof RECIPE_VERSION;
  /** What the recipe reads, in words ("Microsoft Forms roster survey"). */
  name?: string;
  role: FileRole;
  /** The wave of every row; usually left out and given at import, as each export is a new wave. */
  wave?: string;
  /** A workbook's sheet (name or 1-based number). */
  sheet?: string | number;
  /** people, ties, respondents, attendance files: the column chosen for each role (null: none). */
  columns?: ColumnChoice;
  /** survey files: header rows and every column's role. */
  survey?: SurveyPlan;
  /** Written names confirmed as people. */
  aliases?: Alias[];
}

export type RecipeResult = { ok: true; recipe: ImportRecipe } | { ok: false; error: string };

const ROLES: FileRole[] = ['people', 'ties', 'respondents', 'attendance', 'survey'];
const COLUMN_ROLES: ColumnRole[] = ['id', 'name', 'source', 'target', 'type', 'strength', 'wave', 'person', 'event', 'date'];
const KINDS: SurveyColumnKind[] = ['respondent', 'wave', 'multi', 'grid', 'partner', 'question', 'other', 'ignore'];
const SCALES: Scale['kind'][] = ['frequency', 'trust', 'number', 'tick', 'custom'];

class RecipeError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
function fail(path: string, what: string): never {
  throw new RecipeError(`This is not a usable import recipe: ${path} ${what}.`);
}
function str(v: unknown, path: string): string {
  if (typeof v !== 'string') fail(path, 'should be text');
  return v;
}
function oneOf<T extends string>(v: unknown, allowed: readonly T[], path: string): T {
  if (typeof v !== 'string' || !allowed.includes(v as T)) fail(path, `should be one of ${allowed.join(', ')}${typeof v === 'string' ? `, not "${v}"` : ''}`);
  return v as T;
}

export function parseRecipe(text: string): RecipeResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This is not a usable import recipe: it is not JSON. A recipe is the .json file Kith saves with "Save recipe".' };
  }
  return validateRecipe(json);
}

export function validateRecipe(json: unknown): RecipeResult {
  try {
    return { ok: true, recipe: check(json) };
  } catch (err) {
    if (err instanceof RecipeError) return { ok: false, error: err.message };
    throw err;
  }
}

function check(json: unknown): ImportRecipe {
  if (!isObject(json)) fail('the file', 'should be a JSON object');
  if (json.format !== RECIPE_FORMAT) fail('"format"', `should be "${RECIPE_FORMAT}"`);
  if (typeof json.version !== 'number') fail('"version"', 'should be a number');
  if (json.version > RECIPE_VERSION) fail('"version"', `is ${json.version}, newer than this Kith reads (${RECIPE_VERSION}); update Kith`);
  if (json.version !== RECIPE_VERSION) fail('"version"', `should be ${RECIPE_VERSION}`);
  const recipe: ImportRecipe = { format: RECIPE_FORMAT, version: RECIPE_VERSION, role: oneOf(json.role, ROLES, '"role"') };
  if (json.name !== undefined) recipe.name = str(json.name, '"name"');
  if (json.wave !== undefined) recipe.wave = str(json.wave, '"wave"');
  if (json.sheet !== undefined) {
    if (typeof json.sheet !== 'string' && !(Number.isInteger(json.sheet) && (json.sheet as number) >= 1)) fail('"sheet"', 'should be a sheet name or a number from 1');
    recipe.sheet = json.sheet as string | number;
  }
  if (json.columns !== undefined) {
    if (!isObject(json.columns)) fail('"columns"', 'should be an object of role: column');
    const columns: ColumnChoice = {};
    for (const [role, header] of Object.entries(json.columns)) {
      const r = oneOf(role, COLUMN_ROLES, `"columns" key`);
      if (header !== null && typeof header !== 'string') fail(`"columns.${role}"`, 'should be a column header or null');
      columns[r] = header as string | null;
    }
    recipe.columns = columns;
  }
  if (json.survey !== undefined) recipe.survey = checkPlan(json.survey);
  if (recipe.role === 'survey' && !recipe.survey) fail('"survey"', 'is needed for a survey recipe');
  if (json.aliases !== undefined) {
    if (!Array.isArray(json.aliases)) fail('"aliases"', 'should be a list of { name, actorId }');
    recipe.aliases = json.aliases.map((a, i) => {
      if (!isObject(a)) fail(`"aliases[${i}]"`, 'should be { name, actorId }');
      return { name: str(a.name, `"aliases[${i}].name"`), actorId: str(a.actorId, `"aliases[${i}].actorId"`) };
    });
  }
  return recipe;
}

function checkPlan(v: unknown): SurveyPlan {
  if (!isObject(v)) fail('"survey"', 'should be an object with headerRows and columns');
  const headerRows = v.headerRows ?? 1;
  if (!Number.isInteger(headerRows) || (headerRows as number) < 1 || (headerRows as number) > 3) fail('"survey.headerRows"', 'should be 1, 2 or 3');
  if (!Array.isArray(v.columns)) fail('"survey.columns"', 'should be a list of columns');
  const columns = v.columns.map((c, i): SurveyColumn => {
    const at = `"survey.columns[${i}]`;
    if (!isObject(c)) fail(`${at}"`, 'should be an object');
    const col: SurveyColumn = { header: str(c.header, `${at}.header"`), kind: oneOf(c.kind, KINDS, `${at}.kind"`), reason: typeof c.reason === 'string' ? c.reason : 'set by the recipe' };
    if (c.tieType !== undefined) {
      if (c.tieType !== null && typeof c.tieType !== 'string') fail(`${at}.tieType"`, 'should be text or null');
      col.tieType = c.tieType as string | null;
    }
    if (c.person !== undefined) col.person = str(c.person, `${at}.person"`);
    if (c.separator !== undefined) col.separator = str(c.separator, `${at}.separator"`);
    if (c.scale !== undefined) col.scale = checkScale(c.scale, `${at}.scale`);
    if (col.kind === 'grid' && !col.person) fail(`${at}.person"`, 'is needed for a grid column (the person it is about)');
    return col;
  });
  if (!columns.some((c) => c.kind === 'respondent')) fail('"survey.columns"', 'should have a respondent column');
  return { headerRows: headerRows as number, columns };
}

function checkScale(v: unknown, at: string): Scale {
  if (!isObject(v)) fail(`${at}"`, 'should be { kind, labels }');
  const scale: Scale = { kind: oneOf(v.kind, SCALES, `${at}.kind"`) };
  if (v.labels !== undefined) {
    if (!isObject(v.labels)) fail(`${at}.labels"`, 'should map answers to strengths');
    const labels: Record<string, number | null> = {};
    for (const [label, n] of Object.entries(v.labels)) {
      if (n !== null && (typeof n !== 'number' || !Number.isFinite(n) || n < 0)) fail(`${at}.labels["${label}"]"`, 'should be a strength (0 or more) or null for no tie');
      labels[label.toLowerCase().replace(/\s+/g, ' ').trim()] = n as number | null;
    }
    scale.labels = labels;
  }
  return scale;
}

/** A file with a recipe applied: its role, columns or survey plan, wave (unless one is given) and sheet. */
export function applyRecipe(file: InputFile, recipe: ImportRecipe): InputFile {
  return {
    ...file,
    role: recipe.role,
    ...(recipe.columns ? { columns: recipe.columns } : {}),
    ...(recipe.survey ? { survey: recipe.survey } : {}),
    ...(file.wave === undefined && recipe.wave !== undefined ? { wave: recipe.wave } : {}),
    ...(file.sheet === undefined && recipe.sheet !== undefined ? { sheet: recipe.sheet } : {}),
  };
}

/** The recipe of a survey file as read (the plan from the import or the mapping step). */
export function surveyRecipe(plan: SurveyPlan, extra: { name?: string; wave?: string; sheet?: string | number; aliases?: Alias[] } = {}): ImportRecipe {
  return {
    format: RECIPE_FORMAT, version: RECIPE_VERSION,
    ...(extra.name ? { name: extra.name } : {}),
    role: 'survey',
    ...(extra.wave ? { wave: extra.wave } : {}),
    ...(extra.sheet !== undefined ? { sheet: extra.sheet } : {}),
    survey: { headerRows: plan.headerRows, columns: plan.columns.map(({ reason: _r, ...c }) => c as SurveyColumn) },
    ...(extra.aliases && extra.aliases.length > 0 ? { aliases: extra.aliases } : {}),
  };
}

export function recipeJson(recipe: ImportRecipe): string {
  return `${JSON.stringify(recipe, null, 2)}\n`;
}
