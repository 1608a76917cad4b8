/**
 * The CLI's outputs. The JSON shape is a public contract: fields are only ever added, and a
 * change that could break a script bumps SCHEMA_VERSION (docs/cli.md).
 */
import type { AnalysisResult } from '../core/analyse.ts';
import { nodeMetricRegistry } from '../core/metrics/registry.ts';
import type { Dataset } from '../core/model/types.ts';
import type { NetworkView } from '../core/view/view.ts';

export const SCHEMA_VERSION = 1;

export function analysisJson(ds: Dataset, view: NetworkView, viewText: string, r: AnalysisResult) {
  const byId = new Map(ds.actors.map((a) => [a.id, a]));
  return {
    schemaVersion: SCHEMA_VERSION,
    dataset: { name: ds.name, people: ds.actors.length, ties: ds.ties.length, waves: ds.waves.map((w) => ({ id: w.id, respondents: w.respondents?.length ?? null })) },
    view: { ...view, description: viewText },
    imports: ds.imports,
    network: { ...r.summary, directed: r.directed, build: r.stats },
    people: r.ids.map((id, i) => ({
      id,
      label: byId.get(id)?.label ?? id,
      attributes: byId.get(id)?.attributes ?? {},
      metrics: Object.fromEntries(nodeMetricRegistry.map((m) => [m.id, r.metrics[m.id][i] ?? null])),
    })),
  };
}

/** Cells a spreadsheet would run as a formula are prefixed with a quote. */
function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function peopleCsv(ds: Dataset, r: AnalysisResult): string {
  const attrs = ds.attributes.map((a) => a.key);
  const byId = new Map(ds.actors.map((a) => [a.id, a]));
  const header = ['id', 'label', ...attrs, ...nodeMetricRegistry.map((m) => m.id)];
  const lines = [header.map(csvCell).join(',')];
  r.ids.forEach((id, i) => {
    const a = byId.get(id);
    lines.push([id, a?.label ?? id, ...attrs.map((k) => a?.attributes[k] ?? null), ...nodeMetricRegistry.map((m) => r.metrics[m.id][i])]
      .map(csvCell).join(','));
  });
  return `${lines.join('\n')}\n`;
}
