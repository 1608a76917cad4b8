/** A survey export imported alone, without a people file: the people come from the answers. */
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../../src/core/import/dataset.ts';
import { surveyFile, tieList } from './fixtures.ts';

describe('a survey without a people file', () => {
  it('creates people from respondents and the names given, matching spellings that differ only in case or titles', () => {
    const ds = importDataset('t', [surveyFile('google-grid.csv')]);
    expect(ds.imports[0]?.role).toBe('survey');
    expect(ds.actors.map((a) => a.id).sort()).toEqual(['Aisha Rahman', 'Ben Hughes', 'Grace Lee']);
    // The ties of read.test.ts; "Rahman, Aisha" is still one person, because Aisha answered on an earlier row.
    expect(tieList(ds)).toEqual([
      'Aisha Rahman>Ben Hughes advice -', 'Aisha Rahman>Ben Hughes information 4', 'Aisha Rahman>Grace Lee advice -', 'Aisha Rahman>Grace Lee information 3',
      'Ben Hughes>Aisha Rahman advice -', 'Ben Hughes>Aisha Rahman information 5',
      'Grace Lee>Aisha Rahman advice -', 'Grace Lee>Aisha Rahman information 2', 'Grace Lee>Ben Hughes advice -', 'Grace Lee>Ben Hughes information -',
    ]);
    expect(ds.imports[0]?.issues).toContainEqual(expect.objectContaining({ message: 'There is no people file, so the people were created from the names in this file, without attributes.' }));
  });
});

describe('two people with the same name', () => {
  it('rejects the name until the user says which, and then uses their choice', () => {
    const people = { name: 'people.csv', text: 'id,name\nA,Sam Jones\nB,Sam Jones\nC,Ann Lee\n' };
    const survey = { name: 's.csv', text: 'Your name,Whom do you go to for advice?\nAnn Lee,Sam Jones; \n', role: 'survey' as const };
    const before = importDataset('t', [people, survey]);
    const r = before.imports[1]!;
    expect(r).toMatchObject({ accepted: 0, rejected: 1 });
    expect(r.survey?.unmatched).toEqual([{ name: 'Sam Jones', rows: [2], column: 'Whom do you go to for advice?', outcome: 'not used',
      candidates: [{ id: 'A', label: 'Sam Jones', reason: 'the same name' }, { id: 'B', label: 'Sam Jones', reason: 'the same name' }] }]);
    const after = importDataset('t', [people, survey], { aliases: [{ name: 'Sam Jones', actorId: 'B' }] });
    expect(tieList(after)).toEqual(['C>B advice -']);
    expect(after.aliases).toEqual([{ name: 'Sam Jones', actorId: 'B' }]);
  });
});
