/** The workspace an import starts with: the same choices the app makes on a fresh import. */
import type { Dataset } from '../model/types.ts';
import { defaultBoundary, defaultView } from '../view/view.ts';
import type { Workspace, WorkspaceState } from './types.ts';

export function defaultWorkspaceState(dataset: Dataset, isSample = false): WorkspaceState {
  return {
    view: defaultView(dataset),
    display: { colourBy: defaultBoundary(dataset), sizeBy: 'degree', hidden: {} },
    annotations: [],
    layout: [],
    pseudonymous: false,
    isSample,
    aliases: [],
    recipes: [],
  };
}

export function workspaceFromImport(dataset: Dataset, isSample = false): Workspace {
  return { name: dataset.name, dataset, ...defaultWorkspaceState(dataset, isSample) };
}
