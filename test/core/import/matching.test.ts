import { describe, expect, it } from 'vitest';
import { NameMatcher, normaliseName } from '../../../src/core/import/matching.ts';
import { levenshteinWithin } from '../../../src/core/import/matching-distance.ts';

const ROSTER = [
  { id: 'P1', label: 'Aisha Rahman' },
  { id: 'P2', label: 'Amir Rahman' },
  { id: 'P3', label: 'Siobhán O’Neill' },
  { id: 'P4', label: 'Mary-Jane Smith-Jones' },
  { id: 'P5', label: 'Robert Okafor' },
  { id: 'P6', label: 'Zoë Clarke' },
  { id: 'P7', label: 'Zoe Clarke' },
  { id: 'P8', label: 'Christopher Bailey' },
];

describe('normaliseName', () => {
  it.each([
    ['  Dr  Aisha   RAHMAN ', 'aisha rahman'],
    ['Rahman, Aisha', 'aisha rahman'],
    ['Prof. Rahman, Aisha', 'aisha rahman'],
    ['Siobhan ONeill', 'siobhan oneill'],
    ["Siobhán O'Neill", 'siobhan oneill'],
    ['Mary Jane Smith Jones', 'mary jane smith jones'],
    ['Cllr Mary-Jane Smith-Jones OBE', 'mary jane smith jones'],
    ['Rev Dame Sarah Mullally', 'sarah mullally'],
    ['Mr', 'mr'],
  ])('%s → %s', (raw, key) => expect(normaliseName(raw)).toBe(key));
});

describe('NameMatcher', () => {
  const m = new NameMatcher(ROSTER);

  it('matches case, spacing, accents, titles, apostrophes, hyphens and "Surname, First" automatically', () => {
    for (const written of ['aisha rahman', 'Dr Aisha Rahman', 'Rahman, Aisha', 'AISHA  RAHMAN']) expect(m.match(written)).toEqual({ kind: 'exact', id: 'P1', how: 'name' });
    expect(m.match('Siobhan ONeill')).toMatchObject({ kind: 'exact', id: 'P3' });
    expect(m.match('Mary Jane Smith Jones')).toMatchObject({ kind: 'exact', id: 'P4' });
    expect(m.match('P5')).toEqual({ kind: 'exact', id: 'P5', how: 'id' });
  });

  it('never matches a name that fits two people (Zoë and Zoe Clarke fold to one name)', () => {
    expect(m.match('zoe clarke')).toEqual({ kind: 'ambiguous', candidates: ['P6', 'P7'] });
  });

  it('proposes initials that fit two people as two candidates, never one silently', () => {
    const r = m.match('A. Rahman');
    expect(r.kind).toBe('near');
    if (r.kind === 'near') expect(r.candidates.map((c) => [c.id, c.reason])).toEqual([['P1', 'initials'], ['P2', 'initials']]);
  });

  it('proposes typos, nicknames and a surname initial for confirmation', () => {
    expect(m.match('Aisha Rahmen')).toEqual({ kind: 'near', candidates: [{ id: 'P1', label: 'Aisha Rahman', reason: 'a small spelling difference' }] });
    expect(m.match('Bob Okafor')).toEqual({ kind: 'near', candidates: [{ id: 'P5', label: 'Robert Okafor', reason: 'a short form of the first name' }] });
    expect(m.match('Chris Bailey')).toMatchObject({ kind: 'near', candidates: [{ id: 'P8' }] });
    expect(m.match('Aisha R')).toMatchObject({ kind: 'near', candidates: [{ id: 'P1', reason: 'surname initial' }] });
    expect(m.match('AishaRahman')).toMatchObject({ kind: 'near', candidates: [{ id: 'P1', reason: 'spacing' }] });
  });

  it('does not propose two different people who share only a surname', () => {
    expect(m.match('Bilal Rahman')).toEqual({ kind: 'none' });
    expect(m.match('Someone Else')).toEqual({ kind: 'none' });
  });

  it('sees people added during an import: a name becomes ambiguous, a near match appears', () => {
    const grow = new NameMatcher([{ id: 'A', label: 'Sam Jones' }]);
    expect(grow.match('sam jones')).toEqual({ kind: 'exact', id: 'A', how: 'name' });
    expect(grow.match('Sam Jomes')).toMatchObject({ kind: 'near', candidates: [{ id: 'A' }] });
    expect(grow.match('Kit Marlowe')).toEqual({ kind: 'none' });
    grow.add({ id: 'B', label: 'Sam  Jones' });
    grow.add({ id: 'C', label: 'Kit Marlow' });
    expect(grow.match('sam jones')).toEqual({ kind: 'ambiguous', candidates: ['A', 'B'] });
    expect(grow.match('Kit Marlowe')).toMatchObject({ kind: 'near', candidates: [{ id: 'C' }] });
  });

  it('does not scan a first name shared by more than a thousand people for near matches', () => {
    const many = new NameMatcher(Array.from({ length: 1500 }, (_, i) => ({ id: `P${i}`, label: `Person ${String.fromCharCode(65 + (i % 26))}${'x'.repeat(i % 7)}` })));
    expect(many.match('Person Zxxxxxy').kind).toBe('none');
  });

  it('uses confirmed aliases before anything else', () => {
    const withAlias = new NameMatcher(ROSTER, [{ name: 'A. Rahman', actorId: 'P2' }, { name: 'Ghost', actorId: 'nobody' }]);
    expect(withAlias.match('a rahman')).toEqual({ kind: 'exact', id: 'P2', how: 'alias' });
    expect(withAlias.match('Ghost')).toEqual({ kind: 'none' });
  });
});

describe('levenshteinWithin', () => {
  it.each([
    ['rahman', 'rahman', 0, true], ['rahman', 'rahmen', 1, true], ['rahman', 'rhaman', 1, true],
    ['rahman', 'rehmen', 1, false], ['rahman', 'rehmen', 2, true], ['ab', 'abcd', 1, false], ['', 'a', 1, true],
  ])('%s ~ %s within %i: %s', (a, b, k, want) => expect(levenshteinWithin(a, b, k)).toBe(want));
});
