// Whole reports and charts (vega's first load) take seconds on a busy machine: a generous timeout, never a timed test.
import { describe, expect, it } from 'vitest';
import { degreeChart, groupsChart, mixingChart, wavesChart } from '../../../src/core/report/charts.ts';
import { healthReport } from '../../../src/core/report/health.ts';
import { buildContext } from '../../../src/core/findings/context.ts';
import { mixing } from '../../../src/core/findings/silos.ts';
import { importDataset } from '../../../src/core/import/dataset.ts';
import { defaultView } from '../../../src/core/view/view.ts';
import { chartSvg, renderCharts } from '../../../src/render/chart-svg.ts';

const ds = importDataset('charts', [
  { name: 'p.csv', text: 'id,sector\nA,x\nB,x\nC,x\nD,y\nE,y\nF,<b>&"y"</b>\n' },
  { name: 't.csv', text: 'source,target,wave\nA,B,W1\nB,A,W1\nB,D,W1\nD,E,W1\nE,F,W1\nA,B,W2\nB,C,W2\nC,A,W2\nC,D,W2\nD,C,W2\nE,F,W2\n' },
]);

const dataOf = (spec: Record<string, unknown>) => (spec.data as { values: Record<string, unknown>[] }).values;

describe('chart specifications', { timeout: 60_000 }, () => {
  it('counts people by their number of ties, one bar a value', () => {
    const c = degreeChart(Float64Array.from([0, 2, 2, 3, 1, 0]), true);
    expect(dataOf(c.spec).map((d) => [d.ties, d.people])).toEqual([['0', 2], ['1', 1], ['2', 2], ['3', 1]]);
    expect(c.alt).toContain('2 people have no tie');
  });

  it('groups ties into ranges of equal width past 30', () => {
    const degrees = Float64Array.from({ length: 100 }, (_, i) => i);
    const bars = dataOf(degreeChart(degrees, false).spec);
    // max 99 -> width ceil(100 / 20) = 5: 20 ranges of 5 people each.
    expect(bars).toHaveLength(20);
    expect(bars[0]).toMatchObject({ ties: '0–4', people: 5 });
    expect(bars[19]).toMatchObject({ ties: '95–99', people: 5 });
  });

  it('puts every group pair of the mixing matrix in the heatmap, with its ties', async () => {
    const ctx = await buildContext(ds, { ...defaultView(ds), wave: 'W1' });
    const m = mixing(ctx)!;
    const cells = dataOf(mixingChart(m).spec);
    expect(cells).toHaveLength(m.rows.length ** 2);
    const total = cells.reduce((s, c) => s + (c.ties as number), 0);
    expect(total).toBe(m.ties);
  });

  it('draws each health figure across waves, shares in per cent', async () => {
    const h = await healthReport(ds, { ...defaultView(ds), wave: 'W2' });
    const c = wavesChart(h.waves, [{ afterWave: 'W1', text: 'funding ended' }])!;
    const density = dataOf(c.spec).filter((d) => d.figure === 'Density');
    expect(density).toHaveLength(2);
    expect(density[0]!.value).toBeCloseTo((100 * 5) / 30, 10);
    expect(density[1]!.value).toBeCloseTo((100 * 6) / 30, 10);
    expect(density.map((d) => d.label)).toEqual(['17%', '20%']);
    expect(c.alt).toContain('after W1, funding ended');
    expect(wavesChart(h.waves.slice(0, 1))).toBeNull();
  });
});

describe('rendering charts to SVG without a DOM', { timeout: 60_000 }, () => {
  it('renders each chart as SVG, with the data’s text escaped', async () => {
    const ctx = await buildContext(ds, { ...defaultView(ds), wave: 'W1' });
    const h = await healthReport(ds, { ...defaultView(ds), wave: 'W2' });
    const charts = [degreeChart(ctx.suite.nodes.degree, true), mixingChart(mixing(ctx)!), wavesChart(h.waves)!,
      groupsChart(ctx.suite.groups!, 'sector')!];
    const svgs = await renderCharts(charts);
    expect(svgs.map((s) => s.id)).toEqual(['degrees', 'mixing', 'waves', 'groups']);
    for (const s of svgs) {
      expect(s.svg.startsWith('<svg')).toBe(true);
      expect(s.svg).not.toContain('<script');
    }
    // A group called <b>&"y"</b> is text in the picture, never markup.
    const groups = svgs.find((s) => s.id === 'groups')!.svg;
    expect(groups).toContain('&lt;b&gt;&amp;');
    expect(groups).not.toContain('<b>');
  });

  it('renders the same SVG every time, with ids unique to each chart', async () => {
    const ctx = await buildContext(ds, { ...defaultView(ds), wave: 'W1' });
    const [a] = await renderCharts([mixingChart(mixing(ctx)!)]);
    const [b] = await renderCharts([mixingChart(mixing(ctx)!)]);
    expect(a!.svg).toBe(b!.svg);
    const ids = [...a!.svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id!.startsWith('kith-chart-mixing-'))).toBe(true);
    for (const m of a!.svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(m[1]);
  });

  it('renders a minimal specification', async () => {
    const svg = await chartSvg({ data: { values: [{ a: 'x', b: 1 }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } } });
    expect(svg).toMatch(/^<svg[^>]*width="\d+"/);
  });
});
