/**
 * The foundation, driven as a user would in real Chromium: the sample shows at once; a
 * people and a ties file are imported through the file input and replace it; the import
 * summary accounts for every row; clicking a person opens their panel; search, filters and
 * the table work; names holding HTML are shown as text.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, waitForMap, type Harness } from './harness.ts';

let h: Harness;
let page: Page;
let errors: string[];

const samplePeople = readFileSync('data/sample/people.csv', 'utf8').trim().split('\n').length - 1;

async function settled(p: Page): Promise<void> {
  await p.waitForFunction(() => !document.querySelector('.status progress'), undefined, { timeout: 60_000 });
}

async function clickPerson(p: Page, id: string): Promise<void> {
  const pos = await p.evaluate((who) => (window as unknown as { kithMap: { viewportPosition(id: string): { x: number; y: number } | null } })
    .kithMap.viewportPosition(who), id);
  const box = await p.locator('[data-testid="map"]').boundingBox();
  if (!pos || !box) throw new Error(`person ${id} is not on the map`);
  await p.mouse.move(box.x + pos.x, box.y + pos.y);
  await p.mouse.click(box.x + pos.x, box.y + pos.y);
}

beforeAll(async () => {
  h = await startHarness();
  ({ page, errors } = await h.newPage());
  await page.goto(h.url);
}, 60_000);

afterAll(async () => {
  await h?.close();
});

describe('Kith in Chromium', () => {
  it('shows the sample network as a map on first visit, with a legend', async () => {
    await waitForMap(page, samplePeople);
    await settled(page);
    await expect.poll(() => page.textContent('[data-testid="network-counts"]')).toContain(`${samplePeople} people`);
    expect(await page.textContent('[data-testid="legend"]')).toContain('sector');
    expect(await page.isVisible('text=You are looking at a sample network')).toBe(true);
  });

  it('switches wave and recomputes', async () => {
    const before = await page.textContent('[data-testid="network-counts"]');
    await page.selectOption('[data-testid="wave-select"]', { index: 0 });
    await expect.poll(() => page.textContent('[data-testid="network-counts"]')).not.toBe(before);
    await settled(page);
  });

  it('imports a people and a ties file, accounts for every row, and replaces the sample', async () => {
    await page.click('[data-testid="open-import"]');
    await page.setInputFiles('[data-testid="import-files"]', ['test/fixtures/e2e/people.csv', 'test/fixtures/e2e/ties.csv']);
    await expect.poll(() => page.locator('[data-testid="chosen-files"] tbody tr').count()).toBe(2);
    await page.click('[data-testid="import-run"]');
    await page.waitForSelector('[data-testid="import-outcome"]');
    const summary = await page.textContent('[data-testid="import-summary"]');
    expect(summary).toContain('12 rows read: 12 accepted, 0 merged, 0 rejected. 12 people created.');
    // 15 rows: the self-tie (row 13) and the row with no source (row 16) are rejected;
    // "often" is kept without a strength; 99 is added as a person.
    expect(summary).toContain('15 rows read: 13 accepted, 0 merged, 2 rejected. 13 ties created.');
    expect(summary).toMatch(/13.*target.*Rejected.*Self-tie/);
    expect(summary).toMatch(/16.*source.*Rejected/);
    expect(summary).toMatch(/15.*strength.*Note.*"often" is not a strength/);
    expect(summary).toContain('"99" is not in the people file');
    await page.click('[data-testid="import-close"]');
    await waitForMap(page, 13);
    await settled(page);
    await expect.poll(() => page.textContent('[data-testid="network-counts"]')).toContain('13 people · 13 ties');
    expect(await page.isVisible('text=You are looking at a sample network')).toBe(false);
  });

  it('opens a person’s panel when their node is clicked, with attributes, metrics and ties', async () => {
    await clickPerson(page, '1');
    await page.waitForSelector('[data-testid="person-panel"]');
    expect(await page.textContent('[data-testid="person-name"]')).toBe('Amara Okafor');
    const panel = await page.textContent('[data-testid="person-panel"]');
    expect(panel).toContain('Acute');
    expect(panel).toContain('Betweenness');
    // Amara named Ben and Chloé and 99, and was named by Ben and Grace: four other people.
    expect(await page.locator('[data-testid="person-ties"] li').count()).toBe(4);
  });

  it('finds a person by name and shows HTML in a name as text', async () => {
    await page.fill('[data-testid="search"]', '<img');
    await page.press('[data-testid="search"]', 'Enter');
    await expect.poll(() => page.textContent('[data-testid="person-name"]')).toBe('<img src=x onerror="window.__pwned=1">');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.click('[data-testid="reset-view"]');
    expect(await page.isVisible('[data-testid="person-panel"]')).toBe(false);
  });

  it('hides a sector from the map and the table, and sorts the table by a metric', async () => {
    const visible = (): Promise<number> => page.evaluate(() => (window as unknown as { kithMap: { visibleCount(): number } }).kithMap.visibleCount());
    expect(await visible()).toBe(13);
    await page.click('[data-testid="legend"] button:has-text("VCSE")');
    await expect.poll(visible).toBe(10);
    await page.click('[data-testid="screen-people"]');
    expect(await page.textContent('[data-testid="people-caption"]')).toContain('10 people shown; 3 hidden');
    await page.click('[data-testid="people-table"] th button:has-text("Ties received")');
    // Amara and Chloé were each named twice, the most; the sort is stable, so Amara (row 1) leads.
    const first = await page.textContent('[data-testid="people-table"] tbody tr:nth-child(2) td');
    expect(first).toBe('Amara Okafor');
    await page.click('[data-testid="people-table"] tbody tr:nth-child(2)');
    expect(await page.textContent('[data-testid="person-name"]')).toBe('Amara Okafor');
  });

  it('filters ties by type and minimum strength', async () => {
    await page.click('[data-testid="screen-map"]');
    await page.uncheck('[data-testid="tie-types"] label:has-text("advice") input');
    await expect.poll(() => page.textContent('[data-testid="network-counts"]')).toContain('13 people · 4 ties');
    await page.check('[data-testid="tie-types"] label:has-text("advice") input');
    await page.fill('[data-testid="min-strength"]', '3');
    await expect.poll(() => page.textContent('[data-testid="network-counts"]')).toContain('13 people · 5 ties');
  });

  it('downloads the people and ties tables with every metric', async () => {
    await page.click('[data-testid="screen-people"]');
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-people"]')]);
    const text = readFileSync(await file.path(), 'utf8');
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,name,sector,place,degree,inDegree,outDegree,/);
    expect(lines).toHaveLength(1 + 13);
    // The name holding HTML is written as text, quoted where needed, never run.
    expect(text).toContain('<img src=x onerror=""window.__pwned=1"">');
    const [ties] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-ties"]')]);
    expect(readFileSync(await ties.path(), 'utf8')).toContain('source,target,strength,weight,types,reciprocated');
  });

  it('raised no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
