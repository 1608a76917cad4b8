/**
 * The analysis worker's side of workspaces: opening a saved one or a `.kith.json` file,
 * saving, and writing the file. Here rather than on the page because the dataset is the
 * large part: parsing, checking, storing and serialising it would hold the page's thread,
 * and the worker needs the dataset anyway to measure it.
 */
import type { Dataset } from '../core/model/types.ts';
import type { Workspace } from '../core/workspace/types.ts';
import { workspaceFromImport } from '../core/workspace/defaults.ts';
import { readStoredWorkspace, readWorkspaceFile, workspaceFileText } from '../core/workspace/file.ts';
import { CURRENT_SCHEMA_VERSION } from '../core/workspace/migrate.ts';
import type { AnalysisReply, AnalysisRequest, PackedWorkspace, WorkspaceRequest } from './protocol.ts';
import { packDataset } from './tie-columns.ts';
import { loadDataset, loadWorkspace, saveWholeWorkspace, setCurrentWorkspace } from './workspace-db.ts';

const WORKSPACE_TYPES = new Set<string>(['openWorkspace', 'openWorkspaceFile', 'saveWorkspace', 'exportWorkspace', 'crashForTest']);

export function isWorkspaceRequest(req: AnalysisRequest): req is WorkspaceRequest {
  return WORKSPACE_TYPES.has(req.type);
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Saves a fresh import as a new workspace; the import stands even if saving fails. */
export async function saveImport(workspaceId: string, dataset: Dataset): Promise<string | null> {
  try {
    await saveWholeWorkspace(workspaceId, workspaceFromImport(dataset));
    return null;
  } catch (err) {
    return message(err);
  }
}

let crashArmed = false;

/**
 * Browser tests only (armed by 'crashForTest'): the analysis dies as an exhausted memory
 * does, with an error no handler catches, so the page sees the worker fail and replaces it.
 */
export function crashIfArmedForTest(): boolean {
  if (!crashArmed) return false;
  crashArmed = false;
  setTimeout(() => { throw new RangeError('Array buffer allocation failed (a test made the analysis worker run out of memory)'); });
  return true;
}

/** The workspace with its ties in columns: 600,000 tie objects took the page seconds to receive. */
function packWorkspace(ws: Workspace): { workspace: PackedWorkspace; transfer: ArrayBuffer[] } {
  const { dataset, ...rest } = ws;
  const { packed, transfer } = packDataset(dataset);
  return { workspace: { ...rest, packed }, transfer };
}

type Hold = (datasetKey: string, dataset: Dataset) => void;
type Reply = (msg: AnalysisReply, transfer?: Transferable[]) => void;

export async function handleWorkspaceRequest(req: WorkspaceRequest, hold: Hold, reply: Reply): Promise<void> {
  if (req.type === 'crashForTest') {
    crashArmed = true;
    reply({ type: 'done', id: req.id });
    return;
  }
  if (req.type === 'openWorkspace') {
    const stored = await loadWorkspace(req.workspaceId);
    if (!stored) {
      reply({ type: 'workspace', id: req.id, workspace: null, workspaceId: null, fromVersion: CURRENT_SCHEMA_VERSION });
      return;
    }
    const read = readStoredWorkspace(stored.summary.name, stored.schemaVersion, stored.state, stored.dataset);
    if (!read.ok) throw new Error(`The saved workspace “${stored.summary.name}” could not be opened. ${read.error}`);
    const ws = read.workspace;
    // A workspace saved by an older Kith is stored again at the current version, whole.
    if (read.fromVersion < CURRENT_SCHEMA_VERSION) await saveWholeWorkspace(stored.summary.id, ws);
    else await setCurrentWorkspace(stored.summary.id);
    hold(req.datasetKey, ws.dataset);
    const { workspace, transfer } = packWorkspace(ws);
    reply({ type: 'workspace', id: req.id, workspace, workspaceId: stored.summary.id, fromVersion: read.fromVersion }, transfer);
    return;
  }
  if (req.type === 'openWorkspaceFile') {
    const read = readWorkspaceFile(await req.file.text());
    if (!read.ok) throw new Error(read.error);
    const ws = read.workspace;
    let saveError: string | null = null;
    try { await saveWholeWorkspace(req.workspaceId, ws); } catch (err) { saveError = message(err); }
    hold(req.datasetKey, ws.dataset);
    const { workspace, transfer } = packWorkspace(ws);
    reply({ type: 'workspace', id: req.id, workspace, workspaceId: req.workspaceId, fromVersion: read.fromVersion, saveError }, transfer);
    return;
  }
  if (req.type === 'saveWorkspace') {
    await saveWholeWorkspace(req.workspaceId, req.workspace);
    reply({ type: 'done', id: req.id });
    return;
  }
  const dataset = req.dataset ?? (req.workspaceId ? await loadDataset(req.workspaceId) : null);
  if (!dataset) throw new Error('This workspace’s data is not saved in this browser, so it cannot be written to a file.');
  const text = workspaceFileText({ name: req.name, dataset, ...req.state });
  reply({ type: 'workspaceFile', id: req.id, file: new Blob([text], { type: 'application/json' }) });
}
