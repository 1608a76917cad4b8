/**
 * The groups map: the sample rolled up by sector shows one circle a sector; opening one shows
 * only that sector's people (as many as the legend counts), and "Back to groups" returns.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withSample } from './harness.ts';

let page: Page;
let errors: string[];
withSample((s) => ({ page, errors } = s));

type Groups = { kithGroups: { order(): number; keys(): string[]; viewportPosition(key: string): { x: number; y: number } | null } };

describe('groups map', () => {
  it('rolls the people up by the colour attribute and opens one group', async () => {
    const legend = await page.locator('[data-testid="legend"] li').allTextContents();
    await page.selectOption('[data-testid="group-mode"]', 'colour');
    await page.waitForSelector('[data-testid="group-map"]');
    expect(await page.evaluate(() => (window as unknown as Groups).kithGroups.order())).toBe(legend.length);

    // The group drawn nearest the middle of the map (well clear of the toolbar and legend),
    // and its count of people as the legend shows it.
    const box = await page.locator('[data-testid="group-map"]').boundingBox();
    if (!box) throw new Error('no group map');
    const { label, pos } = await page.evaluate(({ w, h }) => {
      const g = (window as unknown as Groups).kithGroups;
      const placed = g.keys().map((key) => ({ label: key, pos: g.viewportPosition(key) ?? { x: -1e9, y: -1e9 } }));
      const d = (p: { x: number; y: number }): number => (p.x - w / 2) ** 2 + (p.y - h / 2) ** 2;
      return placed.sort((a, b) => d(a.pos) - d(b.pos))[0]!;
    }, { w: box.width, h: box.height });
    const row = page.locator('[data-testid="legend"] li', { hasText: label });
    const count = Number((await row.locator('.legend-count').textContent())?.replace(/,/g, ''));
    await page.mouse.move(box.x + pos.x, box.y + pos.y);
    await page.mouse.click(box.x + pos.x, box.y + pos.y);

    await page.waitForSelector('[data-testid="group-opened"]');
    await page.waitForFunction((n) => (window as unknown as { kithMap: { order(): number } }).kithMap.order() === n, count);
    expect(await page.textContent('[data-testid="group-opened"]')).toContain(label);

    await page.click('[data-testid="group-back"]');
    await page.waitForSelector('[data-testid="group-map"]');
    await page.selectOption('[data-testid="group-mode"]', 'people');
    await page.waitForFunction(() => (window as unknown as { kithMap: { order(): number } }).kithMap.order() === 201);
    expect(errors).toEqual([]);
  });
});
