/**
 * Importing a roster-survey export as a user would: a people list and a Microsoft Forms export
 * dropped together, the mapping step showing each column's role and reason, a near name match
 * confirmed, a wave given, then the import's accounting, the map, and the rejected rows on the
 * Data screen. The expected ties are those of test/core/import/survey/read.test.ts, with
 * "Aisha Rahmen" confirmed as Aisha Rahman.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMap, withSample } from './harness.ts';

let page: Page;
let errors: string[];
withSample((s) => ({ page, errors } = s));

describe('survey import through the mapping step', () => {
  it('shows each column of the export with its detected role and reason', async () => {
    await page.click('[data-testid="open-import"]');
    await page.setInputFiles('[data-testid="import-files"]', ['test/fixtures/survey/roster.csv', 'test/fixtures/survey/msforms-roster.csv']);
    await page.waitForSelector('[data-testid="mapping-columns"]');
    const rows = await page.locator('[data-testid="mapping-column"]').allTextContents();
    expect(rows.find((r) => r.startsWith('Your name'))).toContain('respondent name');
    expect(rows.find((r) => r.startsWith('Whom do you go to for advice'))).toContain('tie type: advice, multi-select (names separated by ";")');
    expect(rows.find((r) => r.startsWith('Other (please specify)'))).toContain('never added as people silently');
    expect(await page.textContent('[data-testid="mapping-counts"]')).toContain('5 rows of answers: 14 ties, 1 repeated, 3 not used');
  });

  it('confirms a near name match and imports the ties as read', async () => {
    const near = page.locator('[data-testid="name-to-check"]', { hasText: 'Aisha Rahmen' });
    await near.locator('button', { hasText: 'It is Aisha Rahman' }).click();
    await page.waitForSelector('[data-testid="confirmed-names"]');
    await page.fill('[data-testid="file-wave"] >> nth=0', 'Baseline');
    await page.screenshot({ path: '/tmp/kith-survey-mapping.png', fullPage: false });
    await page.click('[data-testid="import-run"]');
    await page.waitForSelector('[data-testid="import-outcome"]');
    const survey = await page.locator('[data-testid="file-report"]', { hasText: 'msforms-roster.csv' }).textContent();
    expect(survey).toContain('18 names read: 14 accepted, 1 merged, 3 rejected. 14 ties created.');
    expect(survey).toContain('Free text not on the list, left out: “Jo Bloggs”');
    await page.click('[data-testid="import-close"]');
    // 8 people on the list; "Aisha Rahmen" was confirmed as Aisha, so nobody was added.
    await waitForMap(page, 8);
    await expect.poll(() => page.textContent('[data-testid="network-counts"]')).toContain('8 people');
  });

  it('lists the confirmed name and offers the rejected rows on the Data screen', async () => {
    await page.click('[data-testid="screen-data"]');
    expect(await page.textContent('[data-testid="aliases"]')).toContain('“Aisha Rahmen” is Aisha Rahman');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-rejected"]')]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const csv = readFileSync(path!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.trim().split('\r\n')).toEqual([
      'file,read as,row,column,reason',
      'msforms-roster.csv,survey,4,Whom do you go to for advice about your work?,Self-tie: the respondent named themselves; a tie needs two people.',
      'msforms-roster.csv,survey,6,Your name,"No respondent: the row has no name in ""Your name""."',
      'msforms-roster.csv,survey,3,Other (please specify),"""Jo Bloggs"" (free text) is not a name on the list, so it is not used; confirm a match to use it."',
    ]);
    expect(errors).toEqual([]);
  });

  it('imports an Excel workbook, offering its sheets', async () => {
    await page.click('[data-testid="open-import"]');
    await page.setInputFiles('[data-testid="import-files"]', ['test/fixtures/survey/roster.csv', 'test/fixtures/survey/msforms-roster.xlsx']);
    await page.waitForSelector('[data-testid="sheet-select"]');
    expect(await page.locator('[data-testid="sheet-select"] option').allTextContents()).toEqual(['Sheet: Form1', 'Sheet: Notes']);
    // The first sheet is the survey: the mapping step reads it.
    await page.waitForSelector('[data-testid="mapping-counts"]');
    expect(await page.textContent('[data-testid="mapping-counts"]')).toContain('3 rows of answers: 5 ties');
    // The notes sheet is not a survey: no mapping step for it.
    await page.selectOption('[data-testid="sheet-select"]', 'Notes');
    await expect.poll(() => page.locator('[data-testid="mapping-step"]').count()).toBe(0);
    await page.selectOption('[data-testid="sheet-select"]', 'Form1');
    await page.waitForSelector('[data-testid="mapping-counts"]');
    await page.click('[data-testid="import-run"]');
    await page.waitForSelector('[data-testid="import-outcome"]');
    const survey = await page.locator('[data-testid="import-dialog"] [data-testid="file-report"]', { hasText: 'msforms-roster.xlsx' }).textContent();
    expect(survey).toContain('6 names read: 5 accepted, 0 merged, 1 rejected. 5 ties created.');
    expect(survey).toContain('The workbook has 2 sheets (Form1, Notes); the sheet "Form1" was read.');
    await page.click('[data-testid="import-close"]');
    expect(errors).toEqual([]);
  });
});
