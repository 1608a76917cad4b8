/**
 * The network of organisations in the People screen (issue 4: roll the person network up to an
 * organisation network and analyse it the same way): every organisation of the sample one row,
 * its people adding up to everyone, each measured.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PEOPLE, withSample } from './harness.ts';

let page: Page;
let errors: string[];
withSample((s) => ({ page, errors } = s));

function organisations(): number {
  const rows = Papa.parse<Record<string, string>>(readFileSync('data/sample/people.csv', 'utf8').trim(), { header: true }).data;
  return new Set(rows.map((r) => r.organisation)).size;
}

describe('the network of organisations', () => {
  it('lists each organisation once, with its people and its measures', async () => {
    await page.click('[data-testid="screen-people"]');
    await page.selectOption('[data-testid="level-select"]', 'organisation');
    await page.waitForSelector('[data-testid="group-level-table"]');
    const rows = page.locator('[data-testid="group-level-table"] tbody tr');
    expect(await rows.count()).toBe(organisations());
    const people = await rows.evaluateAll((trs) => trs.reduce((sum, tr) => sum + Number(tr.children[1]?.textContent ?? 0), 0));
    expect(people).toBe(SAMPLE_PEOPLE);
    const degrees = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.children[3]?.textContent)));
    expect(degrees.every((d) => Number.isInteger(d) && d >= 0)).toBe(true);
    expect(Math.max(...degrees)).toBeGreaterThan(0);
    await page.selectOption('[data-testid="level-select"]', 'people');
    await page.waitForSelector('[data-testid="people-table"]');
    expect(errors).toEqual([]);
  });
});
