/**
 * Starting the built app and a real Chromium for browser tests. Uses the system Chromium
 * (apt-get install chromium); a browser download by a test tool does not work on our machines.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string {
  const found = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('No Chromium found: install it with `apt-get install chromium` or set CHROMIUM_PATH.');
  return found;
}

export interface Harness {
  browser: Browser;
  server: PreviewServer;
  url: string;
  /** A new page with console errors and uncaught exceptions collected. */
  newPage(): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync('dist/index.html')) throw new Error('Build the app first (npm run build).');
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--use-gl=swiftshader', '--enable-unsafe-swiftshader'],
  });
  return {
    browser, server, url,
    async newPage() {
      const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
      return { page, errors };
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}

/** Waits until the map has drawn a network with the given number of people. */
export async function waitForMap(page: Page, people: number): Promise<void> {
  await page.waitForFunction((n) => {
    const m = (window as unknown as { kithMap?: { order(): number } }).kithMap;
    return !!m && m.order() === n;
  }, people, { timeout: 30_000 });
}

/**
 * Imports the two-wave fixture through the dialog, a ties file a wave ('Before', 'After'),
 * as a user does, and waits for its map of 12 people.
 */
export async function importTwoWaves(page: Page): Promise<void> {
  await page.click('[data-testid="open-import"]');
  await page.setInputFiles('[data-testid="import-files"]', ['test/fixtures/e2e/people.csv', 'test/fixtures/e2e/ties-before.csv', 'test/fixtures/e2e/ties-after.csv']);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="file-wave"]').length === 2);
  await page.locator('[data-testid="file-wave"]').nth(0).fill('Before');
  await page.locator('[data-testid="file-wave"]').nth(1).fill('After');
  await page.click('[data-testid="import-run"]');
  await page.click('[data-testid="import-close"]');
  await waitForMap(page, 12);
}

/** A fresh browser page on the app, its sample map drawn: the start of most browser tests. */
export async function openSample(): Promise<{ h: Harness; page: Page; errors: string[] }> {
  const h = await startHarness();
  const { page, errors } = await h.newPage();
  await page.goto(h.url);
  await waitForMap(page, SAMPLE_PEOPLE);
  return { h, page, errors };
}

export const SAMPLE_PEOPLE = 201;

/**
 * One page on the sample shared by a test file's tests: opened before them (handed to `use`),
 * closed after them.
 */
export function withSample(use: (s: { h: Harness; page: Page; errors: string[] }) => void): void {
  let h: Harness | undefined;
  beforeAll(async () => {
    const s = await openSample();
    h = s.h;
    use(s);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });
}
