/** The report's findings in words (spanners, silos, disconnected partners, risks) and the change since the previous wave. */
import type { FindingKind, Finding } from '../findings/types.ts';
import { CHANGE_COLOURS } from '../view/encodings.ts';
import { html, type Markup } from './escape.ts';
import { formatNumber } from './format.ts';
import type { ReportContent } from './report.ts';

/** At most this many findings of a kind are printed; the rest are counted. */
const PRINTED = 6;

const KINDS: { kind: FindingKind; title: string; intro: string }[] = [
  { kind: 'spanner', title: 'Boundary spanners', intro: 'Who links groups that would otherwise be apart.' },
  { kind: 'silo', title: 'Silos', intro: 'Groups that keep to themselves, and pairs of groups that barely meet.' },
  { kind: 'disconnected', title: 'Disconnected partners', intro: 'People and groups at the edge, or cut off.' },
  { kind: 'risk', title: 'Reliance on a few people', intro: 'How much the network leans on a few people, and what it would lose if they left.' },
  { kind: 'introduction', title: 'Suggested introductions', intro: 'Specific people who could connect groups that barely meet.' },
];

function findingBlock(f: Finding): Markup {
  return html`<div class="finding" data-finding="${f.id}"><h4>${f.title}</h4><p>${f.explanation}</p></div>`;
}

export function findingsSection(c: ReportContent): Markup {
  const r = c.findings;
  const blocks = KINDS.map(({ kind, title, intro }) => {
    const items = r.findings.filter((f) => f.kind === kind);
    const extra: Markup[] = [];
    if (kind === 'silo' && r.mixing) extra.push(html`<p>${r.mixing.network.meaning}.</p>`);
    if (kind === 'silo' && r.communities) extra.push(html`<p>${r.communities}</p>`);
    if (items.length === 0 && extra.length === 0) return html``;
    return html`<h3>${title}</h3><p class="muted small">${intro}</p>${extra}${items.slice(0, PRINTED).map(findingBlock)}
${items.length > PRINTED ? html`<p class="muted small">And ${items.length - PRINTED} more of this kind in Kith’s Findings screen.</p>` : ''}`;
  });
  return html`<section data-section="findings" class="page-break"><h2>Findings</h2>
${r.findings.length === 0 ? html`<p>No findings stand out in this view.</p>` : blocks}
</section>`;
}

export function changeSection(c: ReportContent): Markup {
  const ch = c.change;
  if (!ch) return html``;
  const n = ch.counts;
  const kept = n.kept + n.strengthened + n.weakened;
  return html`<section data-section="change"><h2>Since ${ch.from}</h2>
<table><thead><tr>${(['new', 'kept', 'strengthened', 'weakened', 'lost', 'unknown'] as const).map((s) => html`<th class="num">${s === 'kept' ? 'Kept, same strength' : CHANGE_COLOURS[s].label}</th>`)}</tr></thead>
<tbody><tr>${(['new', 'kept', 'strengthened', 'weakened', 'lost', 'unknown'] as const).map((s) => html`<td class="num">${formatNumber(n[s])}</td>`)}</tr></tbody></table>
<p>Between ${ch.from} and ${ch.to}, ${formatNumber(n.new)} ties are new and ${formatNumber(kept)} were kept (${formatNumber(n.strengthened)} of them stronger, ${formatNumber(n.weakened)} weaker).
${n.lost + n.unknown > 0 ? ` Of the ${formatNumber(n.lost + n.unknown)} ties missing at ${ch.to}, ${formatNumber(n.unknown)} are unknown: the people who could have reported them did not answer, so they are not counted as lost.` : ''}
${formatNumber(ch.membership.joined.length)} ${ch.membership.joined.length === 1 ? 'person' : 'people'} joined and ${formatNumber(ch.membership.left.length)} left${ch.membership.stoppedAnswering.length > 0 ? `; ${formatNumber(ch.membership.stoppedAnswering.length)} stopped answering but are still named by others` : ''}.</p>
${ch.findings.map(findingBlock)}
<p>${ch.qap.explanation}</p>
</section>`;
}

export function notesSection(c: ReportContent): Markup {
  const notes = c.options.annotations;
  if (notes.length === 0) return html``;
  return html`<section data-section="notes"><h2>Notes between waves</h2>
<ul class="plain">${notes.map((a) => html`<li><strong>After ${a.afterWave}:</strong> ${a.text}</li>`)}</ul>
</section>`;
}
