/**
 * The CLI's outputs. The JSON shape is a public contract (docs/cli.md): fields are only ever
 * added, and a change that could break a script bumps SCHEMA_VERSION. A metric that does not
 * apply is null, never absent and never 0.
 */
import { csvCell, type CsvValue } from '../core/export/csv.ts';
import type { SuiteResult } from '../core/metrics/suite.ts';
import type { CompiledGraph } from '../core/graph/compile.ts';
import type { WaveChange } from '../core/change/compare.ts';
import type { Actor, Dataset } from '../core/model/types.ts';
import type { BuildStats } from '../core/view/build.ts';
import type { NetworkView } from '../core/view/view.ts';

export const SCHEMA_VERSION = 1;

/** The node figures in the contract's order; arrays that may be null are "not applicable". */
const NODE_KEYS = [
  'degree', 'inDegree', 'outDegree', 'weightedDegree', 'betweenness', 'betweennessRaw', 'closeness', 'harmonic',
  'eigenvector', 'pagerank', 'clustering', 'constraint', 'effectiveSize', 'efficiency', 'coreNumber',
  'articulationPoint', 'cutOff', 'reach2', 'community', 'component', 'strongComponent', 'eiIndex',
] as const;

const ROLES = ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison'] as const;

function num(v: number | undefined | null): number | null {
  return v === undefined || v === null || Number.isNaN(v) ? null : v;
}

export interface WaveAnalysis {
  wave: string | null;
  view: NetworkView;
  stats: BuildStats;
  compiled: CompiledGraph;
  suite: SuiteResult;
}

export function nodeRecords(ds: Dataset, w: WaveAnalysis) {
  const byId = new Map<string, Actor>(ds.actors.map((a) => [a.id, a]));
  const { nodes } = w.suite;
  return w.compiled.ids.map((id, i) => {
    const record: Record<string, unknown> = { id, label: byId.get(id)?.label ?? id };
    for (const key of NODE_KEYS) {
      const values = nodes[key];
      const v = values ? num(values[i]) : null;
      record[key] = key === 'articulationPoint' && v !== null ? v === 1 : v;
    }
    if (nodes.betweennessError) record.betweennessError = num(nodes.betweennessError[i]);
    const b = nodes.brokerage;
    record.brokerage = b ? Object.fromEntries([...ROLES.map((r) => [r, num(b[r][i])]), ['total', num(b.total[i])]]) : null;
    record.attributes = byId.get(id)?.attributes ?? {};
    return record;
  });
}

/**
 * level: with `--level`, the people were rolled up to these groups and `people`, `nodes` and
 * `reportedTies` are of groups (`input.level` says so; `input.people` stays the people read).
 */
export function analysisJson(ds: Dataset, waves: WaveAnalysis[], changes: WaveChange[], inputs: string[], level?: { attribute: string; weight: string; people: number }) {
  const first = waves[0];
  return {
    schemaVersion: SCHEMA_VERSION,
    input: {
      files: inputs,
      people: level ? level.people : ds.actors.length,
      reportedTies: ds.ties.length,
      imports: ds.imports,
      ...(level ? { level: { attribute: level.attribute, weight: level.weight, groups: ds.actors.length } } : {}),
    },
    view: first ? { ...first.view, wave: undefined } : null,
    waves: waves.map((w) => ({
      wave: w.wave,
      respondents: respondentsIn(ds, w.wave),
      network: { ...w.suite.network, build: w.stats },
      nodes: nodeRecords(ds, w),
      groups: w.suite.groups,
    })),
    changes,
  };
}

function respondentsIn(ds: Dataset, wave: string | null): number | null {
  return ds.waves.find((x) => x.id === wave)?.respondents?.length ?? null;
}

/** One row a person a wave: wave, id, label, every attribute, every node figure. */
export function peopleCsv(ds: Dataset, waves: WaveAnalysis[]): string {
  const attrs = ds.attributes.map((a) => a.key);
  const header = ['wave', 'id', 'label', ...attrs, ...NODE_KEYS, ...ROLES.map((r) => `brokerage.${r}`), 'brokerage.total'];
  const lines = [header.map((h) => csvCell(h)).join(',')];
  for (const w of waves) {
    for (const r of nodeRecords(ds, w)) {
      const a = r.attributes as Record<string, unknown>;
      const b = r.brokerage as Record<string, number | null> | null;
      lines.push([w.wave, r.id, r.label, ...attrs.map((k) => a[k]), ...NODE_KEYS.map((k) => r[k]),
        ...ROLES.map((role) => b?.[role] ?? null), b?.total ?? null].map((v) => csvCell(v as CsvValue)).join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}
