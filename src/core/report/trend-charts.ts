/**
 * Small line charts of one figure across waves (the Change screen's trends), as Vega-Lite
 * specifications like every other chart: the value written above each point so the chart reads
 * without a tooltip, and a dashed mark numbered after each wave that has a note.
 */
import type { Annotation } from '../model/types.ts';
import { BLUE, chartSpec, INK, MUTED, type ChartSpec } from './charts.ts';
import { formatFigure, formatNumber } from './format.ts';

const NOTE = '#CC79A7';

export function trendChart(label: string, waves: string[], values: (number | null)[], percent: boolean, annotations: Annotation[] = [], explain = ''): ChartSpec {
  const points = values.flatMap((v, i) => (v === null || !Number.isFinite(v) ? [] : [{ i, wave: waves[i]!, value: v, label: percent ? formatFigure(v, 'share') : formatNumber(v).replace(/^-/, '−') }]));
  const marks = annotations.map((a, k) => ({ k: k + 1, at: waves.indexOf(a.afterWave) + 0.5, text: a.text })).filter((m) => m.at > 0 && m.at < waves.length - 0.5);
  const labels = JSON.stringify(waves);
  const x = { field: 'i', type: 'quantitative', title: null, scale: { domain: [-0.35, Math.max(1, waves.length - 1) + 0.35] },
    axis: { values: waves.map((_, i) => i), labelExpr: `${labels}[datum.value]`, grid: false, labelFontSize: 9, labelColor: MUTED, ticks: false, domain: false } };
  return {
    id: 'trend',
    title: label,
    alt: `${label}${explain ? ` (${explain})` : ''}: ${points.length === 0 ? 'not known at any wave' : waves.map((w, i) => {
      const p = points.find((q) => q.i === i);
      return `${w} ${p ? p.label : 'not known'}`;
    }).join(', ')}.${marks.map((m) => ` Note ${m.k} after ${waves[Math.floor(m.at)]}: ${m.text}.`).join('')}`,
    spec: chartSpec({
      width: 190, height: 56,
      layer: [
        ...(marks.length ? [{ data: { values: marks }, layer: [
          { mark: { type: 'rule', color: NOTE, strokeDash: [3, 2] }, encoding: { x: { field: 'at', type: 'quantitative' } } },
          { mark: { type: 'text', color: NOTE, fontSize: 9, dx: 5, align: 'left', baseline: 'top' }, encoding: { x: { field: 'at', type: 'quantitative' }, y: { value: 0 }, text: { field: 'k' } } },
        ] }] : []),
        { data: { values: points }, encoding: { x, y: { field: 'value', type: 'quantitative', title: null, axis: null, scale: { zero: false, padding: 14 } } },
          layer: [
            { mark: { type: 'line', color: BLUE, strokeWidth: 2 } },
            { mark: { type: 'point', color: BLUE, filled: true, size: 28 } },
            { mark: { type: 'text', dy: -9, fontSize: 10, color: INK }, encoding: { text: { field: 'label' } } },
          ] },
      ],
    }),
  };
}
