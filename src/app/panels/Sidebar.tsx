/**
 * The left-hand settings: what counts as a tie (the view, which changes every figure) and
 * who is shown (display filters, which hide people without changing the figures).
 */
import { useMemo } from 'react';
import { formatValue } from '../../core/import/attributes.ts';
import type { Dataset } from '../../core/model/types.ts';
import { LARGE_SAMPLE, NO_TYPE, type DirectionRule } from '../../core/view/view.ts';
import { setView, showOnly, toggleHidden } from '../state/actions.ts';
import { useAppState } from '../state/store.ts';
import { MapLook } from './MapLook.tsx';
import { CoAttendanceOptions, MergeChoice, RespondentsChoice } from './TieChoices.tsx';

const DIRECTIONS: { id: DirectionRule; label: string; hint: string }[] = [
  { id: 'directed', label: 'As reported', hint: 'A tie runs from the person who named to the person named.' },
  { id: 'union', label: 'Either names the other', hint: 'A tie between two people if at least one named the other.' },
  { id: 'confirmed', label: 'Both name each other', hint: 'Only ties that both people reported (confirmed ties).' },
];

/** Whether some ties have no type, and the largest strength given (0 when none). */
function tieFacts(dataset: Dataset): { untyped: boolean; maxStrength: number } {
  let untyped = false;
  let maxStrength = 0;
  for (const t of dataset.ties) {
    if (t.type === null) untyped = true;
    if (t.strength !== null && t.strength > maxStrength) maxStrength = t.strength;
  }
  return { untyped, maxStrength };
}

export function Sidebar({ dataset }: { dataset: Dataset }) {
  const view = useAppState((s) => s.view);
  const hidden = useAppState((s) => s.display.hidden);
  // Once per dataset, not on every render: 600,000 ties took this panel 50 ms a pass.
  const { untyped, maxStrength } = useMemo(() => tieFacts(dataset), [dataset]);
  if (!view) return null;
  const types = dataset.tieTypes;
  const allTypes = [...types, ...(untyped && types.length > 0 ? [NO_TYPE] : [])];
  const chosen = view.tieTypes ?? allTypes;
  const toggleType = (t: string): void => {
    const next = chosen.includes(t) ? chosen.filter((x) => x !== t) : [...chosen, t];
    setView({ tieTypes: next.length === allTypes.length ? null : next });
  };
  const filterable = dataset.attributes.filter((a) => (a.kind === 'categorical' || a.kind === 'boolean') && (a.categories?.length ?? 0) > 1);

  return (
    <aside className="sidebar" aria-label="Settings">
      <MapLook dataset={dataset} />
      <section>
        <h2>What counts as a tie</h2>
        <p className="hint">These choices change every figure.</p>
        {allTypes.length > 0 ? (
          <fieldset data-testid="tie-types">
            <legend>Tie types</legend>
            {allTypes.map((t) => (
              <label key={t} className="check">
                <input type="checkbox" checked={chosen.includes(t)} onChange={() => toggleType(t)} />
                {t === NO_TYPE ? 'No type given' : t}
              </label>
            ))}
          </fieldset>
        ) : null}
        {dataset.attendance.length > 0 ? (
          <label className="check" title="Two people are tied when they attended the same meeting; strength is the number of meetings shared.">
            <input type="checkbox" checked={view.coAttendance} onChange={(e) => setView({ coAttendance: e.target.checked })} data-testid="co-attendance" />
            Met at the same meeting
          </label>
        ) : null}
        <CoAttendanceOptions view={view} />
        <RespondentsChoice dataset={dataset} view={view} />
        <label className="field">Direction
          <select value={view.direction} onChange={(e) => setView({ direction: e.target.value as DirectionRule })} data-testid="direction-select">
            {DIRECTIONS.map((d) => <option key={d.id} value={d.id} title={d.hint}>{d.label}</option>)}
          </select>
        </label>
        {maxStrength > 0 ? (
          <label className="field">Minimum strength: <strong>{view.minStrength ?? 'any'}</strong>
            <input type="range" min={0} max={maxStrength} step={1} value={view.minStrength ?? 0} data-testid="min-strength"
              onChange={(e) => setView({ minStrength: Number(e.target.value) === 0 ? null : Number(e.target.value) })} />
            {view.minStrength !== null ? <span className="hint">Ties with no strength recorded are left out.</span> : null}
          </label>
        ) : null}
        {maxStrength > 0 ? <MergeChoice view={view} /> : null}
      </section>
      <section>
        <h2>How routes are measured</h2>
        <p className="hint">For betweenness, closeness and distances.</p>
        <label className="field">Shortest routes
          <select value={view.betweenness.weighted ? 'strength' : 'steps'} data-testid="routes-select"
            onChange={(e) => setView({ betweenness: { ...view.betweenness, weighted: e.target.value === 'strength' } })}>
            <option value="steps">Fewest steps</option>
            <option value="strength" title="A strong tie counts as a short step (length 1 / strength); for betweenness">Along the strongest ties</option>
          </select>
        </label>
        <label className="field">Precision
          <select value={view.betweenness.kind} data-testid="precision-select"
            onChange={(e) => setView({ betweenness: e.target.value === 'exact'
              ? { kind: 'exact', weighted: view.betweenness.weighted ?? false }
              : { kind: 'sampled', samples: LARGE_SAMPLE, seed: 1, weighted: view.betweenness.weighted ?? false } })}>
            <option value="exact">Exact (slow on very large networks)</option>
            <option value="sampled">Estimated from {LARGE_SAMPLE} people (fast)</option>
          </select>
        </label>
      </section>
      {filterable.length > 0 ? (
        <section>
          <h2>Who is shown</h2>
          <p className="hint">Hiding people keeps them in the figures.</p>
          {filterable.map((a) => {
            const values = a.categories ?? [];
            const withMissing = a.missing > 0 ? [...values, formatValue(null)] : values;
            const hiddenHere = hidden[a.key] ?? [];
            const only = hiddenHere.length === withMissing.length - 1 ? withMissing.find((v) => !hiddenHere.includes(v)) : undefined;
            return (
              <details key={a.key} open={hiddenHere.length > 0}>
                <summary>{a.key}{hiddenHere.length > 0 ? ` (${hiddenHere.length} hidden)` : ''}</summary>
                <label className="field">Show only
                  <select value={only ?? ''} onChange={(e) => showOnly(a.key, e.target.value || null, withMissing)} data-testid={`only-${a.key}`}>
                    <option value="">All</option>
                    {withMissing.map((v) => <option key={v} value={v}>{v}</option>)}
                  </select>
                </label>
                {withMissing.map((v) => (
                  <label key={v} className="check">
                    <input type="checkbox" checked={!hiddenHere.includes(v)} onChange={() => toggleHidden(a.key, v)} />{v}
                  </label>
                ))}
              </details>
            );
          })}
        </section>
      ) : null}
    </aside>
  );
}
