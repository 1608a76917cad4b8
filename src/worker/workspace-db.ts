/**
 * Workspaces saved in the browser, in IndexedDB through `idb` (a small, well-kept promise
 * wrapper with typed stores, transactions and version-change callbacks; idb-keyval's single
 * key-value store could not keep a workspace's parts in one transaction).
 *
 * A workspace is kept in three parts, so that each is written by whoever holds it without
 * copying the others: the summary the menu lists, the small state (view, display, notes,
 * layout) that the page saves after every change, and the dataset, which can be tens of
 * megabytes and is written by the analysis worker that already holds it, off the page's
 * thread (a structured clone of 200,000 ties would hold the page for longer than 200 ms).
 * Used by both the page and the analysis worker; nothing here touches the DOM.
 */
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Dataset } from '../core/model/types.ts';
import { CURRENT_SCHEMA_VERSION } from '../core/workspace/migrate.ts';
import { splitWorkspace, type Workspace, type WorkspaceState, type WorkspaceSummary } from '../core/workspace/types.ts';

export const KITH_DATABASE = 'kith';

interface KithDb extends DBSchema {
  summaries: { key: string; value: WorkspaceSummary };
  states: { key: string; value: { schemaVersion: number; state: WorkspaceState } };
  datasets: { key: string; value: { schemaVersion: number; dataset: Dataset } };
  /** 'current': the id of the workspace to open on the next visit. */
  meta: { key: string; value: string };
}

let connection: Promise<IDBPDatabase<KithDb>> | null = null;

function db(): Promise<IDBPDatabase<KithDb>> {
  connection ??= openDB<KithDb>(KITH_DATABASE, 1, {
    upgrade(d) {
      d.createObjectStore('summaries', { keyPath: 'id' });
      d.createObjectStore('states');
      d.createObjectStore('datasets');
      d.createObjectStore('meta');
    },
    // "Delete all my data" (from this page or another tab) must not wait on this connection.
    blocking() { void closeDatabase(); },
    terminated() { connection = null; },
  }).catch((err: unknown) => {
    connection = null;
    throw err;
  });
  return connection;
}

async function closeDatabase(): Promise<void> {
  const c = connection;
  connection = null;
  if (c) (await c.catch(() => null))?.close();
}

export function newWorkspaceId(): string {
  return `ws-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Saves every part of a workspace at once and makes it the one opened next time. */
export async function saveWholeWorkspace(id: string, ws: Workspace): Promise<void> {
  const { name, state, dataset } = splitWorkspace(ws);
  const d = await db();
  const tx = d.transaction(['summaries', 'states', 'datasets', 'meta'], 'readwrite');
  const now = new Date().toISOString();
  const before = await tx.objectStore('summaries').get(id);
  await Promise.all([
    tx.objectStore('summaries').put({ id, name, people: dataset.actors.length, ties: dataset.ties.length, isSample: ws.isSample, createdAt: before?.createdAt ?? now, savedAt: now }),
    tx.objectStore('states').put({ schemaVersion: CURRENT_SCHEMA_VERSION, state }, id),
    tx.objectStore('datasets').put({ schemaVersion: CURRENT_SCHEMA_VERSION, dataset }, id),
    tx.objectStore('meta').put(id, 'current'),
    tx.done,
  ]);
}

/** Saves the small state and the name; does nothing if the workspace was deleted meanwhile. */
export async function saveWorkspaceState(id: string, name: string, state: WorkspaceState): Promise<boolean> {
  const d = await db();
  const tx = d.transaction(['summaries', 'states'], 'readwrite');
  const summary = await tx.objectStore('summaries').get(id);
  if (!summary) { await tx.done; return false; }
  await Promise.all([
    tx.objectStore('summaries').put({ ...summary, name, isSample: state.isSample, savedAt: new Date().toISOString() }),
    tx.objectStore('states').put({ schemaVersion: CURRENT_SCHEMA_VERSION, state }, id),
    tx.done,
  ]);
  return true;
}

export interface StoredWorkspace {
  summary: WorkspaceSummary;
  schemaVersion: number;
  state: WorkspaceState;
  dataset: Dataset;
}

/** A saved workspace, or the current one (else the latest saved) when id is null. */
export async function loadWorkspace(id: string | null): Promise<StoredWorkspace | null> {
  const d = await db();
  const tx = d.transaction(['summaries', 'states', 'datasets', 'meta'], 'readonly');
  let want = id ?? await tx.objectStore('meta').get('current') ?? null;
  if (want === null || !(await tx.objectStore('summaries').getKey(want))) {
    if (id !== null) { await tx.done; return null; }
    const all = await tx.objectStore('summaries').getAll();
    want = all.sort((a, b) => b.savedAt.localeCompare(a.savedAt))[0]?.id ?? null;
    if (want === null) { await tx.done; return null; }
  }
  const [summary, state, data] = await Promise.all([
    tx.objectStore('summaries').get(want), tx.objectStore('states').get(want), tx.objectStore('datasets').get(want),
  ]);
  await tx.done;
  if (!summary || !state || !data) return null;
  // Both parts are rewritten together whenever a migration runs, so their versions agree.
  return { summary, schemaVersion: Math.min(state.schemaVersion, data.schemaVersion), state: state.state, dataset: data.dataset };
}

export async function loadDataset(id: string): Promise<Dataset | null> {
  return (await (await db()).get('datasets', id))?.dataset ?? null;
}

export async function setCurrentWorkspace(id: string): Promise<void> {
  await (await db()).put('meta', id, 'current');
}

/** Every saved workspace, the most recently saved first. */
export async function listWorkspaces(): Promise<WorkspaceSummary[]> {
  const all = await (await db()).getAll('summaries');
  return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function deleteWorkspace(id: string): Promise<void> {
  const d = await db();
  const tx = d.transaction(['summaries', 'states', 'datasets', 'meta'], 'readwrite');
  const current = await tx.objectStore('meta').get('current');
  await Promise.all([
    tx.objectStore('summaries').delete(id), tx.objectStore('states').delete(id), tx.objectStore('datasets').delete(id),
    current === id ? tx.objectStore('meta').delete('current') : Promise.resolve(),
    tx.done,
  ]);
}

/**
 * Deletes the whole database. Every open connection (this page, the workers, other tabs)
 * closes itself when asked (`blocking` above); `onBlocked` hears if one does not.
 */
export async function deleteEverything(onBlocked: () => void = () => {}): Promise<void> {
  await closeDatabase();
  await deleteDB(KITH_DATABASE, { blocked: onBlocked });
}
