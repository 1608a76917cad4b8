// Whole reports and charts (vega's first load) take seconds on a busy machine: a generous timeout, never a timed test.
import { describe, expect, it } from 'vitest';
import { trendChart } from '../../../src/core/report/trend-charts.ts';
import { renderCharts } from '../../../src/render/chart-svg.ts';

type Layer = { data?: { values: Record<string, unknown>[] } };

describe('trendChart', { timeout: 60_000 }, () => {
  const waves = ['Baseline', '12 months', '24 months'];

  it('plots each known value at its wave, with the value written for reading', () => {
    const c = trendChart('Density', waves, [0.02, null, 0.0208], true);
    const layers = (c.spec.layer as Layer[]);
    const points = layers.at(-1)!.data!.values;
    expect(points.map((p) => [p.i, p.value, p.label])).toEqual([[0, 0.02, '2%'], [2, 0.0208, '2.1%']]);
    expect(c.alt).toBe('Density: Baseline 2%, 12 months not known, 24 months 2.1%.');
  });

  it('marks a note between the wave it follows and the next, numbered, and says so in words', () => {
    const c = trendChart('Ties', waves, [802, 896, 836], false, [
      { afterWave: '12 months', text: 'Funding ended' }, { afterWave: '24 months', text: 'after the last wave: not drawn' }]);
    const marks = (c.spec.layer as Layer[])[0]!.data!.values;
    expect(marks).toEqual([{ k: 1, at: 1.5, text: 'Funding ended' }]);
    expect(c.alt).toBe('Ties: Baseline 802, 12 months 896, 24 months 836. Note 1 after 12 months: Funding ended.');
  });

  it('renders to SVG', async () => {
    const [r] = await renderCharts([trendChart('Ties', waves, [802, 896, 836], false, [{ afterWave: 'Baseline', text: 'x' }])]);
    expect(r!.svg).toContain('12 months');
    expect(r!.svg).toContain('896');
  });
});
