import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/core/findings/context.ts';
import { groupWords, mixing, round, signed, siloFindings } from '../../../src/core/findings/silos.ts';
import { importDataset, type InputFile } from '../../../src/core/import/dataset.ts';
import { defaultView, type NetworkView } from '../../../src/core/view/view.ts';

const context = (files: InputFile[], view: Partial<NetworkView> = {}) => {
  const ds = importDataset('t', files);
  return buildContext(ds, { ...defaultView(ds), ...view });
};

// A: a clique of four plus z1, who has no ties; B: a clique of four; C: c1 and c2, tied to
// each other and to one person each in A and B; D: d1 alone in its sector, tied to a3;
// m1 has no sector and is tied to a1 and b1 (left out). A and B share no tie.
const fourGroups: InputFile[] = [
  { name: 'people.csv', text: 'id,sector\na1,A\na2,A\na3,A\na4,A\nz1,A\nb1,B\nb2,B\nb3,B\nb4,B\nc1,C\nc2,C\nd1,D\nm1,\n' },
  {
    name: 'ties.csv',
    text: ['source,target', 'a1,a2', 'a1,a3', 'a1,a4', 'a2,a3', 'a2,a4', 'a3,a4', 'b1,b2', 'b1,b3', 'b1,b4', 'b2,b3', 'b2,b4', 'b3,b4',
      'c1,a1', 'c1,b1', 'c2,a2', 'c2,b2', 'c1,c2', 'd1,a3', 'm1,a1', 'm1,b1'].join('\n'),
  },
];

// Two cliques of eight (sectors A and B), joined by one tie a1-b1.
const clique = (p: string): string[] => {
  const out: string[] = [];
  for (let i = 1; i <= 8; i++) for (let j = i + 1; j <= 8; j++) out.push(`${p}${i},${p}${j}`);
  return out;
};
const twoCliques: InputFile[] = [
  { name: 'people.csv', text: `id,sector\n${[1, 2, 3, 4, 5, 6, 7, 8].flatMap((i) => [`a${i},A`, `b${i},B`]).join('\n')}\n` },
  { name: 'ties.csv', text: ['source,target', ...clique('a'), ...clique('b'), 'a1,b1'].join('\n') },
];

describe('mixing', () => {
  // Undirected (union): M = 18 ties between grouped people; tie ends d_A 15, d_B 14, d_C 6, d_D 1.
  // Random mixing (Newman 2003): r-c = d_r d_c / 2M, r-r = d_r^2 / 4M, worked by hand.
  it('gives ties, pairs, density and the ties random mixing would give, per cell', async () => {
    const mx = mixing(await context(fourGroups, { direction: 'union' }))!;
    expect(mx).toMatchObject({ attribute: 'sector', directed: false, rows: ['A', 'B', 'C', 'D'], cols: ['A', 'B', 'C', 'D'], sizes: [5, 4, 2, 1], ties: 18, missing: 1 });
    expect(mx.cells[0]![0]).toEqual({ ties: 6, pairs: 10, density: 0.6, expectedTies: 225 / 72 });
    expect(mx.cells[0]![1]).toEqual({ ties: 0, pairs: 20, density: 0, expectedTies: (15 * 14) / 36 });
    expect(mx.cells[1]![0]).toEqual(mx.cells[0]![1]);
    expect(mx.cells[2]![0]).toEqual({ ties: 2, pairs: 10, density: 0.2, expectedTies: (15 * 6) / 36 });
    expect(mx.cells[3]![3]).toEqual({ ties: 0, pairs: 0, density: null, expectedTies: 1 / 72 });
    let expected = 0;
    mx.cells.forEach((row, r) => row.forEach((cell, c) => { if (r <= c) expected += cell.expectedTies!; }));
    expect(expected).toBeCloseTo(18, 10);
  });

  it('gives each group and the network an E-I index in words, as the suite does', async () => {
    const ctx = await context(fourGroups, { direction: 'union' });
    const mx = mixing(ctx)!;
    expect(mx.groups.map((g) => g.meaning)).toEqual([
      'A: 67% of its ties stay inside its own sector (E-I −0.33)',
      'B: 75% of its ties stay inside its own sector (E-I −0.50)',
      'C: 80% of its ties reach other sectors (E-I +0.60)',
      'D: 100% of its ties reach other sectors (E-I +1.00)',
    ]);
    expect(mx.groups.map((g) => g.ei)).toEqual(ctx.suite.groups!.map((g) => g.eiIndex));
    expect(mx.groups[1]).toMatchObject({ internalTies: 6, externalTies: 2, insideShare: 0.75 });
    expect(mx.groups[1]!.expectedInsideShare).toBeCloseTo((196 / 72) / (196 / 72 + 210 / 36 + 84 / 36 + 14 / 36), 12);
    expect(mx.network.ei).toBeCloseTo(-8 / 18, 12);
    expect(mx.network.ei).toBeCloseTo(ctx.suite.network.eiIndex!, 12);
    expect(mx.network.meaning).toBe('72% of ties stay inside sectors (E-I −0.44)');
  });

  // Directed: x1 <-> x2, y1 -> y2, x1 -> y1. M = 4; sent X 3, Y 1; received X 2, Y 2.
  it('expects sent_r x received_c / M in a directed view', async () => {
    const mx = mixing(await context([
      { name: 'people.csv', text: 'id,sector\nx1,X\nx2,X\ny1,Y\ny2,Y\n' },
      { name: 'ties.csv', text: 'source,target\nx1,x2\nx2,x1\ny1,y2\nx1,y1\n' },
    ]))!;
    expect(mx.directed).toBe(true);
    expect(mx.cells.map((row) => row.map((c) => [c.ties, c.pairs, c.density, c.expectedTies]))).toEqual([
      [[2, 2, 1, 1.5], [1, 4, 0.25, 1.5]],
      [[0, 4, 0, 0.5], [1, 2, 0.5, 0.5]],
    ]);
    expect(mx.groups.map((g) => [g.ei, g.insideShare, g.expectedInsideShare])).toEqual([[-1 / 3, 2 / 3, 1.5 / 3.5], [0, 0.5, 0.5 / 2.5]]);
    expect(mx.network).toMatchObject({ ei: -0.5, insideShare: 0.75, expectedInsideShare: 0.5 });
  });

  it('is null without a boundary, and has no expectation without ties', async () => {
    expect(mixing(await context(fourGroups, { boundary: null }))).toBeNull();
    expect(mixing(await context([]))).toBeNull();
    const empty = mixing(await context([{ name: 'people.csv', text: 'id,sector\na,A\nb,B\n' }]))!;
    expect(empty.cells[0]![1]).toEqual({ ties: 0, pairs: 1, density: 0, expectedTies: null });
    expect(empty.groups[0]!.meaning).toBe('A: no ties, so no E-I index');
    expect(empty.network).toEqual({ ei: null, insideShare: null, expectedInsideShare: null, meaning: 'No ties, so no E-I index' });
  });
});

describe('siloFindings', () => {
  it('finds the pair that never meets and the group that keeps to itself', async () => {
    const findings = siloFindings(await context(fourGroups, { direction: 'union' }));
    // A (E-I -0.33) and the network (-0.44) stay above -0.5; A-C expects 2.5 ties, under 3.
    expect(findings.map((f) => f.id)).toEqual(['silo-group:B', 'silo:A|B']);
    expect(findings[0]).toEqual({
      id: 'silo-group:B', kind: 'silo',
      title: 'B keeps to itself: 75% of its ties stay inside',
      explanation: 'Of the 8 ties of B (4 people), 6 stay inside and 2 reach other sectors (E-I −0.50, from −1 all inside to +1 all outside). ' +
        'Random mixing would keep about 24% inside.',
      evidence: {
        nodes: ['b1', 'b2', 'b3', 'b4'], edges: [['b1', 'c1'], ['b2', 'c2']],
        figures: { eiIndex: -0.5, size: 4, internalTies: 6, externalTies: 2, insideShare: 0.75, expectedInsideShare: (196 / 72) / (196 / 72 + 308 / 36) },
      },
    });
    expect(findings[1]).toEqual({
      id: 'silo:A|B', kind: 'silo',
      title: 'A and B never meet',
      explanation: 'No tie joins A (5 people) and B (4 people), where random mixing, keeping how many ties each sector has, would give about 5.8.',
      evidence: {
        nodes: ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4', 'z1'], edges: [],
        figures: { ties: 0, possiblePairs: 20, expectedTies: 210 / 36, ratio: 0, sizeA: 5, sizeB: 4 },
      },
    });
  });

  // M = 57, d_A = d_B = 57: expected A-B = 57 x 57 / 114 = 28.5, A-A = B-B = 14.25.
  it('finds a pair that barely meets, and a network whose ties stay inside', async () => {
    const findings = siloFindings(await context(twoCliques, { direction: 'union' }));
    expect(findings.map((f) => [f.id, f.title])).toEqual([
      ['silo-network', 'Most ties stay inside sectors: 98% (E-I −0.96)'],
      ['silo-group:A', 'A keeps to itself: 97% of its ties stay inside'],
      ['silo-group:B', 'B keeps to itself: 97% of its ties stay inside'],
      ['silo:A|B', 'A and B barely meet: 1 tie among 64 possible pairs'],
    ]);
    expect(findings[0]!.explanation).toBe('Of 57 ties between people whose sector is known, 56 stay inside one sector and 1 crosses between sectors. ' +
      'Random mixing would keep about 50% inside.');
    expect(findings[0]!.evidence).toEqual({
      nodes: [], edges: [['a1', 'b1']],
      figures: { eiIndex: -55 / 57, ties: 57, internalTies: 56, externalTies: 1, insideShare: 56 / 57, expectedInsideShare: 0.5 },
    });
    expect(findings[1]!.evidence.figures.expectedInsideShare).toBeCloseTo(1 / 3, 12);
    expect(findings[3]!.explanation).toBe('Only 1 tie joins A (8 people) and B (8 people), where random mixing, keeping how many ties each sector has, ' +
      'would give about 29.');
    expect(findings[3]!.evidence).toEqual({
      nodes: [...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `a${i}`), ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `b${i}`)],
      edges: [['a1', 'b1']],
      figures: { ties: 1, possiblePairs: 64, expectedTies: 28.5, ratio: 1 / 28.5, sizeA: 8, sizeB: 8 },
    });
  });

  it('counts nominations both ways in a directed view', async () => {
    // Each clique tie named both ways: 112 ties inside, and a1 -> b1, b1 -> a1, a2 -> b2 across.
    const both = twoCliques[1]!.text.split('\n').slice(1, -1).flatMap((l) => [l, l.split(',').reverse().join(',')]);
    const findings = siloFindings(await context([twoCliques[0]!, { name: 't.csv', text: ['source,target', ...both, 'a1,b1', 'b1,a1', 'a2,b2'].join('\n') }]));
    const pair = findings.find((f) => f.id === 'silo:A|B')!;
    // Sent by A 58, received by A 57; sent by B 57, received by B 58; M = 115.
    // Expected A -> B = 58 x 58 / 115, B -> A = 57 x 57 / 115.
    expect(pair.title).toBe('A and B barely meet: 3 ties among 64 possible pairs');
    expect(pair.evidence.edges).toEqual([['a1', 'b1'], ['a2', 'b2'], ['b1', 'a1']]);
    expect(pair.evidence.figures.expectedTies).toBeCloseTo((58 * 58 + 57 * 57) / 115, 12);
  });

  it('says nothing without a boundary, on an empty network, or under 5 ties', async () => {
    expect(siloFindings(await context(fourGroups, { boundary: null }))).toEqual([]);
    expect(siloFindings(await context([]))).toEqual([]);
    expect(siloFindings(await context([{ name: 'people.csv', text: 'id,sector\na,A\nb,B\nc,\n' }]))).toEqual([]);
    // x1 <-> x2, y1 -> y2, x1 -> y1: the network's E-I is -0.5 but rests on 4 ties.
    expect(siloFindings(await context([
      { name: 'people.csv', text: 'id,sector\nx1,X\nx2,X\ny1,Y\ny2,Y\n' },
      { name: 'ties.csv', text: 'source,target\nx1,x2\nx2,x1\ny1,y2\nx1,y1\n' },
    ]))).toEqual([]);
  });
});

describe('words and numbers', () => {
  it('names groups of an attribute and rounds for reading', () => {
    expect(groupWords('sector')).toEqual({ name: 'sector', one: 'sector', many: 'sectors' });
    expect(groupWords('Profession')).toEqual({ name: 'profession', one: 'profession', many: 'professions' });
    expect(groupWords('qi_trained')).toEqual({ name: 'qi trained', one: 'qi trained group', many: 'qi trained groups' });
    expect(groupWords('seniority')).toEqual({ name: 'seniority', one: 'seniority group', many: 'seniority groups' });
    expect([round(34.349), round(5.8333), round(0.0123), round(1116.4), round(28)]).toEqual(['34', '5.8', '0.012', '1,116', '28']);
    expect([signed(-0.7149), signed(0.0912), signed(-0.001), signed(1)]).toEqual(['−0.71', '+0.09', '0.00', '+1.00']);
  });
});

describe('siloFindings on the sample (story 2: acute, community and mental health keep apart)', () => {
  const files = (['people', 'ties', 'respondents', 'attendance'] as const).map((role) => ({
    name: `${role}.csv`, role, text: readFileSync(new URL(`../../../data/sample/${role}.csv`, import.meta.url), 'utf8'),
  }));

  it.each(['Baseline', '24 months'])('finds the three care sectors inward-looking in %s', async (wave) => {
    const ids = siloFindings(await context(files, { wave, boundary: 'sector' })).map((f) => f.id);
    for (const sector of ['Acute trust', 'Community health', 'Mental health']) expect(ids).toContain(`silo-group:${sector}`);
    expect(ids).toContain('silo-network');
    expect(ids).toContain('silo:Community health|Mental health');
  });

  it('says how the latest wave mixes, in words', async () => {
    const ctx = await context(files);
    expect(ctx.view.wave).toBe('24 months');
    const mx = mixing(ctx)!;
    expect(mx.network.meaning).toBe('81% of ties stay inside sectors (E-I −0.62)');
    expect(mx.groups.find((g) => g.label === 'Acute trust')!.meaning).toBe('Acute trust: 77% of its ties stay inside its own sector (E-I −0.54)');
    const findings = siloFindings(ctx);
    expect(findings.find((f) => f.id === 'silo:Community health|Mental health')!.title)
      .toBe('Community health and Mental health barely meet: 1 tie among 528 possible pairs');
    // Public health's only door is the convenor (story 4): it never meets acute, community or mental health.
    expect(findings.find((f) => f.id === 'silo:Acute trust|Public health')!.title).toBe('Acute trust and Public health never meet');
  });
});
