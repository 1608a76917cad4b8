/**
 * A workspace: everything a user would lose by closing the tab. The imported dataset (kept
 * whole, with any optional fields other parts of Kith add to it), the view and display
 * choices, notes between waves, the map's layout, the pseudonymous switch, and lists reserved
 * for the import work (name aliases and saved column recipes).
 *
 * The same shape is saved in the browser (IndexedDB) and written to a `.kith.json` file, under
 * one `schemaVersion`; a change to it goes here with a migration and a fixture (migrate.ts).
 */
import type { NodeMetricId } from '../metrics/registry.ts';
import type { Annotation, Dataset } from '../model/types.ts';
import type { NetworkView } from '../view/view.ts';

/** How the map is drawn; mirrors the app's Display (the app may add optional fields). */
export interface WorkspaceDisplay {
  colourBy: string | null;
  sizeBy: NodeMetricId | null;
  /** Attribute values hidden from the map and table, by attribute (keys come from data). */
  hidden: Record<string, string[]>;
}

/** A person's place on the map. A list, not a record keyed by id, so any id survives. */
export interface LayoutPosition {
  id: string;
  x: number;
  y: number;
}

/** Another name a person is known by in the files, resolved to their id. */
export interface WorkspaceAlias {
  name: string;
  actorId: string;
}

/** A saved way of reading a kind of file (its column mapping); its shape belongs to import. */
export interface WorkspaceRecipe {
  name: string;
  recipe: unknown;
}

export interface Workspace {
  name: string;
  dataset: Dataset;
  view: NetworkView;
  display: WorkspaceDisplay;
  annotations: Annotation[];
  /** Empty until the map has been laid out. */
  layout: LayoutPosition[];
  pseudonymous: boolean;
  /** The built-in sample (the top bar says so). */
  isSample: boolean;
  aliases: WorkspaceAlias[];
  recipes: WorkspaceRecipe[];
}

/** Everything but the dataset and the name: small, saved often (see the browser store). */
export type WorkspaceState = Omit<Workspace, 'dataset' | 'name'>;

/** What a `.kith.json` file holds. `format` tells a Kith workspace from any other JSON. */
export interface WorkspaceDocument {
  format: typeof WORKSPACE_FORMAT;
  schemaVersion: number;
  workspace: Workspace;
}

export const WORKSPACE_FORMAT = 'kith-workspace';
export const WORKSPACE_FILE_EXTENSION = '.kith.json';

export function splitWorkspace(ws: Workspace): { name: string; state: WorkspaceState; dataset: Dataset } {
  const { name, dataset, ...state } = ws;
  return { name, state, dataset };
}

/** One saved workspace as the Workspaces menu lists it (without loading its data). */
export interface WorkspaceSummary {
  id: string;
  name: string;
  people: number;
  ties: number;
  isSample: boolean;
  /** ISO times. */
  createdAt: string;
  savedAt: string;
}
