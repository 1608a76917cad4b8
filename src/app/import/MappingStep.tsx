/**
 * The mapping step for a survey export: the first rows, each column's role with Kith's reason
 * (changeable), the names that need a person's judgement, and recipes to save or reuse. The
 * preview is the import itself, run in the worker on the people file and this file, so what is
 * shown is what the import will do. No reading or matching happens here.
 */
import { useEffect, useState } from 'react';
import type { InputFile } from '../../core/import/dataset.ts';
import type { Alias } from '../../core/import/matching.ts';
import { parseRecipe, recipeJson, surveyRecipe } from '../../core/import/recipe.ts';
import type { SurveyPreview } from '../../core/import/survey/preview.ts';
import type { SurveyColumn, SurveyColumnKind, SurveyPlan } from '../../core/model/types.ts';
import { download } from '../download.ts';
import { plural } from '../format.ts';
import { previewSurvey } from '../state/actions.ts';
import { NamesToCheck } from './NamesToCheck.tsx';

const KINDS: { id: SurveyColumnKind; label: string }[] = [
  { id: 'respondent', label: 'Who answered' },
  { id: 'multi', label: 'Names (select all that apply)' },
  { id: 'grid', label: 'Grid: one person' },
  { id: 'partner', label: 'Partner (long form)' },
  { id: 'question', label: 'Question about the partner' },
  { id: 'other', label: 'Other, free text' },
  { id: 'wave', label: 'Wave' },
  { id: 'ignore', label: 'Not used' },
];
const TYPED: SurveyColumnKind[] = ['multi', 'grid', 'question', 'other'];

function order(columns: SurveyColumn[]): [SurveyColumn, number][] {
  const indexed = columns.map((c, i): [SurveyColumn, number] => [c, i]);
  return [...indexed.filter(([c]) => c.kind !== 'ignore'), ...indexed.filter(([c]) => c.kind === 'ignore')];
}

export interface MappingProps {
  /** Every chosen file (the people file among them); `target` is the survey file shown. */
  files: InputFile[];
  target: string;
  plan: SurveyPlan | undefined;
  aliases: Alias[];
  onPlan: (plan: SurveyPlan) => void;
  onAliases: (aliases: Alias[]) => void;
}

export function MappingStep({ files, target, plan, aliases, onPlan, onAliases }: MappingProps) {
  const [preview, setPreview] = useState<SurveyPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [recipeNote, setRecipeNote] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const withPlan = files.map((f) => (f.name === target && plan ? { ...f, survey: plan } : f));
    // Typing a wave or a tie type changes the files; wait for a pause before reading again.
    const timer = setTimeout(() => {
      previewSurvey(withPlan, target, aliases)
        .then((p) => { if (live) { setPreview(p); setProblem(null); } })
        .catch((err: unknown) => { if (live) setProblem(err instanceof Error ? err.message : String(err)); });
    }, 250);
    return () => { live = false; clearTimeout(timer); };
  }, [files, target, plan, aliases]);

  if (problem) return <p className="fatal" role="alert">Kith could not preview {target}: {problem}</p>;
  if (!preview) return <p className="hint" data-testid="mapping-loading">Reading {target}…</p>;
  const shown = plan ?? preview.plan;
  const change = (i: number, patch: Partial<SurveyColumn>): void => {
    onPlan({ ...shown, columns: shown.columns.map((c, k) => (k === i ? { ...c, ...patch, reason: 'chosen by you' } : c)) });
  };
  const readRecipeFile = async (f: File | undefined): Promise<void> => {
    if (!f) return;
    const parsed = parseRecipe(await f.text());
    if (!parsed.ok) { setRecipeNote(parsed.error); return; }
    if (parsed.recipe.role !== 'survey' || !parsed.recipe.survey) { setRecipeNote(`${f.name} is a recipe for a ${parsed.recipe.role} file, not a survey export.`); return; }
    onPlan(parsed.recipe.survey);
    if (parsed.recipe.aliases) onAliases([...aliases, ...parsed.recipe.aliases]);
    setRecipeNote(`Using the recipe ${parsed.recipe.name ?? f.name}.`);
  };
  const c = preview.counts;
  return (
    <section className="mapping" data-testid="mapping-step">
      <h3>How Kith reads {target}</h3>
      {preview.error ? <p className="fatal" role="alert">{preview.error}</p> : (
        <p className="hint" data-testid="mapping-counts">
          {preview.rowsInFile > c.rows ? `In the first ${c.rows.toLocaleString('en-GB')} of ${preview.rowsInFile.toLocaleString('en-GB')} rows: ` : ''}
          {plural(c.rows, 'row')} of answers: {plural(c.ties, 'tie')}, {c.merged} repeated, {c.rejected} not used
          {c.noTie > 0 ? `, and ${plural(c.noTie, 'answer')} meaning no tie ("Never", 0, "No")` : ''}. Change any column below; the import follows your choice.
        </p>
      )}
      <div className="mapping-scroll">
        <table className="mapping-columns" data-testid="mapping-columns">
          <thead><tr><th>Column</th><th>First answers</th><th>Read as</th><th>Tie type</th><th>Why</th></tr></thead>
          <tbody>
            {/* Columns read as answers first, then those not used; empty trailing columns not at all. */}
            {order(shown.columns).map(([col, i]) => (col.kind === 'ignore' && col.reason === 'empty column' ? null : (
              <tr key={`${i}-${col.header}`} className={col.kind === 'ignore' ? 'unused' : ''} data-testid="mapping-column">
                <td className="header-cell" title={col.header}>{col.header || `column ${i + 1}`}</td>
                <td className="hint sample">{preview.sample.map((r) => r[i] ?? '').filter((v) => v.trim() !== '').slice(0, 3).join(' · ')}</td>
                <td>
                  <select value={col.kind} aria-label={`What the column ${col.header} holds`}
                    onChange={(e) => change(i, { kind: e.target.value as SurveyColumnKind, ...(e.target.value === 'grid' && !col.person ? { person: col.header } : {}) })}>
                    {KINDS.map((k) => <option key={k.id} value={k.id}>{k.label}</option>)}
                  </select>
                  {col.kind === 'grid' ? <div className="hint">about {col.person}</div> : null}
                </td>
                <td>
                  {TYPED.includes(col.kind) ? (
                    <input className="tie-type-input" value={col.tieType ?? ''} placeholder="e.g. advice" aria-label={`Tie type of ${col.header}`}
                      onChange={(e) => change(i, { tieType: e.target.value.trim() === '' ? null : e.target.value })} />
                  ) : null}
                </td>
                <td className="hint reason">{col.reason}</td>
              </tr>
            )))}
          </tbody>
        </table>
      </div>
      <NamesToCheck unmatched={preview.unmatched} aliases={aliases} onAliases={onAliases} />
      <div className="recipe-buttons">
        <button onClick={() => download(`${target.replace(/\.[^.]+$/, '')}.recipe.json`, recipeJson(surveyRecipe(shown, { name: `Survey export like ${target}`, aliases })), 'application/json')}
          data-testid="save-recipe">Save recipe</button>
        <label className="button-like">Use a recipe
          <input type="file" accept=".json,application/json" onChange={(e) => void readRecipeFile(e.target.files?.[0])} data-testid="use-recipe" />
        </label>
        {recipeNote ? <span className="hint" role="status" data-testid="recipe-note">{recipeNote}</span> : null}
      </div>
    </section>
  );
}
