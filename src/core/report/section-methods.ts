/**
 * The report's methods note: how each figure and measure was computed, with its convention and
 * reference, in the wording of docs/metrics.md. Health figures come from their registry
 * (health-figures.ts); the measures behind the findings from the metric registry.
 */
import { MEMBERSHIP_RULE } from '../change/classify.ts';
import { nodeMetricRegistry, type NodeMetricId } from '../metrics/registry.ts';
import { html, type Markup } from './escape.ts';
import { healthFigures } from './health-figures.ts';
import type { ReportContent } from './report.ts';

/** The measures the findings rest on, with their convention (docs/metrics.md). */
const FINDING_MEASURES: { id: NodeMetricId; method: string }[] = [
  { id: 'degree', method: 'Ties sent plus ties received, after merging several ties between the same two people (networkx degree on the merged network).' },
  { id: 'betweenness', method: 'Brandes (2001), normalised as networkx betweenness_centrality; shortest routes by steps unless stated.' },
  { id: 'brokerage', method: 'Gould & Fernandez (1989) roles, as R sna brokerage raw counts: coordinator, consultant, representative, gatekeeper, liaison.' },
  { id: 'eiIndex', method: 'Krackhardt & Stern (1988), over a person’s ties to people with a group, sent and received alike.' },
  { id: 'cutOff', method: 'People who would lose every route to the largest connected group if this person left (articulation points, Hopcroft & Tarjan 1973).' },
  { id: 'community', method: 'Louvain community detection (Blondel et al. 2008) with a fixed seed, so results repeat.' },
];

export function methodsSection(c: ReportContent): Markup {
  const registry = new Map(nodeMetricRegistry.map((m) => [m.id, m]));
  const figures = healthFigures.filter((f) => !f.needsGroups || c.view.boundary !== null);
  return html`<section data-section="methods" class="page-break"><h2>Methods</h2>
<p class="small">Computed by Kith on this computer; no data left it. Every figure rests on the choices listed under “The data”. Routes (betweenness, distances) were ${describeRoutes(c)}.</p>
<h3>The health figures</h3>
<dl class="methods small">${figures.map((f) => html`<dt>${f.label}</dt><dd>${f.meaning} ${f.method}</dd>`)}</dl>
<h3>Measures behind the findings</h3>
<dl class="methods small">${FINDING_MEASURES.filter((m) => !registry.get(m.id)?.needsGroups || c.view.boundary !== null).map((m) => {
    const spec = registry.get(m.id)!;
    return html`<dt>${spec.label}</dt><dd>${spec.explain} ${m.method}</dd>`;
  })}</dl>
<h3>Change between waves</h3>
<dl class="methods small">
<dt>New, kept, lost and unknown ties</dt><dd>Ties are compared as this view defines them. A tie present in the earlier wave and missing in the later one is lost only when the people who could have reported it answered the later wave; otherwise it is unknown. Directed ties: the person who names; undirected: both people.</dd>
<dt>Joined and left</dt><dd>${MEMBERSHIP_RULE}</dd>
<dt>Are the waves more alike than chance?</dt><dd>The correlation between the two waves’ tie matrices, tested against random relabelling of people (QAP; Krackhardt 1987).</dd>
</dl>
<p class="small muted">Full formulas, conventions and references: docs/metrics.md in Kith.</p>
</section>`;
}

function describeRoutes(c: ReportContent): string {
  const v = c.view.betweenness;
  const by = v.weighted ? 'by tie strength (length 1 / strength)' : 'by steps';
  return v.kind === 'sampled' ? `estimated from ${v.samples} people (seed ${v.seed}), ${by}` : `computed exactly, ${by}`;
}
