/**
 * "At a glance": the first thing a board member reads. The size of the network and how many
 * answered, how much of it crosses the boundary and how that moved, and the headline of each
 * kind of finding, each pointing to the section that explains it. Words and figures come from
 * the same results as the rest of the page; nothing here is a verdict.
 */
import { groupNoun } from '../findings/spanner-words.ts';
import type { FindingKind } from '../findings/types.ts';
import { html, type Markup } from './escape.ts';
import { formatChange, formatFigure, formatNumber, people } from './format.ts';
import type { ReportContent } from './report.ts';

const HEADLINES: FindingKind[] = ['spanner', 'silo', 'disconnected', 'risk'];

export function summarySection(c: ReportContent): Markup {
  const h = c.health;
  const fig = (id: string) => h.figures.find((f) => f.id === id);
  const now = h.waves.find((w) => w.wave === h.wave) ?? h.waves[0];
  if (!now) return html``;
  const points: Markup[] = [];
  const rate = fig('responseRate');
  points.push(html`${people(now.people)} and ${formatNumber(now.ties)} ties${h.wave ? ` at ${h.wave}` : ''}${
    rate && rate.value !== null ? `; ${formatFigure(rate.value, 'share')} answered the survey` : ''}.`);
  const cross = fig('crossShare');
  if (c.view.boundary && cross && cross.value !== null) {
    const change = h.previousWave && cross.change !== null ? ` (${formatChange(cross.change, 'share')} since ${h.previousWave})` : '';
    points.push(html`${formatFigure(cross.value, 'share')} of ties cross between ${groupNoun(c.view.boundary).many}${change}.`);
  }
  for (const kind of HEADLINES) {
    const f = c.findings.findings.find((x) => x.kind === kind);
    if (f) points.push(html`${sentence(f.title)}`);
  }
  for (const f of c.change?.findings ?? []) points.push(html`${sentence(f.title)}`);
  return html`<section data-section="summary"><h2>At a glance</h2>
<ul class="glance">${points.map((p) => html`<li>${p}</li>`)}</ul>
</section>`;
}

/** A finding's headline as a sentence: one full stop at the end. */
function sentence(title: string): string {
  return /[.!?]$/.test(title) ? title : `${title}.`;
}
