/**
 * Between the app's store and a saved workspace: what of the store is kept, and a workspace
 * put back into the store. Fields the app adds later to the view or display are filled from
 * the defaults when an older workspace lacks them.
 */
import { defaultView } from '../../core/view/view.ts';
import type { Workspace, WorkspaceState } from '../../core/workspace/types.ts';
import { initialState, type AppState } from '../state/store.ts';

/** The part of the store a workspace keeps (everything but the dataset and its name). */
export function workspaceStateOf(s: AppState): WorkspaceState | null {
  if (!s.dataset || !s.view) return null;
  const layout: WorkspaceState['layout'] = [];
  for (const [id, p] of s.layout.positions ?? []) layout.push({ id, x: p.x, y: p.y });
  return {
    view: s.view, display: s.display, annotations: s.annotations, layout, pseudonymous: s.pseudonymous,
    isSample: s.isSample, aliases: s.aliases, recipes: s.recipes,
  };
}

/** The store with a workspace opened in it; derived figures are cleared, to be measured again. */
export function withWorkspace(s: AppState, ws: Workspace, id: string | null, datasetKey: string): AppState {
  const positions = ws.layout.length > 0 ? new Map(ws.layout.map((p) => [p.id, { x: p.x, y: p.y }])) : null;
  return {
    ...s,
    dataset: ws.dataset,
    datasetKey,
    isSample: ws.isSample,
    pseudonymous: ws.pseudonymous,
    view: { ...defaultView(ws.dataset), ...ws.view },
    display: { ...initialState.display, ...ws.display },
    analysis: initialState.analysis,
    findings: initialState.findings,
    layout: { ...initialState.layout, positions, version: s.layout.version + 1 },
    selected: null,
    focus: null,
    changeMap: null,
    annotations: ws.annotations,
    aliases: ws.aliases,
    recipes: ws.recipes,
    workspace: { ...s.workspace, id, name: ws.name, save: id ? 'saved' : 'unsaved', error: null },
    importOpen: false,
  };
}

export function newDatasetKey(): string {
  return `${Date.now()}-${Math.random()}`;
}
