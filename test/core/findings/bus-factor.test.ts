import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { busFactor, busFactorFindings, coverOf, tiePairs } from '../../../src/core/findings/bus-factor.ts';
import { buildContext } from '../../../src/core/findings/context.ts';
import { importDataset } from '../../../src/core/import/dataset.ts';
import { defaultView, type NetworkView } from '../../../src/core/view/view.ts';

// Acute (A1-A3), Council (C1-C2), VCSE (V1-V3), Solo (S1, a group of one), X1 with no sector.
// Acute-Council: A1-C1 named both ways (one tie), A2-C1, A3-C2: 3 ties, 5 carriers; C1 and one
// of A3/C2 are needed, so the bus factor is 2. Council-VCSE: C2 to all three: bus factor 1.
// Acute-Solo: S1-A1 and S1-A2: bus factor 1 (S1). Acute-VCSE: A1-V1 only: 1 tie, no finding.
// X1-A1: no group at one end, left out.
const ds = importDataset('t', [
  {
    name: 'p.csv',
    text: 'id,name,sector\nA1,Alice,Acute\nA2,Amir,Acute\nA3,Ada,Acute\nC1,Cara,Council\nC2,Colm,Council\n' +
      'V1,Vera,VCSE\nV2,Vik,VCSE\nV3,Val,VCSE\nS1,Sol,Solo\nX1,Xan,\n',
  },
  {
    name: 't.csv',
    text: ['source,target,wave', 'A1,C1,W', 'C1,A1,W', 'A2,C1,W', 'A3,C2,W', 'C2,V1,W', 'V2,C2,W', 'C2,V3,W',
      'S1,A1,W', 'A2,S1,W', 'A1,V1,W', 'X1,A1,W', 'A1,A2,W', 'V1,V2,W'].join('\n'),
  },
]);
const ctx = (v: Partial<NetworkView> = {}) => buildContext(ds, { ...defaultView(ds), ...v });

describe('busFactor', () => {
  it('counts ties, carriers and the fewest people carrying every tie, per pair of groups (directed)', async () => {
    expect(await busFactor(await ctx())).toEqual([
      { groups: ['Acute', 'Council'], ties: 3, carriers: 5, busFactor: 2, cover: ['A3', 'C1'],
        edges: [['A1', 'C1'], ['C1', 'A1'], ['A2', 'C1'], ['A3', 'C2']] },
      { groups: ['Acute', 'Solo'], ties: 2, carriers: 3, busFactor: 1, cover: ['S1'], edges: [['S1', 'A1'], ['A2', 'S1']] },
      { groups: ['Acute', 'VCSE'], ties: 1, carriers: 2, busFactor: 1, cover: ['A1'], edges: [['A1', 'V1']] },
      { groups: ['Council', 'VCSE'], ties: 3, carriers: 4, busFactor: 1, cover: ['C2'], edges: [['C2', 'V1'], ['V2', 'C2'], ['C2', 'V3']] },
    ]);
  });

  it('reads an undirected view the same way, one tie per pair', async () => {
    const pairs = busFactor(await ctx({ direction: 'union' }));
    expect(pairs.map((p) => [p.groups.join('|'), p.ties, p.carriers, p.busFactor, p.cover.join()])).toEqual([
      ['Acute|Council', 3, 5, 2, 'A3,C1'], ['Acute|Solo', 2, 3, 1, 'S1'], ['Acute|VCSE', 1, 2, 1, 'A1'], ['Council|VCSE', 3, 4, 1, 'C2'],
    ]);
    expect(pairs[0]!.edges).toEqual([['A1', 'C1'], ['A2', 'C1'], ['A3', 'C2']]);
  });

  it('gives nothing without a boundary, or with no ties', async () => {
    expect(busFactor(await ctx({ boundary: null }))).toEqual([]);
    expect(busFactorFindings(await ctx({ boundary: null }))).toEqual([]);
    expect(busFactor(await ctx({ tieTypes: ['none'] }))).toEqual([]);
    const empty = importDataset('e', [{ name: 'p.csv', text: 'id,sector\n' }]);
    expect(busFactor(await buildContext(empty, defaultView(empty)))).toEqual([]);
  });
});

describe('busFactorFindings', () => {
  it('reports pairs of groups whose two or more ties all have one person at one end', async () => {
    expect(busFactorFindings(await ctx())).toEqual([
      {
        id: 'bus-factor:Acute|Solo', kind: 'risk',
        title: 'Acute and Solo: both ties between them depend on one person',
        explanation: 'Every tie between Acute and Solo has Sol at one end. If Sol moved on, the two would have no direct tie; ' +
          'a second person on either side with a tie across would make the link less fragile.',
        evidence: { nodes: ['S1', 'A1', 'A2'], edges: [['S1', 'A1'], ['A2', 'S1']], figures: { ties: 2, carriers: 3, busFactor: 1 } },
      },
      {
        id: 'bus-factor:Council|VCSE', kind: 'risk',
        title: 'Council and VCSE: all 3 ties between them depend on one person',
        explanation: 'Every tie between Council and VCSE has Colm at one end. If Colm moved on, the two would have no direct tie; ' +
          'a second person on either side with a tie across would make the link less fragile.',
        evidence: { nodes: ['C2', 'V1', 'V2', 'V3'], edges: [['C2', 'V1'], ['V2', 'C2'], ['C2', 'V3']], figures: { ties: 3, carriers: 4, busFactor: 1 } },
      },
    ]);
  });

  it('finds the gatekeepers of the sample: the ICB convenor for public health, the link worker for citizens', async () => {
    const roles = ['people', 'ties', 'respondents', 'attendance'] as const;
    const sample = importDataset('sample', roles.map((role) => ({ name: `${role}.csv`, role, text: readFileSync(`data/sample/${role}.csv`, 'utf8') })));
    for (const wave of ['Baseline', '12 months', '24 months']) {
      const found = busFactorFindings(await buildContext(sample, { ...defaultView(sample), wave }));
      const byId = new Map(found.map((f) => [f.id, f]));
      expect(byId.get('bus-factor:ICB|Public health')?.evidence.nodes[0]).toBe('P145'); // Ruth Okonkwo
      expect(byId.get('bus-factor:Lived experience|Public health')?.evidence.nodes[0]).toBe('P021'); // Kwame Mensah
    }
  });
});

describe('coverOf (König via Hopcroft-Karp)', () => {
  it('finds a smallest cover where picking the busiest person first would not', () => {
    // L0-R0, L0-R1, L1-R0, L2-R1: greedy takes R0 and R1 or L0 then two more; the optimum is 2.
    expect(coverOf([[0, 10], [0, 11], [1, 10], [2, 11]]).sort((a, b) => a - b)).toEqual([10, 11]);
    expect(coverOf([])).toEqual([]);
  });

  it('matches an exhaustive search on 300 random bipartite graphs', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let trial = 0; trial < 300; trial++) {
      const nL = 1 + Math.floor(rand() * 6);
      const nR = 1 + Math.floor(rand() * 6);
      const pairs: [number, number][] = [];
      for (let l = 0; l < nL; l++) for (let r = 0; r < nR; r++) if (rand() < 0.35) pairs.push([l, 100 + r]);
      const cover = new Set(coverOf(pairs));
      expect(pairs.every(([l, r]) => cover.has(l) || cover.has(r))).toBe(true);
      expect(cover.size).toBe(smallestCover(pairs, nL, nR));
    }
  });
});

describe('tiePairs', () => {
  it('lists each pair once whatever the direction', async () => {
    const c = await ctx();
    expect(tiePairs(c.g).length).toBe(12); // 13 nominations, A1-C1 named both ways
  });
});

/** Size of the smallest vertex cover by trying every subset of nodes. */
function smallestCover(pairs: [number, number][], nL: number, nR: number): number {
  const nodes = [...Array(nL).keys(), ...Array.from({ length: nR }, (_, r) => 100 + r)];
  let best = nodes.length;
  for (let mask = 0; mask < 1 << nodes.length; mask++) {
    const chosen = new Set(nodes.filter((_, i) => mask & (1 << i)));
    if (chosen.size < best && pairs.every(([l, r]) => chosen.has(l) || chosen.has(r))) best = chosen.size;
  }
  return best;
}
