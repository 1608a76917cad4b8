/**
 * The people table and the ties table of a view as CSV, with every attribute and every
 * metric at full precision (the screen rounds; an export must not).
 */
import type { AnalysisResult } from '../analyse.ts';
import { nodeMetricRegistry } from '../metrics/registry.ts';
import type { Dataset } from '../model/types.ts';
import { toCsv, type CsvValue } from './csv.ts';

export function peopleTableCsv(ds: Dataset, r: AnalysisResult, opts: { bom?: boolean } = {}): string {
  const attrs = ds.attributes.map((a) => a.key);
  const byId = new Map(ds.actors.map((a) => [a.id, a]));
  const metrics = nodeMetricRegistry.filter((m) => r.directed || !m.directedOnly);
  const rows = r.ids.map((id, i): CsvValue[] => {
    const a = byId.get(id);
    return [id, a?.label ?? id, ...attrs.map((k) => a?.attributes[k] ?? null), ...metrics.map((m) => r.metrics[m.id][i])];
  });
  return toCsv(['id', 'name', ...attrs, ...metrics.map((m) => m.id)], rows, opts);
}

export function tiesTableCsv(r: AnalysisResult, opts: { bom?: boolean } = {}): string {
  const rows: CsvValue[][] = [];
  for (let e = 0; e < r.edgeSource.length; e++) {
    rows.push([
      r.ids[r.edgeSource[e] ?? -1], r.ids[r.edgeTarget[e] ?? -1], r.edgeStrength[e], r.edgeWeight[e],
      (r.edgeTypes[e] ?? []).join('; '), r.directed ? Boolean(r.edgeReciprocated[e]) : null,
    ]);
  }
  return toCsv(['source', 'target', 'strength', 'weight', 'types', 'reciprocated'], rows, opts);
}
