/**
 * The app's one store. State is split as STYLE.md asks: what was imported (dataset), the
 * choices (view, display, selection, screen) and what is derived from them (analysis,
 * layout), which only the actions in actions.ts write. Updates are plain functions from
 * state to state; React reads it through useSyncExternalStore.
 */
import { useSyncExternalStore } from 'react';
import type { AnalysisResult } from '../../core/analyse.ts';
import type { FindingsReport } from '../../core/findings/all.ts';
import type { ChangeOverlay } from '../../core/view/encodings.ts';
import type { NodeMetricSpec } from '../../core/metrics/registry.ts';
import { pseudonymise } from '../../core/model/pseudonymise.ts';
import type { Annotation, Dataset, ImportReport } from '../../core/model/types.ts';
import type { NetworkView } from '../../core/view/view.ts';
import type { WorkspaceAlias, WorkspaceRecipe, WorkspaceSummary } from '../../core/workspace/types.ts';

export type Screen = 'map' | 'people' | 'findings' | 'change' | 'health' | 'report' | 'data';

/** People and ties a finding points at, highlighted on the map with everything else faded. */
export interface Focus {
  title: string;
  /** Sentences explaining what is shown (a person's brokerage, say). */
  notes?: string[];
  nodes: string[];
  edges: [string, string][];
}

export interface Display {
  /** Attribute that colours the map and defines the legend; null for a single colour. */
  colourBy: string | null;
  sizeBy: NodeMetricSpec['id'] | null;
  /** Attribute values hidden from the map and the table, by attribute. */
  hidden: Record<string, string[]>;
}

export interface Task {
  status: 'idle' | 'running' | 'done' | 'error' | 'cancelled';
  fraction: number;
  step: string;
  error: string | null;
}

/** Where the workspace is saved in this browser and how saving goes (src/app/workspace/). */
export interface WorkspaceInfo {
  /** Its id in the browser's store; null while nothing is saved (the sample, unchanged). */
  id: string | null;
  /** The name the user knows it by (the import's name until renamed). */
  name: string;
  save: 'unsaved' | 'saving' | 'saved' | 'error';
  error: string | null;
  /** What happened to the last workspace action the user asked for (a file refused, say). */
  notice: { kind: 'error' | 'info'; text: string } | null;
  /** Every saved workspace, for the Workspaces menu. */
  list: WorkspaceSummary[];
}

export interface AppState {
  dataset: Dataset | null;
  /** Changes with every import, so workers know when to be sent the dataset again. */
  datasetKey: string;
  isSample: boolean;
  /** Show stable codes instead of names everywhere. */
  pseudonymous: boolean;
  view: NetworkView | null;
  display: Display;
  analysis: Task & { result: AnalysisResult | null };
  findings: Task & { report: FindingsReport | null };
  layout: Task & { positions: Map<string, { x: number; y: number }> | null; version: number };
  selected: string | null;
  focus: Focus | null;
  /** The map shows two waves' ties coloured by how they changed (the Change screen sets it). */
  changeMap: ChangeOverlay | null;
  /** Notes between waves; kept with the workspace. */
  annotations: Annotation[];
  /** Other names people go by, resolved to ids; kept with the workspace (for the import work). */
  aliases: WorkspaceAlias[];
  /** Saved ways of reading files; kept with the workspace (for the import work). */
  recipes: WorkspaceRecipe[];
  workspace: WorkspaceInfo;
  screen: Screen;
  importOpen: boolean;
  importTask: Task & { reports: ImportReport[] | null; replaced: boolean };
}

const idleTask: Task = { status: 'idle', fraction: 0, step: '', error: null };

export const initialState: AppState = {
  dataset: null,
  datasetKey: '',
  isSample: false,
  pseudonymous: false,
  view: null,
  display: { colourBy: null, sizeBy: 'degree', hidden: {} },
  analysis: { ...idleTask, result: null },
  findings: { ...idleTask, report: null },
  layout: { ...idleTask, positions: null, version: 0 },
  selected: null,
  focus: null,
  changeMap: null,
  annotations: [],
  aliases: [],
  recipes: [],
  workspace: { id: null, name: '', save: 'unsaved', error: null, notice: null, list: [] },
  screen: 'map',
  importOpen: false,
  importTask: { ...idleTask, reports: null, replaced: false },
};

type Listener = () => void;

export class Store {
  private state: AppState = initialState;
  private listeners = new Set<Listener>();

  get = (): AppState => this.state;

  update = (fn: (s: AppState) => AppState): void => {
    const next = fn(this.state);
    if (next === this.state) return;
    this.state = next;
    for (const l of this.listeners) l();
  };

  subscribe = (l: Listener): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
}

export const store = new Store();

export function useAppState<T>(select: (s: AppState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

let pseudonymised: { source: Dataset; shown: Dataset } | null = null;

/** The dataset as the screens show it: with codes for names when pseudonymous (cached). */
export function shownDataset(s: AppState): Dataset | null {
  if (!s.dataset || !s.pseudonymous) return s.dataset;
  if (pseudonymised?.source !== s.dataset) pseudonymised = { source: s.dataset, shown: pseudonymise(s.dataset) };
  return pseudonymised.shown;
}
