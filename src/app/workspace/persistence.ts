/**
 * Saving as the user works. The page saves only the small state (view, display, notes,
 * layout: a few hundred kilobytes for 20,000 people), debounced, straight to IndexedDB; the
 * dataset was saved by the analysis worker when it was imported or opened, because a copy of
 * 200,000 ties made on this thread would hold the page for longer than 200 ms.
 *
 * The sample is not saved while it is untouched (it ships with Kith, and "Delete all my data"
 * should leave nothing behind); the first change the user makes to it (a note, a choice, a
 * new name) saves it as a workspace of its own.
 */
import { saveWorkspaceState, newWorkspaceId } from '../../worker/workspace-db.ts';
import { analysis } from '../state/actions.ts';
import { savesHeld, savesOpen } from './save-gate.ts';
import { store, type AppState } from '../state/store.ts';
import { workspaceStateOf } from './state.ts';

const DEBOUNCE_MS = 600;

/** The slices whose change is saved; the layout only once it has stopped moving. */
interface Watched {
  datasetKey: string;
  name: string;
  choices: unknown[];
  positions: AppState['layout']['positions'];
}

function watched(s: AppState, before: Watched | null): Watched {
  return {
    datasetKey: s.datasetKey,
    name: s.workspace.name,
    choices: [s.view, s.display, s.annotations, s.pseudonymous, s.aliases, s.recipes],
    positions: s.layout.status === 'running' && before ? before.positions : s.layout.positions,
  };
}

let last: Watched | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let saving: Promise<void> = Promise.resolve();
let inFlight = 0;
let paused = false;

function changed(a: Watched, b: Watched): { choices: boolean; layout: boolean } {
  return {
    choices: a.name !== b.name || a.choices.some((c, i) => c !== b.choices[i]),
    layout: a.positions !== b.positions,
  };
}

function onStoreChange(): void {
  const s = store.get();
  const now = watched(s, last);
  const before = last;
  last = now;
  // A new dataset (an import, a workspace opened) was saved whole by the worker.
  if (!before || before.datasetKey !== now.datasetKey || paused) return;
  const what = changed(before, now);
  if (!what.choices && !what.layout) return;
  if (s.workspace.id === null && !(s.isSample && what.choices)) return;
  schedule();
}

function schedule(): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => { timer = null; void saveNow(); }, DEBOUNCE_MS);
}

async function saveNow(): Promise<void> {
  const run = async (): Promise<void> => {
    await savesOpen();
    const s = store.get();
    const state = workspaceStateOf(s);
    if (!s.dataset || !state || paused) return;
    const key = s.datasetKey;
    const id = s.workspace.id ?? newWorkspaceId();
    const mark = (save: AppState['workspace']['save'], error: string | null, newId?: string): void => store.update((x) => (
      x.datasetKey !== key ? x : { ...x, workspace: { ...x.workspace, save, error, ...(newId ? { id: newId } : {}) } }));
    mark('saving', null);
    try {
      if (s.workspace.id === null) {
        // The sample, first changed: small enough to send whole from the page.
        await analysis.saveWorkspace(id, { name: s.workspace.name, dataset: s.dataset, ...state });
        mark('saved', null, id);
      } else {
        const kept = await saveWorkspaceState(id, s.workspace.name, state);
        mark(kept ? 'saved' : 'unsaved', null);
      }
    } catch (err) {
      mark('error', err instanceof Error ? err.message : String(err));
    }
  };
  inFlight++;
  saving = saving.then(run, run).finally(() => { inFlight--; });
  await saving;
}

/** Whether a change is still waiting to be saved or being saved (browser tests wait for it). */
export function savePending(): boolean {
  return timer !== null || inFlight > 0 || savesHeld();
}

/** Saves any change still waiting (before switching workspace, or leaving the page). */
export async function flushSave(): Promise<void> {
  if (timer) {
    clearTimeout(timer);
    timer = null;
    await saveNow();
  }
  await saving;
}

/** Stops saving (while everything is being deleted) or starts again. */
export function pauseSaving(pause: boolean): void {
  paused = pause;
  if (pause && timer) { clearTimeout(timer); timer = null; }
  last = watched(store.get(), null);
}

/**
 * Once something is saved, asks the browser to keep Kith's storage when it runs short of
 * space (Chromium decides silently; Firefox may ask the user). Best effort.
 */
let persistAsked = false;
function askToPersist(): void {
  if (persistAsked || store.get().workspace.save !== 'saved' || store.get().workspace.id === null) return;
  persistAsked = true;
  void navigator.storage?.persist?.().catch(() => false);
}

export function startAutosave(): () => void {
  last = watched(store.get(), null);
  const unsubscribe = store.subscribe(onStoreChange);
  const unsubscribePersist = store.subscribe(askToPersist);
  const leave = (): void => { void flushSave(); };
  const hidden = (): void => { if (document.visibilityState === 'hidden') leave(); };
  window.addEventListener('pagehide', leave);
  document.addEventListener('visibilitychange', hidden);
  return () => {
    unsubscribe();
    unsubscribePersist();
    window.removeEventListener('pagehide', leave);
    document.removeEventListener('visibilitychange', hidden);
  };
}
