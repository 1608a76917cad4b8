/**
 * The people table and the ties table of a view as CSV, with every attribute and every
 * metric at full precision (the screen rounds; an export must not).
 *
 * With `pseudonymous` (pass the shown dataset, whose names are codes) the code stands in for
 * the id too, since ids are often names or e-mail addresses, and attributes that single people
 * out are left out (identifying.ts), as in every other export.
 */
import type { AnalysisResult } from '../analyse.ts';
import { nodeMetricRegistry } from '../metrics/registry.ts';
import type { Dataset } from '../model/types.ts';
import { toCsv, type CsvValue } from './csv.ts';
import { identifyingAttributes } from './identifying.ts';

export interface TableOptions { bom?: boolean; pseudonymous?: boolean }

export function peopleTableCsv(ds: Dataset, r: AnalysisResult, opts: TableOptions = {}): string {
  const leftOut = opts.pseudonymous ? identifyingAttributes(ds) : new Set<string>();
  const attrs = ds.attributes.filter((a) => !leftOut.has(a.key)).map((a) => a.key);
  const byId = new Map(ds.actors.map((a) => [a.id, a]));
  const metrics = nodeMetricRegistry.filter((m) => r.directed || !m.directedOnly);
  const rows = r.ids.map((id, i): CsvValue[] => {
    const a = byId.get(id);
    return [opts.pseudonymous ? a?.label ?? id : id, a?.label ?? id, ...attrs.map((k) => a?.attributes[k] ?? null), ...metrics.map((m) => r.metrics[m.id][i])];
  });
  return toCsv(['id', 'name', ...attrs, ...metrics.map((m) => m.id)], rows, opts);
}

/** `dataset` (the shown one) is needed only with `pseudonymous`, for the codes that replace the ids. */
export function tiesTableCsv(r: AnalysisResult, opts: TableOptions & { dataset?: Dataset } = {}): string {
  const codes = opts.pseudonymous && opts.dataset ? new Map(opts.dataset.actors.map((a) => [a.id, a.label])) : null;
  const ids = codes ? r.ids.map((id) => codes.get(id) ?? id) : r.ids;
  const rows: CsvValue[][] = [];
  for (let e = 0; e < r.edgeSource.length; e++) {
    rows.push([
      ids[r.edgeSource[e] ?? -1], ids[r.edgeTarget[e] ?? -1], r.edgeStrength[e], r.edgeWeight[e],
      (r.edgeTypes[e] ?? []).join('; '), r.directed ? Boolean(r.edgeReciprocated[e]) : null,
    ]);
  }
  return toCsv(['source', 'target', 'strength', 'weight', 'types', 'reciprocated'], rows, opts);
}
