/**
 * Workspace schema versions and the migrations between them.
 *
 * Version 1 is the first. To add version 2: bump CURRENT_SCHEMA_VERSION, add one function
 * `1 -> 2` to MIGRATIONS that turns a version-1 workspace into a version-2 one, change
 * types.ts and validate.ts, and add a fixture `test/fixtures/workspace/v2-….kith.json`. The
 * tests then run every fixture of every earlier version through to the current one; old
 * fixtures are never edited, because users' files of that version exist.
 */
import { WorkspaceFileError, type JsonObject } from './check.ts';

export const CURRENT_SCHEMA_VERSION = 1;

/** Turns the `workspace` of a version-N document into version N+1 (pure, on plain JSON). */
export type Migration = (workspace: JsonObject) => JsonObject;

/** MIGRATIONS.get(n) migrates version n to n+1. Empty while there is only version 1. */
export const MIGRATIONS: ReadonlyMap<number, Migration> = new Map<number, Migration>([]);

export interface Migrated {
  workspace: JsonObject;
  /** The version the document was written in. */
  fromVersion: number;
}

/**
 * Runs a document's workspace from its version up to `current`, one step at a time. The
 * registry and target are parameters so that tests can check the chaining itself.
 */
export function migrateWorkspace(
  version: unknown, workspace: JsonObject,
  migrations: ReadonlyMap<number, Migration> = MIGRATIONS, current: number = CURRENT_SCHEMA_VERSION,
): Migrated {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new WorkspaceFileError('schemaVersion', `expected a whole number from 1 up, found ${JSON.stringify(version) ?? 'nothing'}`);
  }
  if (version > current) {
    throw new WorkspaceFileError('schemaVersion', `the file was saved by a newer version of Kith (workspace version ${version}; this Kith reads up to ${current}). Update Kith to open it`);
  }
  let ws = workspace;
  for (let v = version; v < current; v++) {
    const step = migrations.get(v);
    if (!step) throw new WorkspaceFileError('schemaVersion', `Kith has no way to update a version ${v} workspace to version ${v + 1}`);
    ws = step(ws);
  }
  return { workspace: ws, fromVersion: version };
}
