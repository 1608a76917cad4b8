/**
 * The .kith.json file: a workspace written and read back is the same workspace, ids and
 * attribute names taken from data (like "__proto__") included.
 */
import { describe, expect, it } from 'vitest';
import { workspaceFromImport } from '../../../src/core/workspace/defaults.ts';
import { readStoredWorkspace, readWorkspaceFile, workspaceFileText } from '../../../src/core/workspace/file.ts';
import { CURRENT_SCHEMA_VERSION } from '../../../src/core/workspace/migrate.ts';
import { splitWorkspace, type Workspace } from '../../../src/core/workspace/types.ts';
import { fixtureDir, sampleDataset } from './helpers.ts';
import { readFileSync } from 'node:fs';

function sampleWorkspace(): Workspace {
  const ws = workspaceFromImport(sampleDataset(), true);
  ws.annotations = [{ afterWave: ws.dataset.waves[0]?.id ?? '', text: 'Frailty funding ended' }];
  ws.layout = ws.dataset.actors.map((a, i) => ({ id: a.id, x: Math.cos(i) * 100, y: Math.sin(i) * 100 }));
  ws.display.hidden = { sector: ['Housing'] };
  ws.aliases = [{ name: 'Dr A. Okafor', actorId: ws.dataset.actors[0]?.id ?? '' }];
  ws.recipes = [{ name: 'SurveyMonkey export', recipe: { columns: { id: 'Respondent ID' }, skip: [1, 2] } }];
  return ws;
}

describe('workspace file', () => {
  it('gives back the same sample workspace after writing and reading it', () => {
    const ws = sampleWorkspace();
    expect(ws.dataset.actors.length).toBe(201);
    const read = readWorkspaceFile(workspaceFileText(ws));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.workspace).toEqual(ws);
    expect(read.fromVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('reads back the two parts the browser stores separately as the same workspace', () => {
    const ws = sampleWorkspace();
    const { name, state, dataset } = splitWorkspace(structuredClone(ws));
    const read = readStoredWorkspace(name, CURRENT_SCHEMA_VERSION, state, dataset);
    expect(read.ok && read.workspace).toEqual(ws);
  });

  it('keeps ids and attribute names such as "__proto__" as ordinary data', () => {
    const text = readFileSync(`${fixtureDir}v1-proto-ids.kith.json`, 'utf8');
    const first = readWorkspaceFile(text);
    if (!first.ok) throw new Error(first.error);
    const again = readWorkspaceFile(workspaceFileText(first.workspace));
    if (!again.ok) throw new Error(again.error);
    const ws = again.workspace;
    expect(ws).toEqual(first.workspace);
    expect(ws.dataset.actors.map((a) => a.id)).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype']);
    const proto = ws.dataset.actors[0];
    expect(Object.hasOwn(proto?.attributes ?? {}, '__proto__')).toBe(true);
    expect(proto?.attributes.__proto__).toBe(1);
    expect(Object.getPrototypeOf(proto?.attributes)).toBe(Object.prototype);
    expect(Object.hasOwn(ws.display.hidden, '__proto__')).toBe(true);
    expect(ws.display.hidden.__proto__).toEqual(['1']);
    expect(ws.dataset.ties.find((t) => t.source === 'prototype')?.target).toBe('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('skips a byte-order mark at the start of the file', () => {
    const ws = sampleWorkspace();
    expect(readWorkspaceFile(`\ufeff${workspaceFileText(ws)}`).ok).toBe(true);
  });
});
