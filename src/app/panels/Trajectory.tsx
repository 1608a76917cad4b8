/** A person across the waves: ties, ties received, betweenness and groups reached. */
import { useEffect, useState } from 'react';
import type { PersonTrajectory } from '../../core/change/trends.ts';
import { formatNumber } from '../format.ts';
import { loadTrajectory } from '../state/queries.ts';
import { useAppState } from '../state/store.ts';

export function Trajectory({ id }: { id: string }) {
  const view = useAppState((s) => s.view);
  const [t, setT] = useState<PersonTrajectory | null>(null);
  useEffect(() => {
    let live = true;
    loadTrajectory(id).then((r) => { if (live) setT(r); }, () => { if (live) setT(null); });
    return () => { live = false; };
  }, [id, view]);
  if (!t || t.id !== id || t.rows.length < 2) return null;
  return (
    <>
      <h3>Across waves</h3>
      <p data-testid="trajectory-summary">{t.summary}</p>
      <table className="kv trajectory">
        <thead><tr><th>Wave</th><th>Ties</th><th>Named by</th><th>Betweenness</th><th>Groups</th></tr></thead>
        <tbody>
          {t.rows.map((r) => (
            <tr key={r.wave} className={r.answered === false ? 'missing' : ''} title={r.answered === false ? 'Did not answer this wave: only ties others reported' : undefined}>
              <td>{r.wave}{r.answered === false ? ' *' : ''}</td>
              <td className="num">{r.ties}</td>
              <td className="num">{r.received ?? '–'}</td>
              <td className="num">{formatNumber(r.betweenness)}</td>
              <td className="num">{r.groupsReached ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
