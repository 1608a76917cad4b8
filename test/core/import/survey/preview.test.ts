import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../../src/core/import/dataset.ts';
import { rejectedRowsCsv } from '../../../../src/core/import/rejected-csv.ts';
import { previewSurvey } from '../../../../src/core/import/survey/preview.ts';
import { surveyFile } from './fixtures.ts';

describe('previewSurvey', () => {
  const files = [surveyFile('roster.csv', { role: 'people' }), surveyFile('qualtrics.csv', { role: 'survey' })];

  it('shows the first rows under the question-text headers, and what the import would do', () => {
    const p = previewSurvey(files, 'qualtrics.csv');
    expect(p.headers[5]).toBe('What is your name?');
    expect(p.sample.map((r) => r[5])).toEqual(['Tom Okafor', 'Chloé Dubois', 'Aisha Rahman']);
    expect(p.counts).toEqual({ rows: 3, ties: 8, merged: 0, rejected: 1, noTie: 1 });
    expect(p.rowsInFile).toBe(3);
    expect(p.people).toHaveLength(8);
    expect(p.error).toBeNull();
  });

  it('follows a changed plan and confirmed names', () => {
    const plan = previewSurvey(files, 'qualtrics.csv').plan;
    // Say the free-text column is not used, and confirm its name as Tom: the rejection goes, nothing else changes.
    const changed = { ...plan, columns: plan.columns.map((c) => (c.kind === 'other' ? { ...c, kind: 'ignore' as const } : c)) };
    const withPlan = files.map((f) => (f.name === 'qualtrics.csv' ? { ...f, survey: changed } : f));
    expect(previewSurvey(withPlan, 'qualtrics.csv').counts).toMatchObject({ ties: 8, rejected: 0 });
    const named = previewSurvey(files, 'qualtrics.csv', [{ name: 'Prof. Dame Sally Davies', actorId: 'P07' }]);
    expect(named.counts).toMatchObject({ ties: 8, merged: 1, rejected: 0 });
  });

  it('reads the first 20,000 rows of a bigger file, and says how many it has', () => {
    // Names of letters ("Person Bcd"), as a name has no digits; all share the first name "Person".
    const name = (i: number): string => `Person ${(i + 26 ** 3).toString(26).split('').map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('').replace(/^./, (c) => c.toUpperCase())}`;
    const lines = ['Your name,Whom do you go to for advice?'];
    for (let i = 0; i < 20_050; i++) lines.push(`${name(i)},${name((i + 1) % 20_050)}`);
    const p = previewSurvey([{ name: 'big.csv', text: lines.join('\n'), role: 'survey' }], 'big.csv');
    expect(p.rowsInFile).toBe(20_050);
    // Rows 2 to 20,001: each names the next person, all read.
    expect(p.counts).toMatchObject({ rows: 20_000, ties: 20_000, rejected: 0 });
  });

  it('says why a file cannot be read', () => {
    const p = previewSurvey([{ name: 'x.csv', text: 'a,b\n1,2\n', role: 'survey' }], 'x.csv');
    expect(p.error).toMatch(/No column says who answered/);
  });
});

describe('rejectedRowsCsv', () => {
  it('lists every rejected row and every unreadable file', () => {
    const ds = importDataset('t', [
      { name: 'people.csv', text: 'id,name\n1,Ann\n2,Bo\n' },
      { name: 'ties.csv', text: 'source,target\n1,1\n1,\n1,2\n' },
      { name: 'empty.csv', text: '' },
    ]);
    expect(rejectedRowsCsv(ds.imports).split('\r\n')).toEqual([
      '\uFEFFfile,read as,row,column,reason',
      'empty.csv,ties,,,The file is empty.',
      'ties.csv,ties,2,target,Self-tie: 1 is named as their own partner; a tie needs two people.',
      'ties.csv,ties,3,target,No target: a tie needs both ends.',
      '',
    ]);
  });
});
