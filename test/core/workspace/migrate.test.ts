/**
 * Every workspace version Kith has written must still open. Each fixture in
 * test/fixtures/workspace/ (v<N>-….kith.json) is run through the migrations to the current
 * version and checked; a new version needs its migration and its own fixture.
 */
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../src/core/workspace/check.ts';
import { readWorkspaceFile } from '../../../src/core/workspace/file.ts';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, migrateWorkspace, type Migration } from '../../../src/core/workspace/migrate.ts';
import { workspaceFixtures } from './helpers.ts';

const fixtures = workspaceFixtures();

describe('workspace migrations', () => {
  it('has one migration from each earlier version to the next, and none beyond', () => {
    for (let v = 1; v < CURRENT_SCHEMA_VERSION; v++) expect(MIGRATIONS.has(v), `migration ${v} -> ${v + 1}`).toBe(true);
    for (const v of MIGRATIONS.keys()) expect(v).toBeLessThan(CURRENT_SCHEMA_VERSION);
  });

  it('keeps a fixture file of every version, the current one included', () => {
    const versions = new Set(fixtures.map((f) => f.version));
    for (let v = 1; v <= CURRENT_SCHEMA_VERSION; v++) expect(versions.has(v), `a v${v}-….kith.json fixture`).toBe(true);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('opens %s at the current version', (_name, f) => {
    expect(JSON.parse(f.text).schemaVersion).toBe(f.version);
    const read = readWorkspaceFile(f.text);
    if (!read.ok) throw new Error(read.error);
    expect(read.fromVersion).toBe(f.version);
    expect(read.workspace.dataset.actors.length).toBeGreaterThan(0);
  });

  it('opens the version 1 fixture with everything it holds', () => {
    const f = fixtures.find((x) => x.name === 'v1-proto-ids.kith.json');
    const read = readWorkspaceFile(f?.text ?? '');
    if (!read.ok) throw new Error(read.error);
    const ws = read.workspace;
    expect(ws.name).toBe('A version 1 workspace');
    expect(ws.dataset.actors).toHaveLength(5);
    expect(ws.dataset.ties).toHaveLength(4);
    expect(ws.dataset.waves.map((w) => w.id)).toEqual(['Baseline', 'Follow-up']);
    expect(ws.view.wave).toBe('Baseline');
    expect(ws.display).toMatchObject({ colourBy: 'constructor', sizeBy: 'betweenness' });
    expect(ws.annotations).toEqual([{ afterWave: 'Baseline', text: 'Funding for <b>the</b> programme ended' }]);
    expect(ws.layout).toHaveLength(5);
    expect(ws.layout[1]).toEqual({ id: 'constructor', x: 10.5, y: -3.25 });
    expect(ws.pseudonymous).toBe(true);
    expect(ws.aliases).toEqual([{ name: 'Pro T.', actorId: '__proto__' }]);
    expect(ws.recipes).toEqual([{ name: 'Survey export', recipe: { columns: { id: 'id', name: 'name' } } }]);
  });
});

describe('the migration chain', () => {
  // A made-up registry, to check the chaining itself without inventing history for Kith.
  const steps = new Map<number, Migration>([
    [1, (ws: JsonObject) => ({ ...ws, trail: ['1->2'] })],
    [2, (ws: JsonObject) => ({ ...ws, trail: [...(ws.trail as string[]), '2->3'] })],
  ]);

  it('runs each step in order from the file version to the current one', () => {
    expect(migrateWorkspace(1, { name: 'x' }, steps, 3)).toEqual({ workspace: { name: 'x', trail: ['1->2', '2->3'] }, fromVersion: 1 });
    expect(migrateWorkspace(2, { name: 'x', trail: [] }, steps, 3).workspace.trail).toEqual(['2->3']);
    expect(migrateWorkspace(3, { name: 'x' }, steps, 3).workspace).toEqual({ name: 'x' });
  });

  it('refuses a file from a newer Kith, a missing step and a version that is not a whole number', () => {
    expect(() => migrateWorkspace(4, {}, steps, 3)).toThrow(/newer version of Kith \(workspace version 4; this Kith reads up to 3\)/);
    expect(() => migrateWorkspace(1, {}, new Map([[2, steps.get(2) as Migration]]), 3)).toThrow(/no way to update a version 1 workspace to version 2/);
    for (const bad of [0, 1.5, '1', null, undefined]) expect(() => migrateWorkspace(bad, {}, steps, 3)).toThrow(/schemaVersion/);
  });
});
