/**
 * The findings as a CSV file: one row per finding, in the order the Findings screen lists
 * them, with its headline, its explanation, the people it names (by name, or by code when
 * names are hidden: pass the shown dataset) and the exact figures behind it. Quoting and
 * formula neutralising as every Kith export (csv.ts). The last column is the finding's stable
 * id, for matching findings across waves; it is left out when names are hidden, because ids
 * carry people's own ids (often names or e-mail addresses).
 */
import type { Finding, FindingKind } from '../findings/types.ts';
import type { Dataset } from '../model/types.ts';
import { toCsv } from './csv.ts';

/** The Findings screen's section titles, so the file reads like the screen. */
export const FINDING_KIND_LABELS: Record<FindingKind, string> = {
  spanner: 'Boundary spanners',
  silo: 'Silos',
  disconnected: 'Disconnected partners',
  risk: 'Key-person risk',
  introduction: 'Suggested introductions',
  change: 'Change',
};

export const FINDINGS_CSV_COLUMNS = ['kind', 'title', 'explanation', 'people', 'figures', 'id'] as const;

export function findingsCsv(findings: Finding[], ds: Dataset, opts: { bom?: boolean; pseudonymous?: boolean } = {}): string {
  const labels = new Map(ds.actors.map((a) => [a.id, a.label]));
  const rows = findings.map((f) => [
    FINDING_KIND_LABELS[f.kind] ?? f.kind,
    f.title,
    f.explanation,
    f.evidence.nodes.map((id) => labels.get(id) ?? id).join('; '),
    Object.entries(f.evidence.figures).filter(([, v]) => Number.isFinite(v)).map(([k, v]) => `${k} = ${v}`).join('; '),
    ...(opts.pseudonymous ? [] : [f.id]),
  ]);
  const header = opts.pseudonymous ? FINDINGS_CSV_COLUMNS.filter((c) => c !== 'id') : FINDINGS_CSV_COLUMNS;
  return toCsv(header, rows, { bom: opts.bom ?? true });
}
