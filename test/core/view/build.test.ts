import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/import/dataset.ts';
import { compileEdges, compileGraph } from '../../../src/core/graph/compile.ts';
import { buildGraph, compileView, forEachViewEdge } from '../../../src/core/view/build.ts';
import { defaultView, describeView, type NetworkView } from '../../../src/core/view/view.ts';

// Five people; A and B name each other with two types; C names A; E is an isolate.
const ds = importDataset('t', [
  { name: 'p.csv', text: 'id,sector\nA,x\nB,x\nC,y\nD,y\nE,z\n' },
  {
    name: 't.csv',
    text: [
      'source,target,type,strength,wave',
      'A,B,advice,2,W1', 'A,B,trust,4,W1', 'B,A,advice,3,W1', 'C,A,advice,,W1',
      'A,D,advice,1,W2', 'D,A,advice,5,W2',
    ].join('\n'),
  },
  { name: 'a.csv', text: 'person,meeting,date,wave\nC,CoP,2024-01-01,W1\nD,CoP,2024-01-01,W1\nC,CoP,2024-02-01,W1\nD,CoP,2024-02-01,W1\nE,CoP,2024-02-01,W1\n' },
]);
const view = (v: Partial<NetworkView>): NetworkView => ({ ...defaultView(ds), ...v });
const edges = (v: Partial<NetworkView>): string[] => {
  const { graph } = buildGraph(ds, view(v));
  return graph.mapEdges((_, a, s, t) => `${s}${graph.type === 'directed' ? '>' : '-'}${t}:${a.strength ?? '?'}x${a.count}`).sort();
};

describe('buildGraph', () => {
  it('defaults to the latest wave, directed, every type', () => {
    expect(defaultView(ds)).toMatchObject({ wave: 'W2', direction: 'directed', tieTypes: null, merge: 'max', boundary: 'sector', betweenness: { kind: 'exact' } });
    expect(edges({})).toEqual(['A>D:1x1', 'D>A:5x1']);
  });

  it('keeps every person, isolates included', () => {
    const { graph } = buildGraph(ds, view({}));
    expect(graph.order).toBe(5);
    expect(graph.degree('E')).toBe(0);
  });

  it('merges parallel ties of different types into one edge by the merge rule', () => {
    expect(edges({ wave: 'W1' })).toEqual(['A>B:4x2', 'B>A:3x1', 'C>A:?x1']);
    expect(edges({ wave: 'W1', merge: 'mean' })).toEqual(['A>B:3x2', 'B>A:3x1', 'C>A:?x1']);
    expect(edges({ wave: 'W1', merge: 'sum' })).toEqual(['A>B:6x2', 'B>A:3x1', 'C>A:?x1']);
  });

  it('gives weight 1 to an edge with no strength, and keeps the types', () => {
    const { graph } = buildGraph(ds, view({ wave: 'W1' }));
    expect(graph.getEdgeAttributes(graph.edge('C', 'A')!)).toMatchObject({ weight: 1, strength: null, types: ['advice'] });
    expect(graph.getEdgeAttributes(graph.edge('A', 'B')!).types).toEqual(['advice', 'trust']);
  });

  it('symmetrises by union and by confirmation', () => {
    expect(edges({ wave: 'W1', direction: 'union' })).toEqual(['A-B:4x3', 'A-C:?x1']);
    expect(edges({ wave: 'W1', direction: 'confirmed' })).toEqual(['A-B:4x3']);
    const { stats } = buildGraph(ds, view({ wave: 'W1', direction: 'confirmed' }));
    expect(stats.unconfirmed).toBe(1);
  });

  it('filters by tie type and pools waves', () => {
    expect(edges({ wave: 'W1', tieTypes: ['trust'] })).toEqual(['A>B:4x1']);
    expect(edges({ wave: null, direction: 'union' })).toEqual(['A-B:4x3', 'A-C:?x1', 'A-D:5x2']);
  });

  it('leaves out weak ties and ties with no strength when a minimum is set, and counts them', () => {
    const { graph, stats } = buildGraph(ds, view({ wave: 'W1', minStrength: 3 }));
    expect(graph.size).toBe(2);
    expect(stats).toMatchObject({ tiesInScope: 4, belowMinStrength: 1, missingStrength: 1, edges: 2 });
  });

  it('adds co-attendance as undirected ties weighted by shared meetings', () => {
    expect(edges({ wave: 'W1', tieTypes: [], coAttendance: true, direction: 'union' })).toEqual(['C-D:2x1', 'C-E:1x1', 'D-E:1x1']);
    // In a directed view a co-attendance tie runs both ways.
    expect(edges({ wave: 'W1', tieTypes: [], coAttendance: true })).toEqual(
      ['C>D:2x1', 'C>E:1x1', 'D>C:2x1', 'D>E:1x1', 'E>C:1x1', 'E>D:1x1']);
  });

  it('describes the view in words', () => {
    expect(describeView(view({ minStrength: 3 }), ds)).toBe(
      'Wave: W2 · all tie types · ties as reported (directed) · strength 3 or more · parallel ties merged by max strength · boundary: sector');
  });

  it('keeps meetings within a date window and pairs who shared enough of them', () => {
    const union: Partial<NetworkView> = { wave: 'W1', tieTypes: [], coAttendance: true, direction: 'union' };
    expect(edges({ ...union, coAttendanceMin: 2 })).toEqual(['C-D:2x1']);
    expect(edges({ ...union, coAttendanceWindow: { from: '2024-02-01', to: null } })).toEqual(['C-D:1x1', 'C-E:1x1', 'D-E:1x1']);
    expect(edges({ ...union, coAttendanceWindow: { from: null, to: '2024-01-31' } })).toEqual(['C-D:1x1']);
    expect(edges({ ...union, coAttendanceWindow: { from: '2024-01-01', to: '2024-01-01' }, coAttendanceMin: 2 })).toEqual([]);
    expect(describeView(view({ ...union, coAttendanceMin: 2, coAttendanceWindow: { from: '2024-02-01', to: null } }), ds))
      .toContain('with co-attendance (2 or more shared meetings) at meetings from 2024-02-01');
  });
});

describe('buildGraph on respondents only', () => {
  // B did not answer W1; everyone answered W2. C named B in W1, and B is named by A.
  const surveyed = importDataset('r', [
    { name: 'p.csv', text: 'id\nA\nB\nC\n' },
    { name: 't.csv', text: 'source,target,wave\nA,B,W1\nC,A,W1\nC,B,W1\nB,C,W2\n' },
    { name: 'r.csv', text: 'id,wave\nA,W1\nC,W1\nA,W2\nB,W2\nC,W2\n' },
  ]);
  const v = (patch: Partial<NetworkView>): NetworkView => ({ ...defaultView(surveyed), ...patch });

  it('keeps non-respondents through the ties others reported, by default', () => {
    const { graph, stats } = buildGraph(surveyed, v({ wave: 'W1' }));
    expect(graph.order).toBe(3);
    expect(graph.edges().length).toBe(3);
    expect(stats.nonRespondentsLeftOut).toBe(0);
    expect(describeView(v({ wave: 'W1' }), surveyed)).toContain("non-respondents included through others' answers");
  });

  it('leaves out non-respondents and their ties when asked, and says so', () => {
    const { graph, stats } = buildGraph(surveyed, v({ wave: 'W1', respondentsOnly: true }));
    expect(graph.nodes().sort()).toEqual(['A', 'C']);
    expect(graph.edges().map((e) => `${graph.source(e)}>${graph.target(e)}`)).toEqual(['C>A']);
    expect(stats.nonRespondentsLeftOut).toBe(1);
    expect(describeView(v({ wave: 'W1', respondentsOnly: true }), surveyed)).toContain('respondents only');
    // Pooled waves: anyone who answered any wave.
    expect(buildGraph(surveyed, v({ wave: null, respondentsOnly: true })).graph.order).toBe(3);
  });

  it('keeps everyone when the data do not say who answered', () => {
    const { graph } = buildGraph(ds, view({ respondentsOnly: true }));
    expect(graph.order).toBe(5);
    expect(describeView(view({ respondentsOnly: true }), ds)).toContain('the data do not say who answered: everyone kept');
  });
});

describe('forEachViewEdge', () => {
  it('walks the same edges as buildGraph, in the same order, under every direction rule and merge', () => {
    for (const direction of ['directed', 'union', 'confirmed'] as const) {
      for (const merge of ['max', 'mean', 'sum', 'min'] as const) {
        for (const v of [{ wave: 'W1' }, { wave: null }, { wave: 'W1', coAttendance: true }]) {
          const chosen = view({ ...v, direction, merge });
          const { graph } = buildGraph(ds, chosen);
          const fromGraph = graph.mapEdges((_, a, s, t) => [s, t, a.strength, a.weight]);
          const walked: unknown[] = [];
          forEachViewEdge(ds, chosen, (e) => walked.push([e.source, e.target, e.strength, e.weight]));
          expect(walked).toEqual(fromGraph);
        }
      }
    }
  });
});

describe('compileView', () => {
  it('compiles the same network as compileGraph(buildGraph(...)) under every rule', () => {
    for (const direction of ['directed', 'union', 'confirmed'] as const) {
      for (const merge of ['max', 'mean', 'sum', 'min'] as const) {
        for (const v of [{ wave: 'W1' }, { wave: 'W2' }, { wave: null }, { wave: 'W1', coAttendance: true }, { wave: null, respondentsOnly: true }]) {
          const chosen = view({ ...v, direction, merge });
          const expected = compileGraph(buildGraph(ds, chosen).graph);
          const actual = compileView(ds, chosen);
          expect({ ...actual, index: [...actual.index] }).toEqual({ ...expected, index: [...expected.index] });
        }
      }
    }
  });
});

describe('compileEdges', () => {
  it('drops self-ties, merges parallel ties by the largest weight, and checks its input', () => {
    const g = compileEdges(['a', 'b', 'c'], false, Int32Array.from([0, 1, 2, 2]), Int32Array.from([1, 0, 2, 0]), Float64Array.from([1, 3, 5, 0]));
    expect(g.edgeCount).toBe(2);
    expect([...g.outTargets.subarray(g.outOffsets[0]!, g.outOffsets[1]!)]).toEqual([1, 2]);
    expect([...g.outWeights.subarray(g.outOffsets[0]!, g.outOffsets[1]!)]).toEqual([3, 0]);
    expect(() => compileEdges(['a'], true, Int32Array.from([0]), Int32Array.from([3]), Float64Array.from([1]))).toThrow(/compile: tie 0 joins 0 and 3/);
    expect(() => compileEdges(['a', 'b'], true, Int32Array.from([0]), Int32Array.from([1]), Float64Array.from([-1]))).toThrow(/compile: tie a -> b has weight -1/);
  });
});
