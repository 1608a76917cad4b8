/** Tie survival as a table: for ties first seen in a wave, the share still there later. */
import type { SurvivalRow, SurvivalTable } from '../../core/change/survival.ts';
import { formatNumber } from '../format.ts';

function Rows({ rows, columns, grouped }: { rows: SurvivalRow[]; columns: string[]; grouped: boolean }) {
  return (
    <>
      {rows.map((r) => (
        <tr key={`${r.firstSeen}|${r.group ?? ''}`}>
          <td>{r.firstSeen}{grouped ? ` · ${r.group ?? 'not given'}` : ''} <span className="hint">({r.ties} ties)</span></td>
          {columns.map((c, i) => {
            const cell = r.cells[i];
            if (!cell) return <td key={c} />;
            return (
              <td key={c} title={`${cell.present} still there, ${cell.lost} lost, ${cell.unknown} unknown (reporter did not answer)`}>
                {cell.share === null ? '–' : `${formatNumber(100 * cell.share)}%`}
                {cell.unknown > 0 ? <span className="hint"> ({cell.unknown} unknown)</span> : null}
              </td>
            );
          })}
        </tr>
      ))}
    </>
  );
}

export function SurvivalTableView({ table }: { table: SurvivalTable }) {
  if (table.overall.length === 0) return <p className="hint">Survival needs at least two waves.</p>;
  return (
    <>
      <p className="hint">Share of ties first seen in a wave that are still there in each later wave, among those whose fate is known.</p>
      <table className="survival" data-testid="survival">
        <thead><tr><th>First seen</th>{table.columns.map((c) => <th key={c}>{c}</th>)}</tr></thead>
        <tbody>
          <Rows rows={table.overall} columns={table.columns} grouped={false} />
          {table.split ? (
            <>
              <tr><th colSpan={table.columns.length + 1}>By {table.split.attribute} (of either person)</th></tr>
              <Rows rows={table.byGroup} columns={table.columns} grouped />
            </>
          ) : null}
        </tbody>
      </table>
    </>
  );
}
