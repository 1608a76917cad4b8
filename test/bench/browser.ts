/**
 * `npm run bench:browser`: the whole path a user takes with a large network, in headless
 * Chromium, timed. For each size it generates a seeded network (people in 8 sectors, 3 waves,
 * about 10 ties a person a wave, respondents and attendance) into a temporary folder, builds
 * and serves the app, imports the files through the real import dialog and times: reading the
 * chosen files, import (parse + build, in the worker), first map on screen, analysis done,
 * the layout running, hover, pan and zoom, search and switching wave. For each step it
 * reports the longest main-thread task (Long Tasks API) and, where Chromium says, what ran.
 * Memory: see browser-probe.ts. Prints a Markdown table per size; never fails on time.
 *
 *   npm run bench:browser                          # 2,000 and 20,000 people
 *   npm run bench:browser -- --sizes 2000 --no-build
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { generateLarge, largeCsv } from '../../data/gen/large.ts';
import { chromiumPath, startHarness, waitForMap, SAMPLE_PEOPLE } from '../browser/harness.ts';
import { longestTask, MemorySampler, pageNow, PROBE_SCRIPT, startFrames, stopFrames } from './browser-probe.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '2000,20000' },
    'ties-per-person': { type: 'string', default: '12' },
    'no-build': { type: 'boolean', default: false },
    'layout-seconds': { type: 'string', default: '15' },
    /**
     * How Chromium draws: 'gpu' composites in the GPU process (SwiftShader standing in for a
     * graphics card), as a laptop does; 'software' is the browser tests' mode, where every frame
     * of a WebGL canvas is read back to the page's main thread, which a laptop never does.
     */
    compositing: { type: 'string', default: 'gpu' },
    /** Milliseconds between memory samples (each is a request the page's main thread answers). */
    'memory-every': { type: 'string', default: '250' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const LONG = 600_000;
/** Waits poll on a timer, not on frames: with frames seconds apart, frame polling would add seconds. */
const POLL = 50;

interface Row { step: string; ms: number | null; longest: number; what: string; note: string; memory?: number }

interface MapHandle {
  order(): number;
  edgeCount(): number;
  /** Ties drawn by a large map's every-tie layer. */
  allTieCount(): number;
  positioned(): boolean;
  status(): { analysis: string; layout: string; findings: string };
  someIds(k: number): string[];
  /** How many times a render graph has been swapped in. */
  builds(): number;
  viewportPosition(id: string): { x: number; y: number } | null;
}
/** The map's handle in the page (see NetworkMap.tsx); written out in each evaluate, as it runs there. */
type Win = { kithMap: MapHandle };

async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

function writeNetwork(people: number): { dir: string; files: string[]; ties: number[] } {
  const net = generateLarge({ people, tiesPerPerson: Number(values['ties-per-person']), groups: 8, waves: 3, seed: 1 });
  const csv = largeCsv(net);
  const dir = mkdtempSync(join(tmpdir(), `kith-bench-${people}-`));
  const files = Object.entries(csv).map(([name, text]) => {
    const path = join(dir, `${name}.csv`);
    writeFileSync(path, text);
    return path;
  });
  return { dir, files, ties: net.waves.map((w) => w.source.length) };
}

/** A browser on the served app. */
interface Bench { url: string; browser: Browser; newPage(): Promise<{ page: Page; errors: string[] }> }

async function benchSize(h: Bench, people: number): Promise<{ rows: Row[]; summary: string[] }> {
  const { files, ties } = writeNetwork(people);
  const rows: Row[] = [];
  const { page, errors } = await h.newPage();
  await page.addInitScript(PROBE_SCRIPT);
  await page.goto(h.url);
  await waitForMap(page, SAMPLE_PEOPLE);
  const memory = await MemorySampler.start(h.browser, page, Number(values['memory-every']));
  const before = await memory.sample();
  memory.resetPeak();
  const step = async (name: string, from: number, to: number, note = '', ms: number | null = to - from): Promise<void> => {
    const t = await longestTask(page, from, to);
    rows.push({ step: name, ms, longest: t.ms, what: t.what, note, memory: await memory.takeStepPeak() });
    process.stderr.write(`  ${people}: ${name} ${ms === null ? '' : `${Math.round(ms)} ms`}, longest task ${Math.round(t.ms)} ms\n`);
  };

  // Import through the dialog, as a user does.
  await page.click('[data-testid="open-import"]');
  const t0 = await pageNow(page);
  await page.setInputFiles('[data-testid="import-files"]', files);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="chosen-files"] tbody tr').length === n, files.length, { timeout: LONG, polling: POLL });
  const tChosen = await pageNow(page);
  await step('Read the chosen files', t0, tChosen);
  await page.click('[data-testid="import-run"]');
  const tRun = await pageNow(page);
  await page.waitForSelector('[data-testid="import-outcome"]', { timeout: LONG });
  const tImported = await pageNow(page);
  await step('Import (parse + build)', tRun, tImported, `${ties.reduce((a, b) => a + b, 0).toLocaleString('en-GB')} tie rows`);
  await page.click('[data-testid="import-close"]');
  await page.waitForFunction((n) => {
    const m = (window as unknown as { kithMap?: MapHandle }).kithMap;
    return !!m && m.order() === n && m.positioned();
  }, people, { timeout: LONG, polling: POLL });
  const tMap = await pageNow(page);
  await step('First map on screen', tRun, tMap, 'from Import clicked; laid-out people drawn');
  await page.waitForFunction(() => (window as unknown as Win).kithMap.status().analysis === 'done', null, { timeout: LONG, polling: POLL });
  const tAnalysed = await pageNow(page);
  await step('Analysis done', tRun, tAnalysed);

  // The layout runs in its worker; the page only takes positions. Watch it for a while.
  await startFrames(page);
  const layoutSeconds = Number(values['layout-seconds']);
  await page.waitForFunction(() => (window as unknown as Win).kithMap.status().layout !== 'running', null, { timeout: layoutSeconds * 1000, polling: POLL }).catch(() => {});
  let layoutNote = 'finished';
  if ((await page.evaluate(() => (window as unknown as Win).kithMap.status().layout)) === 'running') {
    const tStop = await pageNow(page);
    await page.click('[data-testid="stop-layout"]');
    await page.waitForFunction(() => (window as unknown as Win).kithMap.status().layout !== 'running', null, { timeout: LONG, polling: POLL });
    layoutNote = `stopped after ${layoutSeconds} s; stop took ${Math.round((await pageNow(page)) - tStop)} ms`;
  }
  const tLayout = await pageNow(page);
  const layoutFrames = await stopFrames(page);
  await step('Layout running', tAnalysed, tLayout, `${layoutNote}; ${Math.round(layoutFrames.fps)} frames/s, longest frame ${Math.round(layoutFrames.longestGap)} ms`);
  // Let findings finish so that later steps measure themselves, not the findings' arrival.
  await page.waitForFunction(() => (window as unknown as Win).kithMap.status().findings !== 'running', null, { timeout: LONG, polling: POLL }).catch(() => {});

  // Hover: 20 people, resting on each long enough for their ties to be highlighted (a large
  // map waits for the pointer to rest), timed from the move to the frame after.
  const ids = await page.evaluate(() => (window as unknown as Win).kithMap.someIds(400));
  const mapBox = await page.locator('[data-testid="map"]').boundingBox();
  const tHover = await pageNow(page);
  const hoverTimes: number[] = [];
  for (const id of ids.filter((_, i) => i % 20 === 0)) {
    const p = await page.evaluate((who) => (window as unknown as Win).kithMap.viewportPosition(who), id);
    if (!p) continue;
    const a = await pageNow(page);
    await page.mouse.move((mapBox?.x ?? 0) + p.x, (mapBox?.y ?? 0) + p.y);
    await nextFrames(page);
    hoverTimes.push((await pageNow(page)) - a);
    await page.waitForTimeout(400);
  }
  await page.mouse.move(5, 5);
  await nextFrames(page);
  const hoverMedian = hoverTimes.sort((a, b) => a - b)[Math.floor(hoverTimes.length / 2)] ?? 0;
  await step('Hover 20 people', tHover, await pageNow(page), `median ${Math.round(hoverMedian)} ms from move to the next frame; 400 ms rest on each`, null);

  // Pan and zoom with the mouse over the map.
  const box = await page.locator('[data-testid="map"]').boundingBox();
  const cx = (box?.x ?? 0) + (box?.width ?? 800) / 2;
  const cy = (box?.y ?? 0) + (box?.height ?? 600) / 2;
  await startFrames(page);
  const tPan = await pageNow(page);
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 4; i++) { await page.mouse.wheel(0, -240); await page.waitForTimeout(120); }
  await page.mouse.down();
  for (let i = 1; i <= 15; i++) await page.mouse.move(cx + i * 20, cy + i * 10);
  await page.mouse.up();
  for (let i = 0; i < 4; i++) { await page.mouse.wheel(0, 240); await page.waitForTimeout(120); }
  await nextFrames(page);
  const tPanned = await pageNow(page);
  const pan = await stopFrames(page);
  await step('Pan and zoom', tPan, tPanned, `${Math.round(pan.fps)} frames/s, longest frame ${Math.round(pan.longestGap)} ms`);

  // Search for a person by name; done when their panel shows.
  const name = `Person ${Math.floor(people * 0.737)}`;
  const tSearch = await pageNow(page);
  await page.fill('[data-testid="search"]', name);
  await page.press('[data-testid="search"]', 'Enter');
  await page.waitForFunction((n) => document.querySelector('[data-testid="person-name"]')?.textContent === n, name, { timeout: LONG, polling: POLL });
  await nextFrames(page);
  await step('Search and select', tSearch, await pageNow(page), name);

  // Switch wave: a new analysis, and the map redrawn with that wave's ties.
  const tWave = await pageNow(page);
  const builds = await page.evaluate(() => (window as unknown as Win).kithMap.builds());
  await page.selectOption('[data-testid="wave-select"]', 'Wave 1');
  await page.waitForFunction((b) => {
    const m = (window as unknown as Win).kithMap;
    return m.status().analysis === 'done' && m.builds() > b;
  }, builds, { timeout: LONG, polling: POLL });
  await nextFrames(page);
  await step('Switch wave', tWave, await pageNow(page), 'to Wave 1, map redrawn');
  await page.waitForFunction(() => (window as unknown as Win).kithMap.status().findings !== 'running', null, { timeout: LONG, polling: POLL }).catch(() => {});

  // Last, as it is the heaviest: a large map draws only the ties of the person pointed at; ask
  // for every tie once, then go back.
  const all = page.locator('[data-testid="ties-all"]');
  if (await all.count() > 0) {
    const tAsk = await pageNow(page);
    await all.click();
    await page.waitForFunction(() => (window as unknown as Win).kithMap.allTieCount() > 0, null, { timeout: LONG, polling: POLL });
    await nextFrames(page);
    const tAll = await pageNow(page);
    const drawn = await page.evaluate(() => (window as unknown as Win).kithMap.allTieCount());
    await step('Draw every tie (on request)', tAsk, tAll, `${drawn.toLocaleString('en-GB')} ties of the last wave`);
    await page.click('[data-testid="ties-few"]');
    await page.waitForFunction(() => (window as unknown as Win).kithMap.allTieCount() === 0, null, { timeout: LONG, polling: POLL });
    await nextFrames(page);
    await step('Back to the ties of one person', tAll, await pageNow(page));
  } else {
    const drawn = await page.evaluate(() => (window as unknown as Win).kithMap.edgeCount());
    rows.push({ step: 'Ties drawn', ms: null, longest: 0, what: '', note: `${drawn.toLocaleString('en-GB')} ties of the last wave, all drawn` });
  }
  // The people table: opened, then sorted by sector (a text column) and by a measure.
  const tPeople = await pageNow(page);
  await page.click('[data-testid="screen-people"]');
  await page.waitForSelector('[data-testid="people-table"]', { timeout: LONG });
  await page.locator('[data-testid="people-table"] thead th').nth(1).click();
  await page.locator('[data-testid="people-table"] thead th').nth(4).click();
  await nextFrames(page);
  await step('People table, sorted twice', tPeople, await pageNow(page), 'opened, sorted by sector, then by a measure');

  // The printable report, built in the worker and previewed on the page.
  const tReport = await pageNow(page);
  await page.click('[data-testid="screen-report"]');
  await page.waitForFunction(() => !(document.querySelector('[data-testid="report-print"]') as HTMLButtonElement | null)?.disabled, null, { timeout: LONG, polling: POLL });
  await nextFrames(page);
  const reportChars = await page.evaluate(() => (document.querySelector('[data-testid="report-preview"]') as HTMLIFrameElement | null)?.srcdoc.length ?? 0);
  await step('Report ready', tReport, await pageNow(page), `previewed; ${(reportChars / 1e6).toFixed(1)} million characters of HTML`);

  // What changed between the last two waves, on the map: the change report is made in the
  // worker, then two waves' ties are drawn coloured by change.
  const tChange = await pageNow(page);
  await page.click('[data-testid="screen-change"]');
  await page.click('[data-testid="show-change-map"]', { timeout: LONG });
  await page.waitForFunction(() => {
    const m = (window as unknown as Win).kithMap;
    return !!m && (m.allTieCount() > 0 || m.edgeCount() > 0);
  }, null, { timeout: LONG, polling: POLL });
  await nextFrames(page);
  const changeTies = await page.evaluate(() => { const m = (window as unknown as Win).kithMap; return Math.max(m.allTieCount(), m.edgeCount()); });
  await step('Change map of two waves', tChange, await pageNow(page), `from opening Change; ${changeTies.toLocaleString('en-GB')} ties coloured by change`);

  const after = await memory.sample();
  await memory.stop();
  const mb = (b: number): string => `${Math.round(b / 1048576).toLocaleString('en-GB')} MB`;
  const summary = [
    `Tab memory (renderer PSS: page and its workers): peak ${mb(memory.peakRenderer)}, at the end ${mb(after.renderer)} (${mb(before.renderer)} with the sample before import).`,
    `Page JS heap (main thread only): peak ${mb(memory.peakHeap)}, at the end ${mb(after.heap)}.`,
  ];

  // Coming back another time: the tab closed, a new one opens the workspace saved in this
  // browser (the same profile) with its map. A new tab rather than a reload, so that tearing
  // the old page down is not counted as the new page's work.
  const context = page.context();
  await page.close();
  const again = await context.newPage();
  again.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  await again.addInitScript(PROBE_SCRIPT);
  const reopenMemory = await MemorySampler.start(h.browser, again, Number(values['memory-every']));
  await again.goto(h.url);
  await again.waitForFunction((n) => {
    const m = (window as unknown as { kithMap?: MapHandle }).kithMap;
    return !!m && m.order() === n && m.positioned() && m.status().analysis === 'done';
  }, people, { timeout: LONG, polling: POLL });
  await nextFrames(again);
  const tReopened = await pageNow(again);
  const reopenTask = await longestTask(again, 0, tReopened);
  rows.push({ step: 'Reopen in a new tab', ms: tReopened, longest: reopenTask.ms, what: reopenTask.what, note: 'the saved workspace, analysed and drawn, from the tab\'s start', memory: await reopenMemory.takeStepPeak() });
  process.stderr.write(`  ${people}: Reopen in a new tab ${Math.round(tReopened)} ms, longest task ${Math.round(reopenTask.ms)} ms\n`);
  await reopenMemory.stop();
  summary.push(
    `Load average after (other work on the machine slows every step): ${loadavg().map((l) => l.toFixed(1)).join(', ')}.`,
    ...(errors.length > 0 ? [`Errors on the page: ${errors.slice(0, 3).join(' | ')}`] : []),
  );
  await context.close();
  return { rows, summary };
}

function table(people: number, rows: Row[], summary: string[]): string {
  const fmt = (ms: number | null): string => (ms === null ? '' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
  const lines = [
    `### ${people.toLocaleString('en-GB')} people`, '',
    '| step | time | longest main-thread task | in | tab memory peak | note |', '|---|---:|---:|---|---:|---|',
    ...rows.map((r) => `| ${r.step} | ${fmt(r.ms)} | ${r.longest > 0 ? fmt(r.longest) : 'none over 50 ms'} | ${r.what.replace(/\|/g, '/')} | ${r.memory ? `${Math.round(r.memory / 1048576).toLocaleString('en-GB')} MB` : ''} | ${r.note} |`),
    '', ...summary.map((s) => `- ${s}`), '',
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (!values['no-build']) await build({ logLevel: 'warn' });
  const version = execSync(`${chromiumPath()} --version 2>/dev/null`).toString().trim();
  console.log(`Browser benchmark, ${new Date().toISOString()}; ${version}; ${availableParallelism()} cores, ${Math.round(totalmem() / 1073741824)} GB; load average before: ${loadavg().map((l) => l.toFixed(1)).join(', ')}\n`);
  const harness = await startHarness();
  // The harness's browser composites in software; with 'gpu', another one composites on the
  // GPU process. Pages get a context of their own, which the reopen step opens a second tab in.
  const browser = values.compositing === 'gpu'
    ? await chromium.launch({
      executablePath: chromiumPath(), headless: true,
      args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--disable-quic',
        '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
    : harness.browser;
  const h: Bench = { url: harness.url, browser, newPage: async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    // The probe script is added to every frame, the report's sandboxed preview included, where
    // Chromium blocks it and says so: that message is the benchmark's, not the app's.
    page.on('console', (m) => {
      if (m.type() === 'error' && !/about:srcdoc.*allow-scripts/.test(m.text())) errors.push(`console: ${m.text()}`);
    });
    return { page, errors };
  } };
  console.log(`Compositing: ${values.compositing} (see --compositing in test/bench/browser.ts).\n`);
  try {
    for (const people of sizes) {
      const { rows, summary } = await benchSize(h, people);
      console.log(table(people, rows, summary));
    }
  } finally {
    if (h.browser !== harness.browser) await h.browser.close();
    await harness.close();
  }
}

await main();
