/**
 * How long saving a large workspace holds the page: `npx vite build && npx tsx test/bench/workspace-save.ts`.
 * Imports 20,000 people and about 200,000 ties in Chromium, then records the page's long tasks
 * (over 50 ms) while a change is saved (a rename: the whole small state, layout included,
 * goes to IndexedDB), while the workspace is written to a file, and while it is reopened on
 * reload. Prints a table; it never fails on time.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { generateLarge, largeCsv } from '../../data/gen/large.ts';
import { startHarness, waitForMap } from '../browser/harness.ts';

const PEOPLE = 20_000;
const dir = mkdtempSync(join(tmpdir(), 'kith-bench-'));
const files = largeCsv(generateLarge({ people: PEOPLE, tiesPerPerson: 12, groups: 8, waves: 1, seed: 1 }));
writeFileSync(join(dir, 'people.csv'), files.people);
writeFileSync(join(dir, 'ties.csv'), files.ties);
const ties = files.ties.split('\n').length - 2;

async function observe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.longTasks.push(e.duration); }).observe({ type: 'longtask' });
  });
}
const taken = (page: Page): Promise<number[]> => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
const settled = (page: Page): Promise<unknown> => page.waitForFunction(() => (window as unknown as { kithTest?: { settled(): boolean } }).kithTest?.settled() ?? false, undefined, { timeout: 600_000, polling: 500 });

const h = await startHarness();
const rows: [string, number[]][] = [];
try {
  const { page } = await h.newPage();
  await page.goto(h.url);
  await waitForMap(page, 201);
  await page.click('[data-testid="open-import"]');
  await page.setInputFiles('[data-testid="import-files"]', [join(dir, 'people.csv'), join(dir, 'ties.csv')]);
  await observe(page);
  await page.click('[data-testid="import-run"]');
  await page.click('[data-testid="import-close"]', { timeout: 600_000 });
  await page.waitForFunction((n) => (window as unknown as { kithMap?: { order(): number } }).kithMap?.order() === n, PEOPLE, { timeout: 600_000 });
  rows.push(['import, saved by the worker (to the map drawn)', await taken(page)]);
  if (await page.isVisible('[data-testid="stop-layout"]')) await page.click('[data-testid="stop-layout"]');
  await settled(page);
  await page.waitForTimeout(3000);
  await taken(page);

  await page.click('[data-testid="workspace-menu-button"]');
  await page.fill('[data-testid="workspace-rename-input"]', 'Large network');
  await page.click('[data-testid="workspace-rename"]');
  await settled(page);
  await page.waitForTimeout(1000);
  rows.push(['save the state (rename)', await taken(page)]);

  const download = page.waitForEvent('download', { timeout: 600_000 });
  await page.click('[data-testid="workspace-menu-button"]');
  await page.click('[data-testid="workspace-export"]');
  await download;
  await page.waitForTimeout(1000);
  rows.push(['save as a .kith.json file', await taken(page)]);

  await page.reload();
  await observe(page);
  await page.waitForFunction((n) => (window as unknown as { kithMap?: { order(): number } }).kithMap?.order() === n, PEOPLE, { timeout: 600_000 });
  rows.push(['reopen on reload (to the map drawn)', await taken(page)]);
} finally {
  await h.close();
}

console.log(`\n${PEOPLE} people, ${ties} ties. Long tasks on the page (ms), longest first:\n`);
console.log('| step | long tasks | longest |\n|---|---|---|');
for (const [step, tasks] of rows) {
  const sorted = tasks.sort((a, b) => b - a).map((t) => Math.round(t));
  console.log(`| ${step} | ${sorted.length ? sorted.slice(0, 8).join(', ') : 'none'} | ${sorted[0] ?? 0} |`);
}
