/**
 * A damaged or foreign file is refused with a message that says what is wrong and where;
 * each case below breaks one thing in an otherwise good file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWorkspaceFile } from '../../../src/core/workspace/file.ts';
import { fixtureDir } from './helpers.ts';

const good = readFileSync(`${fixtureDir}v1-proto-ids.kith.json`, 'utf8');

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a parsed file, broken on purpose

function broken(edit: (doc: Doc) => void): string {
  const doc = JSON.parse(good) as Doc;
  edit(doc);
  return JSON.stringify(doc);
}

const cases: [string, string, RegExp][] = [
  ['a file cut short', good.slice(0, 500), /not valid JSON .*cut short/],
  ['an empty file', '', /not valid JSON/],
  ['a CSV file', 'id,name\n1,Amara\n', /not valid JSON/],
  ['other JSON', '{"name":"kith","version":"0.1.0"}', /not a Kith workspace file: it does not say "format": "kith-workspace"/],
  ['a list', '[1,2,3]', /not a Kith workspace file/],
  ['a file from a newer Kith', broken((d) => { d.schemaVersion = 99; }), /newer version of Kith/],
  ['no version', broken((d) => { delete d.schemaVersion; }), /schemaVersion/],
  ['no workspace', broken((d) => { delete d.workspace; }), /at workspace, the workspace is missing/],
  ['no dataset', broken((d) => { delete d.workspace.dataset; }), /at workspace\.dataset, expected an object but found nothing/],
  ['a strength in words', broken((d) => { d.workspace.dataset.ties[2].strength = 'high'; }), /at workspace\.dataset\.ties\[2\]\.strength, expected a number but found the text "high"/],
  ['a tie to nobody', broken((d) => { d.workspace.dataset.ties[1].target = 'ghost'; }), /at workspace\.dataset\.ties\[1\]\.target, the person "ghost" is not among the people/],
  ['a person twice', broken((d) => { d.workspace.dataset.actors[3].id = '__proto__'; }), /at workspace\.dataset\.actors\[3\]\.id, the person id "__proto__" appears twice/],
  ['an attribute that is an object', broken((d) => { d.workspace.dataset.actors[0].attributes.constructor = { a: 1 }; }), /at workspace\.dataset\.actors\[0\]\.attributes\["constructor"\], expected text, a number, true or false, or null but found an object/],
  ['an unknown direction rule', broken((d) => { d.workspace.view.direction = 'sideways'; }), /at workspace\.view\.direction, expected one of "directed", "union", "confirmed" but found the text "sideways"/],
  ['a wave that is not in the data', broken((d) => { d.workspace.view.wave = '2030'; }), /at workspace\.view\.wave, the wave "2030" is not among the data's waves/],
  ['a layout position in words', broken((d) => { d.workspace.layout[4].x = '12'; }), /at workspace\.layout\[4\]\.x, expected a number but found the text "12"/],
  ['a note without text', broken((d) => { delete d.workspace.annotations[0].text; }), /at workspace\.annotations\[0\]\.text, expected text but found nothing/],
  ['hidden values that are not a list', broken((d) => { d.workspace.display.hidden.constructor = 'e'; }), /at workspace\.display\.hidden\["constructor"\], expected a list/],
  ['aliases missing', broken((d) => { delete d.workspace.aliases; }), /at workspace\.aliases, expected a list but found nothing/],
  ['a recipe without its recipe', broken((d) => { delete d.workspace.recipes[0].recipe; }), /at workspace\.recipes\[0\]\.recipe, the recipe is missing/],
  ['an import report with no role', broken((d) => { d.workspace.dataset.imports[0].role = 7; }), /at workspace\.dataset\.imports\[0\]\.role, expected text but found the number 7/],
];

describe('reading a damaged or foreign workspace file', () => {
  it.each(cases)('refuses %s, saying what and where', (_what, text, message) => {
    const read = readWorkspaceFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(message);
  });

  it('accepts the good file the cases are made from', () => {
    expect(readWorkspaceFile(good).ok).toBe(true);
  });

  it('keeps fields it does not know, which later parts of Kith may add', () => {
    const read = readWorkspaceFile(broken((d) => { d.workspace.dataset.surveyQuestions = [{ id: 'q1' }]; d.workspace.view.extra = 1; }));
    if (!read.ok) throw new Error(read.error);
    expect((read.workspace.dataset as unknown as Record<string, unknown>).surveyQuestions).toEqual([{ id: 'q1' }]);
  });

  it('still opens when import has added a new kind of file, attribute or issue', () => {
    const read = readWorkspaceFile(broken((d) => {
      d.workspace.dataset.imports[0].role = 'survey';
      d.workspace.dataset.attributes[0].kind = 'date';
      d.workspace.dataset.imports[0].issues.push({ row: 3, column: null, outcome: 'info', message: 'Read as a date' });
    }));
    expect(read.ok).toBe(true);
  });

  it('shows a size by a measure this Kith does not know as size by ties', () => {
    const read = readWorkspaceFile(broken((d) => { d.workspace.display.sizeBy = 'futureMetric'; }));
    expect(read.ok && read.workspace.display.sizeBy).toBe('degree');
  });
});
