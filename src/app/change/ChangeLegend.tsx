/** The key of a change map, with the before / after / both choice and a way back. */
import { CHANGE_COLOURS, type ChangeSide, type TieStatus } from '../../core/view/encodings.ts';
import { setChangeMap, setScreen } from '../state/actions.ts';
import { useAppState } from '../state/store.ts';

const ORDER: TieStatus[] = ['new', 'kept', 'strengthened', 'weakened', 'lost', 'unknown'];

export function ChangeLegend() {
  const change = useAppState((s) => s.changeMap);
  if (!change) return null;
  const counts = new Map<TieStatus, number>();
  for (const t of change.ties) counts.set(t.status, (counts.get(t.status) ?? 0) + 1);
  const side = (v: ChangeSide): void => setChangeMap({ ...change, side: v });
  return (
    <div className="change-legend" data-testid="change-legend" aria-label="Key to the change map">
      <div className="legend-title">Ties from {change.from} to {change.to}</div>
      <div className="side-toggle" role="group" aria-label="Which wave to show">
        {(['before', 'both', 'after'] as ChangeSide[]).map((v) => (
          <button key={v} className={change.side === v ? 'active' : ''} aria-pressed={change.side === v} onClick={() => side(v)} data-testid={`side-${v}`}>
            {v === 'before' ? change.from : v === 'after' ? change.to : 'Both'}
          </button>
        ))}
      </div>
      <ul>
        {ORDER.filter((s) => counts.has(s)).map((s) => (
          <li key={s} title={CHANGE_COLOURS[s].explain}>
            <span className="swatch line" style={{ background: CHANGE_COLOURS[s].colour }} />
            <span className="legend-label">{CHANGE_COLOURS[s].label}</span>
            <span className="legend-count">{counts.get(s)}</span>
          </li>
        ))}
      </ul>
      <div className="change-actions">
        <button onClick={() => setScreen('change')}>Back to changes</button>
        <button onClick={() => setChangeMap(null)} data-testid="close-change-map">Show one wave</button>
      </div>
    </div>
  );
}
