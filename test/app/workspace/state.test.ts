/**
 * Between the store and a saved workspace nothing is lost: a workspace put into the store
 * and read back out gives the same state, layout positions keyed by any id included.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { initialState } from '../../../src/app/state/store.ts';
import { withWorkspace, workspaceStateOf } from '../../../src/app/workspace/state.ts';
import { readWorkspaceFile } from '../../../src/core/workspace/file.ts';
import { splitWorkspace } from '../../../src/core/workspace/types.ts';

const text = readFileSync(new URL('../../fixtures/workspace/v1-proto-ids.kith.json', import.meta.url), 'utf8');

describe('the store and a workspace', () => {
  it('gives back the state a workspace was opened with', () => {
    const read = readWorkspaceFile(text);
    if (!read.ok) throw new Error(read.error);
    const s = withWorkspace(initialState, read.workspace, 'ws-1', 'key-1');
    expect(s.workspace).toMatchObject({ id: 'ws-1', name: 'A version 1 workspace', save: 'saved' });
    expect(s.layout.positions?.get('constructor')).toEqual({ x: 10.5, y: -3.25 });
    expect(s.layout.positions?.has('__proto__')).toBe(true);
    expect(workspaceStateOf(s)).toEqual(splitWorkspace(read.workspace).state);
  });

  it('fills a view or display choice an older workspace lacks from the defaults', () => {
    const read = readWorkspaceFile(text);
    if (!read.ok) throw new Error(read.error);
    const { hidden: _hidden, ...display } = read.workspace.display;
    const s = withWorkspace(initialState, { ...read.workspace, display: display as typeof read.workspace.display }, null, 'key-2');
    expect(s.display.hidden).toEqual({});
    expect(s.workspace.save).toBe('unsaved');
  });
});
