import { describe, expect, it } from 'vitest';
import { csvCell, introductionsCsv } from '../../../src/core/findings/introductions-csv.ts';
import type { Introduction } from '../../../src/core/findings/introductions.ts';
import { parseCsv } from '../../../src/core/import/csv.ts';

const intro = (over: Partial<Introduction>): Introduction => ({
  id: 'intro:A1|B1', a: 'A1', b: 'B1', aLabel: 'Siân Pritchard', bLabel: 'Kwame Mensah', groups: ['Public health', 'VCSE'],
  reason: 'Both know Ruth Okonkwo; Siân Pritchard has ties to 5 people in Public health and Kwame Mensah has ties to 4 people in VCSE.',
  commonContacts: ['R1'], meetings: [], place: null,
  figures: { commonContacts: 1, sharedMeetings: 2, withinGroupTiesA: 5, withinGroupTiesB: 4, crossGroupTiesA: 0, crossGroupTiesB: 0 },
  evidence: { nodes: ['A1', 'B1', 'R1'], edges: [] },
  ...over,
});

describe('introductionsCsv', () => {
  it('writes a header and one row per introduction, UTF-8 with a byte order mark, CRLF, quoted where needed', () => {
    const csv = introductionsCsv([
      intro({}),
      intro({
        aLabel: '=HYPERLINK("http://x")', bLabel: 'O\'Brien, Ben', groups: ['Carers Together, North Shire', 'ICB'],
        reason: 'Both know Ruth Okonkwo, Siân Pritchard and others.',
      }),
    ]);
    expect(csv).toBe('\uFEFFgroup_a,person_a,group_b,person_b,reason,common_contacts,shared_meetings\r\n' +
      'Public health,Siân Pritchard,VCSE,Kwame Mensah,Both know Ruth Okonkwo; Siân Pritchard has ties to 5 people in Public ' +
      'health and Kwame Mensah has ties to 4 people in VCSE.,1,2\r\n' +
      '"Carers Together, North Shire","\'=HYPERLINK(""http://x"")",ICB,"O\'Brien, Ben","Both know Ruth Okonkwo, Siân Pritchard ' +
      'and others.",1,2\r\n');
    // Kith's own importer reads it back, mark and all.
    const back = parseCsv(csv);
    expect(back.ok && back.table.headers[0]).toBe('group_a');
    expect(back.ok && back.table.rows[1]!.cells.slice(0, 4)).toEqual(['Carers Together, North Shire', '\'=HYPERLINK("http://x")', 'ICB', 'O\'Brien, Ben']);
  });

  it('writes the header alone for no introductions, and leaves the mark out on request', () => {
    expect(introductionsCsv([], { bom: false })).toBe('group_a,person_a,group_b,person_b,reason,common_contacts,shared_meetings\r\n');
  });
});

describe('csvCell', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+44 20 7946 0000 ext', "'+44 20 7946 0000 ext"],
    ['-Tom', "'-Tom"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', "\"'\r=1\""],
    ['-3', '-3'],
    ['+1.5e3', '+1.5e3'],
    ['Ann = Bob', 'Ann = Bob'],
    [' padded', '" padded"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [-2, '-2'],
    [Number.NaN, ''],
  ] as [string | number, string][])('%j -> %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});
