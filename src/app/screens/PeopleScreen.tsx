/**
 * Everyone in a sortable table of attributes and metrics: the same people, the same view
 * and the same selection as the map, so the map is never the only way in. Rows are drawn
 * only where they are visible, so the table stays quick on large networks.
 */
import { useMemo, useState } from 'react';
import { formatValue } from '../../core/import/attributes.ts';
import { nodeMetricRegistry, type NodeMetricId, type NodeMetricSpec } from '../../core/metrics/registry.ts';
import type { Dataset } from '../../core/model/types.ts';
import { peopleTableCsv, tiesTableCsv } from '../../core/export/tables.ts';
import { download } from '../download.ts';
import { formatMetric, plural } from '../format.ts';
import type { ColourScale } from '../../core/view/encodings.ts';
import { select } from '../state/actions.ts';
import { useAppState } from '../state/store.ts';
import { GroupLevelTable } from './GroupLevelTable.tsx';

const ROW_HEIGHT = 30;

type Column =
  | { kind: 'name'; key: 'name'; label: string }
  | { kind: 'attribute'; key: string; label: string }
  | { kind: 'metric'; key: NodeMetricId; label: string; explain: string; format: NodeMetricSpec['format'] };

/**
 * One collator for every comparison: localeCompare with options builds its rules on each
 * call, and sorting 20,000 people by sector took two thirds of a second.
 */
const byText = new Intl.Collator('en-GB', { numeric: true });

export function PeopleScreen({ dataset, colours, hidden }: { dataset: Dataset; colours: ColourScale; hidden: Set<string> }) {
  const result = useAppState((s) => s.analysis.result);
  const selected = useAppState((s) => s.selected);
  const pseudonymous = useAppState((s) => s.pseudonymous);
  const [sort, setSort] = useState<{ key: string; desc: boolean }>({ key: 'name', desc: false });
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  /** 'people', or an attribute whose groups (organisations, say) are shown as actors. */
  const [level, setLevel] = useState('people');
  const levels = dataset.attributes.filter((a) => a.kind === 'categorical' && (a.categories?.length ?? 0) >= 2);

  const columns = useMemo((): Column[] => [
    { kind: 'name', key: 'name', label: 'Name' },
    ...dataset.attributes.filter((a) => a.kind !== 'text').map((a): Column => ({ kind: 'attribute', key: a.key, label: a.key })),
    ...nodeMetricRegistry.filter((m) => result && (result.directed || !m.directedOnly))
      .map((m): Column => ({ kind: 'metric', key: m.id, label: m.label, explain: m.explain, format: m.format })),
  ], [dataset, result]);

  const index = useMemo(() => new Map(result?.ids.map((id, i) => [id, i]) ?? []), [result]);
  const rows = useMemo(() => {
    const col = columns.find((c) => c.key === sort.key) ?? columns[0];
    const visible = dataset.actors.filter((a) => !hidden.has(a.id));
    const value = (a: (typeof visible)[number]): string | number | null => {
      if (!col || col.kind === 'name') return a.label;
      if (col.kind === 'metric') return result?.metrics[col.key][index.get(a.id) ?? -1] ?? null;
      const v = a.attributes[col.key] ?? null;
      return typeof v === 'boolean' ? Number(v) : v;
    };
    const keyed = visible.map((a) => ({ a, v: value(a) }));
    keyed.sort((x, y) => {
      // Missing values sort last whichever the direction.
      if (x.v === null || y.v === null) return x.v === null ? (y.v === null ? 0 : 1) : -1;
      const c = typeof x.v === 'number' && typeof y.v === 'number' ? x.v - y.v : byText.compare(String(x.v), String(y.v));
      return sort.desc ? -c : c;
    });
    return keyed.map((k) => k.a);
  }, [dataset, hidden, columns, sort, result, index]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - 5);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + 5);

  return (
    <div className="people-screen">
      <div className="table-actions">
        <label>Show{' '}
          <select value={level} onChange={(e) => setLevel(e.target.value)} data-testid="level-select"
            title="People, or the network of their organisations (or any groups), measured the same way">
            <option value="people">people</option>
            {levels.map((a) => <option key={a.key} value={a.key}>the network of each {a.key}</option>)}
          </select>
        </label>
        {result && level === 'people' ? (
          <>
            <button onClick={() => download('kith-people.csv', peopleTableCsv(dataset, result, { bom: true, pseudonymous }))} data-testid="export-people">Download people (CSV)</button>
            <button onClick={() => download('kith-ties.csv', tiesTableCsv(result, { bom: true, pseudonymous, dataset }))} data-testid="export-ties">Download ties (CSV)</button>
          </>
        ) : null}
        {level === 'people' ? <span className="hint">Every attribute and metric at full precision; files are made here, nothing is uploaded.</span> : null}
      </div>
      {level !== 'people' ? <GroupLevelTable dataset={dataset} attribute={level} /> : null}
      {level === 'people' ? (<>
      <p className="table-caption" data-testid="people-caption">
        {plural(rows.length, 'person', 'people')}{hidden.size > 0 ? ` shown; ${hidden.size} hidden by the filters on the left` : ''}. Click a column to sort; click a person for details.
      </p>
      <div className="table-scroll" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        ref={(el) => { if (el && el.clientHeight !== height) setHeight(el.clientHeight); }}>
        <table className="people" data-testid="people-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} title={c.kind === 'metric' ? c.explain : undefined} aria-sort={sort.key === c.key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
                  <button onClick={() => setSort((s) => ({ key: c.key, desc: s.key === c.key ? !s.desc : c.kind === 'metric' }))}>
                    {c.label}{sort.key === c.key ? (sort.desc ? ' ▼' : ' ▲') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr style={{ height: first * ROW_HEIGHT }} aria-hidden="true" />
            {rows.slice(first, last).map((a) => {
              const i = index.get(a.id) ?? -1;
              return (
                <tr key={a.id} className={a.id === selected ? 'selected' : ''} onClick={() => select(a.id)} style={{ height: ROW_HEIGHT }}>
                  {columns.map((c) => {
                    if (c.kind === 'name') {
                      return <td key="name"><span className="swatch" style={{ background: colours.colourOf(a) }} />{a.label}</td>;
                    }
                    if (c.kind === 'attribute') {
                      const v = a.attributes[c.key] ?? null;
                      return <td key={c.key} className={v === null ? 'missing' : ''}>{formatValue(v)}</td>;
                    }
                    const v = result?.metrics[c.key][i];
                    return <td key={c.key} className="num">{formatMetric(v, c.format)}</td>;
                  })}
                </tr>
              );
            })}
            <tr style={{ height: (rows.length - last) * ROW_HEIGHT }} aria-hidden="true" />
          </tbody>
        </table>
      </div>
      </>) : null}
    </div>
  );
}
