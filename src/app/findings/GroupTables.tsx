/**
 * The tables behind the findings: organisations that span the boundary, how many people each
 * pair of groups hangs on, and which organisations have no tie to a chosen group. Tables,
 * not rankings of people: they describe organisations and pairs of groups.
 */
import { useState } from 'react';
import type { FindingsReport } from '../../core/findings/all.ts';
import { focusOn } from '../state/actions.ts';

export function OrganisationSpanning({ report }: { report: FindingsReport }) {
  if (report.organisations.length === 0) return null;
  return (
    <details className="group-table" data-testid="organisation-spanning">
      <summary>Organisations that reach across the boundary ({report.organisations.length})</summary>
      <table>
        <thead><tr><th>Organisation</th><th>Reaches</th><th>Ties across</th><th>Carried by</th></tr></thead>
        <tbody>
          {report.organisations.map((o) => (
            <tr key={o.organisation}>
              <td>{o.organisation}</td>
              <td>{o.reaches.join(', ')}</td>
              <td className="num">{o.crossTies}</td>
              <td>
                <button className="link" onClick={() => focusOn({ title: `${o.organisation}: its ties across the boundary`, nodes: o.carriers.map((c) => c.id), edges: o.edges })}>
                  {o.carriers.length === 1 ? '1 person' : `${o.carriers.length} people`}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export function BusFactorTable({ report }: { report: FindingsReport }) {
  if (report.busFactor.length === 0) return null;
  const pairs = [...report.busFactor].sort((a, b) => a.busFactor - b.busFactor || a.ties - b.ties);
  return (
    <details className="group-table" data-testid="bus-factor">
      <summary>How many people each pair of groups depends on ({pairs.length} pairs)</summary>
      <p className="hint">The fewest people whose departure would leave the two groups with no direct tie. 1 means everything rests on one person.</p>
      <table>
        <thead><tr><th>Groups</th><th>Ties</th><th>People carrying them</th><th>Rests on</th></tr></thead>
        <tbody>
          {pairs.map((p) => (
            <tr key={p.groups.join('|')}>
              <td>{p.groups[0]} and {p.groups[1]}</td>
              <td className="num">{p.ties}</td>
              <td className="num">{p.carriers}</td>
              <td className="num">{p.busFactor === 1 ? '1 person' : `${p.busFactor} people`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export function WithoutTie({ report, boundary }: { report: FindingsReport; boundary: string | null }) {
  const [group, setGroup] = useState(report.withoutTie[0]?.sector ?? '');
  if (report.withoutTie.length === 0) return null;
  const chosen = report.withoutTie.find((w) => w.sector === group) ?? report.withoutTie[0];
  if (!chosen) return null;
  return (
    <div className="group-table" data-testid="without-tie">
      <label>Organisations with no tie to{' '}
        <select value={chosen.sector} onChange={(e) => setGroup(e.target.value)} aria-label={`Choose a ${boundary ?? 'group'}`}>
          {report.withoutTie.map((w) => <option key={w.sector} value={w.sector}>{w.sector}</option>)}
        </select>
      </label>
      <p>
        {chosen.organisations.length === 0
          ? `Every organisation has at least one person tied to ${chosen.sector}.`
          : `${chosen.organisations.length} of ${chosen.considered} organisations have nobody tied to anyone in ${chosen.sector}: ${chosen.organisations.map((o) => o.organisation).join('; ')}.`}
      </p>
    </div>
  );
}
