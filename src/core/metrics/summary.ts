/**
 * A few network-level figures for the overview.
 * Density: Wasserman, S. & Faust, K. (1994). Social Network Analysis, section 4.2; convention
 * networkx `density`: directed m / (n(n-1)), undirected 2m / (n(n-1)), 0 when n < 2, where m
 * counts distinct ties after merging (self-ties dropped). Components are weak (direction
 * ignored); an isolate is a person with no tie to anyone else (a self-tie alone does not count).
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';
import type { NodeMetrics } from './registry.ts';

export interface NetworkSummary {
  people: number;
  ties: number;
  density: number;
  components: number;
  /** Share of people in the largest component, in [0, 1]; 0 when there is nobody. */
  largestComponentShare: number;
  isolates: number;
}

export function networkSummary(
  g: CompiledGraph,
  metrics: Pick<NodeMetrics, 'degree' | 'component'>,
): NetworkSummary {
  assertCompiled(g, 'summary');
  const { n, edgeCount } = g;
  if (metrics.degree.length !== n || metrics.component.length !== n) {
    throw new Error(`summary: metrics have ${metrics.degree.length} values for ${n} people; compute them on this graph`);
  }
  let count = 0;
  let largest = 0;
  let isolates = 0;
  for (let v = 0; v < n; v++) {
    const c = metrics.component[v]!;
    if (c + 1 > count) count = c + 1;
    if (c === 0) largest++;
    if (metrics.degree[v] === 0) isolates++;
  }
  const pairs = n * (n - 1);
  const density = n < 2 ? 0 : (g.directed ? edgeCount / pairs : (2 * edgeCount) / pairs);
  return {
    people: n,
    ties: edgeCount,
    density,
    components: count,
    largestComponentShare: n === 0 ? 0 : largest / n,
    isolates,
  };
}
