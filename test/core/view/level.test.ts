import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/import/dataset.ts';
import { buildGraph } from '../../../src/core/view/build.ts';
import { rolledUpDataset } from '../../../src/core/view/level.ts';
import { defaultView } from '../../../src/core/view/view.ts';

// A and B work for X, C for Y, D's organisation is not recorded. W1: A->B inside X, A->C (2),
// B->C (3), C->D (no strength). W2: only B->C (4).
const ds = importDataset('t', [
  { name: 'p.csv', text: 'id,organisation\nA,X\nB,X\nC,Y\nD,\n' },
  { name: 't.csv', text: 'source,target,strength,wave\nA,B,1,W1\nA,C,2,W1\nB,C,3,W1\nC,D,,W1\nB,C,4,W2\n' },
]);

describe('rolledUpDataset', () => {
  it('makes each organisation an actor, tied by the count of person ties between them, wave by wave', () => {
    const org = rolledUpDataset(ds, defaultView(ds), 'organisation');
    expect(org.actors.map((a) => [a.id, a.attributes.people])).toEqual([['X', 2], ['Y', 1], ['Not recorded', 1]]);
    expect(org.ties.map((t) => `${t.wave}:${t.source}>${t.target}:${t.strength}`)).toEqual(['W1:X>Y:2', 'W1:Y>Not recorded:1', 'W2:X>Y:1']);
    expect(org.waves.map((w) => w.id)).toEqual(['W1', 'W2']);
  });

  it('sums strengths when asked; a tie made only of ties without strength has none', () => {
    const org = rolledUpDataset(ds, defaultView(ds), 'organisation', 'strength');
    expect(org.ties.filter((t) => t.wave === 'W1').map((t) => t.strength)).toEqual([5, null]);
  });

  it('gives a network that builds and analyses like a person network', () => {
    const org = rolledUpDataset(ds, { ...defaultView(ds), direction: 'union' }, 'organisation');
    const { graph } = buildGraph(org, { ...defaultView(org), wave: 'W1', direction: 'union' });
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.degree('Y')).toBe(2);
    expect(org.ties.every((t) => !t.directed)).toBe(true);
  });

  it('names the attributes when asked for one that is not there', () => {
    expect(() => rolledUpDataset(ds, defaultView(ds), 'trust')).toThrow('rolledUpDataset: no attribute "trust"; the attributes are: organisation');
  });
});
