/**
 * The printable report: choose the wave and whether to pseudonymise, read a preview of the very
 * page that will be printed or saved, then print it (the browser's "Save as PDF" gives a clean
 * document) or download it as one HTML file. The page is built in the analysis worker; the
 * preview is a sandboxed iframe that runs no script.
 */
import { useEffect, useRef, useState } from 'react';
import type { Dataset } from '../../core/model/types.ts';
import { download } from '../download.ts';
import { loadReport } from '../state/queries.ts';
import { useAppState } from '../state/store.ts';

const POOLED = '\u0000pooled';

export function ReportScreen({ dataset }: { dataset: Dataset }) {
  const view = useAppState((s) => s.view);
  const annotations = useAppState((s) => s.annotations);
  const switchOn = useAppState((s) => s.pseudonymous);
  const layoutDone = useAppState((s) => s.layout.status !== 'running');
  const [pseudonymised, setPseudonymised] = useState(switchOn);
  const [wave, setWave] = useState<string | null>(view?.wave ?? null);
  const [page, setPage] = useState<{ html: string; pseudonymised: boolean; wave: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState('');
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    if (!view || !layoutDone) return;
    let live = true;
    setProgress('Starting');
    loadReport({ pseudonymised, wave }, (_f, step) => { if (live) setProgress(step); }).then(
      (html) => { if (live) { setPage({ html, pseudonymised, wave }); setError(null); setProgress(''); } },
      (e: unknown) => { if (live) { setError(e instanceof Error ? e.message : String(e)); setProgress(''); } },
    );
    return () => { live = false; };
  }, [view, annotations, pseudonymised, wave, layoutDone]);

  const ready = page !== null && page.pseudonymised === pseudonymised && page.wave === wave && !progress;
  const fileName = `kith-report${wave ? `-${wave.replace(/[^\w-]+/g, '-').toLowerCase()}` : ''}${pseudonymised ? '-pseudonymised' : ''}.html`;

  return (
    <div className="report-screen" data-testid="report-screen">
      <div className="report-options">
        <label className="control">Wave{' '}
          <select value={wave ?? POOLED} onChange={(e) => setWave(e.target.value === POOLED ? null : e.target.value)} data-testid="report-wave">
            {dataset.waves.map((w) => <option key={w.id} value={w.id}>{w.id}</option>)}
            <option value={POOLED}>{dataset.waves.length > 0 ? 'All waves pooled' : 'All ties'}</option>
          </select>
        </label>
        <label className="control" title="Names become stable codes; groups of fewer than 5 people are merged or withheld">
          <input type="checkbox" checked={pseudonymised} onChange={(e) => setPseudonymised(e.target.checked)} data-testid="report-pseudonymised" />
          Pseudonymise (codes for names, no group under 5 people)
        </label>
        <span className="report-actions">
          <button className="primary" disabled={!ready} onClick={() => frame.current?.contentWindow?.print()} data-testid="report-print">
            Print or save as PDF
          </button>
          <button disabled={!ready} onClick={() => page && download(fileName, page.html, 'text/html;charset=utf-8')} data-testid="report-download">
            Download HTML
          </button>
        </span>
        <span className="hint" role="status">{error ? '' : progress ? `Building the report: ${progress}…` : ready ? 'The report below is what will be printed.' : ''}</span>
      </div>
      {error ? <div className="loading" role="alert">Could not build the report: {error}</div> : null}
      {page ? (
        // No allow-scripts: nothing in the page can run. allow-same-origin lets this page ask the
        // frame to print; allow-modals lets the print dialog open.
        <iframe ref={frame} className="report-preview" title="Report preview" sandbox="allow-same-origin allow-modals" srcDoc={page.html}
          data-testid="report-preview" />
      ) : !error ? <div className="loading">Building the report… {progress}</div> : null}
    </div>
  );
}
