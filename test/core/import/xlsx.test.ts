/**
 * Excel workbooks: test/fixtures/survey/msforms-roster.xlsx is written by make-workbook.py
 * beside it (shared strings, a date-formatted cell, numbers, two sheets).
 */
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/import/dataset.ts';
import { cellText, loadWorkbooks, readWorkbook, sniffWorkbook } from '../../../src/core/import/xlsx.ts';
import { bytesOf, reportOf, surveyFile, tieList } from './survey/fixtures.ts';

describe('readWorkbook', () => {
  it('reads every sheet, cells as a CSV would show them', async () => {
    const sheets = await readWorkbook(bytesOf('msforms-roster.xlsx'));
    expect(sheets.map((s) => s.name)).toEqual(['Form1', 'Notes']);
    const rows = sheets[0]!.rows;
    expect(rows[0]).toEqual(['ID', 'Start time', 'Completion time', 'Email', 'Your name', 'Whom do you go to for advice about your work?', 'How many years in post?']);
    // Serial 45352.375 is 2024-03-01 09:00 (Excel's 1900 date system: day 45352 = 1 March 2024).
    expect(rows[1]!.slice(0, 2)).toEqual(['1', '2024-03-01 09:00:00']);
    expect(rows[2]![6]).toBe('12.5');
    expect(rows[3]![6]).toBe('');
  });

  it('writes dates without a time as yyyy-mm-dd', () => {
    expect(cellText(new Date(Date.UTC(2024, 2, 1)))).toBe('2024-03-01');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(null)).toBe('');
  });
});

describe('importing a workbook', () => {
  it('reads the first sheet of a survey workbook like its CSV, and says which sheet was read', async () => {
    const loaded = await loadWorkbooks([surveyFile('roster.csv'), surveyFile('msforms-roster.xlsx')]);
    expect(loaded.map((l) => l.sheets)).toEqual([[], ['Form1', 'Notes']]);
    const ds = importDataset('t', loaded.map((l) => l.file));
    // Aisha: Ben, Siobhán.  Ben: Aisha.  Grace: Aisha, Ben (herself rejected).
    expect(tieList(ds)).toEqual(['P01>P03 advice -', 'P01>P04 advice -', 'P03>P01 advice -', 'P08>P01 advice -', 'P08>P03 advice -']);
    const r = reportOf(ds, 'msforms-roster.xlsx');
    expect(r).toMatchObject({ role: 'survey', rowsRead: 6, accepted: 5, rejected: 1 });
    expect(r.issues).toContainEqual(expect.objectContaining({ message: 'The workbook has 2 sheets (Form1, Notes); the sheet "Form1" was read.' }));
  });

  it('reads another sheet when asked, and names the sheets when the one asked for is missing', async () => {
    const [notes] = await loadWorkbooks([surveyFile('msforms-roster.xlsx', { sheet: 'Notes' })]);
    expect(notes!.file.sheetRows?.[0]).toEqual(['About this export']);
    const [missing] = await loadWorkbooks([surveyFile('msforms-roster.xlsx', { sheet: 'Sheet9' })]);
    expect(missing!.error).toBe('The workbook has no sheet "Sheet9"; its sheets are: Form1, Notes.');
    expect(importDataset('t', [missing!.file]).imports[0]?.fatal).toBe(missing!.error);
  });

  it('reports a broken workbook as a file that could not be read', async () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const [l] = await loadWorkbooks([{ name: 'broken.xlsx', text: '', bytes: broken }]);
    expect(l!.error).toMatch(/^This workbook could not be read/);
    expect(importDataset('t', [l!.file]).imports[0]?.fatal).toMatch(/^This workbook could not be read/);
  });
});

describe('sniffWorkbook', () => {
  it('names the sheets and tells what the chosen one holds', async () => {
    const first = await sniffWorkbook(bytesOf('msforms-roster.xlsx'));
    expect(first).toMatchObject({ sheets: ['Form1', 'Notes'], sheet: 'Form1', role: 'survey', error: null });
    expect(first.headers[4]).toBe('Your name');
    expect(await sniffWorkbook(bytesOf('msforms-roster.xlsx'), 'Notes')).toMatchObject({ sheet: 'Notes', headers: ['About this export'], role: null });
    expect((await sniffWorkbook(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9]))).error).toMatch(/could not be read/);
  });
});
