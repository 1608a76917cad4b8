/**
 * A big import shows its progress and can be stopped, leaving the data on screen as they were
 * (issue 4: "a 200,000-row file is parsed in a worker with a progress bar and can be cancelled").
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SAMPLE_PEOPLE, waitForMap, withSample } from './harness.ts';

let page: Page;
let errors: string[];
withSample((s) => ({ page, errors } = s));

/** 400,000 ties among 20,000 people: seconds of parsing, long enough to be stopped. */
function bigTies(): Buffer {
  const lines = ['source,target,type,strength,wave'];
  for (let i = 0; i < 400_000; i++) lines.push(`P${i % 20_000},P${(i * 7919 + 13) % 20_000},advice,${1 + (i % 5)},W1`);
  return Buffer.from(lines.join('\n'));
}

describe('stopping an import', () => {
  it('shows progress, stops on request, and keeps the data on screen', async () => {
    await page.click('[data-testid="open-import"]');
    await page.setInputFiles('[data-testid="import-files"]', [{ name: 'big-ties.csv', mimeType: 'text/csv', buffer: bigTies() }]);
    await page.click('[data-testid="import-run"]');
    await page.waitForSelector('[data-testid="import-progress"]');
    await page.click('[data-testid="import-cancel"]');
    await page.waitForSelector('[data-testid="import-stopped"]');
    expect(await page.isVisible('[data-testid="import-progress"]')).toBe(false);
    await page.click('text=Cancel');
    await waitForMap(page, SAMPLE_PEOPLE);
    // The fresh worker measures the sample again: the status line shows its figures.
    await page.waitForFunction(() => /201 people/.test(document.querySelector('[data-testid="network-counts"]')?.textContent ?? ''), undefined, { timeout: 60_000 });
    expect(errors).toEqual([]);
  });
});
