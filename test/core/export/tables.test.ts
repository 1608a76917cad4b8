import { describe, expect, it } from 'vitest';
import { analyseView } from '../../../src/core/analyse.ts';
import { csvCell, toCsv } from '../../../src/core/export/csv.ts';
import { peopleTableCsv, tiesTableCsv } from '../../../src/core/export/tables.ts';
import { importDataset } from '../../../src/core/import/dataset.ts';
import { defaultView } from '../../../src/core/view/view.ts';

describe('csvCell', () => {
  it.each([
    ['=cmd|\' /C calc\'!A0', "'=cmd|' /C calc'!A0"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['@HYPERLINK("x")', `"'@HYPERLINK(""x"")"`],
    ['-3', '-3'],
    ['a,b', '"a,b"'],
    [' padded', '" padded"'],
    ['line\nbreak', '"line\nbreak"'],
  ])('%j becomes %j', (input, output) => expect(csvCell(input)).toBe(output));

  it('writes missing and non-finite values as empty cells, booleans as yes/no', () => {
    expect([null, undefined, NaN, Infinity, true, false, 0].map(csvCell)).toEqual(['', '', '', '', 'yes', 'no', '0']);
    expect(toCsv(['a', 'b'], [[1, null]], { bom: true })).toBe('\uFEFFa,b\r\n1,\r\n');
  });
});

describe('peopleTableCsv and tiesTableCsv', () => {
  it('export every person with attributes and exact metrics, and every tie, and read back in', async () => {
    const ds = importDataset('t', [
      { name: 'p.csv', text: 'id,name,sector\nA,Ann,Acute\nB,"Bob, Jr",VCSE\nC,=evil(),Acute\n' },
      { name: 't.csv', text: 'source,target,type,strength\nA,B,advice,3\nB,C,trust,\n' },
    ]);
    const r = await analyseView(ds, defaultView(ds));
    const people = peopleTableCsv(ds, r);
    const lines = people.trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,name,sector,degree,inDegree,outDegree,weightedDegree,betweenness,/);
    expect(lines[2]).toMatch(/^B,"Bob, Jr",VCSE,2,1,1,/);
    expect(lines[3]).toMatch(/^C,'=evil\(\),Acute,/);
    // Betweenness of B is exact (1 of the 2 ordered pairs not involving B: 0.5).
    const header = lines[0]!.split(',');
    const b = lines[2]!.replace('"Bob, Jr"', 'Bob').split(',');
    expect(Number(b[header.indexOf('betweenness')])).toBe(0.5);
    const ties = tiesTableCsv(r).trim().split('\r\n');
    expect(ties).toEqual(['source,target,strength,weight,types,reciprocated', 'A,B,3,3,advice,no', 'B,C,,1,trust,no']);
    // The exported people file imports again with the same people.
    const again = importDataset('again', [{ name: 'people.csv', text: people }]);
    expect(again.actors.map((a) => a.id)).toEqual(['A', 'B', 'C']);
  });
});
