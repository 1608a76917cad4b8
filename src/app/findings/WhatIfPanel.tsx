/**
 * Key-person risk, asked directly: remove a person, an organisation, or the top spanners,
 * and see what the network would lose. Computed in the analysis worker.
 */
import { useMemo, useState } from 'react';
import type { Removal, RiskResult } from '../../core/findings/risk.ts';
import type { Dataset } from '../../core/model/types.ts';
import { formatNumber, percent } from '../format.ts';
import { focusOn, whatIf } from '../state/actions.ts';

type Kind = 'person' | 'organisation' | 'spanners';

const byName = new Intl.Collator('en-GB');

export function WhatIfPanel({ dataset }: { dataset: Dataset }) {
  const [kind, setKind] = useState<Kind>('spanners');
  const [person, setPerson] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [k, setK] = useState(3);
  const [result, setResult] = useState<RiskResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const orgAttr = dataset.attributes.find((a) => a.key.toLowerCase() === 'organisation' || a.key.toLowerCase() === 'organization');
  // Sorted once per dataset with one collator (20,000 people sorted on every render took a while).
  const people = useMemo(() => [...dataset.actors].sort((a, b) => byName.compare(a.label, b.label)), [dataset]);

  const run = (): void => {
    const removal: Removal = kind === 'person' ? { people: person ? [person] : [] }
      : kind === 'organisation' && orgAttr ? { organisation: { attribute: orgAttr.key, value: organisation } }
      : { topSpanners: k };
    setError(null);
    whatIf(removal).then(setResult, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };

  return (
    <section className="what-if" data-testid="what-if">
      <h2>What if they left?</h2>
      <p className="hint">Take people out of the network and see what it would lose. Nothing is changed in your data.</p>
      <div className="what-if-form">
        <select value={kind} onChange={(e) => setKind(e.target.value as Kind)} aria-label="Who leaves">
          <option value="spanners">The main boundary spanners</option>
          <option value="person">One person</option>
          {orgAttr ? <option value="organisation">A whole organisation</option> : null}
        </select>
        {kind === 'person' ? (
          <select value={person} onChange={(e) => setPerson(e.target.value)} aria-label="Person" data-testid="what-if-person">
            <option value="">Choose a person</option>
            {people.map((a) => <option key={a.id} value={a.id}>{a.label}</option>)}
          </select>
        ) : null}
        {kind === 'organisation' && orgAttr ? (
          <select value={organisation} onChange={(e) => setOrganisation(e.target.value)} aria-label="Organisation">
            <option value="">Choose an organisation</option>
            {(orgAttr.categories ?? []).map((o) => <option key={o} value={o}>{o}</option>)}
          </select>
        ) : null}
        {kind === 'spanners' ? (
          <label>How many <input type="number" min={1} max={20} value={k} onChange={(e) => setK(Math.max(1, Number(e.target.value) || 1))} /></label>
        ) : null}
        <button className="primary" onClick={run} data-testid="what-if-run">Show what would be lost</button>
      </div>
      {error ? <p className="fatal" role="alert">{error}</p> : null}
      {result ? <RiskSummary result={result} /> : null}
    </section>
  );
}

function RiskSummary({ result }: { result: RiskResult }) {
  const names = result.removed.length;
  return (
    <div className="risk-result" data-testid="what-if-result">
      {result.note ? <p className="hint">{result.note}</p> : null}
      <ul>
        <li>Without {names === 1 ? 'this person' : `these ${names} people`}, the main connected group goes from {result.largestBefore} to {result.largestAfter} people
          {result.cutOff.length > 0 ? `; ${result.cutOff.length} would lose their link to it.` : '.'}</li>
        <li>Pairs of groups that would no longer have any direct tie: {result.lostGroupPairs.length === 0 ? 'none' : result.lostGroupPairs.map(([a, b]) => `${a} and ${b}`).join('; ')}.</li>
        <li>On average, people would reach {percent(result.reachAfter, 1)} of the others within two steps, against {percent(result.reachBefore, 1)} now.</li>
        {result.efficiencyAfter !== null ? (
          <li>How easily information can travel (global efficiency): {formatNumber(result.efficiencyAfter)} against {formatNumber(result.efficiencyBefore)} now.</li>
        ) : null}
      </ul>
      {result.cutOff.length + result.removed.length > 0 ? (
        <button onClick={() => focusOn({ title: `Who would be cut off if ${names === 1 ? 'this person' : `these ${names} people`} left`, nodes: [...result.removed, ...result.cutOff], edges: [] })}
          data-testid="what-if-focus">Show them on the map</button>
      ) : null}
    </div>
  );
}
