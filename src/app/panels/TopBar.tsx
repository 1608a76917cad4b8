import { nodeMetricRegistry } from '../../core/metrics/registry.ts';
import { setDisplay, setImportOpen, setPseudonymous, setView } from '../state/actions.ts';
import { useAppState } from '../state/store.ts';
import { ExportMenu } from '../export/ExportMenu.tsx';

export function TopBar() {
  const dataset = useAppState((s) => s.dataset);
  const isSample = useAppState((s) => s.isSample);
  const view = useAppState((s) => s.view);
  const display = useAppState((s) => s.display);
  const pseudonymous = useAppState((s) => s.pseudonymous);
  const directed = useAppState((s) => s.analysis.result?.directed ?? true);
  const colourable = dataset?.attributes.filter((a) => a.kind === 'categorical' || a.kind === 'boolean') ?? [];
  const sizeable = nodeMetricRegistry.filter((m) => m.sizeable && (directed || !m.directedOnly));

  return (
    <header className="topbar">
      <h1 className="brand">Kith</h1>
      <div className="workspace">
        <span className="workspace-name" title={dataset?.name}>{dataset?.name ?? 'No data yet'}</span>
        {isSample ? <span className="sample-note">You are looking at a sample network. Import your own data.</span> : null}
      </div>
      <button className="primary" onClick={() => setImportOpen(true)} data-testid="open-import">Import data</button>
      {dataset && view && dataset.waves.length > 0 ? (
        <label className="control">Wave
          <select value={view.wave ?? ''} onChange={(e) => setView({ wave: e.target.value === '' ? null : e.target.value })} data-testid="wave-select">
            {dataset.waves.map((w) => <option key={w.id} value={w.id}>{w.id}</option>)}
            <option value="">All waves pooled</option>
          </select>
        </label>
      ) : null}
      {dataset && view ? (
        <label className="control" title="The groups that matter for your question: ties across them, brokerage and silos are measured against them">Boundary
          <select value={view.boundary ?? ''} onChange={(e) => { const b = e.target.value || null; setView({ boundary: b }); setDisplay({ colourBy: b }); }} data-testid="boundary-select">
            <option value="">None</option>
            {colourable.map((a) => <option key={a.key} value={a.key}>{a.key}</option>)}
          </select>
        </label>
      ) : null}
      {dataset ? (
        <label className="control">Colour by
          <select value={display.colourBy ?? ''} onChange={(e) => setDisplay({ colourBy: e.target.value || null })} data-testid="colour-select">
            <option value="">One colour</option>
            {colourable.map((a) => <option key={a.key} value={a.key}>{a.key}</option>)}
          </select>
        </label>
      ) : null}
      {dataset ? (
        <label className="control check" title="Replace every name by a stable code, on every screen and in every finding">
          <input type="checkbox" checked={pseudonymous} onChange={(e) => setPseudonymous(e.target.checked)} data-testid="pseudonymise" />
          Hide names
        </label>
      ) : null}
      {dataset ? (
        <label className="control">Size by
          <select value={display.sizeBy ?? ''} onChange={(e) => setDisplay({ sizeBy: (e.target.value || null) as typeof display.sizeBy })} data-testid="size-select">
            <option value="">Same size</option>
            {sizeable.map((m) => <option key={m.id} value={m.id} title={m.explain}>{m.label}</option>)}
          </select>
        </label>
      ) : null}
      {dataset ? <ExportMenu /> : null}
    </header>
  );
}
