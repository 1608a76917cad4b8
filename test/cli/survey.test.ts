/** kith analyze with survey exports, recipes, workbooks and --rejected, on the survey kit's files. */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { memoryIo } from './io.ts';


const KIT = 'data/templates';

describe('kith analyze --survey', () => {
  it('reads an export with its recipe, prints the accounting and writes the rejected rows', async () => {
    const m = memoryIo('disk');
    const code = await run(['analyze', '--nodes', `${KIT}/roster.csv`, '--wave', 'Baseline', '--survey', `${KIT}/examples/qualtrics-roster.csv`,
      '--recipe', `${KIT}/recipes/qualtrics-roster.recipe.json`, '--rejected', 'rejected.csv', '--threads', '1'], m.io);
    expect(code).toBe(0);
    const json = m.json();
    expect(json.schemaVersion).toBe(1);
    // The nine ties listed in test/core/import/survey/templates.test.ts.
    expect(json.input.reportedTies).toBe(9);
    expect(json.input.imports[1]).toMatchObject({ file: `${KIT}/examples/qualtrics-roster.csv`, role: 'survey', accepted: 9, rejected: 1 });
    expect(json.waves.map((w: { wave: string; respondents: number }) => [w.wave, w.respondents])).toEqual([['Baseline', 3]]);
    const err = m.err.join('');
    expect(err).toContain(`kith: ${KIT}/examples/qualtrics-roster.csv: survey, 3 rows of answers; 10 names read: 9 accepted, 0 merged, 1 rejected`);
    expect(err).toContain(':5: In the last six months, whom have you worked with on a joint piece of work? - Someone not on the list (please specify) - Text: "Sam Reid (housing officer)" (free text) is not a name on the list');
    expect(m.written['rejected.csv']).toContain('Sam Reid (housing officer)');
  });

  it('detects the columns without a recipe, and reads an Excel workbook', async () => {
    const m = memoryIo('disk');
    expect(await run(['analyze', '--nodes', 'test/fixtures/survey/roster.csv', '--survey', 'test/fixtures/survey/msforms-roster.xlsx', '--threads', '1'], m.io)).toBe(0);
    // Aisha: Ben, Siobhán.  Ben: Aisha.  Grace: Aisha, Ben (herself rejected): as in test/core/import/xlsx.test.ts.
    expect(m.json().input.reportedTies).toBe(5);
    expect(m.err.join('')).toContain('column 6 "Whom do you go to for advice about your work?": multi: tie type: advice, multi-select');
  });

  it('refuses a bad recipe with the reason, and a recipe with no survey', async () => {
    const m = memoryIo('disk');
    expect(await run(['analyze', '--nodes', `${KIT}/roster.csv`, '--survey', `${KIT}/examples/long-form.csv`, '--recipe', `${KIT}/roster.csv`], m.io)).toBe(2);
    expect(m.err.join('')).toContain('roster.csv: This is not a usable import recipe: it is not JSON.');
    const n = memoryIo('disk');
    expect(await run(['analyze', '--nodes', `${KIT}/roster.csv`, '--recipe', `${KIT}/recipes/long-form.recipe.json`], n.io)).toBe(2);
    expect(n.err.join('')).toContain('--recipe reads --survey files');
  });
});
