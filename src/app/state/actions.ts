/**
 * What the user can do, as functions that update the store and drive the workers. No
 * analysis happens here: it happens in the workers, on core functions.
 */
import type { InputFile } from '../../core/import/dataset.ts';
import type { Alias } from '../../core/import/matching.ts';
import type { SurveyPreview } from '../../core/import/survey/preview.ts';
import type { WorkbookSniff } from '../../core/import/xlsx.ts';
import type { Annotation, Dataset } from '../../core/model/types.ts';
import { defaultBoundary, defaultView, type NetworkView } from '../../core/view/view.ts';
import type { Removal, RiskResult } from '../../core/findings/risk.ts';
import type { LayoutEdges } from '../../core/view/layout-edges.ts';
import { CancelledError, LayoutClient } from '../../worker/client.ts';
import type { ChangeOverlay } from '../../core/view/encodings.ts';
import { newWorkspaceId } from '../../worker/workspace-db.ts';
import { holdSavesUntil } from '../workspace/save-gate.ts';
import { store, type Display, type Focus, type Screen } from './store.ts';
import { analysis, workerData } from './worker.ts';

export { analysis };
import peopleUrl from '../../../data/sample/people.csv?url';
import tiesUrl from '../../../data/sample/ties.csv?url';
import respondentsUrl from '../../../data/sample/respondents.csv?url';
import attendanceUrl from '../../../data/sample/attendance.csv?url';

const layout = new LayoutClient();
/** Counts layout requests, so that one stopped while its ties were being pooled never starts. */
let layoutRequests = 0;
const LAYOUT_ITERATIONS = 600;

export async function loadSample(): Promise<void> {
  const files = await Promise.all(
    ([['people.csv', peopleUrl, 'people'], ['ties.csv', tiesUrl, 'ties'], ['respondents.csv', respondentsUrl, 'respondents'],
      ['attendance.csv', attendanceUrl, 'attendance']] as const).map(async ([name, url, role]): Promise<InputFile> => {
      const res = await fetch(url);
      return { name, text: await res.text(), role };
    }),
  );
  await importFiles('Sample learning system (synthetic)', files, true);
}

/**
 * Imports files; the current data is replaced only if the import produced people. A user's
 * import starts a new workspace, saved by the worker; the sample is saved once it is changed.
 */
export async function importFiles(name: string, files: InputFile[], isSample = false, aliases?: Alias[]): Promise<void> {
  store.update((s) => ({ ...s, importTask: { status: 'running', fraction: 0, step: 'Reading files', error: null, reports: null, replaced: false } }));
  let dataset: Dataset;
  // The worker keeps the dataset under this key, so the first analysis need not send it back.
  const datasetKey = `${Date.now()}-${Math.random()}`;
  const workspaceId = isSample ? null : newWorkspaceId();
  let saved: Promise<string | null> | null = null;
  try {
    const progress = (fraction: number, step: string): void =>
      store.update((s) => ({ ...s, importTask: { ...s.importTask, fraction, step } }));
    ({ dataset, saved } = await analysis.importFiles(name, files, progress,
      { key: datasetKey, ...(aliases ? { aliases } : {}), ...(workspaceId ? { saveAs: workspaceId } : {}) }));
  } catch (err) {
    if (err instanceof CancelledError) {
      store.update((s) => ({ ...s, importTask: { ...s.importTask, status: 'cancelled', fraction: 0, step: '', error: null } }));
      // Stopping the worker stopped any analysis of the data on screen too: measure it again.
      if (store.get().dataset && store.get().analysis.status !== 'done') void analyse();
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    store.update((s) => ({ ...s, importTask: { ...s.importTask, status: 'error', error: message } }));
    return;
  }
  const usable = dataset.actors.length > 0;
  store.update((s) => ({
    ...s,
    importTask: { status: 'done', fraction: 1, step: '', error: null, reports: dataset.imports, replaced: usable },
    ...(usable ? {
      dataset,
      datasetKey,
      isSample,
      view: defaultView(dataset),
      display: { colourBy: defaultBoundary(dataset), sizeBy: 'degree', hidden: {} },
      analysis: { status: 'idle', fraction: 0, step: '', error: null, result: null },
      findings: { status: 'idle', fraction: 0, step: '', error: null, report: null },
      layout: { status: 'idle', fraction: 0, step: '', error: null, positions: null, version: s.layout.version + 1 },
      selected: null,
      focus: null,
      changeMap: null,
      annotations: [],
      aliases: dataset.aliases ?? [],
      recipes: [],
      workspace: { ...s.workspace, id: workspaceId, name: dataset.name, save: saved ? 'saving' : 'unsaved', error: null, notice: null },
    } : {}),
  }));
  // The worker saves the new workspace after sending the data; the page's own saves of it
  // wait until that is done (persistence.ts), and the top bar says how it went.
  if (usable && saved) {
    holdSavesUntil(saved);
    void saved.then((error) => store.update((s) => (s.datasetKey !== datasetKey ? s
      : { ...s, workspace: { ...s.workspace, save: error ? 'error' : 'saved', error } })));
  }
  // The layout needs only the dataset, so it starts beside the analysis, not after it.
  if (usable) { void analyse(); void layoutPooled(); }
}

/** The mapping step's preview of a survey file, computed in the worker. */
export function previewSurvey(files: InputFile[], target: string, aliases: Alias[]): Promise<SurveyPreview> {
  return analysis.previewSurvey(files, target, aliases);
}

/** A workbook's sheets and headers, read in the worker. */
export function sniffWorkbook(bytes: ArrayBuffer, sheet?: string): Promise<WorkbookSniff> {
  return analysis.sniffWorkbook(bytes, sheet);
}

export function setView(patch: Partial<NetworkView>): void {
  store.update((s) => (s.view ? { ...s, view: { ...s.view, ...patch } } : s));
  void analyse();
}

export async function analyse(): Promise<void> {
  const { dataset, view, datasetKey } = workerData();
  const running = store.get().analysis;
  if (!dataset || !view) return;
  if (running.status === 'running') analysis.cancel();
  store.update((s) => ({ ...s, analysis: { ...s.analysis, status: 'running', fraction: 0, step: 'Starting', error: null } }));
  try {
    const result = await analysis.analyse(datasetKey, dataset, view, (fraction, step) =>
      store.update((s) => ({ ...s, analysis: { ...s.analysis, fraction, step } })));
    if (workerData().datasetKey !== datasetKey) return;
    store.update((s) => ({ ...s, analysis: { status: 'done', fraction: 1, step: '', error: null, result } }));
    if (!store.get().layout.positions && store.get().layout.status !== 'running') void layoutPooled();
    void findFindings();
  } catch (err) {
    if (err instanceof CancelledError) {
      store.update((s) => ({ ...s, analysis: { ...s.analysis, status: 'cancelled', step: '' } }));
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    store.update((s) => ({ ...s, analysis: { ...s.analysis, status: 'error', error: message } }));
  }
}

/** The findings of the current view, after its analysis (the worker reuses that analysis). */
async function findFindings(): Promise<void> {
  const { dataset, view, datasetKey } = workerData();
  if (!dataset || !view) return;
  store.update((s) => ({ ...s, findings: { ...s.findings, status: 'running', fraction: 0, step: 'Looking for findings', error: null } }));
  try {
    const report = await analysis.findings(datasetKey, dataset, view);
    if (store.get().view !== view) return;
    store.update((s) => ({ ...s, findings: { status: 'done', fraction: 1, step: '', error: null, report } }));
  } catch (err) {
    if (err instanceof CancelledError) return;
    const message = err instanceof Error ? err.message : String(err);
    store.update((s) => ({ ...s, findings: { ...s.findings, status: 'error', error: message } }));
  }
}

/** What the network would lose without these people (the worker reuses the analysis). */
export function whatIf(removal: Removal): Promise<RiskResult> {
  const { dataset, view, datasetKey } = workerData();
  if (!dataset || !view) return Promise.reject(new Error('No data yet'));
  return analysis.whatIf(datasetKey, dataset, view, removal);
}

/** One person's ego network, shown on the map as a focus. */
export async function focusOnEgo(person: string): Promise<void> {
  const { dataset, view, datasetKey } = workerData();
  if (!dataset || !view) return;
  const ego = await analysis.ego(datasetKey, dataset, view, person);
  if (!ego) return;
  const spans = ego.reaches.length > 0 ? [`Their contacts span ${ego.groups.length} groups: ${ego.groups.join(', ')}.`] : [];
  focusOn({
    title: `${ego.label}’s own network: ${ego.contacts.length} contacts and the ties among them`,
    notes: [...spans, ...ego.brokerage, ...ego.position],
    nodes: [ego.id, ...ego.contacts.map((c) => c.id)], edges: [...ego.ties, ...ego.contactTies],
  });
}

/** After a worker failed or was cancelled: a fresh worker, the same data, the same view. */
export function retryAnalysis(): void {
  void analyse();
}

/**
 * Stops a running import by stopping the worker (parsing cannot be interrupted otherwise);
 * the data on screen stay, and the fresh worker is sent them again when next asked.
 */
export function cancelImport(): void {
  if (store.get().importTask.status === 'running') analysis.cancel();
}

export function cancelAnalysis(): void {
  analysis.cancel();
}

/**
 * Lays out every wave and tie type pooled, once per dataset, so that people keep their place
 * whatever wave or filter is shown (a change is seen as ties appearing and fading).
 */
async function layoutPooled(): Promise<void> {
  const { dataset, view, datasetKey } = workerData();
  if (!dataset || !view) return;
  // The layout is under way from the request: its ties are pooled in the analysis worker,
  // after any analysis queued there, and "Stop layout" must be offered (and honoured) meanwhile.
  const request = ++layoutRequests;
  store.update((s) => ({ ...s, layout: { ...s.layout, status: 'running', fraction: 0, step: 'Preparing the layout', error: null } }));
  try {
    const edges = await analysis.layoutEdges(datasetKey, dataset, view);
    if (request !== layoutRequests) return;
    await layoutEdges(edges);
  } catch (err) {
    // A cancelled analysis takes the worker, and this request, with it: the layout is asked
    // for again when the next analysis is done (see analyse).
    if (err instanceof CancelledError) {
      if (request === layoutRequests) store.update((s) => ({ ...s, layout: { ...s.layout, status: 'idle', step: '' } }));
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    store.update((s) => ({ ...s, layout: { ...s.layout, status: 'error', error: message } }));
  }
}

/** Lays out the network on screen again, continuing from the current positions. */
export async function runLayout(): Promise<void> {
  const result = store.get().analysis.result;
  if (!result) return;
  await layoutEdges({ ids: result.ids, source: result.edgeSource.slice(), target: result.edgeTarget.slice(), weight: result.edgeWeight.slice() });
}

async function layoutEdges(edges: LayoutEdges): Promise<void> {
  const { datasetKey } = store.get();
  const current = store.get().layout.positions;
  const n = edges.ids.length;
  const positions = new Float32Array(2 * n);
  edges.ids.forEach((id, i) => {
    const p = current?.get(id) ?? seededPosition(i, n);
    positions[2 * i] = p.x;
    positions[2 * i + 1] = p.y;
  });
  store.update((s) => ({ ...s, layout: { ...s.layout, status: 'running', fraction: 0, step: 'Laying out', error: null } }));
  const apply = (pos: Float32Array, done: number, total: number): void => {
    if (store.get().datasetKey !== datasetKey) return;
    const map = new Map<string, { x: number; y: number }>();
    edges.ids.forEach((id, i) => map.set(id, { x: pos[2 * i] ?? 0, y: pos[2 * i + 1] ?? 0 }));
    store.update((s) => ({ ...s, layout: { ...s.layout, positions: map, fraction: done / total, version: s.layout.version + 1 } }));
  };
  try {
    await layout.run({ n, edgeSource: edges.source, edgeTarget: edges.target, edgeWeight: edges.weight, positions, iterations: LAYOUT_ITERATIONS }, apply);
    store.update((s) => ({ ...s, layout: { ...s.layout, status: 'done', step: '' } }));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    store.update((s) => ({ ...s, layout: { ...s.layout, status: 'error', error: message } }));
  }
}

export function stopLayout(): void {
  layoutRequests++;
  layout.stop();
  store.update((s) => ({ ...s, layout: { ...s.layout, status: 'done', step: '' } }));
}

/** A deterministic starting spiral, so the same data gives the same map. */
function seededPosition(i: number, n: number): { x: number; y: number } {
  const angle = i * 2.399963; // the golden angle spreads points evenly
  const r = Math.sqrt((i + 0.5) / Math.max(1, n)) * 100;
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

export function setDisplay(patch: Partial<Display>): void {
  store.update((s) => ({ ...s, display: { ...s.display, ...patch } }));
}

export function toggleHidden(attribute: string, value: string): void {
  store.update((s) => {
    const current = s.display.hidden[attribute] ?? [];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    return { ...s, display: { ...s.display, hidden: { ...s.display.hidden, [attribute]: next } } };
  });
}

/** Shows only one value of an attribute (one place, one sector), or all again with null. */
export function showOnly(attribute: string, value: string | null, all: string[]): void {
  store.update((s) => ({
    ...s,
    display: { ...s.display, hidden: { ...s.display.hidden, [attribute]: value === null ? [] : all.filter((v) => v !== value) } },
  }));
}

export function select(id: string | null): void {
  store.update((s) => (s.selected === id ? s : { ...s, selected: id }));
}

/** Shows a finding's people and ties on the map, everything else faded; null clears it. */
export function focusOn(focus: Focus | null): void {
  store.update((s) => ({ ...s, focus, ...(focus ? { screen: 'map' as const, selected: null } : {}) }));
}

/** Names replaced by stable codes everywhere (map, tables, panels, findings), or shown again. */
export function setPseudonymous(pseudonymous: boolean): void {
  store.update((s) => ({ ...s, pseudonymous }));
  // Findings are written with names; ask for them again with the names now shown.
  void findFindings();
}

/** Shows two waves' ties coloured by change on the map; null goes back to one wave. */
export function setChangeMap(changeMap: ChangeOverlay | null): void {
  store.update((s) => ({ ...s, changeMap, ...(changeMap ? { screen: 'map' as const, focus: null } : {}) }));
}

export function addAnnotation(a: Annotation): void {
  store.update((s) => ({ ...s, annotations: [...s.annotations, a] }));
}

export function removeAnnotation(index: number): void {
  store.update((s) => ({ ...s, annotations: s.annotations.filter((_, i) => i !== index) }));
}

export function setScreen(screen: Screen): void {
  store.update((s) => ({ ...s, screen }));
}

export function setImportOpen(open: boolean): void {
  store.update((s) => ({ ...s, importOpen: open, ...(open ? { importTask: { ...s.importTask, status: 'idle' as const, reports: null } } : {}) }));
}
