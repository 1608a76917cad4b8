/**
 * Issue 6's exports, made through the Export menu from the sample network in Chromium and
 * checked against the same data analysed here in Node: the GEXF reads back with
 * graphology-gexf to the map's people and ties, the people table re-imports through Kith's
 * importer with the analysis's figures, the pictures show the legend and everyone shown, and
 * the findings file has a row per finding.
 */
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseSuite, packResult, type AnalysisResult } from '../../src/core/analyse.ts';
import { findingsReport } from '../../src/core/findings/all.ts';
import { contextFrom } from '../../src/core/findings/context.ts';
import { cellValue, parseCsv } from '../../src/core/import/csv.ts';
import { importDataset, type InputFile } from '../../src/core/import/dataset.ts';
import { nodeMetricRegistry } from '../../src/core/metrics/registry.ts';
import type { Dataset } from '../../src/core/model/types.ts';
import { colourScale } from '../../src/core/view/encodings.ts';
import { defaultBoundary, defaultView } from '../../src/core/view/view.ts';
import { openSample, SAMPLE_PEOPLE, type Harness } from './harness.ts';

let h: Harness;
let page: Page;
let errors: string[];
let ds: Dataset;
let r: AnalysisResult;
let findingTitles: string[];

beforeAll(async () => {
  ({ h, page, errors } = await openSample());
  // The app's sample, imported and analysed here as the app does (same files, roles and view).
  const files: InputFile[] = (['people', 'ties', 'respondents', 'attendance'] as const)
    .map((role) => ({ name: `${role}.csv`, text: readFileSync(`data/sample/${role}.csv`, 'utf8'), role }));
  ds = importDataset('Sample learning system (synthetic)', files);
  const view = defaultView(ds);
  const a = await analyseSuite(ds, view);
  r = packResult(a);
  findingTitles = findingsReport(contextFrom(ds, view, a.compiled, a.suite)).findings.map((f) => f.title);
  // Pictures need the layout; findings need the findings.
  await page.waitForFunction(() => !document.querySelector('.status progress'), undefined, { timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await h?.close();
});

/** Opens the menu, clicks an item and returns the file the browser saved. */
async function exported(item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.click('[data-testid="export-menu"]');
  await page.waitForSelector(`[data-testid="export-${item}"]:not([disabled])`, { timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="export-${item}"]`)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

function csvRecords(text: string): Record<string, string | null>[] {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.table.rows.map((row) => Object.fromEntries(parsed.table.headers.map((col, k) => [col, row.cells[k] ?? null])));
}

const mapCount = (what: 'visibleCount' | 'edgeCount'): Promise<number> =>
  page.evaluate((w) => (window as unknown as { kithMap: Record<string, () => number> }).kithMap[w]!(), what);

describe('The Export menu in Chromium', () => {
  it('lists every export with a line on what it is for', async () => {
    await page.click('[data-testid="export-menu"]');
    const text = await page.textContent('[role="menu"]');
    for (const label of ['People table (CSV)', 'Ties table (CSV)', 'Network for Gephi (GEXF)', 'Network (GraphML)',
      'Map picture (SVG)', 'Map picture (PNG)', 'Findings (CSV)', 'Suggested introductions (CSV)']) expect(text).toContain(label);
    expect(text).toContain('to open in Gephi');
    await page.keyboard.press('Escape');
    expect(await page.isVisible('[role="menu"]')).toBe(false);
  });

  it('saves a GEXF that graphology-gexf reads back to the map’s people and ties', async () => {
    const { name, bytes } = await exported('gexf');
    expect(name).toBe('kith-network.gexf');
    const g = parseGexf(Graph, bytes.toString('utf8'));
    expect(g.order).toBe(SAMPLE_PEOPLE);
    expect(g.order).toBe(await mapCount('visibleCount'));
    expect(g.size).toBe(await mapCount('edgeCount'));
    expect(new Set(g.nodes())).toEqual(new Set(r.ids));
    const ties = new Set(Array.from(r.edgeSource, (s, e) => `${r.ids[s]}>${r.ids[r.edgeTarget[e]!]}`));
    expect(new Set(g.mapEdges((_e, _a, s, t) => `${s}>${t}`))).toEqual(ties);
    const ruth = ds.actors.find((a) => a.label === 'Ruth Okonkwo')!;
    expect(g.getNodeAttributes(ruth.id)).toMatchObject({ label: 'Ruth Okonkwo', sector: ruth.attributes.sector });
    expect(typeof g.getNodeAttribute(ruth.id, 'x')).toBe('number');
  });

  it('saves a GraphML that graphology-graphml reads back to the same network', async () => {
    const g = parseGraphml(Graph, (await exported('graphml')).bytes.toString('utf8'));
    expect(g.order).toBe(SAMPLE_PEOPLE);
    expect(g.size).toBe(r.edgeSource.length);
  });

  it('saves a people table that re-imports to the same people with the analysis’s figures', async () => {
    const { bytes } = await exported('people-csv');
    const text = bytes.toString('utf8');
    // Given the people role: the table's "community" column would otherwise look like attendance.
    const again = importDataset('again', [{ name: 'kith-people.csv', text, role: 'people' }]);
    expect(again.actors.map((a) => a.id).sort()).toEqual(ds.actors.map((a) => a.id).sort());
    const byId = new Map(again.actors.map((a) => [a.id, a]));
    for (const a of ds.actors) expect(byId.get(a.id)?.label).toBe(a.label);
    const rows = new Map(csvRecords(text).map((row) => [row.id, row]));
    const metrics = nodeMetricRegistry.filter((m) => r.directed || !m.directedOnly);
    r.ids.forEach((id, i) => {
      for (const m of metrics) {
        const want = r.metrics[m.id][i]!;
        const cell = cellValue(rows.get(id)?.[m.id] ?? undefined);
        if (Number.isNaN(want)) expect(cell).toBeNull();
        // Betweenness is summed over workers in the browser, in another order: the last bits may differ.
        else expect(Number(cell)).toBeCloseTo(want, 9);
      }
    });
  });

  it('saves a ties table with every tie of the view', async () => {
    const rows = csvRecords((await exported('ties-csv')).bytes.toString('utf8'));
    expect(rows).toHaveLength(r.edgeSource.length);
  });

  it('saves an SVG picture with the legend and one circle per person shown, names kept as text', async () => {
    const { bytes } = await exported('svg');
    const svg = bytes.toString('utf8');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml'); // throws on any markup error
    const root = doc.documentElement!;
    const allowed = new Set(['svg', 'title', 'rect', 'g', 'line', 'circle', 'text', 'tspan', 'defs', 'marker', 'path']);
    for (const el of Array.from(root.getElementsByTagName('*'))) expect(allowed.has(el.tagName)).toBe(true);
    const groups = Array.from(root.getElementsByTagName('g'));
    const people = groups.find((g) => g.getAttribute('class') === 'people')!;
    expect(people.getElementsByTagName('circle')).toHaveLength(SAMPLE_PEOPLE);
    const legend = groups.find((g) => g.getAttribute('class') === 'legend')!;
    const boundary = defaultBoundary(ds)!;
    const key = colourScale(ds, boundary).entries.map((e) => e.value);
    expect(Array.from(legend.getElementsByTagName('text')).map((t) => t.textContent)).toEqual([boundary, ...key]);
    const names = Array.from(people.getElementsByTagName('title')).map((t) => t.textContent).sort();
    expect(names).toEqual(ds.actors.map((a) => a.label).sort());
  });

  it('saves a PNG of the same picture at twice its size, not blank', async () => {
    const { name, bytes } = await exported('png');
    expect(name).toBe('kith-map.png');
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2400, 1600]);
    const inked = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width; c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      let coloured = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i]! < 200 || px[i + 1]! < 200 || px[i + 2]! < 200) coloured++;
      return coloured / (px.length / 4);
    }, bytes.toString('base64'));
    expect(inked).toBeGreaterThan(0.01);
  });

  it('saves the findings, one row per finding, and the suggested introductions', async () => {
    const rows = csvRecords((await exported('findings-csv')).bytes.toString('utf8'));
    expect(rows.map((row) => row.title?.replace(/^'/, ''))).toEqual(findingTitles);
    const intro = csvRecords((await exported('introductions-csv')).bytes.toString('utf8'));
    expect(intro.length).toBeGreaterThan(0);
    expect(Object.keys(intro[0]!)).toContain('person_a');
  });

  it('leaves out people hidden on the map, and names when names are hidden', async () => {
    await page.check('[data-testid="pseudonymise"]');
    const boundary = defaultBoundary(ds)!;
    await page.click('[data-testid="legend"] button >> nth=0');
    const shown = await mapCount('visibleCount');
    expect(shown).toBeLessThan(SAMPLE_PEOPLE);
    const g = parseGexf(Graph, (await exported('gexf')).bytes.toString('utf8'));
    expect(g.order).toBe(shown);
    const first = colourScale(ds, boundary).entries[0]!.value;
    g.forEachNode((id, a) => {
      expect(id).toMatch(/^P-/);
      expect(a[boundary]).not.toBe(first);
    });
    const people = (await exported('people-csv')).bytes.toString('utf8');
    const findings = (await exported('findings-csv')).bytes.toString('utf8');
    expect(findings).toMatch(/P-[0-9A-Z]{5}/);
    for (const a of ds.actors) {
      expect(people).not.toContain(a.label);
      expect(findings).not.toContain(a.label);
    }
    expect(errors).toEqual([]);
  });
});
