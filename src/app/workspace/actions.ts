/**
 * What the user can do with workspaces: open the saved one on arrival, switch, rename, save
 * to a file and open one, delete one or everything. The worker opens, checks and writes the
 * data (workspace-requests.ts); these functions put the result in the store.
 */
import { CURRENT_SCHEMA_VERSION } from '../../core/workspace/migrate.ts';
import { WORKSPACE_FILE_EXTENSION, type Workspace } from '../../core/workspace/types.ts';
import { deleteEverything, deleteWorkspace, listWorkspaces, newWorkspaceId } from '../../worker/workspace-db.ts';
import { analyse, analysis, loadSample } from '../state/actions.ts';
import { initialState, store, type WorkspaceInfo } from '../state/store.ts';
import { flushSave, pauseSaving, savePending, startAutosave } from './persistence.ts';
import { newDatasetKey, withWorkspace, workspaceStateOf } from './state.ts';

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function setWorkspaceNotice(notice: WorkspaceInfo['notice']): void {
  store.update((s) => ({ ...s, workspace: { ...s.workspace, notice } }));
}

function show(ws: Workspace, id: string | null, datasetKey: string): void {
  store.update((s) => withWorkspace(s, ws, id, datasetKey));
  void analyse();
}

/** On arrival: the workspace the user last had open, else the sample. */
export async function startWorkspaces(): Promise<void> {
  startAutosave();
  exposeTestHooks();
  const key = newDatasetKey();
  try {
    const reply = await analysis.openWorkspace({ workspaceId: null }, key);
    if (reply.workspace) {
      show(reply.workspace, reply.workspaceId, key);
      return;
    }
  } catch (err) {
    setWorkspaceNotice({ kind: 'error', text: `Your saved work could not be opened: ${message(err)} The sample network is shown instead.` });
  }
  await loadSample();
}

export async function refreshWorkspaceList(): Promise<void> {
  try {
    const list = await listWorkspaces();
    store.update((s) => ({ ...s, workspace: { ...s.workspace, list } }));
  } catch {
    // Listing is a convenience: with no usable store the menu simply lists nothing.
  }
}

export async function switchWorkspace(id: string): Promise<void> {
  await flushSave();
  const key = newDatasetKey();
  try {
    const reply = await analysis.openWorkspace({ workspaceId: id }, key);
    if (reply.workspace) show(reply.workspace, reply.workspaceId, key);
    else setWorkspaceNotice({ kind: 'error', text: 'That workspace is no longer saved in this browser.' });
  } catch (err) {
    setWorkspaceNotice({ kind: 'error', text: `${message(err)} Your current workspace is unchanged.` });
  }
  void refreshWorkspaceList();
}

/** Opens a .kith.json file as a new workspace; a damaged or foreign file changes nothing. */
export async function openWorkspaceFile(file: File): Promise<void> {
  await flushSave();
  const key = newDatasetKey();
  try {
    const reply = await analysis.openWorkspace({ file, workspaceId: newWorkspaceId() }, key);
    if (!reply.workspace) return;
    show(reply.workspace, reply.workspaceId, key);
    const older = reply.fromVersion < CURRENT_SCHEMA_VERSION ? ' It was saved by an earlier version of Kith and has been brought up to date.' : '';
    const unsaved = reply.saveError ? ` It could not be saved in this browser (${reply.saveError}), so keep the file.` : '';
    store.update((s) => ({ ...s, workspace: { ...s.workspace, save: reply.saveError ? 'error' : 'saved', error: reply.saveError ?? null } }));
    setWorkspaceNotice({ kind: 'info', text: `Opened “${reply.workspace.name}” from ${file.name}.${older}${unsaved}` });
  } catch (err) {
    setWorkspaceNotice({ kind: 'error', text: `${file.name} could not be opened. ${message(err)} Your current workspace is unchanged.` });
  }
  void refreshWorkspaceList();
}

function fileName(name: string): string {
  const base = name.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').toLowerCase() || 'workspace';
  return `${base.slice(0, 60)}${WORKSPACE_FILE_EXTENSION}`;
}

/** Writes the workspace to a .kith.json file (made in the worker; nothing is uploaded). */
export async function exportWorkspaceFile(): Promise<void> {
  const s = store.get();
  const state = workspaceStateOf(s);
  if (!s.dataset || !state) return;
  // The worker reads a saved dataset itself; only an unsaved one (the sample) is sent.
  const stored = s.workspace.id !== null && s.workspace.save !== 'error';
  try {
    const blob = await analysis.exportWorkspace(s.workspace.id, s.workspace.name, state, stored ? null : s.dataset);
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName(s.workspace.name);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  } catch (err) {
    setWorkspaceNotice({ kind: 'error', text: `The workspace file could not be made: ${message(err)}` });
  }
}

/** Renames the workspace; the dataset keeps the name it was imported under (no map redrawn). */
export function renameWorkspace(name: string): void {
  const clean = name.trim();
  if (!clean) return;
  store.update((s) => (s.workspace.name !== clean ? { ...s, workspace: { ...s.workspace, name: clean } } : s));
}

/** Deletes the open workspace and opens the latest other one, or the sample. */
export async function deleteThisWorkspace(): Promise<void> {
  const { id } = store.get().workspace;
  pauseSaving(true);
  try {
    if (id) await deleteWorkspace(id);
  } catch (err) {
    setWorkspaceNotice({ kind: 'error', text: `The workspace could not be deleted: ${message(err)}` });
    pauseSaving(false);
    return;
  }
  store.update((s) => ({ ...s, workspace: { ...s.workspace, id: null, save: 'unsaved' } }));
  pauseSaving(false);
  const next = (await listWorkspaces().catch(() => []))[0];
  if (next) await switchWorkspace(next.id);
  else await loadSample();
  setWorkspaceNotice({ kind: 'info', text: 'The workspace was deleted from this browser.' });
  void refreshWorkspaceList();
}

/** Wipes everything Kith keeps in this browser and goes back to the sample. */
export async function deleteAllMyData(): Promise<void> {
  pauseSaving(true);
  try {
    await deleteEverything(() => setWorkspaceNotice({ kind: 'info', text: 'Waiting for other Kith tabs to let go of the data: close them to finish.' }));
    localStorage.clear();
    sessionStorage.clear();
  } catch (err) {
    setWorkspaceNotice({ kind: 'error', text: `Not everything could be deleted: ${message(err)}` });
    pauseSaving(false);
    return;
  }
  store.update((s) => ({ ...s, workspace: { ...initialState.workspace } }));
  await loadSample();
  pauseSaving(false);
  setWorkspaceNotice({ kind: 'info', text: 'All your data has been deleted from this browser. This is the sample network.' });
}

/**
 * A handle for browser tests (like window.kithMap): where the layout put a person, whether
 * it has settled, and the analysis worker's crash switch (see protocol.ts).
 */
function exposeTestHooks(): void {
  (window as unknown as { kithTest?: unknown }).kithTest = {
    crashAnalysisWorker: () => analysis.crashForTest(),
    position: (id: string) => store.get().layout.positions?.get(id) ?? null,
    /** The map has its layout (laid out, or restored) and every change is saved. */
    settled: () => store.get().layout.positions !== null && store.get().layout.status !== 'running' && !savePending(),
  };
}
