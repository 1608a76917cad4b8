/**
 * Issue 6 in Chromium: on the sample network, a lead reads the Health screen, builds the
 * printable report, checks it against the analysis, builds the pseudonymised variant (no names,
 * no group under 5 people), and looks at its print layout (screenshots in test-results/).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Harness, withSample } from './harness.ts';

let h: Harness;
let page: Page;
let errors: string[];
withSample((s) => ({ h, page, errors } = s));

/** The people file of the sample: names, and how many people each attribute value has. */
function sample() {
  const rows = Papa.parse<Record<string, string>>(readFileSync('data/sample/people.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
  const count = (name: string) => {
    const m = new Map<string, number>();
    for (const r of rows) if (r[name]) m.set(r[name], (m.get(r[name]) ?? 0) + 1);
    return m;
  };
  return { names: rows.map((r) => r.name!), organisations: count('organisation'), professions: count('profession') };
}

async function reportHtml(previous: string | null): Promise<string> {
  await page.waitForFunction((prev) => {
    const f = document.querySelector<HTMLIFrameElement>('[data-testid="report-preview"]');
    return !!f && f.srcdoc.length > 0 && f.srcdoc !== prev && !!document.querySelector('[data-testid="report-print"]:not([disabled])');
  }, previous, { timeout: 90_000 });
  return page.$eval('[data-testid="report-preview"]', (f) => (f as HTMLIFrameElement).srcdoc);
}

const figureValues = (html: string): Record<string, string> => Object.fromEntries(
  [...html.matchAll(/<tr data-figure="(\w+)">.*?<td class="num value">([^<]*)<\/td>/gs)].map((m) => [m[1]!, m[2]!]));

let health: Record<string, string> = {};

describe('Health and the report in Chromium', () => {
  it('shows the scorecard with the change since the previous wave, and the charts', async () => {
    await page.click('[data-testid="screen-health"]');
    await page.waitForSelector('[data-testid="health-charts"] img', { timeout: 90_000 });
    const rows = await page.$$eval('[data-testid="scorecard"] tbody tr', (trs) => trs.map((tr) => [
      tr.getAttribute('data-figure')!, tr.querySelector('[data-testid="figure-value"]')!.textContent!]));
    health = Object.fromEntries(rows);
    expect(Object.keys(health)).toEqual(['people', 'ties', 'responseRate', 'density', 'reciprocity', 'crossShare', 'eiIndex',
      'centralisation', 'fragmentation', 'largestComponent', 'brokerageConcentration']);
    // The same network as the map and the status line: 201 people, 836 ties at 24 months.
    expect(health.people).toBe('201');
    expect(await page.textContent('[data-testid="network-counts"]')).toContain(`${health.ties} ties`);
    expect(await page.textContent('[data-testid="scorecard"] thead')).toContain('Since 12 months');
    const charts = await page.$$eval('[data-testid="health-charts"] figure', (fs) => fs.map((f) => f.getAttribute('data-testid')));
    expect(charts).toEqual(['chart-degrees', 'chart-mixing', 'chart-waves', 'chart-groups']);
    const drawn = await page.$$eval('[data-testid="health-charts"] img', (imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
    expect(drawn.every((w) => w > 100)).toBe(true);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/health-screen.png' });
  });

  it('builds the report with every section and the analysis’ figures', async () => {
    await page.click('[data-testid="screen-report"]');
    const html = await reportHtml(null);
    for (const s of ['summary', 'question', 'data', 'waves', 'health', 'map', 'charts', 'findings', 'change', 'methods']) {
      expect(html, s).toContain(`data-section="${s}"`);
    }
    expect(html).not.toMatch(/<script/i);
    expect(figureValues(html)).toEqual(health);
    // The map is drawn, with its legend of sectors and their sizes.
    const map = html.slice(html.indexOf('data-section="map"'), html.indexOf('data-section="charts"'));
    expect(map).toMatch(/<svg[\s\S]*<\/svg>/);
    expect(map).toContain('Acute trust (36)');
    expect((map.match(/<circle/g) ?? []).length).toBeGreaterThanOrEqual(201);
    // Named: the findings name the convenor of the sample's story 4.
    expect(html).toContain('Ruth Okonkwo');
    // The preview runs no script and is styled (its stylesheet is allowed by hash).
    expect(await page.getAttribute('[data-testid="report-preview"]', 'sandbox')).toBe('allow-same-origin allow-modals');
    const frame = page.frame({ url: 'about:srcdoc' })!;
    expect(await frame.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontSize)).not.toBe('32px');
    await page.screenshot({ path: 'test-results/report-screen.png' });

    const download = page.waitForEvent('download');
    await page.click('[data-testid="report-download"]');
    const file = await download;
    expect(file.suggestedFilename()).toBe('kith-report-24-months.html');
    expect(readFileSync(await file.path(), 'utf8')).toBe(html);
  });

  it('pseudonymised, names nobody and shows no group of fewer than 5 people', async () => {
    const named = await page.$eval('[data-testid="report-preview"]', (f) => (f as HTMLIFrameElement).srcdoc);
    await page.check('[data-testid="report-pseudonymised"]');
    const html = await reportHtml(named);
    const { names, organisations, professions } = sample();
    const shown = names.filter((n) => html.includes(n));
    expect(shown).toEqual([]);
    expect(html).toMatch(/P-[0-9A-Z]{5}/);
    const small = [...organisations, ...professions].filter(([, n]) => n < 5).map(([v]) => v);
    expect(small.length).toBeGreaterThan(0);
    expect(small.filter((v) => html.includes(v))).toEqual([]);
    expect(html).toContain('Smaller groups');
    expect(html).toContain('data-section="small-groups"');
    // The figures that do not depend on groups are the same as with names.
    const f = figureValues(html);
    for (const id of ['people', 'ties', 'responseRate', 'density', 'reciprocity', 'fragmentation']) expect(f[id], id).toBe(health[id]);
  });

  it('reads well as a printed document', async () => {
    const html = await page.$eval('[data-testid="report-preview"]', (f) => (f as HTMLIFrameElement).srcdoc);
    const printed = await h.browser.newPage({ viewport: { width: 794, height: 1123 } });
    await printed.setContent(html);
    await printed.emulateMedia({ media: 'print' });
    await printed.screenshot({ path: 'test-results/report-print-1.png' });
    await printed.screenshot({ path: 'test-results/report-print-full.png', fullPage: true });
    // Sections do not start at the very bottom of a page: the map, findings and methods begin one.
    const breaks = await printed.$$eval('section.page-break', (s) => s.map((e) => getComputedStyle(e).breakBefore));
    expect(breaks.every((b) => b === 'page')).toBe(true);
    const pdf = await printed.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await printed.close();
    expect(errors).toEqual([]);
  });
});
