/**
 * Lining up a saved plan (from a recipe or the mapping step) with a file's columns. Columns are
 * found by header, so next wave's export reads the same even when the tool moved a column; a
 * column the saved plan does not know (a person added to the list) keeps its detected role.
 */
import { foldHeader } from '../columns.ts';
import type { SurveyColumn, SurveyPlan } from './types.ts';

export interface AlignedPlan {
  columns: SurveyColumn[];
  /** Saved columns that this file does not have, as sentences. */
  missing: string[];
}

export function alignPlan(detected: SurveyPlan, saved: SurveyPlan | undefined): AlignedPlan {
  if (!saved) return { columns: detected.columns, missing: [] };
  const byHeader = new Map<string, SurveyColumn>();
  for (const c of saved.columns) if (!byHeader.has(foldHeader(c.header))) byHeader.set(foldHeader(c.header), c);
  const used = new Set<string>();
  const columns = detected.columns.map((d) => {
    const key = foldHeader(d.header);
    const s = byHeader.get(key);
    if (!s) return d;
    used.add(key);
    return { ...s, header: d.header };
  });
  const missing = saved.columns
    .filter((c) => c.kind !== 'ignore' && !used.has(foldHeader(c.header)))
    .map((c) => `The recipe reads a column "${c.header}" (${c.kind}) that this file does not have.`);
  return { columns, missing };
}
