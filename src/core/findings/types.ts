/**
 * Findings: what the analysis means, in words a convenor understands, with the evidence
 * behind it. A finding is a pure function's output from an analysed network; screens render
 * it, the map focuses its evidence, the report prints it, tests pin it. No finding ranks
 * "worst" people: findings describe the system's structure and name people only as carriers
 * of it (who bridges, who is left out), never as a league table.
 */
import type { CompiledGraph } from '../graph/compile.ts';
import type { Groups } from '../metrics/groups.ts';
import type { SuiteResult } from '../metrics/suite.ts';
import type { Dataset } from '../model/types.ts';
import type { NetworkView } from '../view/view.ts';

export type FindingKind = 'spanner' | 'silo' | 'disconnected' | 'risk' | 'introduction' | 'change';

export interface Finding {
  /** Stable across runs on the same data, e.g. 'silo:Acute trust|Adult social care'. */
  id: string;
  kind: FindingKind;
  /** A short headline: 'Social care and mental health barely meet'. */
  title: string;
  /** One or two sentences a non-specialist understands, with the numbers that matter. */
  explanation: string;
  evidence: {
    /** Actor ids to highlight on the map. */
    nodes: string[];
    /** Ties to highlight, as [source id, target id] (as in the view's graph). */
    edges: [string, string][];
    /** The figures the explanation quotes, exact, by name. */
    figures: Record<string, number>;
  };
}

/**
 * Everything a finding may read: the data, the view, the compiled network, every metric, and
 * the boundary groups. Arrays are aligned with g.ids.
 */
export interface NetworkContext {
  dataset: Dataset;
  view: NetworkView;
  g: CompiledGraph;
  suite: SuiteResult;
  /** The view's boundary (sector by default) as groups; null when none is chosen. */
  groups: Groups | null;
  boundary: string | null;
  /** Display name per node. */
  labels: string[];
  /** An attribute's values per node as text (null = missing); [] for an unknown attribute. */
  values: (attribute: string) => (string | null)[];
}
