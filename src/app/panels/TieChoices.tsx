/**
 * The finer choices of what counts as a tie: co-attendance thresholds, respondents only, and
 * how the strengths of repeated ties combine. Each changes every figure, so each says how.
 */
import { useMemo } from 'react';
import type { Dataset } from '../../core/model/types.ts';
import { respondentsOfView } from '../../core/view/respondents.ts';
import type { MergeRule, NetworkView } from '../../core/view/view.ts';
import { setView } from '../state/actions.ts';

const MERGES: { id: MergeRule; label: string }[] = [
  { id: 'max', label: 'the strongest' },
  { id: 'mean', label: 'the average' },
  { id: 'min', label: 'the weakest' },
  { id: 'sum', label: 'the total' },
];

export function CoAttendanceOptions({ view }: { view: NetworkView }) {
  if (!view.coAttendance) return null;
  const window = view.coAttendanceWindow ?? { from: null, to: null };
  const setWindow = (patch: Partial<{ from: string | null; to: string | null }>): void => {
    const next = { ...window, ...patch };
    setView({ coAttendanceWindow: next.from === null && next.to === null ? null : next });
  };
  return (
    <div className="sub-options" data-testid="co-attendance-options">
      <label className="sub-field">At least
        <input type="number" min={1} step={1} value={view.coAttendanceMin ?? 1} data-testid="co-attendance-min"
          onChange={(e) => { const n = Math.max(1, Math.round(Number(e.target.value) || 1)); setView({ coAttendanceMin: n === 1 ? null : n }); }} />
        meetings shared
      </label>
      <label className="sub-field">Meetings from
        <input type="date" value={window.from ?? ''} data-testid="co-attendance-from" onChange={(e) => setWindow({ from: e.target.value || null })} />
      </label>
      <label className="sub-field">to
        <input type="date" value={window.to ?? ''} data-testid="co-attendance-to" onChange={(e) => setWindow({ to: e.target.value || null })} />
      </label>
      <span className="hint">Meetings without a date always count.</span>
    </div>
  );
}

/** Offered only when the data say who answered; otherwise there is nobody to leave out. */
export function RespondentsChoice({ dataset, view }: { dataset: Dataset; view: NetworkView }) {
  const answered = useMemo(() => respondentsOfView(dataset, { wave: view.wave }), [dataset, view.wave]);
  if (answered === null) return null;
  return (
    <label className="check" title="Otherwise people who did not answer are included through the ties others reported to them.">
      <input type="checkbox" checked={view.respondentsOnly ?? false} data-testid="respondents-only"
        onChange={(e) => setView({ respondentsOnly: e.target.checked })} />
      Only people who answered ({answered.size} of {dataset.actors.length})
    </label>
  );
}

export function MergeChoice({ view }: { view: NetworkView }) {
  return (
    <label className="field" title="When two people are tied several times (several tie types, or both naming each other in an undirected view), the tie's strength is ...">
      Repeated ties count as
      <select value={view.merge} onChange={(e) => setView({ merge: e.target.value as MergeRule })} data-testid="merge-select">
        {MERGES.map((m) => <option key={m.id} value={m.id}>{m.label}</option>)}
      </select>
    </label>
  );
}
