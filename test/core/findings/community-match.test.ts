import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  adjustedRandIndex, communityFindings, communityMatch, matchSummary, normalisedMutualInformation,
} from '../../../src/core/findings/community-match.ts';
import { buildContext } from '../../../src/core/findings/context.ts';
import { importDataset, type InputFile } from '../../../src/core/import/dataset.ts';
import { defaultView, type NetworkView } from '../../../src/core/view/view.ts';

const context = (files: InputFile[], view: Partial<NetworkView> = {}) => {
  const ds = importDataset('t', files);
  return buildContext(ds, { ...defaultView(ds), ...view });
};

/** The contingency table of two label vectors (rows: first labels, columns: second). */
function table(rows: number[], cols: number[]): number[][] {
  const r = Math.max(...rows) + 1;
  const c = Math.max(...cols) + 1;
  const t = Array.from({ length: r }, () => new Array<number>(c).fill(0));
  rows.forEach((x, i) => { t[x]![cols[i]!]!++; });
  return t;
}

describe('adjustedRandIndex and normalisedMutualInformation', () => {
  // Reference values: scikit-learn 1.2.1, adjusted_rand_score(a, b) and
  // normalized_mutual_info_score(a, b) (average_method='arithmetic'), run on these label vectors.
  it.each([
    [[0, 0, 1, 1], [0, 0, 1, 2], 0.5714285714285714, 0.7999999999999999],
    [[0, 0, 1, 1], [0, 1, 0, 1], -0.5, 0],
    [[0, 0, 0, 1, 1, 1, 2, 2], [0, 0, 1, 1, 1, 2, 2, 2], 0.23809523809523808, 0.5588730382170326],
    [[0, 0, 0, 0], [0, 1, 2, 3], 0, 0],
    [[0, 0, 0], [0, 0, 0], 1, 1],
    [[0, 1, 2], [0, 1, 2], 1, 1],
    [[0, 0, 1, 1, 1], [1, 1, 0, 0, 0], 1, 1],
  ])('%j against %j', (a, b, ari, nmi) => {
    expect(adjustedRandIndex(table(a, b))).toBeCloseTo(ari, 12);
    expect(normalisedMutualInformation(table(a, b))).toBeCloseTo(nmi, 12);
    // Symmetric in the two splits.
    expect(adjustedRandIndex(table(b, a))).toBeCloseTo(ari, 12);
    expect(normalisedMutualInformation(table(b, a))).toBeCloseTo(nmi, 12);
  });

  it('is null under two people', () => {
    expect(adjustedRandIndex([])).toBeNull();
    expect(adjustedRandIndex([[1]])).toBeNull();
    expect(normalisedMutualInformation([[0, 0]])).toBeNull();
  });
});

// Three cliques: K3 of seven (c1 c2 in C, d1 d2 in D, e1 e2 in E, m1 with no sector), K1 of
// five (a1-a5, all A) and K2 of five (b1-b4 in B, x1 in A). i1 (A) has no ties.
const cliqueTies = (ids: string[]): string[] => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => `${a},${b}`));
const K1 = ['a1', 'a2', 'a3', 'a4', 'a5'];
const K2 = ['b1', 'b2', 'b3', 'b4', 'x1'];
const K3 = ['c1', 'c2', 'd1', 'd2', 'e1', 'e2', 'm1'];
const threeCliques: InputFile[] = [
  {
    name: 'people.csv',
    text: 'id,name,sector,place\na1,Ann,A,N\na2,Al,A,N\na3,Ava,A,N\na4,Abe,A,N\na5,Amy,A,S\nb1,Bo,B,S\nb2,Bea,B,S\nb3,Ben,B,S\nb4,Bill,B,S\n' +
      'x1,Xia,A,S\nc1,Cy,C,N\nc2,Cal,C,N\nd1,Di,D,N\nd2,Dan,D,S\ne1,Eve,E,S\ne2,Ed,E,S\nm1,Mo,,S\ni1,Ivy,A,\n',
  },
  { name: 'ties.csv', text: ['source,target', ...cliqueTies(K1), ...cliqueTies(K2), ...cliqueTies(K3)].join('\n') },
];

describe('communityMatch', () => {
  it('cross-tabulates communities and sectors, leaving out missing values and people alone', async () => {
    const ctx = await context(threeCliques);
    const cm = communityMatch(ctx)!;
    expect(cm).toMatchObject({
      attribute: 'sector', communities: [0, 1, 2], rows: ['Community 1', 'Community 2', 'Community 3'], cols: ['A', 'B', 'C', 'D', 'E'],
      counts: [[0, 0, 2, 2, 2], [5, 0, 0, 0, 0], [1, 4, 0, 0, 0]],
      rowTotals: [6, 5, 5], colTotals: [6, 4, 2, 2, 2], total: 16,
      members: [['c1', 'c2', 'd1', 'd2', 'e1', 'e2'], K1, ['b1', 'b2', 'b3', 'b4', 'x1']],
      leftOut: { missingValue: 1, aloneInCommunity: 1 },
    });
    // scikit-learn 1.2.1 on the 16 people: communities [0]*6 + [1]*5 + [2]*5 against
    // sectors c c d d e e a a a a a a b b b b.
    expect(cm.adjustedRand).toBeCloseTo(0.5333333333333333, 12);
    expect(cm.nmi).toBeCloseTo(0.715207210947329, 12);
    expect(matchSummary(cm)).toBe('The clusters found in the ties partly follow the sector: adjusted Rand index 0.53 ' +
      '(1 = the same split, 0 = no more alike than chance), normalised mutual information 0.72.');
  });

  it('takes another attribute', async () => {
    const cm = communityMatch(await context(threeCliques), 'place')!;
    expect(cm.cols).toEqual(['N', 'S']);
    expect(cm.counts).toEqual([[3, 4], [4, 1], [0, 5]]);
    expect(cm.leftOut).toEqual({ missingValue: 1, aloneInCommunity: 0 });
    expect(communityMatch(await context(threeCliques), 'no such column')).toBeNull();
  });

  it('is null without a boundary, and empty on a network with no ties', async () => {
    expect(communityMatch(await context(threeCliques, { boundary: null }))).toBeNull();
    expect(communityMatch(await context([]))).toBeNull();
    const cm = communityMatch(await context([{ name: 'people.csv', text: 'id,sector\na,A\nb,B\n' }]))!;
    expect(cm).toMatchObject({ counts: [], total: 0, leftOut: { missingValue: 0, aloneInCommunity: 2 }, adjustedRand: null, nmi: null });
    expect(matchSummary(cm)).toBeNull();
    expect(communityFindings(await context([{ name: 'people.csv', text: 'id,sector\na,A\nb,B\n' }]))).toEqual([]);
  });
});

describe('communityFindings', () => {
  it('finds communities that are one sector, and one that mixes sectors', async () => {
    const findings = communityFindings(await context(threeCliques));
    expect(findings).toEqual([
      {
        id: 'community-mix:1', kind: 'spanner',
        title: 'Community 1 mixes 3 sectors: people working across',
        explanation: 'Looking only at who is tied to whom, community 1 is a cluster of 6 people that brings together C (2), D (2) and E (2): ' +
          'here ties cross the sector boundary.',
        evidence: { nodes: ['c1', 'c2', 'd1', 'd2', 'e1', 'e2'], edges: [], figures: { community: 1, size: 6, largestGroupShare: 1 / 3, groups: 3, mixedGroups: 3 } },
      },
      {
        id: 'community:2', kind: 'silo',
        title: 'Community 2 is all A',
        explanation: 'Looking only at who is tied to whom, community 2 is a cluster of 5 people, 5 of them in A, which has 7 people in all. ' +
          'Here the ties follow the sector: a silo.',
        evidence: { nodes: K1, edges: [], figures: { community: 2, size: 5, largestGroupShare: 1, groups: 1, groupSize: 7, inCommunity: 5 } },
      },
      {
        id: 'community:3', kind: 'silo',
        title: 'Community 3 is mostly B (80%)',
        explanation: 'Looking only at who is tied to whom, community 3 is a cluster of 5 people, 4 of them in B, that is everyone in B. ' +
          'Here the ties follow the sector: a silo.',
        evidence: { nodes: ['b1', 'b2', 'b3', 'b4', 'x1'], edges: [], figures: { community: 3, size: 5, largestGroupShare: 0.8, groups: 2, groupSize: 4, inCommunity: 4 } },
      },
    ]);
  });

  it('needs three people in a community, and a group to be mostly inside it', async () => {
    // Two pairs (A-A and B-B) and a triangle split 2 A / 1 B: the pairs are too small; the
    // triangle is 67% A, under 80%.
    const findings = communityFindings(await context([
      { name: 'people.csv', text: 'id,sector\np,A\nq,A\nr,B\ns,B\nt,A\nu,A\nv,B\n' },
      { name: 'ties.csv', text: 'source,target\np,q\nr,s\nt,u\nu,v\nt,v\n' },
    ]));
    expect(findings).toEqual([]);
  });
});

describe('communityMatch on the sample (story 2: clusters follow the care sectors)', () => {
  const files = (['people', 'ties', 'respondents', 'attendance'] as const).map((role) => ({
    name: `${role}.csv`, role, text: readFileSync(new URL(`../../../data/sample/${role}.csv`, import.meta.url), 'utf8'),
  }));

  it.each(['Baseline', '12 months', '24 months'])('finds acute, community and mental health as their own communities in %s', async (wave) => {
    const titles = communityFindings(await context(files, { wave })).map((f) => f.title);
    for (const sector of ['Acute trust', 'Community health', 'Mental health']) {
      expect(titles.some((t) => new RegExp(`^Community \\d+ is (all|almost all|mostly) ${sector}( \\(\\d+%\\))?$`).test(t)), sector).toBe(true);
    }
  });

  it('scores the latest wave as closely following sectors', async () => {
    const cm = communityMatch(await context(files))!;
    // scikit-learn 1.2.1 on the cross-table below, expanded to label vectors.
    expect(cm.counts).toEqual([
      [0, 0, 0, 0, 10, 0, 0, 12, 0, 30], [34, 1, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 26, 0, 0, 0],
      [0, 0, 24, 0, 0, 0, 0, 0, 1, 0], [1, 0, 0, 0, 0, 22, 0, 0, 0, 0], [0, 18, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 12, 0, 0, 0, 0, 6, 0],
    ]);
    expect(cm.adjustedRand).toBeCloseTo(0.7856387877630711, 12);
    expect(cm.nmi).toBeCloseTo(0.8925748507071, 12);
    expect(cm.leftOut).toEqual({ missingValue: 0, aloneInCommunity: 4 });
    const findings = communityFindings(await context(files));
    // Story 3: VCSE, public health and citizens form one cluster at the edge.
    expect(findings[0]!.title).toBe('Community 1 mixes 3 sectors: people working across');
    expect(findings.find((f) => f.id === 'community:5')!.title).toBe('Community 5 is almost all Mental health (96%)');
  });
});
