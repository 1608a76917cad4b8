/** The report's figures: the health scorecard, the map with its legend, and the charts. */
import { html, trusted, type Markup } from './escape.ts';
import { formatChange, formatFigure } from './format.ts';
import type { ReportContent } from './report.ts';

export function healthSection(c: ReportContent): Markup {
  const h = c.health;
  return html`<section data-section="health"><h2>Network health</h2>
<p class="muted small">${h.previousWave ? `Each figure at ${h.wave}, with its change since ${h.previousWave}; both waves measured with the same choices. Shares change in percentage points.` : 'Each figure with what it means in these data.'}</p>
<table class="figures"><thead><tr><th>Figure</th><th class="num">${h.wave ?? 'Value'}</th>${h.previousWave ? html`<th class="num">Since ${h.previousWave}</th>` : ''}<th>What it means here</th></tr></thead><tbody>
${h.figures.map((f) => html`<tr data-figure="${f.id}"><th scope="row">${f.label}<span>${f.meaning}</span></th><td class="num value">${formatFigure(f.value, f.format)}</td>${h.previousWave ? html`<td class="num">${formatChange(f.change, f.format) || '–'}</td>` : ''}<td>${f.sentence}</td></tr>`)}
</tbody></table>
</section>`;
}

export function mapSection(c: ReportContent): Markup {
  return html`<section data-section="map" class="page-break"><h2>The map</h2>
<figure class="map">
${trusted(c.map.svg)}
<p class="note">People are placed so that those tied to each other sit close; the layout pools every wave, so people keep their place from one report to the next.</p>
</figure>
</section>`;
}

export function chartsSection(c: ReportContent): Markup {
  if (c.charts.length === 0) return html``;
  return html`<section data-section="charts"><h2>Charts</h2>
${c.charts.map((ch) => html`<figure data-chart="${ch.id}" role="img" aria-label="${ch.alt}"><figcaption>${ch.title}</figcaption>${trusted(ch.svg)}</figure>`)}
${c.options.annotations.length > 0 ? html`<p class="small muted">Notes between waves: ${c.options.annotations.map((a, i) => html`${i > 0 ? '; ' : ''}after ${a.afterWave}, ${a.text}`)}.</p>` : ''}
</section>`;
}
