/**
 * The network one level up, measured: each organisation (or any attribute's group) as one
 * actor, tied to another by the person ties between them, with the same measures as people
 * (issue 4: roll a person network up to an organisation network and analyse it the same way).
 * The roll-up and the measures run in the analysis worker (src/core/view/level.ts).
 */
import { useEffect, useMemo, useState } from 'react';
import type { AnalysisResult } from '../../core/analyse.ts';
import { nodeMetricRegistry, type NodeMetricId } from '../../core/metrics/registry.ts';
import type { Actor, Dataset } from '../../core/model/types.ts';
import type { LevelWeight } from '../../core/view/level.ts';
import { formatMetric, plural } from '../format.ts';
import { measureLevel } from '../state/queries.ts';
import { useAppState } from '../state/store.ts';

const SHOWN: NodeMetricId[] = ['degree', 'weightedDegree', 'betweenness', 'closeness', 'eigenvector', 'constraint', 'effectiveSize', 'eiIndex'];

export function GroupLevelTable({ dataset, attribute }: { dataset: Dataset; attribute: string }) {
  const view = useAppState((s) => s.view);
  const [weight, setWeight] = useState<LevelWeight>('ties');
  const [level, setLevel] = useState<{ result: AnalysisResult; groups: Actor[] } | { error: string } | null>(null);
  const [sort, setSort] = useState<{ key: string; desc: boolean }>({ key: 'people', desc: true });

  useEffect(() => {
    let current = true;
    setLevel(null);
    measureLevel(attribute, weight).then((l) => { if (current) setLevel(l); },
      (err: unknown) => { if (current) setLevel({ error: err instanceof Error ? err.message : String(err) }); });
    return () => { current = false; };
  }, [dataset, view, attribute, weight]);

  const metrics = nodeMetricRegistry.filter((m) => SHOWN.includes(m.id) && (!level || !('result' in level) || level.result.directed || !m.directedOnly));
  const rows = useMemo(() => {
    if (!level || !('result' in level)) return [];
    const { result, groups } = level;
    const byId = new Map(groups.map((g) => [g.id, g]));
    const list = result.ids.map((id, i) => ({ id, i, people: Number(byId.get(id)?.attributes.people ?? 0), within: Number(byId.get(id)?.attributes.tiesWithin ?? 0) }));
    const value = (r: (typeof list)[number]): number | string => (sort.key === 'name' ? r.id : sort.key === 'people' ? r.people
      : sort.key === 'within' ? r.within : result.metrics[sort.key as NodeMetricId][r.i] ?? NaN);
    return list.sort((a, b) => {
      const x = value(a), y = value(b);
      const c = typeof x === 'number' && typeof y === 'number' ? (Number.isNaN(x) ? 1 : Number.isNaN(y) ? -1 : x - y) : String(x).localeCompare(String(y), 'en-GB');
      return sort.desc ? -c : c;
    });
  }, [level, sort]);

  const header = (key: string, label: string, title?: string) => (
    <th key={key} title={title}><button onClick={() => setSort((s) => ({ key, desc: s.key === key ? !s.desc : key !== 'name' }))}>{label}{sort.key === key ? (sort.desc ? ' ↓' : ' ↑') : ''}</button></th>
  );

  return (
    <div className="group-level" data-testid="group-level">
      <p className="table-caption">
        Each {attribute} is one actor here, tied to another by the ties between their people
        {' '}({view?.wave ? `wave: ${view.wave}` : 'all waves'}; the same tie choices as the people network).{' '}
        <label>A tie between two groups counts{' '}
          <select value={weight} onChange={(e) => setWeight(e.target.value as LevelWeight)} data-testid="level-weight">
            <option value="ties">how many person ties</option>
            <option value="strength">their summed strength</option>
          </select>
        </label>
      </p>
      {level === null ? <p className="loading">Measuring the network of groups…</p> : null}
      {level && 'error' in level ? <p className="fatal" role="alert">{level.error}</p> : null}
      {level && 'result' in level ? (
        <div className="table-scroll">
          <p className="table-caption" data-testid="group-level-caption">{plural(rows.length, 'group')}; {plural(level.result.edgeSource.length, 'tie')} between them.</p>
          <table className="people" data-testid="group-level-table">
            <thead><tr>
              {header('name', attribute)}{header('people', 'People')}{header('within', 'Ties within', 'Person ties with both people in this group')}
              {metrics.map((m) => header(m.id, m.label, m.explain))}
            </tr></thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{r.id}</td><td>{r.people}</td><td>{r.within}</td>
                  {metrics.map((m) => <td key={m.id}>{formatMetric(level.result.metrics[m.id][r.i], m.format)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
