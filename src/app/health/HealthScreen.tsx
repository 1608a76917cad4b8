/**
 * Network health: the headline figures of the view's wave as a scorecard (the figure, the
 * change since the previous wave, a sentence on what it means here) and the charts. Figures
 * and charts are computed and drawn in the analysis worker; this screen only shows them. No
 * figure is coloured as good or bad: none has an agreed norm.
 */
import { useEffect, useState } from 'react';
import type { Dataset } from '../../core/model/types.ts';
import { formatChange, formatFigure } from '../../core/report/format.ts';
import type { HealthReport } from '../../core/report/health.ts';
import type { RenderedChart } from '../../render/chart-svg.ts';
import { loadHealth } from '../state/queries.ts';
import { useAppState } from '../state/store.ts';
import { ChartImage } from './ChartImage.tsx';

export function HealthScreen({ dataset }: { dataset: Dataset }) {
  const view = useAppState((s) => s.view);
  const annotations = useAppState((s) => s.annotations);
  const analysed = useAppState((s) => s.analysis.status);
  const [result, setResult] = useState<{ health: HealthReport; charts: RenderedChart[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState('');

  useEffect(() => {
    if (!view || analysed === 'running') return;
    let live = true;
    setProgress('Measuring each wave');
    loadHealth((_f, step) => { if (live) setProgress(step); }).then(
      (r) => { if (live) { setResult(r); setError(null); setProgress(''); } },
      (e: unknown) => { if (live) { setError(e instanceof Error ? e.message : String(e)); setProgress(''); } },
    );
    return () => { live = false; };
  }, [view, annotations, dataset, analysed]);

  if (error) return <div className="loading" role="alert">Could not measure the network’s health: {error}</div>;
  if (!result) return <div className="loading">Measuring the network’s health… {progress}</div>;
  const { health, charts } = result;
  const waveName = health.wave ?? (dataset.waves.length > 0 ? 'All waves' : 'Value');
  return (
    <div className="health-screen" data-testid="health-screen">
      <header className="health-head">
        <h2>Network health{health.wave ? `: ${health.wave}` : ''}</h2>
        <p className="hint">
          {health.previousWave ? `Each figure with its change since ${health.previousWave}, both measured with the same choices. ` : dataset.waves.length > 1 && health.wave === null ? 'All waves are pooled, so there is no change to show; choose a wave at the top to compare it with the one before. ' : ''}
          None of these figures has an agreed target for a learning system: read them against your own aims, and for how they change.
          {progress ? ` Updating: ${progress}…` : ''}
        </p>
      </header>
      <table className="scorecard" data-testid="scorecard">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col" className="num">{waveName}</th>
            {health.previousWave ? <th scope="col" className="num">Since {health.previousWave}</th> : null}
            <th scope="col">What it means here</th>
          </tr>
        </thead>
        <tbody>
          {health.figures.map((f) => (
            <tr key={f.id} data-figure={f.id}>
              <th scope="row">{f.label}<div className="hint">{f.meaning}</div></th>
              <td className="num figure-value" data-testid="figure-value">{formatFigure(f.value, f.format)}</td>
              {health.previousWave ? (
                <td className="num figure-change" title={f.previous === null ? undefined : `${health.previousWave}: ${formatFigure(f.previous, f.format)}`}>
                  {formatChange(f.change, f.format) || '–'}
                </td>
              ) : null}
              <td>{f.sentence}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="health-charts" data-testid="health-charts">
        {charts.map((c) => <ChartImage key={c.id} chart={c} />)}
      </div>
    </div>
  );
}
