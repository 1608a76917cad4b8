/**
 * The node metrics Kith offers, described once: the table's columns, the map's size options and
 * the methods note are all generated from this list. Each metric's convention is in its module
 * and in docs/metrics.md.
 */
import type { CompiledGraph } from '../graph/compile.ts';
import { betweenness } from './betweenness.ts';
import { closeness } from './closeness.ts';
import { components } from './components.ts';
import { degrees } from './degree.ts';

export interface NodeMetricSpec {
  id: 'degree' | 'inDegree' | 'outDegree' | 'strength' | 'betweenness' | 'closeness' | 'component';
  /** Plain English, UK spelling. */
  label: string;
  /** One sentence for a non-specialist convenor. */
  explain: string;
  /** In and out are only meaningful for directed views. */
  directedOnly?: boolean;
  /** Offered as a node size on the map. */
  sizeable: boolean;
  /** 'index': a 0-based group number, shown to people counting from 1. */
  format: 'integer' | 'decimal' | 'index';
}

export type NodeMetricId = NodeMetricSpec['id'];

export const nodeMetricRegistry: NodeMetricSpec[] = [
  {
    id: 'degree', label: 'Ties', sizeable: true, format: 'integer',
    explain: 'How many ties this person has, sent and received counted together.',
  },
  {
    id: 'inDegree', label: 'Ties received', directedOnly: true, sizeable: true, format: 'integer',
    explain: 'How many people named this person.',
  },
  {
    id: 'outDegree', label: 'Ties sent', directedOnly: true, sizeable: true, format: 'integer',
    explain: 'How many people this person named.',
  },
  {
    id: 'strength', label: 'Tie strength', sizeable: true, format: 'decimal',
    explain: 'The strengths of all this person’s ties added together.',
  },
  {
    id: 'betweenness', label: 'Betweenness', sizeable: true, format: 'decimal',
    explain: 'How often this person lies on the shortest route between two others.',
  },
  {
    id: 'closeness', label: 'Closeness', sizeable: true, format: 'decimal',
    explain: 'How few steps along ties it takes the others to reach this person.',
  },
  {
    id: 'component', label: 'Group of connected people', sizeable: false, format: 'index',
    explain: 'Which group of people linked by chains of ties this person belongs to; group 1 is the largest.',
  },
];

export type NodeMetrics = Record<NodeMetricId, Float64Array>;

export interface ComputeOptions {
  /** fraction in [0, 1], non-decreasing, ending at 1; step is one of PROGRESS_STEPS, for display. */
  onProgress?: (fraction: number, step: string) => void;
}

/** The step texts computeNodeMetrics reports, in order. */
export const PROGRESS_STEPS = [
  'Counting ties', 'Finding connected groups', 'Measuring betweenness', 'Measuring closeness', 'Done',
] as const;

// Share of the progress bar given to each step (betweenness dominates the running time).
const BETWEENNESS_START = 0.05;
const CLOSENESS_START = 0.75;
const CLOSENESS_END = 0.98;

/** Every metric of the registry, as arrays aligned with g.ids (all distinct buffers). */
export function computeNodeMetrics(g: CompiledGraph, opts: ComputeOptions = {}): NodeMetrics {
  const report = opts.onProgress ?? (() => {});
  report(0, PROGRESS_STEPS[0]);
  const d = degrees(g);
  report(0.02, PROGRESS_STEPS[1]);
  const comp = components(g);
  report(BETWEENNESS_START, PROGRESS_STEPS[2]);
  const b = betweenness(g, {
    onProgress: (done, total) =>
      report(BETWEENNESS_START + (CLOSENESS_START - BETWEENNESS_START) * fraction(done, total), PROGRESS_STEPS[2]),
  });
  const c = closeness(g, {
    onProgress: (done, total) =>
      report(CLOSENESS_START + (CLOSENESS_END - CLOSENESS_START) * fraction(done, total), PROGRESS_STEPS[3]),
  });
  const metrics: NodeMetrics = {
    degree: d.degree,
    inDegree: d.inDegree,
    outDegree: d.outDegree,
    strength: d.strength,
    betweenness: b,
    closeness: c,
    component: Float64Array.from(comp.component),
  };
  report(1, PROGRESS_STEPS[4]);
  return metrics;
}

function fraction(done: number, total: number): number {
  return total > 0 ? done / total : 1;
}
