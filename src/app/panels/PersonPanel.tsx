/**
 * The selected person: attributes, metrics with their one-line meanings, and their ties in
 * the current view. Every name is rendered as text.
 */
import { useMemo } from 'react';
import { formatValue } from '../../core/import/attributes.ts';
import { nodeMetricRegistry, type NodeMetrics, type NodeMetricSpec } from '../../core/metrics/registry.ts';
import type { Dataset } from '../../core/model/types.ts';
import { NO_TYPE } from '../../core/view/view.ts';
import { formatMetric, formatNumber } from '../format.ts';
import type { ColourScale } from '../../core/view/encodings.ts';
import { focusOnEgo, select, setScreen } from '../state/actions.ts';
import { useAppState } from '../state/store.ts';
import { Trajectory } from './Trajectory.tsx';

interface TieRow { other: string; direction: 'sent' | 'received' | 'both' | 'mutual'; strength: number; types: string[] }

export function PersonPanel({ dataset, id, colours }: { dataset: Dataset; id: string; colours: ColourScale | null }) {
  const result = useAppState((s) => s.analysis.result);
  const boundary = useAppState((s) => s.view?.boundary ?? null);
  const pseudonymous = useAppState((s) => s.pseudonymous);
  const actor = dataset.actors.find((a) => a.id === id);
  const index = result ? result.ids.indexOf(id) : -1;
  const labels = useMemo(() => new Map(dataset.actors.map((a) => [a.id, a.label])), [dataset]);

  const ties = useMemo((): TieRow[] => {
    if (!result || index < 0) return [];
    const rows = new Map<string, TieRow>();
    for (let e = 0; e < result.edgeSource.length; e++) {
      const s = result.edgeSource[e];
      const t = result.edgeTarget[e];
      if (s !== index && t !== index) continue;
      const other = result.ids[(s === index ? t : s) ?? 0] ?? '';
      const dir = !result.directed ? 'both' : s === index ? 'sent' : 'received';
      const prev = rows.get(other);
      const strength = result.edgeStrength[e] ?? NaN;
      const types = result.edgeTypes[e] ?? [];
      if (prev) {
        prev.direction = 'mutual';
        prev.types = [...new Set([...prev.types, ...types])];
        if (!(prev.strength >= strength)) prev.strength = strength;
      } else rows.set(other, { other, direction: dir, strength, types });
    }
    return [...rows.values()].sort((a, b) => (labels.get(a.other) ?? '').localeCompare(labels.get(b.other) ?? ''));
  }, [result, index, labels]);

  if (!actor) return null;
  const metrics = nodeMetricRegistry.filter((m) => result && (result.directed || !m.directedOnly));

  return (
    <aside className="panel" aria-label={`Details of ${actor.label}`} data-testid="person-panel">
      <header>
        {colours ? <span className="swatch big" style={{ background: colours.colourOf(actor) }} /> : null}
        <h2 data-testid="person-name">{actor.label}</h2>
        <button className="close" onClick={() => select(null)} aria-label="Close">×</button>
      </header>
      <div className="panel-actions">
        <button onClick={() => setScreen('map')} className="link">Show on map</button>
        <button onClick={() => void focusOnEgo(actor.id)} className="link" data-testid="focus-ego">Show their own network</button>
      </div>
      <h3>About</h3>
      <table className="kv">
        <tbody>
          {pseudonymous ? null : <tr><th>Id</th><td>{actor.id}</td></tr>}
          {dataset.attributes.map((a) => (
            <tr key={a.key}><th>{a.key}</th><td className={actor.attributes[a.key] == null ? 'missing' : ''}>{formatValue(actor.attributes[a.key] ?? null)}</td></tr>
          ))}
        </tbody>
      </table>
      <h3>Position in the network</h3>
      {result && index >= 0 ? <MetricList specs={metrics.filter((m) => !m.needsGroups)} values={result.metrics} index={index} /> : <p className="hint">Measuring…</p>}
      {result && index >= 0 && boundary ? (
        <>
          <h3>Across the boundary: {boundary}</h3>
          <MetricList specs={metrics.filter((m) => m.needsGroups)} values={result.metrics} index={index} />
        </>
      ) : null}
      {dataset.waves.length > 1 ? <Trajectory id={actor.id} /> : null}
      <h3>Tied to {ties.length === 1 ? '1 person' : `${ties.length} people`} in this view</h3>
      {ties.length === 0 ? <p className="hint">No ties in this view.</p> : (
        <ul className="ties" data-testid="person-ties">
          {ties.map((t) => (
            <li key={t.other}>
              <button className="link" onClick={() => select(t.other)}>{labels.get(t.other) ?? t.other}</button>
              <span className="tie-meta">
                {{ sent: 'named by them', received: 'named them', both: 'tie', mutual: 'named each other' }[t.direction]}
                {t.types.length ? ` · ${t.types.map((x) => (x === NO_TYPE ? 'no type' : x)).join(', ')}` : ''}
                {Number.isNaN(t.strength) ? '' : ` · strength ${formatNumber(t.strength)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

function MetricList({ specs, values, index }: { specs: NodeMetricSpec[]; values: NodeMetrics; index: number }) {
  return (
    <dl className="metrics">
      {specs.map((m) => (
        <div key={m.id} className={m.brokerageRole ? 'role' : ''}>
          <dt>{m.label}</dt>
          <dd>{formatMetric(values[m.id][index], m.format)}</dd>
          <dd className="explain">{m.explain}</dd>
        </div>
      ))}
    </dl>
  );
}
