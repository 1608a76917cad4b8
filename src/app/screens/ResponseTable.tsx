/**
 * Who answered each wave, overall and by the boundary groups: low response in one group
 * makes it look cut off, so the coverage sits beside the accounting of the files.
 */
import { useMemo } from 'react';
import type { Dataset } from '../../core/model/types.ts';
import { responseRates, type ResponseCount } from '../../core/view/response.ts';

function Cell({ c }: { c: ResponseCount | null }) {
  if (c === null) return <td className="muted">not recorded</td>;
  return <td>{c.answered} of {c.people}{c.rate === null ? '' : ` (${Math.round(c.rate * 100)}%)`}</td>;
}

export function ResponseTable({ dataset, attribute }: { dataset: Dataset; attribute: string | null }) {
  const rates = useMemo(() => responseRates(dataset, attribute), [dataset, attribute]);
  if (rates.waves.length === 0) return null;
  return (
    <section className="response-rates" data-testid="response-rates">
      <h2>Who answered</h2>
      <p className="hint">People who did not answer a wave are in the network only through the ties others reported
        to them. A group that barely answered can look cut off when it is not.</p>
      <table className="plain">
        <thead>
          <tr><th scope="col">{rates.attribute ?? ''}</th>{rates.waves.map((w) => <th key={w.wave} scope="col">{w.wave}</th>)}</tr>
        </thead>
        <tbody>
          <tr className="total"><th scope="row">Everyone</th>{rates.waves.map((w) => <Cell key={w.wave} c={w.overall} />)}</tr>
          {rates.groups.map((g, i) => (
            <tr key={g}><th scope="row">{g}</th>{rates.waves.map((w) => <Cell key={w.wave} c={w.byGroup[i] ?? null} />)}</tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
