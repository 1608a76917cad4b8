/**
 * A large map (issue 8): people drawn as points, only the ties of the person pointed at
 * highlighted on their own layer (none in sigma's graph), every tie on request and back.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateLarge, largeCsv } from '../../data/gen/large.ts';
import { waitForMap, withSample } from './harness.ts';

let page: Page;
let errors: string[];
withSample((s) => ({ page, errors } = s));

interface LargeMap {
  order(): number;
  edgeCount(): number;
  focusTieCount(): number;
  allTieCount(): number;
  someIds(k: number): string[];
  viewportPosition(id: string): { x: number; y: number } | null;
  status(): { analysis: string; layout: string };
}
type Win = { kithMap: LargeMap };
const PEOPLE = 1_500;

describe('a large map', () => {
  it('highlights one person\u2019s ties without adding them to the map, and draws every tie on request', async () => {
    const net = generateLarge({ people: PEOPLE, tiesPerPerson: 12, groups: 8, waves: 2, seed: 3 });
    const csv = largeCsv(net);
    await page.click('[data-testid="open-import"]');
    await page.setInputFiles('[data-testid="import-files"]', Object.entries(csv).map(([name, text]) => ({ name: `${name}.csv`, mimeType: 'text/csv', buffer: Buffer.from(text) })));
    await page.click('[data-testid="import-run"]');
    await page.waitForSelector('[data-testid="import-outcome"]', { timeout: 60_000 });
    await page.click('[data-testid="import-close"]');
    await waitForMap(page, PEOPLE);
    await page.waitForFunction(() => (window as unknown as Win).kithMap.status().analysis === 'done', null, { timeout: 60_000 });
    // A large map says how many ties it holds back.
    await page.waitForSelector('[data-testid="ties-all"]');
    if (await page.isVisible('[data-testid="stop-layout"]')) await page.click('[data-testid="stop-layout"]');
    await page.waitForFunction(() => (window as unknown as Win).kithMap.status().layout !== 'running', null, { timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as Win).kithMap.edgeCount())).toBe(0);

    // Rest the pointer on someone with ties: their ties are highlighted on the overlay.
    const box = await page.locator('[data-testid="map"]').boundingBox();
    if (!box) throw new Error('no map');
    const target = await page.evaluate(({ w, h }) => {
      const m = (window as unknown as Win).kithMap;
      return m.someIds(200).map((id) => ({ id, p: m.viewportPosition(id) }))
        .find(({ p }) => p !== null && p.x > 40 && p.y > 40 && p.x < w - 40 && p.y < h - 40) ?? null;
    }, { w: box.width, h: box.height });
    if (!target?.p) throw new Error('no person on screen');
    await page.mouse.move(box.x + target.p.x, box.y + target.p.y);
    await page.waitForFunction(() => (window as unknown as Win).kithMap.focusTieCount() > 0, null, { timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as Win).kithMap.edgeCount())).toBe(0);
    await page.mouse.move(box.x + 2, box.y + box.height - 2);
    await page.waitForFunction(() => (window as unknown as Win).kithMap.focusTieCount() === 0, null, { timeout: 10_000 });

    // Every tie on request, on its own layer: still none in sigma's graph.
    const ties = await page.evaluate(() => {
      const text = document.querySelector('[data-testid="map-ties"]')?.textContent ?? '';
      return Number(/([\d,]+) ties/.exec(text)?.[1]?.replace(/,/g, ''));
    });
    expect(ties).toBeGreaterThan(10_000);
    await page.click('[data-testid="ties-all"]');
    await page.waitForFunction((n) => (window as unknown as Win).kithMap.allTieCount() === n, ties, { timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as Win).kithMap.edgeCount())).toBe(0);
    await page.click('[data-testid="ties-few"]');
    await page.waitForFunction(() => (window as unknown as Win).kithMap.allTieCount() === 0, null, { timeout: 60_000 });

    // The change between the two waves on the map: its ties coloured on the same layer.
    await page.click('[data-testid="screen-change"]');
    await page.click('[data-testid="show-change-map"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="change-legend"]');
    await page.waitForFunction(() => (window as unknown as Win).kithMap.allTieCount() > 10_000, null, { timeout: 60_000 });
    const both = await page.evaluate(() => (window as unknown as Win).kithMap.allTieCount());
    expect(await page.evaluate(() => (window as unknown as Win).kithMap.edgeCount())).toBe(0);
    await page.click('[data-testid="side-after"]');
    await page.waitForFunction((n) => { const c = (window as unknown as Win).kithMap.allTieCount(); return c > 0 && c < n; }, both, { timeout: 60_000 });
    expect(errors).toEqual([]);
  });
});
