/**
 * What the browser benchmark measures inside the page and around it:
 * - main-thread tasks over 50 ms (Long Tasks API) and long animation frames (their scripts name
 *   what ran: the best attribution Chromium offers), installed before the app's own scripts;
 * - frame gaps while panning and zooming (requestAnimationFrame deltas);
 * - memory of the tab, as the renderer process's proportional set size (PSS) read from
 *   /proc, the process found through CDP SystemInfo.getProcessInfo. Dedicated workers are
 *   threads of that process, so this counts the page, the analysis worker, its nested metric
 *   workers and the layout worker together, which CDP Performance.getMetrics (JSHeapUsedSize of
 *   the page's main thread only) cannot. The page's own JS heap is reported beside it.
 */
import { readFileSync } from 'node:fs';
import type { Browser, CDPSession, Page } from 'playwright-core';

export interface LongTask { start: number; duration: number; name: string }

/**
 * Runs in the page before any of its scripts. A string, not a function, so that no helper a
 * TypeScript runner adds to functions (esbuild's __name) ends up in the page.
 */
export const PROBE_SCRIPT = `(() => {
  window.__kithTasks = [];
  window.__kithFrames = null;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const a = e.attribution && e.attribution[0];
      window.__kithTasks.push({ start: e.startTime, duration: e.duration, name: 'task (' + ((a && a.name) || '?') + ')' });
    }
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const scripts = (e.scripts || []).slice().sort((a, b) => b.duration - a.duration);
        const top = scripts[0];
        const file = top && top.sourceURL ? top.sourceURL.split('/').pop() : '';
        const what = top ? [top.invoker, top.sourceFunctionName, file].filter(Boolean).join(' ') : 'rendering';
        window.__kithTasks.push({ start: e.startTime, duration: -e.duration, name: what });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch (err) { /* an older Chromium: long tasks only */ }
  // Frames are counted only while measured: a standing requestAnimationFrame loop would make
  // the page draw frames it otherwise would not.
  window.__kithFrame = (t) => { if (window.__kithFrames) { window.__kithFrames.push(t); requestAnimationFrame(window.__kithFrame); } };
})();`;

export async function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** The longest main-thread task that overlaps [from, to], and what ran in it when known. */
export async function longestTask(page: Page, from: number, to: number): Promise<{ ms: number; what: string }> {
  const tasks = await page.evaluate(() => (window as unknown as { __kithTasks: LongTask[] }).__kithTasks);
  const inside = (t: LongTask, d: number): boolean => t.start < to && t.start + d > from;
  const real = tasks.filter((t) => t.duration > 0 && inside(t, t.duration));
  const frames = tasks.filter((t) => t.duration < 0 && inside(t, -t.duration));
  const worst = real.reduce<LongTask | null>((m, t) => (!m || t.duration > m.duration ? t : m), null);
  if (!worst) return { ms: 0, what: '' };
  // The long animation frame that contains the task names the script that ran.
  const frame = frames.find((f) => f.start <= worst.start + 1 && f.start - f.duration >= worst.start + worst.duration - 1);
  return { ms: worst.duration, what: frame?.name ?? worst.name };
}

export async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __kithFrames: number[]; __kithFrame: FrameRequestCallback };
    w.__kithFrames = [];
    requestAnimationFrame(w.__kithFrame);
  });
}

/** The longest gap between two frames since startFrames, and frames per second. */
export async function stopFrames(page: Page): Promise<{ longestGap: number; fps: number }> {
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __kithFrames: number[] | null };
    const f = w.__kithFrames ?? [];
    w.__kithFrames = null;
    return f;
  });
  let longest = 0;
  for (let i = 1; i < frames.length; i++) longest = Math.max(longest, (frames[i] ?? 0) - (frames[i - 1] ?? 0));
  const span = (frames[frames.length - 1] ?? 0) - (frames[0] ?? 0);
  return { longestGap: longest, fps: span > 0 ? ((frames.length - 1) * 1000) / span : 0 };
}

/** Samples the renderer's memory (and the page's JS heap) until stopped; keeps the peak. */
export class MemorySampler {
  peakRenderer = 0;
  peakHeap = 0;
  /** The peak since the last `takeStepPeak`, so that each step can say what it cost. */
  private stepPeak = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  private constructor(private browserSession: CDPSession, private pageSession: CDPSession) {}

  /** `every`: ms between samples; each asks the page for its heap over CDP (a task on its main thread). */
  static async start(browser: Browser, page: Page, every = 250): Promise<MemorySampler> {
    const s = new MemorySampler(await browser.newBrowserCDPSession(), await page.context().newCDPSession(page));
    await s.pageSession.send('Performance.enable');
    await s.sample();
    s.timer = setInterval(() => { void s.sample().catch(() => {}); }, every);
    return s;
  }

  /** The renderer processes' PSS and the page's JS heap, in bytes, now. */
  async sample(): Promise<{ renderer: number; heap: number }> {
    const info = await this.browserSession.send('SystemInfo.getProcessInfo') as { processInfo: { type: string; id: number }[] };
    let renderer = 0;
    for (const p of info.processInfo) if (p.type === 'renderer') renderer += pss(p.id);
    const metrics = await this.pageSession.send('Performance.getMetrics');
    const heap = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    this.peakRenderer = Math.max(this.peakRenderer, renderer);
    this.peakHeap = Math.max(this.peakHeap, heap);
    this.stepPeak = Math.max(this.stepPeak, renderer);
    return { renderer, heap };
  }

  resetPeak(): void { this.peakRenderer = 0; this.peakHeap = 0; this.stepPeak = 0; }

  /** The renderer's peak since the previous call (or the start), in bytes; starts the next step's. */
  async takeStepPeak(): Promise<number> {
    const { renderer } = await this.sample();
    const peak = this.stepPeak;
    this.stepPeak = renderer;
    return peak;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.browserSession.detach().catch(() => {});
    await this.pageSession.detach().catch(() => {});
  }
}

/** Proportional set size of a process in bytes (shared pages split among their users). */
function pss(pid: number): number {
  try {
    const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = /^Pss:\s+(\d+) kB/m.exec(text)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}
