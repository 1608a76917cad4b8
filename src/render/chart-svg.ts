/**
 * Rendering Kith's charts (Vega-Lite specifications built in src/core/report/charts.ts) to SVG
 * text, headless: no DOM and no canvas are needed, so the analysis worker and the CLI render
 * the same pictures. Expressions run in vega-interpreter, never through eval or new Function,
 * so the app's Content Security Policy (script-src 'self') holds.
 *
 * Outside src/core because vega's type declarations and runtime reach for DOM and Node types
 * that the DOM-free core typecheck (tsconfig.core.json) must not see. Import it lazily
 * (await import) where first paint matters: vega is large.
 */
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { expressionInterpreter } from 'vega-interpreter';
import type { ChartPicture, ChartSpec } from '../core/report/charts.ts';

export type RenderedChart = ChartPicture;

/** One Vega-Lite specification as SVG text. */
export async function chartSvg(spec: Record<string, unknown>): Promise<string> {
  const vega = compile(spec as unknown as TopLevelSpec).spec;
  const view = new View(parse(vega, undefined, { ast: true }), { renderer: 'none', expr: expressionInterpreter, logLevel: 0 });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * vega numbers gradients and clip paths from counters global to the process, so the same chart
 * gets other ids in a second run, and two inline SVGs could share one. Each id is renamed after
 * its chart and its order of appearance: the same page every run, and ids unique on a page.
 */
export function scopeIds(svg: string, scope: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(m[1]!)) ids.set(m[1]!, `${scope}-${ids.size + 1}`);
  if (ids.size === 0) return svg;
  return svg.replace(/(\sid="|url\(#|href="#)([^")]+)/g, (all, head: string, id: string) => (ids.has(id) ? head + ids.get(id)! : all));
}

export async function renderCharts(charts: ChartSpec[]): Promise<RenderedChart[]> {
  const out: RenderedChart[] = [];
  for (const c of charts) out.push({ id: c.id, title: c.title, alt: c.alt, svg: scopeIds(await chartSvg(c.spec), `kith-chart-${c.id}`) });
  return out;
}
