/**
 * A screenshot of the built app with the sample network, for README.md and for looking at
 * what we built: `npm run build && npx tsx test/browser/shoot.ts [out.png] [people-id-to-select]`.
 */
import { startHarness } from './harness.ts';

const out = process.argv[2] ?? 'docs/screenshot-map.png';
const h = await startHarness();
try {
  const { page, errors } = await h.newPage();
  await page.goto(h.url);
  await page.waitForFunction(() => !!(window as unknown as { kithMap?: unknown }).kithMap);
  await page.waitForSelector('[data-testid="network-counts"]');
  await page.waitForFunction(() => !document.querySelector('.status progress'), undefined, { timeout: 60_000 });
  const who = process.argv[3];
  if (who) {
    await page.fill('[data-testid="search"]', who);
    await page.press('[data-testid="search"]', 'Enter');
    await page.waitForTimeout(800);
  }
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
  if (errors.length) console.log(errors.join('\n'));
} finally {
  await h.close();
}
