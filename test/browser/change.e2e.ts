/**
 * Issue 9 in Chromium: an evaluator steps through the sample's waves and finds, without being
 * told, that cross-sector ties grew from Baseline to 12 months and faded by 24 months, who
 * carried them, and that non-response is counted apart from loss; the map shows the change.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { importTwoWaves, withSample } from './harness.ts';

let page: Page;
let errors: string[];
withSample((s) => ({ page, errors } = s));

describe('Change between waves in Chromium', () => {
  it('shows growth of cross-sector ties from Baseline to 12 months, and who carried it', async () => {
    await page.click('[data-testid="screen-change"]');
    await page.waitForSelector('[data-testid="change-counts"]', { timeout: 60_000 });
    expect(await page.textContent('[data-testid="wave-pair"]')).toBe('Baseline → 12 months');
    const text = await page.textContent('[data-testid="change-screen"]');
    expect(text).toMatch(/Cross-sector ties grew from Baseline to 12 months/);
    expect(text).toMatch(/Gareth Lloyd, Aisha Rahman and Tomasz Nowak/);
    // Story 5: the wave-2 non-respondents' ties are unknown, not lost.
    expect(text).toMatch(/82 are unknown: the people who could have reported them did not answer/);
    expect(await page.textContent('[data-testid="qap"]')).toMatch(/far more alike than chance/);
  });

  it('steps to the next pair and shows the fading', async () => {
    await page.click('[data-testid="next-pair"]');
    await expect.poll(() => page.textContent('[data-testid="wave-pair"]')).toBe('12 months → 24 months');
    await expect.poll(() => page.textContent('[data-testid="change-screen"]'), { timeout: 20_000 })
      .toMatch(/cross-sector ties at 12 months were lost by 24 months/);
  });

  it('colours the two waves’ ties by change on the map, before, after and both', async () => {
    type Handle = { kithMap: { edgeCount(): number; builds(): number } };
    const edges = (): Promise<number> => page.evaluate(() => (window as unknown as Handle).kithMap.edgeCount());
    // Each choice draws a new graph, swapped in when built: read the ties once it is.
    const drawnAfter = async (click: string): Promise<number> => {
      const b = await page.evaluate(() => (window as unknown as Handle).kithMap.builds());
      await page.click(click);
      await expect.poll(() => page.evaluate(() => (window as unknown as Handle).kithMap.builds())).toBeGreaterThan(b);
      return edges();
    };
    // The map screen opens on the change map: its first graph is the two waves' ties.
    await page.click('[data-testid="show-change-map"]');
    await page.waitForSelector('[data-testid="change-legend"]');
    await expect.poll(edges).toBeGreaterThan(0);
    const both = await edges();
    const before = await drawnAfter('[data-testid="side-before"]');
    const after = await drawnAfter('[data-testid="side-after"]');
    expect(before).toBeLessThan(both);
    expect(after).toBeLessThan(both);
    expect(await page.textContent('[data-testid="change-legend"]')).toMatch(/New\s*\d+/);
    await page.click('[data-testid="close-change-map"]');
    expect(await page.isVisible('[data-testid="change-legend"]')).toBe(false);
  });

  it('marks a note between waves on the trend charts, and shows a group’s trends', async () => {
    await page.click('[data-testid="screen-change"]');
    await page.waitForSelector('[data-testid="annotations"]', { timeout: 20_000 });
    await page.selectOption('[data-testid="annotations"] select', '12 months');
    await page.fill('[data-testid="annotation-text"]', 'Frailty programme funding ended');
    await page.click('[data-testid="annotation-add"]');
    expect(await page.textContent('[data-testid="annotations"]')).toContain('After 12 months: Frailty programme funding ended');
    // Every trend chart marks the note (drawn in the worker; its text is in the chart's alternative text).
    await expect.poll(() => page.locator('[data-testid="trends"] img[alt*="Note 1 after 12 months: Frailty programme funding ended"]').count(), { timeout: 20_000 }).toBeGreaterThan(5);
    await page.selectOption('[data-testid="trend-group"]', 'Mental health');
    expect(await page.locator('.group-trends figure').count()).toBeGreaterThan(1);
    await expect.poll(() => page.locator('.group-trends img').count(), { timeout: 20_000 }).toBeGreaterThan(1);
  });

  it('shows a frailty connector’s rise and fall in their panel', async () => {
    await page.click('[data-testid="screen-map"]');
    await page.fill('[data-testid="search"]', 'Tomasz Nowak');
    await page.press('[data-testid="search"]', 'Enter');
    await page.waitForSelector('[data-testid="trajectory-summary"]', { timeout: 20_000 });
    expect(await page.textContent('[data-testid="trajectory-summary"]')).toMatch(/Ties rose from \d+ to \d+, then fell to \d+/);
  });

  it('imports a ties file per wave, each given its wave in the import dialog', async () => {
    await importTwoWaves(page);
    await page.click('[data-testid="screen-change"]');
    await expect.poll(() => page.textContent('[data-testid="wave-pair"]'), { timeout: 20_000 }).toBe('Before → After');
    // Kept 1>2 and 2>3; lost 3>4 and 4>5; new 5>6 (no respondents file: everyone counts).
    await expect.poll(() => page.textContent('[data-testid="change-counts"]')).toMatch(/New\s*1.*Kept\s*2.*Lost\s*2/s);
  });

  it('raised no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
