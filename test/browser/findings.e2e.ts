/**
 * Issue 5 in Chromium: on the sample network, a user opens Findings, reads the stories in
 * plain words, focuses one on the map, asks what would be lost if the key convenor left,
 * and shows a person's own network.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withSample } from './harness.ts';

let page: Page;
let errors: string[];
withSample((s) => ({ page, errors } = s));

const visible = (): Promise<number> => page.evaluate(() => {
  const m = (window as unknown as { kithMap: { evidenceCount(): number } }).kithMap;
  return m.evidenceCount();
});

describe('Findings in Chromium', () => {
  it('lists the sample’s stories in plain words', async () => {
    await page.click('[data-testid="screen-findings"]');
    await page.waitForSelector('[data-testid="findings-screen"]', { timeout: 60_000 });
    const text = await page.textContent('[data-testid="findings-screen"]');
    // Story 4: the ICB convenor holds 52 people to the network.
    expect(text).toContain('52 people reach the rest of the network only through Ruth Okonkwo');
    // Story 3: VCSE and citizens reach the rest through two people.
    expect(text).toMatch(/Lived experience and VCSE connect to other sectors through two people/);
    // Story 2: sector silos, shown in a heatmap.
    expect(text).toMatch(/Mental health keeps to itself/);
    expect(await page.isVisible('[data-testid="mixing-heatmap"]')).toBe(true);
    // Communities compared with sectors, organisations that span, what each pair of sectors hangs on.
    expect(await page.textContent('[data-testid="community-match"]')).toMatch(/adjusted Rand index 0\.\d+/);
    expect(await page.textContent('[data-testid="organisation-spanning"]')).toContain('NHS North Shire ICB');
    await page.click('[data-testid="bus-factor"] summary');
    expect(await page.textContent('[data-testid="bus-factor"]')).toMatch(/ICB and Public health\s*\d+\s*\d+\s*1 person/);
    await page.selectOption('[data-testid="without-tie"] select', 'VCSE');
    expect(await page.textContent('[data-testid="without-tie"]')).toMatch(/organisations have nobody tied to anyone in VCSE/);
  });

  it('focuses a finding on the map, with its people highlighted and the rest faded', async () => {
    const card = page.locator('[data-testid="finding"]', { hasText: '52 people reach the rest of the network only through Ruth Okonkwo' });
    await card.locator('[data-testid="focus-finding"]').click();
    await page.waitForSelector('[data-testid="focus-banner"]');
    expect(await page.textContent('[data-testid="focus-banner"]')).toContain('only through Ruth Okonkwo');
    expect(await visible()).toBe(53);
    await page.click('text=Back to findings');
    await page.waitForSelector('[data-testid="findings-screen"]');
  });

  it('answers "what if the convenor left?"', async () => {
    await page.selectOption('[data-testid="what-if"] select[aria-label="Who leaves"]', 'person');
    await page.selectOption('[data-testid="what-if-person"]', { label: 'Ruth Okonkwo' });
    await page.click('[data-testid="what-if-run"]');
    const result = await page.textContent('[data-testid="what-if-result"]');
    expect(result).toContain('goes from 197 to 144 people; 52 would lose their link to it');
    expect(result).toContain('ICB and Public health');
  });

  it('shows one person’s own network from their panel', async () => {
    await page.click('[data-testid="screen-map"]');
    await page.fill('[data-testid="search"]', 'Ruth Okonkwo');
    await page.press('[data-testid="search"]', 'Enter');
    await page.click('[data-testid="focus-ego"]');
    await page.waitForSelector('[data-testid="focus-banner"]');
    expect(await page.textContent('[data-testid="focus-banner"]')).toMatch(/Ruth Okonkwo’s own network: \d+ contacts/);
    expect(await page.textContent('[data-testid="focus-banner"]')).toMatch(/Their contacts span \d+ groups/);
    expect(await visible()).toBeGreaterThan(10);
  });

  it('raised no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
