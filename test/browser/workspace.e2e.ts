/**
 * Issue 7, workspaces, in Chromium: an import with a note and its map survives a reload; it
 * goes to a .kith.json file, everything is deleted, and the file brings it back the same; a
 * damaged file is refused with a clear message and changes nothing; a worker that dies is
 * reported, the data stay, and measuring again works.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTwoWaves, openSample, SAMPLE_PEOPLE, waitForMap, type Harness } from './harness.ts';

let h: Harness;
let page: Page;
let errors: string[];
const dir = mkdtempSync(join(tmpdir(), 'kith-workspace-'));
const IDS = ['1', '2', '5', '12'];

interface TestHooks {
  position(id: string): { x: number; y: number } | null;
  settled(): boolean;
  crashAnalysisWorker(): Promise<void>;
}

const hooks = 'kithTest';
const positions = (): Promise<({ x: number; y: number } | null)[]> =>
  page.evaluate(([key, ids]) => (ids as string[]).map((id) => ((window as unknown as Record<string, TestHooks>)[key as string] as TestHooks).position(id)), [hooks, IDS] as const);
const settled = (): Promise<void> => page.waitForFunction((key) => (window as unknown as Record<string, TestHooks | undefined>)[key]?.settled() ?? false, hooks, { timeout: 30_000 }).then(() => undefined);
const text = (id: string): Promise<string | null> => page.textContent(`[data-testid="${id}"]`);
const menu = async (item: string): Promise<void> => {
  if (!(await page.isVisible('[data-testid="workspace-menu"]'))) await page.click('[data-testid="workspace-menu-button"]');
  await page.click(`[data-testid="${item}"]`);
};

async function notes(): Promise<string | null> {
  await page.click('[data-testid="screen-change"]');
  await page.waitForSelector('[data-testid="annotations"]', { timeout: 20_000 });
  return text('annotations');
}

beforeAll(async () => {
  ({ h, page, errors } = await openSample());
}, 60_000);

afterAll(async () => {
  await h?.close();
});

describe('Workspaces in Chromium', () => {
  let before: ({ x: number; y: number } | null)[] = [];

  it('keeps an import, its note and its map after a reload', async () => {
    expect(await text('save-state')).toBe('You are looking at a sample network. Import your own data.');
    await importTwoWaves(page);
    expect(await text('workspace-name')).toBe('people');
    expect(await notes()).toContain('Add what happened between waves');
    await page.fill('[data-testid="annotation-text"]', 'The <b>hub</b> closed');
    await page.click('[data-testid="annotation-add"]');
    await settled();
    before = await positions();
    expect(before.every((p) => p !== null)).toBe(true);
    expect(await text('save-state')).toBe('Saved in this browser');

    await page.reload();
    await waitForMap(page, 12);
    expect(await text('workspace-name')).toBe('people');
    expect(await text('save-state')).toBe('Saved in this browser');
    expect(await positions()).toEqual(before);
    expect(await notes()).toContain('After Before: The <b>hub</b> closed');
  });

  it('renames the workspace, and the new name is kept', async () => {
    await menu('workspace-rename-input');
    await page.fill('[data-testid="workspace-rename-input"]', 'North Shire pilot');
    await page.click('[data-testid="workspace-rename"]');
    expect(await text('workspace-name')).toBe('North Shire pilot');
    await settled();
    await page.reload();
    await waitForMap(page, 12);
    expect(await text('workspace-name')).toBe('North Shire pilot');
  });

  let file = '';

  it('saves a .kith.json file, deletes everything, and opens the file to the same workspace', async () => {
    const download = page.waitForEvent('download');
    await menu('workspace-export');
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('north-shire-pilot.kith.json');
    file = join(dir, saved.suggestedFilename());
    await saved.saveAs(file);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { format: string; schemaVersion: number; workspace: { name: string; dataset: { actors: unknown[] }; annotations: unknown[]; layout: unknown[] } };
    expect(doc.format).toBe('kith-workspace');
    expect(doc.schemaVersion).toBe(1);
    expect(doc.workspace.name).toBe('North Shire pilot');
    expect(doc.workspace.dataset.actors).toHaveLength(12);
    expect(doc.workspace.annotations).toEqual([{ afterWave: 'Before', text: 'The <b>hub</b> closed' }]);
    expect(doc.workspace.layout).toHaveLength(12);

    await menu('delete-all');
    expect(await text('delete-all-count')).toBe('Your one saved workspace will be deleted.');
    await page.click('[data-testid="delete-all-dialog-confirm"]');
    await waitForMap(page, SAMPLE_PEOPLE);
    expect(await text('workspace-notice')).toMatch(/All your data has been deleted from this browser/);
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('kith');
    await page.reload();
    await waitForMap(page, SAMPLE_PEOPLE);
    expect(await text('workspace-name')).toBe('Sample learning system (synthetic)');

    await page.click('[data-testid="workspace-menu-button"]');
    await page.setInputFiles('[data-testid="workspace-file"]', file);
    await waitForMap(page, 12);
    expect(await text('workspace-name')).toBe('North Shire pilot');
    expect(await text('workspace-notice')).toMatch(/Opened “North Shire pilot” from north-shire-pilot\.kith\.json/);
    expect(await positions()).toEqual(before);
    expect(await notes()).toContain('After Before: The <b>hub</b> closed');
    await settled();
    await page.reload();
    await waitForMap(page, 12);
    expect(await text('workspace-name')).toBe('North Shire pilot');
  });

  it('refuses a damaged or foreign file with a clear message and keeps the workspace as it was', async () => {
    const good = readFileSync(file, 'utf8');
    const damaged = JSON.parse(good) as { workspace: { dataset: { ties: { target: string }[] } } };
    const firstTie = damaged.workspace.dataset.ties[0];
    if (firstTie) firstTie.target = 'nobody';
    const cases: [string, string, RegExp][] = [
      ['cut.kith.json', good.slice(0, Math.floor(good.length / 2)), /cut\.kith\.json could not be opened\. This is not a Kith workspace file: it is not valid JSON/],
      ['other.json', '{"name":"something else"}', /other\.json could not be opened\. This is not a Kith workspace file: it does not say "format": "kith-workspace"/],
      ['tie.kith.json', JSON.stringify(damaged), /at workspace\.dataset\.ties\[0\]\.target, the person "nobody" is not among the people/],
    ];
    for (const [name, body, message] of cases) {
      await page.click('[data-testid="workspace-menu-button"]');
      await page.setInputFiles('[data-testid="workspace-file"]', { name, mimeType: 'application/json', buffer: Buffer.from(body) });
      await expect.poll(() => text('workspace-notice')).toMatch(message);
      expect(await text('workspace-notice')).toMatch(/Your current workspace is unchanged\./);
      expect(await page.getAttribute('[data-testid="workspace-notice"]', 'role')).toBe('alert');
      expect(await text('workspace-name')).toBe('North Shire pilot');
      expect(await page.evaluate(() => (window as unknown as { kithMap: { order(): number } }).kithMap.order())).toBe(12);
    }
    await page.click('[data-testid="workspace-menu-button"]');
    expect(await page.locator('[data-testid="workspace-item"]').count()).toBe(0);
  });

  it('reports an analysis worker that dies, keeps the data, and measures again', async () => {
    await page.click('[data-testid="screen-map"]');
    await page.evaluate((key) => ((window as unknown as Record<string, TestHooks>)[key] as TestHooks).crashAnalysisWorker(), hooks);
    await page.selectOption('[data-testid="wave-select"]', 'Before');
    const alert = page.locator('.status [role="alert"]');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toMatch(/Could not measure the network: The analysis worker stopped: .*out of memory.* Your data are safe\./);
    expect(await text('workspace-name')).toBe('North Shire pilot');
    expect(await page.evaluate(() => (window as unknown as { kithMap: { order(): number } }).kithMap.order())).toBe(12);
    await page.click('[data-testid="retry-analysis"]');
    await expect.poll(() => text('network-counts'), { timeout: 20_000 }).toMatch(/^12 people · 4 ties/);
    expect(await page.isVisible('[data-testid="retry-analysis"]')).toBe(false);
    expect(await notes()).toContain('The <b>hub</b> closed');
    expect(errors.filter((e) => !/out of memory/.test(e))).toEqual([]);
  });

  it('deletes this workspace, then keeps the sample once a note is added to it', async () => {
    await page.click('[data-testid="screen-map"]');
    await menu('workspace-delete');
    await page.click('[data-testid="confirm-delete-confirm"]');
    await waitForMap(page, SAMPLE_PEOPLE);
    expect(await text('workspace-notice')).toBe('The workspace was deleted from this browser.Dismiss');
    expect(await text('save-state')).toBe('You are looking at a sample network. Import your own data.');
    expect(await notes()).not.toContain('hub');
    await page.fill('[data-testid="annotation-text"]', 'Winter pressures');
    await page.click('[data-testid="annotation-add"]');
    await settled();
    expect(await text('save-state')).toBe('Saved in this browser');
    await page.reload();
    await waitForMap(page, SAMPLE_PEOPLE);
    expect(await text('workspace-name')).toBe('Sample learning system (synthetic)');
    expect(await notes()).toContain('After Baseline: Winter pressures');
  });
});
