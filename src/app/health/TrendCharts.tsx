/**
 * Small charts of figures across waves (the Change screen's trends), drawn with the same
 * charting library as every other chart (Vega-Lite, rendered in the analysis worker) and shown
 * as images with alternative text. Notes between waves are marked on each chart, numbered.
 */
import { useEffect, useMemo, useState } from 'react';
import { trendChart } from '../../core/report/trend-charts.ts';
import type { RenderedChart } from '../../render/chart-svg.ts';
import { drawCharts } from '../state/queries.ts';
import { useAppState } from '../state/store.ts';

export interface TrendLine {
  id: string;
  label: string;
  explain?: string;
  values: (number | null)[];
  percent?: boolean;
}

export function TrendCharts({ waves, lines }: { waves: string[]; lines: TrendLine[] }) {
  const notes = useAppState((s) => s.annotations);
  // Callers pass fresh arrays on every render: the charts are redrawn only when their content changes.
  const key = JSON.stringify([waves, lines, notes]);
  const specs = useMemo(() => {
    const [w, ls, ns] = JSON.parse(key) as [string[], TrendLine[], typeof notes];
    return ls.map((l) => trendChart(l.label, w, l.values, l.percent ?? false, ns, l.explain));
  }, [key]);
  const [drawn, setDrawn] = useState<{ specs: typeof specs; charts: RenderedChart[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A new analysis cancels the worker and whatever it was drawing: then ask again.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    drawCharts(specs).then((charts) => { if (live) { setDrawn({ specs, charts }); setError(null); } }, (e: unknown) => {
      if (!live) return;
      if (e instanceof Error && e.name === 'CancelledError' && attempt < 3) setAttempt(attempt + 1);
      else setError(e instanceof Error ? e.message : String(e));
    });
    return () => { live = false; };
  }, [specs, attempt]);

  if (error) return <p className="hint" role="alert">Could not draw the charts: {error}</p>;
  const charts = drawn?.charts ?? [];
  return (
    <div className="trend-charts" aria-busy={drawn?.specs !== specs}>
      {lines.map((l, i) => {
        const chart = charts[i];
        return (
          <figure key={l.id} className="trend-chart" title={l.explain} data-testid="trend-chart" data-notes={notes.filter((n) => waves.slice(0, -1).includes(n.afterWave)).length}>
            <figcaption>{l.label}</figcaption>
            {chart ? <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`} alt={chart.alt} /> : <div className="trend-placeholder" />}
          </figure>
        );
      })}
    </div>
  );
}
