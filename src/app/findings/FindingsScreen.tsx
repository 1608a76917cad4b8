/**
 * Findings: what the network means, as cards in plain words, grouped by the question they
 * answer, with the mixing heatmap, the what-if panel and the introductions to export. Each
 * card shows its evidence on the map. Everything is computed in the analysis worker from
 * core functions; this screen only renders it.
 */
import { useState } from 'react';
import { introductionsCsv } from '../../core/findings/introductions-csv.ts';
import type { Finding, FindingKind } from '../../core/findings/types.ts';
import type { Dataset } from '../../core/model/types.ts';
import { download } from '../download.ts';
import { focusOn } from '../state/actions.ts';
import { useAppState } from '../state/store.ts';
import { BusFactorTable, OrganisationSpanning, WithoutTie } from './GroupTables.tsx';
import { MixingHeatmap } from './MixingHeatmap.tsx';
import { WhatIfPanel } from './WhatIfPanel.tsx';

const SECTIONS: { kind: FindingKind; title: string; intro: string }[] = [
  { kind: 'spanner', title: 'Boundary spanners', intro: 'Who links groups that would otherwise be apart.' },
  { kind: 'silo', title: 'Silos', intro: 'Groups that keep to themselves, and pairs of groups that barely meet.' },
  { kind: 'disconnected', title: 'Disconnected partners', intro: 'People and groups at the edge, or cut off.' },
  { kind: 'risk', title: 'Key-person risk', intro: 'How much the network leans on a few people, and what it would lose if they left.' },
  { kind: 'introduction', title: 'Suggested introductions', intro: 'Specific people who could connect groups that barely meet.' },
  { kind: 'change', title: 'Change', intro: 'What changed since the previous wave.' },
];
const SHOWN = 6;

export function FindingCard({ finding }: { finding: Finding }) {
  const people = finding.evidence.nodes.length;
  return (
    <article className={`finding finding-${finding.kind}`} data-testid="finding" data-finding-id={finding.id}>
      <h3>{finding.title}</h3>
      <p>{finding.explanation}</p>
      {people > 0 ? (
        <button onClick={() => focusOn({ title: finding.title, nodes: finding.evidence.nodes, edges: finding.evidence.edges })}
          data-testid="focus-finding">
          Show on map ({people === 1 ? '1 person' : `${people} people`})
        </button>
      ) : null}
    </article>
  );
}

function Section({ title, intro, items, children }: { title: string; intro: string; items: Finding[]; children?: React.ReactNode }) {
  const [all, setAll] = useState(false);
  if (items.length === 0 && !children) return null;
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <section className="finding-section">
      <h2>{title}</h2>
      <p className="hint">{intro}</p>
      {children}
      <div className="finding-cards">{shown.map((f) => <FindingCard key={f.id} finding={f} />)}</div>
      {items.length > SHOWN ? (
        <button className="link more" onClick={() => setAll(!all)}>{all ? 'Show fewer' : `Show all ${items.length}`}</button>
      ) : null}
    </section>
  );
}

export function FindingsScreen({ dataset }: { dataset: Dataset }) {
  const findings = useAppState((s) => s.findings);
  const boundary = useAppState((s) => s.view?.boundary ?? null);
  const report = findings.report;
  if (!report) {
    if (findings.status === 'error') return <div className="loading" role="alert">Could not work out the findings: {findings.error}</div>;
    return <div className="loading">Looking for findings…</div>;
  }
  const of = (kind: FindingKind): Finding[] => report.findings.filter((f) => f.kind === kind);
  return (
    <div className="findings-screen" data-testid="findings-screen">
      <p className="hint">
        {boundary ? `Groups are by ${boundary}; change the boundary at the top to see them by another attribute. ` : 'Choose a boundary at the top (sector, organisation, …) to see findings about groups. '}
        Findings describe how the system is connected, not how well people do their jobs.
        {findings.status === 'running' ? ' Updating…' : ''}
      </p>
      {SECTIONS.map((s) => {
        if (s.kind === 'spanner') {
          return (
            <Section key={s.kind} title={s.title} intro={s.intro} items={of('spanner')}>
              <OrganisationSpanning report={report} />
            </Section>
          );
        }
        if (s.kind === 'silo') {
          return (
            <Section key={s.kind} title={s.title} intro={s.intro} items={of('silo')}>
              {report.mixing ? <MixingHeatmap mixing={report.mixing} /> : null}
              {report.communities ? <p data-testid="community-match">{report.communities}</p> : null}
            </Section>
          );
        }
        if (s.kind === 'disconnected') {
          return (
            <Section key={s.kind} title={s.title} intro={s.intro} items={of('disconnected')}>
              <WithoutTie report={report} boundary={boundary} />
            </Section>
          );
        }
        if (s.kind === 'risk') {
          return (
            <Section key={s.kind} title={s.title} intro={s.intro} items={of('risk')}>
              <WhatIfPanel dataset={dataset} />
              <BusFactorTable report={report} />
            </Section>
          );
        }
        if (s.kind === 'introduction') {
          return (
            <Section key={s.kind} title={s.title} intro={s.intro} items={of('introduction')}>
              {report.introductions.length > 0 ? (
                <button onClick={() => download('kith-introductions.csv', introductionsCsv(report.introductions))} data-testid="export-introductions">
                  Download the {report.introductions.length} introductions (CSV)
                </button>
              ) : null}
            </Section>
          );
        }
        return <Section key={s.kind} title={s.title} intro={s.intro} items={of(s.kind)} />;
      })}
    </div>
  );
}
