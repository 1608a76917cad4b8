/**
 * The Export menu in the top bar: every file Kith makes from the current view, each with a
 * line on what it is for. Large files (tables, GEXF, GraphML, the pictures) are made in the
 * analysis worker; the findings files come from the findings already found. Everything is
 * made on this computer; nothing is uploaded.
 */
import { useEffect, useRef, useState } from 'react';
import { findingsCsv } from '../../core/export/findings-csv.ts';
import type { TextFormat } from '../../core/export/files.ts';
import { introductionsCsv } from '../../core/findings/introductions-csv.ts';
import { download } from '../download.ts';
import { exportViewFile, exportViewImage } from '../state/queries.ts';
import { shownDataset, store, useAppState, type AppState } from '../state/store.ts';

interface ExportItem {
  id: string;
  label: string;
  hint: string;
  /** Why it cannot be made yet, or null when it can. */
  unavailable: (s: AppState) => string | null;
  make: (s: AppState) => Promise<void>;
}

/** A file waits for the current view: while it is measured again, the result shown is the previous view's. */
const needsAnalysis = (s: AppState): string | null =>
  (s.analysis.result && s.analysis.status !== 'running' ? null : 'Waiting for the network to be measured');
const needsLayout = (s: AppState): string | null => needsAnalysis(s) ?? (s.layout.positions ? null : 'Waiting for the map to be laid out');
/** Findings being looked for again (after names were hidden, say) are not exported in their old words. */
const needsFindings = (s: AppState): string | null =>
  (s.findings.report && s.findings.status === 'done' ? null : 'Waiting for the findings');

function fromWorker(format: TextFormat, name: string, type: string) {
  return async (): Promise<void> => download(name, await exportViewFile(format), type);
}

const EXPORT_ITEMS: ExportItem[] = [
  { id: 'people-csv', label: 'People table (CSV)', unavailable: needsAnalysis,
    hint: 'Everyone in this view with every attribute and measure, exact, for a spreadsheet.',
    make: fromWorker('people-csv', 'kith-people.csv', 'text/csv;charset=utf-8') },
  { id: 'ties-csv', label: 'Ties table (CSV)', unavailable: needsAnalysis,
    hint: 'Every tie in this view with its strength, types and direction.',
    make: fromWorker('ties-csv', 'kith-ties.csv', 'text/csv;charset=utf-8') },
  { id: 'gexf', label: 'Network for Gephi (GEXF)', unavailable: needsAnalysis,
    hint: 'The map’s people and ties with attributes, measures, colours and positions, to open in Gephi.',
    make: fromWorker('gexf', 'kith-network.gexf', 'application/gexf+xml') },
  { id: 'graphml', label: 'Network (GraphML)', unavailable: needsAnalysis,
    hint: 'The same network for yEd, Cytoscape, R (igraph) or Python (networkx).',
    make: fromWorker('graphml', 'kith-network.graphml', 'application/graphml+xml') },
  { id: 'svg', label: 'Map picture (SVG)', unavailable: needsLayout,
    hint: 'The map with its colour key, sharp at any size: for reports and print.',
    make: fromWorker('svg', 'kith-map.svg', 'image/svg+xml') },
  { id: 'png', label: 'Map picture (PNG)', unavailable: needsLayout,
    hint: 'The map with its colour key as an image, for slides and e-mail.',
    make: async () => download('kith-map.png', await exportViewImage(), 'image/png') },
  { id: 'findings-csv', label: 'Findings (CSV)', unavailable: needsFindings,
    hint: 'Every finding with the people it names and its figures, to work through or share.',
    make: async (s) => {
      const ds = shownDataset(s);
      if (ds && s.findings.report) download('kith-findings.csv', findingsCsv(s.findings.report.findings, ds, { pseudonymous: s.pseudonymous }));
    } },
  { id: 'introductions-csv', label: 'Suggested introductions (CSV)',
    unavailable: (s) => needsFindings(s) ?? (s.findings.report?.introductions.length ? null : 'No introductions are suggested for this view'),
    hint: 'Who could introduce whom across groups that barely meet, and why.',
    make: async (s) => { if (s.findings.report) download('kith-introductions.csv', introductionsCsv(s.findings.report.introductions)); } },
];

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const state = useAppState((s) => s);
  const hiddenRules = Object.values(state.display.hidden).some((v) => v.length > 0);

  useEffect(() => {
    if (!open) return undefined;
    const close = (e: Event): void => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => { document.removeEventListener('mousedown', close); document.removeEventListener('keydown', close); };
  }, [open]);

  const run = async (item: ExportItem): Promise<void> => {
    setBusy(item.id);
    setError(null);
    try {
      await item.make(store.get());
      setOpen(false);
    } catch (err) {
      setError(`Could not make the ${item.label.replace(/ \(.*\)$/, '').toLowerCase()}: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="export-menu" ref={root}>
      <button aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="export-menu">Export ▾</button>
      {open ? (
        <div className="export-list" role="menu" aria-label="Export">
          {EXPORT_ITEMS.map((item) => {
            const why = item.unavailable(state);
            return (
              <button key={item.id} role="menuitem" disabled={why !== null || busy !== null} onClick={() => void run(item)}
                data-testid={`export-${item.id}`} title={why ?? undefined}>
                <span className="export-label">{item.label}{busy === item.id ? ' · writing…' : ''}</span>
                <span className="export-hint">{why ?? item.hint}</span>
              </button>
            );
          })}
          {error ? <p className="export-error" role="alert">{error}</p> : null}
          <p className="export-note">
            Files are made on this computer; nothing is uploaded.
            {state.pseudonymous ? ' Names are hidden, so people appear by code.' : ''}
            {hiddenRules ? ' The network files and pictures leave out the people hidden on the map; the tables list everyone.' : ''}
          </p>
        </div>
      ) : null}
    </div>
  );
}
