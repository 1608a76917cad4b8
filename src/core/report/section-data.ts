/** The report's opening: title and date, the question, and the data with the choices made. */
import { groupNoun } from '../findings/spanner-words.ts';
import { describeView } from '../view/view.ts';
import { html, type Markup } from './escape.ts';
import { formatFigure, formatNumber } from './format.ts';
import type { ReportContent } from './report.ts';
import { MIN_GROUP_SIZE, SMALLER_GROUPS } from './small-groups.ts';

const ROLE_WORDS: Record<string, string> = { people: 'People', ties: 'Ties', respondents: 'Who answered', attendance: 'Meetings attended' };

/** 23 November 2026, from yyyy-mm-dd (read as a calendar date, not a time zone). */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${Number(m[3])} ${months[Number(m[2]) - 1] ?? ''} ${m[1]}`;
}

export function coverSection(c: ReportContent): Markup {
  const { view, health, options } = c;
  return html`<header class="cover">
<p class="kicker">Network health report</p>
<h1>${c.dataset.name}</h1>
<p class="meta">${longDate(options.date)}${health.wave ? html` · Wave: ${health.wave}` : ''}${view.boundary ? html` · Boundary: ${view.boundary}` : ''}</p>
${options.pseudonymised ? html`<p class="banner" data-section="pseudonymised"><strong>Pseudonymised.</strong> Names are replaced by stable codes, and groups of fewer than ${MIN_GROUP_SIZE} people are merged or withheld (see “The data”).</p>` : ''}
</header>`;
}

export function questionSection(c: ReportContent): Markup {
  const noun = groupNoun(c.view.boundary);
  const when = c.health.wave ? ` at ${c.health.wave}` : '';
  const since = c.change ? `, and what changed since ${c.change.from}` : '';
  const about = c.view.boundary
    ? `how much ties cross between ${noun.many}, who links them, where groups keep to themselves, who is left out${since}`
    : `how knit together it is, who is left out${since}`;
  return html`<section data-section="question"><h2>The question</h2>
<p>How is this network connected${when}: ${about}? The figures describe the system’s connections, not how well anyone does their job. None of them has an agreed target for a learning system; read them against your own aims, and for how they change.</p>
</section>`;
}

export function dataSection(c: ReportContent): Markup {
  const ds = c.dataset;
  const imports = ds.imports.filter((r) => !r.fatal);
  const waves = c.health.waves.filter((w) => w.wave !== null);
  const unknownRespondents = ds.waves.length > 0 && ds.waves.every((w) => w.respondents === null);
  return html`<section data-section="data"><h2>The data</h2>
${imports.length > 0 ? html`<table><thead><tr><th>File</th><th>What it holds</th><th class="num">Rows</th><th class="num">Accepted</th><th class="num">Merged</th><th class="num">Rejected</th></tr></thead><tbody>
${imports.map((r) => html`<tr><td>${r.file}</td><td>${ROLE_WORDS[r.role] ?? r.role}</td><td class="num">${formatNumber(r.rowsRead)}</td><td class="num">${formatNumber(r.accepted)}</td><td class="num">${formatNumber(r.merged)}</td><td class="num">${formatNumber(r.rejected)}</td></tr>`)}
</tbody></table>` : ''}
<p>${formatNumber(ds.actors.length)} people and ${formatNumber(ds.ties.length)} reported ties${ds.waves.length > 0 ? html` over ${ds.waves.length} ${ds.waves.length === 1 ? 'wave' : 'waves'}` : ''}.</p>
${waves.length > 0 ? html`<table data-section="waves"><thead><tr><th>Wave</th><th class="num">People</th><th class="num">Ties</th><th class="num">Answered</th><th class="num">Response rate</th></tr></thead><tbody>
${waves.map((w) => html`<tr><td>${w.wave}</td><td class="num">${formatNumber(w.people)}</td><td class="num">${formatNumber(w.ties)}</td><td class="num">${w.respondents === null ? 'not recorded' : formatNumber(w.respondents)}</td><td class="num">${formatFigure(w.responseRate, 'share')}</td></tr>`)}
</tbody></table>` : ''}
<h3>Choices made</h3>
<ul class="plain">
<li>What counts as a tie: ${describeView(c.view, ds)}.</li>
<li>Direction: ${{ directed: 'ties as reported: “A named B” is a tie from A to B, and reciprocity counts how often B names A back.', union: 'a tie between two people if either named the other; direction is ignored.', confirmed: 'a tie only where both people named each other.' }[c.view.direction]}</li>
<li>Non-response: ${unknownRespondents ? 'who answered is not recorded, so everyone counts as a respondent and a missing tie cannot be told apart from a missing answer.'
    : 'people who did not answer stay in the network with the ties others reported about them. Between waves, a tie missing because the people who could report it did not answer is counted as unknown, never as lost.'}</li>
${c.view.boundary ? html`<li>Boundary: ${c.view.boundary}. Figures about groups (ties across the boundary, E-I index, brokerage, silos) are relative to it.</li>` : ''}
</ul>
${c.merged.length > 0 ? html`<h3>Groups too small to show</h3>
<p>To avoid singling anyone out, groups of fewer than ${MIN_GROUP_SIZE} people were treated before anything was measured, so figures by group may differ slightly from a report with names:</p>
<ul class="plain" data-section="small-groups">${c.merged.map((m) => html`<li>${m.attribute}: ${m.groups} ${m.groups === 1 ? 'group' : 'groups'} (${formatNumber(m.people)} people) ${m.outcome === 'merged' ? html`merged as “${SMALLER_GROUPS}”` : m.reason === 'name-taken' ? html`withheld (recorded as not known), because a group is already called “${SMALLER_GROUPS}”` : `withheld (recorded as not known), because even together they are fewer than ${MIN_GROUP_SIZE} people`}.</li>`)}</ul>` : ''}
</section>`;
}
