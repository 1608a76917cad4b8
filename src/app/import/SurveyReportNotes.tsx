/**
 * What an import summary adds for a survey export: how its rows and names were counted, the
 * names to resolve, and its recipe to save for the next wave.
 */
import { recipeJson, surveyRecipe } from '../../core/import/recipe.ts';
import type { ImportReport } from '../../core/model/types.ts';
import { download } from '../download.ts';
import { plural } from '../format.ts';

export function SurveyReportNotes({ report, aliases }: { report: ImportReport; aliases?: { name: string; actorId: string }[] }) {
  const s = report.survey;
  if (!s) return null;
  const used = s.columns.filter((c) => c.kind !== 'ignore').length;
  const notUsed = s.unmatched.filter((u) => u.outcome === 'not used');
  return (
    <div className="survey-notes" data-testid="survey-notes">
      <p className="hint">
        A survey export: {plural(s.respondentRows, 'row')} of answers, with the names in its cells counted above.
        {' '}{plural(used, 'column')} read as answers
        {s.noTie > 0 ? `; ${plural(s.noTie, 'answer')} meant no tie ("Never", 0, "No")` : ''}.
        {notUsed.length > 0 ? ` Free text not on the list, left out: ${notUsed.slice(0, 8).map((u) => `“${u.name}”`).join(', ')}${notUsed.length > 8 ? ` and ${notUsed.length - 8} more` : ''}.` : ''}
      </p>
      <button className="link" data-testid="save-recipe-from-report"
        onClick={() => download(`${report.file.replace(/\.[^.]+$/, '')}.recipe.json`, recipeJson(surveyRecipe(s, { name: `Survey export like ${report.file}`, ...(aliases ? { aliases } : {}) })), 'application/json')}>
        Save the recipe that read this file
      </button>
    </div>
  );
}
