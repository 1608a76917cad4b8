/**
 * Meetings as a second kind of node on the map (issue 4): the sample's attendance in the
 * shown wave, each meeting tied to the people who came, counted against the attendance file.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withSample } from './harness.ts';

let page: Page;
let errors: string[];
withSample((s) => ({ page, errors } = s));

/** Meetings (meeting and date), people and attendances of one wave, read straight from the file. */
function expected(wave: string): { meetings: number; people: number; ties: number } {
  const rows = readFileSync('data/sample/attendance.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
  const inWave = rows.filter((r) => r[3] === wave || r[3] === '');
  const pairs = new Set(inWave.map((r) => `${r[0]}|${r[1]}|${r[2]}`));
  return { meetings: new Set(inWave.map((r) => `${r[1]}|${r[2]}`)).size, people: new Set(inWave.map((r) => r[0])).size, ties: pairs.size };
}

type Meetings = { kithMeetings?: { meetings(): number; people(): number; ties(): number } };

describe('meetings on the map', () => {
  it('draws each meeting of the wave tied to the people who attended it', async () => {
    await page.check('[data-testid="show-meetings"]');
    await page.waitForSelector('[data-testid="meetings-map"]');
    await page.waitForFunction(() => !!(window as unknown as Meetings).kithMeetings);
    const drawn = await page.evaluate(() => {
      const m = (window as unknown as Meetings).kithMeetings!;
      return { meetings: m.meetings(), people: m.people(), ties: m.ties() };
    });
    expect(drawn).toEqual(expected('24 months'));
    expect(drawn.meetings).toBeGreaterThan(3);
    await page.uncheck('[data-testid="show-meetings"]');
    await page.waitForSelector('[data-testid="map"]');
    expect(errors).toEqual([]);
  });
});
