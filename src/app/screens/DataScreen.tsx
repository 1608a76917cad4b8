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
      <h2>What happened to every row</h2>
      <ImportSummary reports={dataset.imports} />
    </div>
  );
}
