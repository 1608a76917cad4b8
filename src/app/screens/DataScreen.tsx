import { rejectedCount, rejectedRowsCsv } from '../../core/import/rejected-csv.ts';
import { download } from '../download.ts';
import { plural } from '../format.ts';
import { ImportSummary } from '../import/ImportSummary.tsx';
import { setImportOpen } from '../state/actions.ts';
import { useAppState } from '../state/store.ts';
import { ResponseTable } from './ResponseTable.tsx';

export function DataScreen() {
  const dataset = useAppState((s) => s.dataset);
  const boundary = useAppState((s) => s.view?.boundary ?? null);
  if (!dataset) return <div className="loading">No data yet.</div>;
  return (
    <div className="data-screen">
      <h2>{dataset.name}</h2>
      <p>
        {plural(dataset.actors.length, 'person', 'people')}, {plural(dataset.ties.length, 'reported tie')}
        {dataset.waves.length > 0 ? `, ${plural(dataset.waves.length, 'wave')} (${dataset.waves.map((w) => w.id).join(', ')})` : ''}
        {dataset.attendance.length > 0 ? `, ${plural(dataset.attendance.length, 'attendance record')}` : ''}.
      </p>
      <ResponseTable dataset={dataset} attribute={boundary} />
      <button onClick={() => setImportOpen(true)}>Import other files</button>
      {dataset.aliases && dataset.aliases.length > 0 ? (
        <p className="hint" data-testid="aliases">Names matched to people by you or a recipe: {dataset.aliases.map((a) => `“${a.name}” is ${dataset.actors.find((p) => p.id === a.actorId)?.label ?? a.actorId}`).join('; ')}.</p>
      ) : null}
      <h2>What happened to every row</h2>
      {rejectedCount(dataset.imports) > 0 || dataset.imports.some((r) => r.fatal) ? (
        <button onClick={() => download('rejected-rows.csv', rejectedRowsCsv(dataset.imports))} data-testid="download-rejected">
          Download the rejected rows (CSV)
        </button>
      ) : null}
      <ImportSummary reports={dataset.imports} />
    </div>
  );
}
