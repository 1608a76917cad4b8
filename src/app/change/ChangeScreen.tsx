/**
 * Change between waves, for evaluators: step through pairs of waves; read what was new, kept,
 * lost and unknown (non-response is never counted as loss); see what grew and what faded
 * across the boundary and who carried it; tie survival; the QAP test; trends across every
 * wave. "Show on the map" colours the two waves' ties by change on the stable layout.
 */
import { useEffect, useState } from 'react';
import type { ChangeReport } from '../../core/change/report.ts';
import type { Dataset } from '../../core/model/types.ts';
import { FindingCard } from '../findings/FindingsScreen.tsx';
import { formatNumber } from '../format.ts';
import { CHANGE_COLOURS } from '../../core/view/encodings.ts';
import { cancelAnalysis, setChangeMap } from '../state/actions.ts';
import { CancelledError } from '../../worker/client.ts';
import { loadChanges } from '../state/queries.ts';
import { useAppState } from '../state/store.ts';
import { Annotations } from './Annotations.tsx';
import { TrendCharts } from '../health/TrendCharts.tsx';
import { SurvivalTableView } from './SurvivalTableView.tsx';

export function ChangeScreen({ dataset }: { dataset: Dataset }) {
  const view = useAppState((s) => s.view);
  const waves = dataset.waves.map((w) => w.id);
  const [pair, setPair] = useState(0);
  const [report, setReport] = useState<ChangeReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [group, setGroup] = useState('');
  // undefined: a cohort attribute when there is one; '' : no split.
  const [split, setSplit] = useState<string | undefined>(undefined);
  const splittable = dataset.attributes.filter((a) => a.kind === 'categorical' || a.kind === 'boolean');
  const from = waves[pair];
  const to = waves[pair + 1];

  // The comparison runs in the worker with its progress (tens of seconds at 20,000 people);
  // stopping it ends the worker, as cancelling a measurement does, and it can be run again.
  const [progress, setProgress] = useState<{ fraction: number; step: string; stopped: boolean } | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (from === undefined || to === undefined || !view) return;
    let live = true;
    loadChanges(from, to, split === undefined ? undefined : split || null, (fraction, step) => { if (live) setProgress({ fraction, step, stopped: false }); }).then(
      (r) => { if (live) { setReport(r); setError(null); setProgress(null); } },
      (e: unknown) => {
        if (!live) return;
        if (e instanceof CancelledError) setProgress((p) => ({ fraction: p?.fraction ?? 0, step: '', stopped: true }));
        else setError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => { live = false; };
  }, [from, to, view, split, attempt]);

  if (waves.length < 2) return <div className="loading">These data have {waves.length === 1 ? 'one wave' : 'no waves'}: import a second wave (a wave column, or a file per wave) to see what changed.</div>;
  if (error) return <div className="loading" role="alert">Could not compare the waves: {error}</div>;
  const current = report && report.from === from && report.to === to ? report : null;
  const c = current?.counts;
  const known = dataset.waves.find((w) => w.id === to)?.respondents !== null;

  return (
    <div className="change-screen" data-testid="change-screen">
      <div className="wave-stepper">
        <button onClick={() => setPair(pair - 1)} disabled={pair === 0} aria-label="Earlier pair of waves">◀</button>
        <strong data-testid="wave-pair">{from} → {to}</strong>
        <button onClick={() => setPair(pair + 1)} disabled={pair + 2 >= waves.length} aria-label="Later pair of waves" data-testid="next-pair">▶</button>
        {current ? (
          <button className="primary" data-testid="show-change-map"
            onClick={() => setChangeMap({ from: current.from, to: current.to, ties: current.ties, side: 'both', directed: view?.direction === 'directed' })}>
            Show on the map
          </button>
        ) : null}
      </div>
      {!known ? <p className="hint">Who answered {to} is not recorded, so everyone counts as a respondent and every missing tie counts as lost.</p> : null}
      {!current || !c ? (
        progress?.stopped ? (
          <div className="loading" data-testid="change-stopped">
            Comparing the waves was stopped. <button onClick={() => { setProgress(null); setAttempt((a) => a + 1); }}>Compare again</button>
          </div>
        ) : (
          <div className="loading progress" data-testid="change-progress">
            <progress value={progress?.fraction ?? 0} max={1} /> {progress?.step || 'Comparing the waves…'}{' '}
            <button onClick={cancelAnalysis} data-testid="change-stop">Stop</button>
          </div>
        )
      ) : (
        <>
          <div className="change-counts" data-testid="change-counts">
            {(['new', 'kept', 'strengthened', 'weakened', 'lost', 'unknown'] as const).map((s) => (
              <div key={s} className="change-count" title={CHANGE_COLOURS[s].explain}>
                <span className="swatch line" style={{ background: CHANGE_COLOURS[s].colour }} /> {CHANGE_COLOURS[s].label}
                <div className="n">{c[s]}</div>
              </div>
            ))}
          </div>
          <p>
            {c.lost + c.unknown > 0 ? `Of the ${c.lost + c.unknown} ties missing at ${to}, ${c.unknown} are unknown: the people who could have reported them did not answer. They are not counted as lost. ` : ''}
            {current.membership.joined.length} people joined and {current.membership.left.length} left
            {current.membership.stoppedAnswering.length > 0 ? `; ${current.membership.stoppedAnswering.length} stopped answering but are still named by others` : ''}.
          </p>
          <PeopleList dataset={dataset} title="Joined" ids={current.membership.joined} />
          <PeopleList dataset={dataset} title="Left" ids={current.membership.left} />
          <PeopleList dataset={dataset} title="Stopped answering" ids={current.membership.stoppedAnswering} />
          <p className="hint">{current.membership.rule}</p>
          {current.findings.length > 0 ? (
            <div className="finding-cards">{current.findings.map((f) => <FindingCard key={f.id} finding={f} />)}</div>
          ) : null}
          <h2>Trends across waves</h2>
          <div data-testid="trends">
            <TrendCharts waves={current.trends.waves} lines={current.trends.series.filter((s) => s.values.some((v) => v !== null))
              .map((s) => ({ ...s, percent: /share|rate/i.test(s.id) }))} />
          </div>
          {current.trends.groups.length > 0 ? (
            <div className="group-trends">
              <label>For one group:{' '}
                <select value={group} onChange={(e) => setGroup(e.target.value)} data-testid="trend-group">
                  <option value="">Choose…</option>
                  {current.trends.groups.map((g) => <option key={g.label} value={g.label}>{g.label}</option>)}
                </select>
              </label>
              <TrendCharts waves={current.trends.waves} lines={current.trends.groups.find((g) => g.label === group)?.series ?? []} />
            </div>
          ) : null}
          <Annotations waves={current.trends.waves} />
          <h2>Did ties last?</h2>
          <label>Split by{' '}
            <select value={split ?? current.survival.split?.attribute ?? ''} onChange={(e) => setSplit(e.target.value)} data-testid="survival-split">
              <option value="">Nothing</option>
              {splittable.map((a) => <option key={a.key} value={a.key}>{a.key}</option>)}
            </select>
          </label>
          <SurvivalTableView table={current.survival} />
          <h2>Are the waves more alike than chance?</h2>
          <p data-testid="qap">{current.qap.explanation}</p>
          {current.qap.jaccard !== null ? (
            <p className="hint">Ties in both waves as a share of ties in either (Jaccard similarity): {formatNumber(current.qap.jaccard)}.</p>
          ) : null}
        </>
      )}
    </div>
  );
}

function PeopleList({ dataset, title, ids }: { dataset: Dataset; title: string; ids: string[] }) {
  if (ids.length === 0) return null;
  const labels = new Map(dataset.actors.map((a) => [a.id, a.label]));
  return (
    <details className="people-list">
      <summary>{title}: {ids.length}</summary>
      <p>{ids.map((id) => labels.get(id) ?? id).join(', ')}</p>
    </details>
  );
}
