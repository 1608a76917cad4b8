/**
 * Importing files: drop or pick them, check what each was recognised as (and change it),
 * import, then read what happened to every row. The current data is replaced only when the
 * import produced people.
 */
import { useMemo, useState } from 'react';
import type { Alias } from '../../core/import/matching.ts';
import type { SurveyPlan } from '../../core/model/types.ts';
import { MappingStep } from './MappingStep.tsx';
import { sniffBytes } from '../../core/import/input.ts';
import type { FileRole } from '../../core/model/types.ts';
import { cancelImport, importFiles, setImportOpen, sniffWorkbook } from '../state/actions.ts';
import { useAppState } from '../state/store.ts';
import { ImportSummary } from './ImportSummary.tsx';

interface Chosen {
  name: string; bytes: ArrayBuffer; role: FileRole | null; headers: string[]; error: string | null; wave: string; workbook: boolean; plan?: SurveyPlan;
  /** A workbook's sheets (read in the worker) and the one chosen. */
  sheets?: string[]; sheet?: string;
}

const ROLES: { id: FileRole; label: string }[] = [
  { id: 'people', label: 'People (one row a person)' },
  { id: 'ties', label: 'Ties (source, target, type, strength, wave)' },
  { id: 'respondents', label: 'Respondents (wave, id)' },
  { id: 'attendance', label: 'Attendance (person, meeting, date, wave)' },
  { id: 'survey', label: 'Survey export (a row a respondent)' },
];

export function ImportDialog() {
  const task = useAppState((s) => s.importTask);
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const [dragging, setDragging] = useState(false);
  const [aliases, setAliases] = useState<Alias[]>([]);
  const inputs = useMemo(() => chosen.map((c) => ({ name: c.name, text: '', bytes: c.bytes, ...(c.role ? { role: c.role } : {}),
    ...(c.wave.trim() ? { wave: c.wave.trim() } : {}), ...(c.sheet ? { sheet: c.sheet } : {}) })), [chosen]);

  const add = async (files: FileList | null): Promise<void> => {
    if (!files) return;
    const read = await Promise.all([...files].map(async (f): Promise<Chosen> => {
      try {
        const bytes = await f.arrayBuffer();
        return { name: f.name, bytes, ...sniffBytes(bytes), wave: '' };
      } catch {
        return { name: f.name, bytes: new ArrayBuffer(0), role: null, headers: [], error: 'The file could not be read.', wave: '', workbook: false };
      }
    }));
    setChosen((c) => [...c.filter((x) => !read.some((r) => r.name === x.name)), ...read]);
    for (const r of read) if (r.workbook) readSheet(r.name, r.bytes);
  };

  /** A workbook's sheets and the headers of one, read in the worker; a new sheet needs a new mapping. */
  const readSheet = (name: string, bytes: ArrayBuffer, sheet?: string): void => {
    void sniffWorkbook(bytes, sheet).then((w) => setChosen((all) => all.map((x) => (x.name === name
      ? { ...x, headers: w.headers, role: w.role, error: w.error, sheets: w.sheets, ...(w.sheet ? { sheet: w.sheet } : {}), plan: undefined }
      : x))));
  };

  const run = (): void => {
    const name = chosen.find((c) => c.role === 'people')?.name.replace(/\.[^.]+$/, '') ?? chosen[0]?.name ?? 'Imported data';
    void importFiles(name, inputs.map((f, i) => { const plan = chosen[i]?.plan; return plan && f.role === 'survey' ? { ...f, survey: plan } : f; }), false, aliases);
  };

  const done = task.status === 'done' && task.reports;
  return (
    <div className="dialog-backdrop" role="presentation" onClick={(e) => { if (e.target === e.currentTarget) setImportOpen(false); }}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="import-title" data-testid="import-dialog">
        <header>
          <h2 id="import-title">Import your data</h2>
          <button className="close" onClick={() => setImportOpen(false)} aria-label="Close">×</button>
        </header>
        {!done ? (
          <>
            <p>
              Choose a <strong>people</strong> file (one row a person: an id or name, and any columns such as sector,
              organisation or place) and a <strong>ties</strong> file (one row a tie: source and target, and optionally
              type, strength and wave). With a ties file per survey wave, give each its wave below. A survey export (Microsoft Forms, Google
              Forms, Qualtrics, SurveyMonkey) can be dropped as it is, beside the list of people: Kith shows how it reads each column.
              CSV with commas, semicolons or tabs, or Excel workbooks (.xlsx). Your files are read in this browser and
              never leave your machine.
            </p>
            <label className={`dropzone ${dragging ? 'dragging' : ''}`}
              onDragOver={(e) => { e.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)}
              onDrop={(e) => { e.preventDefault(); setDragging(false); void add(e.dataTransfer.files); }}>
              <input type="file" multiple accept=".csv,.tsv,.txt,.xlsx,text/csv" onChange={(e) => void add(e.target.files)} data-testid="import-files" />
              <span>Drop files here, or click to choose them</span>
            </label>
            {chosen.length > 0 ? (
              <table className="chosen" data-testid="chosen-files">
                <thead><tr><th>File</th><th>Columns</th><th>Read as</th><th title="For a file per survey wave: the wave its ties belong to">Wave</th><th /></tr></thead>
                <tbody>
                  {chosen.map((c) => (
                    <tr key={c.name}>
                      <td>{c.name}</td>
                      <td className="hint">
                        {c.sheets && c.sheets.length > 1 ? (
                          <select value={c.sheet} aria-label={`Sheet of ${c.name}`} data-testid="sheet-select" onChange={(e) => readSheet(c.name, c.bytes, e.target.value)}>
                            {c.sheets.map((sh) => <option key={sh} value={sh}>Sheet: {sh}</option>)}
                          </select>
                        ) : null}
                        {c.error ?? (c.workbook && c.headers.length === 0 ? 'Excel workbook: reading its sheets…' : c.headers.join(', '))}
                      </td>
                      <td>
                        <select value={c.role ?? ''} aria-label={`What ${c.name} holds`}
                          onChange={(e) => setChosen((all) => all.map((x) => (x === c ? { ...x, role: (e.target.value || null) as FileRole | null } : x)))}>
                          <option value="">Not recognised: choose</option>
                          {ROLES.map((r) => <option key={r.id} value={r.id}>{r.label}</option>)}
                        </select>
                      </td>
                      <td>
                        {c.role === 'ties' || c.role === 'attendance' || c.role === 'survey' ? (
                          <input className="wave-input" value={c.wave} placeholder={c.headers.some((h) => /wave/i.test(h)) ? 'from its wave column' : 'e.g. Baseline'}
                            aria-label={`Wave of ${c.name}`} data-testid="file-wave"
                            onChange={(e) => setChosen((all) => all.map((x) => (x === c ? { ...x, wave: e.target.value } : x)))} />
                        ) : null}
                      </td>
                      <td><button className="link" onClick={() => setChosen((all) => all.filter((x) => x !== c))}>Remove</button></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {chosen.filter((c) => c.role === 'survey').map((c) => (
              <MappingStep key={c.name} files={inputs} target={c.name} plan={c.plan} aliases={aliases} onAliases={setAliases}
                onPlan={(plan) => setChosen((all) => all.map((x) => (x.name === c.name ? { ...x, plan } : x)))} />
            ))}
            {task.status === 'running' ? (
              <div className="import-progress" role="status" data-testid="import-progress">
                <progress value={task.fraction} max={1} />
                <span>{task.step || 'Importing'}…</span>
                <button onClick={cancelImport} data-testid="import-cancel">Stop the import</button>
              </div>
            ) : null}
            <footer>
              <button onClick={() => { cancelImport(); setImportOpen(false); }}>Cancel</button>
              <button className="primary" disabled={chosen.length === 0 || task.status === 'running'} onClick={run} data-testid="import-run">
                {task.status === 'running' ? 'Importing…' : 'Import'}
              </button>
            </footer>
            {task.status === 'error' ? <p className="fatal" role="alert">The import failed: {task.error}</p> : null}
            {task.status === 'cancelled' ? <p className="hint" role="status" data-testid="import-stopped">Import stopped. Your data is as it was.</p> : null}
          </>
        ) : (
          <>
            <p data-testid="import-outcome">{task.replaced
              ? 'Imported. The map now shows your data; here is what happened to every row.'
              : 'Nothing was imported: no people could be read from these files. Your previous data is unchanged.'}</p>
            <ImportSummary reports={task.reports ?? []} />
            <footer>
              <button className="primary" onClick={() => setImportOpen(false)} data-testid="import-close">{task.replaced ? 'Show the map' : 'Close'}</button>
            </footer>
          </>
        )}
      </div>
    </div>
  );
}
