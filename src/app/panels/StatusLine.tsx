/** What every figure rests on, always visible: the view, the counts and the work under way. */
import { useMemo } from 'react';
import { describeView } from '../../core/view/view.ts';
import { formatNumber, plural } from '../format.ts';
import { cancelAnalysis, retryAnalysis } from '../state/actions.ts';
import { useAppState } from '../state/store.ts';

export function StatusLine({ hiddenCount }: { hiddenCount: number }) {
  const dataset = useAppState((s) => s.dataset);
  const view = useAppState((s) => s.view);
  const analysis = useAppState((s) => s.analysis);
  const layout = useAppState((s) => s.layout);
  // Rendered on every step of the analysis and the layout: the words change only with the view.
  const words = useMemo(() => (dataset && view ? describeView(view, dataset) : ''), [dataset, view]);
  if (!dataset || !view) return <footer className="status" />;
  const r = analysis.result;
  const wave = dataset.waves.find((w) => w.id === view.wave);
  return (
    <footer className="status" aria-live="polite">
      {r ? (
        <span data-testid="network-counts">
          {plural(r.network.nodes, 'person', 'people')} · {plural(r.network.edges, 'tie')} · density {formatNumber(r.network.density)}
          {r.network.isolates > 0 ? ` · ${r.network.isolates} without ties` : ''}
          {hiddenCount > 0 ? ` · ${hiddenCount} hidden` : ''}
        </span>
      ) : null}
      <span className="view-text">{words}</span>
      {wave ? (
        <span>{wave.respondents
          ? `${wave.respondents.length} of ${dataset.actors.length} answered this wave`
          : 'Who answered is not recorded: everyone counts as a respondent'}</span>
      ) : null}
      {r && r.stats.missingStrength > 0 ? <span>{r.stats.missingStrength} ties with no strength left out</span> : null}
      {analysis.status === 'running' ? (
        <span className="progress" data-testid="analysis-progress">
          <progress value={analysis.fraction} max={1} /> {analysis.step}
          <button onClick={cancelAnalysis}>Cancel</button>
        </span>
      ) : null}
      {analysis.status === 'cancelled' ? <span>Measuring was cancelled; the figures shown may be out of date.</span> : null}
      {analysis.status === 'error' ? (
        <span className="error" role="alert">
          Could not measure the network: {analysis.error} Your data are safe.{' '}
          <button onClick={retryAnalysis} data-testid="retry-analysis">Try again</button>
        </span>
      ) : null}
      {analysis.status === 'cancelled' ? <button onClick={retryAnalysis}>Measure again</button> : null}
      {layout.status === 'running' ? <span className="progress"><progress value={layout.fraction} max={1} /> Laying out</span> : null}
    </footer>
  );
}
