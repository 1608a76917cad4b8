/**
 * Issue 7's first promise, checked in Chromium: during a whole session (the sample map,
 * findings, change between waves, an import) the page asks nothing of any host but its own,
 * runs under a Content Security Policy that allows only its own origin, and breaks none of it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, waitForMap, type Harness } from './harness.ts';

let h: Harness;
let page: Page;
let errors: string[];
const requests: string[] = [];

beforeAll(async () => {
  h = await startHarness();
  ({ page, errors } = await h.newPage());
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) errors.push(`csp: ${m.text()}`); });
  await page.goto(h.url);
  await waitForMap(page, 201);
}, 60_000);

afterAll(async () => {
  await h?.close();
});

describe('Local-first in Chromium', () => {
  it('declares a Content Security Policy that allows only its own origin', async () => {
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('works under that policy through a whole session', async () => {
    await page.click('[data-testid="screen-findings"]');
    await page.waitForSelector('[data-testid="findings-screen"]', { timeout: 60_000 });
    await page.click('[data-testid="screen-change"]');
    await page.waitForSelector('[data-testid="change-counts"]', { timeout: 60_000 });
    await page.click('[data-testid="show-change-map"]');
    await page.waitForSelector('[data-testid="change-legend"]');
    await page.click('[data-testid="open-import"]');
    await page.setInputFiles('[data-testid="import-files"]', ['test/fixtures/e2e/people.csv', 'test/fixtures/e2e/ties.csv']);
    await page.click('[data-testid="import-run"]');
    await page.click('[data-testid="import-close"]');
    await waitForMap(page, 13);
    expect(errors).toEqual([]);
  });

  it('asked nothing of any other host', () => {
    const origin = new URL(h.url).origin;
    const elsewhere = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
    expect(requests.length).toBeGreaterThan(5);
    expect(elsewhere).toEqual([]);
  });
});

describe('Hide names in Chromium', () => {
  it('replaces names by codes on the map, in the table, in panels and in findings', async () => {
    // A fresh browser profile: on this page the import above is saved and would be reopened.
    ({ page, errors } = await h.newPage());
    await page.goto(h.url);
    await waitForMap(page, 201);
    await page.click('[data-testid="pseudonymise"]');
    await page.click('[data-testid="screen-findings"]');
    await expect.poll(() => page.textContent('[data-testid="findings-screen"]'), { timeout: 30_000 }).toMatch(/only through P-[0-9A-Z]{5}/);
    expect(await page.textContent('[data-testid="findings-screen"]')).not.toContain('Ruth Okonkwo');
    await page.click('[data-testid="screen-people"]');
    expect(await page.textContent('[data-testid="people-table"]')).not.toContain('Ruth Okonkwo');
    await page.click('[data-testid="people-table"] tbody tr:nth-child(2)');
    expect(await page.textContent('[data-testid="person-name"]')).toMatch(/^P-[0-9A-Z]{5}$/);
    await page.click('[data-testid="pseudonymise"]');
    await page.click('[data-testid="screen-findings"]');
    await expect.poll(() => page.textContent('[data-testid="findings-screen"]'), { timeout: 30_000 }).toContain('Ruth Okonkwo');
  });
});
