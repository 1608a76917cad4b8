import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../../src/core/graph/compile.ts';
import { betweenness } from '../../../src/core/metrics/betweenness.ts';
import { closeness } from '../../../src/core/metrics/closeness.ts';
import { groupsFromValues } from '../../../src/core/metrics/groups.ts';
import { fromPortable, ranges, runJob, workerPool, type PartialWorker, type PortableGraph } from '../../../src/core/metrics/parallel.ts';
import { computeSuite } from '../../../src/core/metrics/suite.ts';
import { randomEdgeList, readCsv, toGraphology, type EdgeList } from '../../fixtures/graphs/graphs.ts';

const list = (n: number, directed: boolean, pairs: [number, number][]): EdgeList =>
  ({ n, directed, edges: pairs.map(([s, t]) => [s, t, 1]) });
const suiteOf = (l: EdgeList, groups?: string[]) => {
  const g = compileGraph(toGraphology(l));
  return computeSuite(g, groups ? { groups: groupsFromValues(groups) } : {});
};

describe('computeSuite: network figures (by hand)', () => {
  it('undirected triangle and an isolate', async () => {
    // 3 ties of 4 * 3 / 2 = 6 possible: density 0.5; groups of 3 and 1.
    const { network } = await suiteOf(list(4, false, [[0, 1], [1, 2], [2, 0]]));
    expect(network).toMatchObject({
      nodes: 4, edges: 3, density: 0.5, weakComponents: 2, largestComponentShare: 0.75, isolates: 1,
      reciprocity: null, transitivity: 1, diameter: 1, averagePathLength: 1,
    });
  });

  it('directed: mutual ties count twice, parallel and self-ties not at all', async () => {
    // 0 -> 1, 1 -> 0, 1 -> 2 (twice), 3 -> 3: 3 distinct ties of 4 * 3 = 12 possible.
    const { network } = await suiteOf(list(4, true, [[0, 1], [1, 0], [1, 2], [1, 2], [3, 3]]));
    // Reciprocity: 2 of the 3 directed ties are returned. Strong components: {0,1}, {2}, {3}.
    expect(network).toMatchObject({ nodes: 4, edges: 3, density: 0.25, isolates: 1, reciprocity: 2 / 3, weakComponents: 2, strongComponents: 3 });
  });

  it('n = 0, 1, 2 do not throw and give figures that apply', async () => {
    expect((await suiteOf(list(0, false, []))).network).toMatchObject({ nodes: 0, density: 0, largestComponentShare: 0, diameter: null });
    expect((await suiteOf(list(1, false, []))).network).toMatchObject({ nodes: 1, isolates: 1, diameter: null, degreeCentralization: null });
    expect((await suiteOf(list(2, false, [[0, 1]]))).network).toMatchObject({ nodes: 2, density: 1, diameter: 1 });
  });

  it('Zachary karate club: 78 ties, density 0.139 (networkx karate_club_graph)', async () => {
    const { network } = await suiteOf(readCsv('karate-club'));
    expect(network.edges).toBe(78);
    expect(network.density).toBeCloseTo(0.13903743315508021, 15);
    // networkx: transitivity(G) = 0.2556818181818182, average_clustering(G) = 0.5706384782076823, diameter 5.
    expect(network.transitivity).toBeCloseTo(0.2556818181818182, 12);
    expect(network.averageClustering).toBeCloseTo(0.5706384782076823, 12);
    expect(network.diameter).toBe(5);
  });
});

describe('computeSuite: node figures', () => {
  it('agrees with each metric module run on its own', async () => {
    const g = compileGraph(toGraphology(randomEdgeList(11, 40, 0.08, true)));
    const { nodes } = await computeSuite(g);
    expect(nodes.betweenness).toEqual(betweenness(g));
    expect(nodes.closeness).toEqual(closeness(g));
    expect(nodes.betweennessError).toBeNull();
    expect(nodes.eiIndex).toBeNull();
    expect(nodes.brokerage).toBeNull();
  });

  it('gives group figures when a boundary is chosen', async () => {
    // A path 0 - 1 - 2 with groups a, a, b: one cross tie of two; E-I = (1 - 1) / 2 = 0.
    const s = await suiteOf(list(3, false, [[0, 1], [1, 2]]), ['a', 'a', 'b']);
    expect(s.network.eiIndex).toBe(0);
    expect(s.groups).toEqual([
      { label: 'a', size: 2, internalTies: 1, externalTies: 1, density: 1, eiIndex: 0 },
      { label: 'b', size: 1, internalTies: 0, externalTies: 1, density: null, eiIndex: 1 },
    ]);
    // 1 brokers 0 -> 2 and 2 -> 0 (undirected ties count both ways): representative and gatekeeper once each.
    expect(s.nodes.brokerage?.total[1]).toBe(2);
    expect(s.nodes.brokerage?.representative[1]).toBe(1);
    expect(s.nodes.brokerage?.gatekeeper[1]).toBe(1);
  });

  it('estimates betweenness from a sample and says so', async () => {
    const g = compileGraph(toGraphology(randomEdgeList(5, 60, 0.06, false)));
    const s = await computeSuite(g, { betweenness: { kind: 'sampled', samples: 20, seed: 3 } });
    expect(s.network.betweennessMethod).toBe('sampled from 20 of 60 people (seed 3)');
    expect(s.nodes.betweennessError).not.toBeNull();
    expect(s.network.betweennessCentralization).toBeNull();
    const exact = await computeSuite(g, { betweenness: { kind: 'sampled', samples: 60, seed: 3 } });
    expect(exact.nodes.betweenness).toEqual(betweenness(g));
  });

  it('reports progress from 0 to 1 without going back', async () => {
    const seen: number[] = [];
    await computeSuite(compileGraph(toGraphology(readCsv('karate-club'))), { onProgress: (f) => seen.push(f) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
  });
});

describe('workerPool', () => {
  it('cuts the sources into ranges that cover them once', () => {
    expect(ranges(10, 3)).toEqual([[0, 4], [4, 8], [8, 10]]);
    expect(ranges(0, 3)).toEqual([]);
  });

  /** Workers that run in this thread on their own copy of the graph, as a real worker would. */
  const fakeSpawn = (count: { spawned: number }) => (portable: PortableGraph): PartialWorker => {
    count.spawned++;
    const copy = fromPortable(structuredClone(portable));
    return {
      run: async (job, from, to, onDone) => runJob(copy, job, from, to, (d, t) => { if (d === t) onDone(t); }),
      close: () => {},
    };
  };

  it('adds the workers’ parts up to the single-thread suite', async () => {
    const g = compileGraph(toGraphology(randomEdgeList(9, 1600, 0.004, true)));
    const count = { spawned: 0 };
    const pooled = await computeSuite(g, { pool: workerPool(fakeSpawn(count), 3) });
    expect(count.spawned).toBe(3);
    const single = await computeSuite(g);
    for (let v = 0; v < g.n; v++) expect(pooled.nodes.betweenness[v]).toBeCloseTo(single.nodes.betweenness[v]!, 12);
    expect(pooled.nodes.closeness).toEqual(single.nodes.closeness);
    for (let v = 0; v < g.n; v++) expect(pooled.nodes.harmonic[v]).toBeCloseTo(single.nodes.harmonic[v]!, 10);
    expect(pooled.network.diameter).toBe(single.network.diameter);
    expect(pooled.network.averagePathLength).toBeCloseTo(single.network.averagePathLength!, 12);
    expect(pooled.network.globalEfficiency).toBeCloseTo(single.network.globalEfficiency, 12);
  });

  it('starts no worker below the size where workers pay off', async () => {
    const g = compileGraph(toGraphology(randomEdgeList(2, 50, 0.1, true)));
    const count = { spawned: 0 };
    const s = await computeSuite(g, { pool: workerPool(fakeSpawn(count), 4) });
    expect(count.spawned).toBe(0);
    expect(s.nodes.betweenness).toEqual(betweenness(g));
  });
});
