/**
 * Issue 7 in Chromium, the hard way: with two workspaces saved, the one open survives its tab
 * crashing and the whole browser being closed and started again on the same profile, and the
 * other is still a click away in the Workspaces menu.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, startHarness, waitForMap, SAMPLE_PEOPLE, type Harness } from './harness.ts';

let h: Harness;
let context: BrowserContext | null = null;
const profile = mkdtempSync(join(tmpdir(), 'kith-profile-'));

function launch(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(), headless: true, viewport: { width: 1400, height: 860 },
    args: ['--no-sandbox', '--disable-gpu', '--use-gl=swiftshader', '--enable-unsafe-swiftshader', '--no-first-run'],
  });
}

const settled = (page: Page): Promise<unknown> =>
  page.waitForFunction(() => (window as unknown as { kithTest?: { settled(): boolean } }).kithTest?.settled() ?? false, undefined, { timeout: 30_000 });

async function importFiles(page: Page, files: string[]): Promise<void> {
  await page.click('[data-testid="open-import"]');
  await page.setInputFiles('[data-testid="import-files"]', files);
  await page.click('[data-testid="import-run"]');
  await page.click('[data-testid="import-close"]');
}

beforeAll(async () => {
  h = await startHarness();
  context = await launch();
}, 60_000);

afterAll(async () => {
  await context?.close();
  await h?.close();
});

describe('Workspaces across a crash and a browser restart', () => {
  it('reopens the workspace last open, and lists the other', { timeout: 120_000 }, async () => {
    let page = await (context as BrowserContext).newPage();
    await page.goto(h.url);
    await waitForMap(page, SAMPLE_PEOPLE);
    await importFiles(page, ['test/fixtures/e2e/people.csv', 'test/fixtures/e2e/ties-before.csv']);
    await waitForMap(page, 12);
    await importFiles(page, ['test/fixtures/e2e/people.csv', 'test/fixtures/e2e/ties.csv']);
    await waitForMap(page, 13);
    await page.click('[data-testid="workspace-menu-button"]');
    await page.fill('[data-testid="workspace-rename-input"]', 'Second import');
    await page.click('[data-testid="workspace-rename"]');
    await page.click('[data-testid="workspace-menu-button"]');
    // The list is read from IndexedDB when the menu opens: wait for it.
    await expect.poll(() => page.locator('[data-testid="workspace-item"]').allTextContents()).toEqual(['people']);
    await page.click('[data-testid="workspace-item"]');
    await waitForMap(page, 12);
    expect(await page.textContent('[data-testid="workspace-name"]')).toBe('people');
    await settled(page);

    // The tab's renderer dies: no pagehide, no last save.
    const cdp = await (context as BrowserContext).newCDPSession(page);
    const crashed = page.waitForEvent('crash', { timeout: 10_000 });
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    page = await (context as BrowserContext).newPage();
    await page.goto(h.url);
    await waitForMap(page, 12);
    expect(await page.textContent('[data-testid="workspace-name"]')).toBe('people');

    await (context as BrowserContext).close();
    context = await launch();
    page = await context.newPage();
    await page.goto(h.url);
    await waitForMap(page, 12);
    expect(await page.textContent('[data-testid="workspace-name"]')).toBe('people');
    await page.click('[data-testid="workspace-menu-button"]');
    // The list is read from IndexedDB when the menu opens: wait for it.
    await expect.poll(() => page.locator('[data-testid="workspace-item"]').allTextContents()).toEqual(['Second import']);
    await page.click('[data-testid="workspace-item"]');
    await waitForMap(page, 13);
  });
});
