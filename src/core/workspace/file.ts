/**
 * The `.kith.json` workspace file: written as JSON, read back through the same checks
 * whether it comes from a file the user picked or from the browser's own store. Reading
 * never throws: it returns the workspace or a message saying what is wrong and where.
 */
import type { Dataset } from '../model/types.ts';
import { isObject, WorkspaceFileError } from './check.ts';
import { CURRENT_SCHEMA_VERSION, migrateWorkspace } from './migrate.ts';
import { WORKSPACE_FORMAT, type Workspace, type WorkspaceDocument, type WorkspaceState } from './types.ts';
import { validateWorkspace } from './validate.ts';

export type WorkspaceRead =
  | { ok: true; workspace: Workspace; fromVersion: number }
  | { ok: false; error: string };

export function workspaceDocument(workspace: Workspace): WorkspaceDocument {
  return { format: WORKSPACE_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, workspace };
}

/** The file's text. Compact JSON: a large network is tens of megabytes already. */
export function workspaceFileText(workspace: Workspace): string {
  return JSON.stringify(workspaceDocument(workspace));
}

const DAMAGED = 'This is not a usable Kith workspace';

/** Checks, migrates and validates a parsed document (from a file or the browser's store). */
export function readWorkspaceDocument(doc: unknown): WorkspaceRead {
  if (!isObject(doc) || doc.format !== WORKSPACE_FORMAT) {
    return { ok: false, error: `This is not a Kith workspace file: it does not say "format": "${WORKSPACE_FORMAT}". Choose a file saved from Kith's Workspaces menu (it ends in .kith.json).` };
  }
  try {
    if (!isObject(doc.workspace)) throw new WorkspaceFileError('workspace', 'the workspace is missing');
    const { workspace, fromVersion } = migrateWorkspace(doc.schemaVersion, doc.workspace);
    return { ok: true, workspace: validateWorkspace(workspace), fromVersion };
  } catch (err) {
    if (err instanceof WorkspaceFileError) return { ok: false, error: `${DAMAGED}: ${err.message}.` };
    return { ok: false, error: `${DAMAGED}: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** Reads the text of a `.kith.json` file. */
export function readWorkspaceFile(text: string): WorkspaceRead {
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ok: false, error: `This is not a Kith workspace file: it is not valid JSON (${why}). It may have been cut short or edited by hand.` };
  }
  return readWorkspaceDocument(doc);
}

/** A workspace saved in two parts (small state, large dataset) read back as one whole. */
export function readStoredWorkspace(name: string, schemaVersion: number, state: WorkspaceState, dataset: Dataset): WorkspaceRead {
  return readWorkspaceDocument({ format: WORKSPACE_FORMAT, schemaVersion, workspace: { name, ...state, dataset } });
}
