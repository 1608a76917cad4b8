/**
 * `npm run bench`: each metric's time in Kith, in graphology-metrics and (when Debian's
 * python3-igraph is installed) in igraph, on generated directed networks of 1k, 5k and 20k
 * people with 10 ties each and 8 groups. Prints a Markdown table; never fails on time.
 *
 *   npm run bench                       # 1k, 5k, 20k
 *   npm run bench -- --sizes 1000,5000  # quicker
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Graph from 'graphology';
import gBetweenness from 'graphology-metrics/centrality/betweenness.js';
import gCloseness from 'graphology-metrics/centrality/closeness.js';
import gEigenvector from 'graphology-metrics/centrality/eigenvector.js';
import gPagerank from 'graphology-metrics/centrality/pagerank.js';
import gLouvain from 'graphology-communities-louvain';
import { generateLarge } from '../../data/gen/large.ts';
import { threadPool } from '../../src/cli/threads.ts';
import { compileGraph, type CompiledGraph } from '../../src/core/graph/compile.ts';
import { betweenness } from '../../src/core/metrics/betweenness.ts';
import { closeness } from '../../src/core/metrics/closeness.ts';
import { localClustering } from '../../src/core/metrics/clustering.ts';
import { constraint } from '../../src/core/metrics/constraint.ts';
import { coreNumber } from '../../src/core/metrics/core-number.ts';
import { degrees } from '../../src/core/metrics/degree.ts';
import { eigenvector } from '../../src/core/metrics/eigenvector.ts';
import { groupsFromValues } from '../../src/core/metrics/groups.ts';
import { harmonic } from '../../src/core/metrics/harmonic.ts';
import { louvain } from '../../src/core/metrics/louvain.ts';
import { pagerank } from '../../src/core/metrics/pagerank.ts';
import { sampledBetweenness } from '../../src/core/metrics/sampled-betweenness.ts';
import { computeSuite } from '../../src/core/metrics/suite.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,5000,20000' } } });
const sizes = values.sizes.split(',').map(Number);
const python = '/usr/bin/python3';

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}
async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return (performance.now() - t0) / 1000;
}

function network(n: number): { graph: Graph; g: CompiledGraph; group: Int32Array; edges: [number, number][] } {
  const net = generateLarge({ people: n, tiesPerPerson: 10, groups: 8, waves: 1, seed: 7, responseRate: 1 });
  const w = net.waves[0]!;
  const graph = new Graph({ type: 'directed' });
  for (let i = 0; i < n; i++) graph.addNode(String(i));
  const edges: [number, number][] = [];
  for (let e = 0; e < w.source.length; e++) {
    const s = w.source[e]!;
    const t = w.target[e]!;
    if (!graph.hasEdge(String(s), String(t))) { graph.addEdge(String(s), String(t), { weight: 1 }); edges.push([s, t]); }
  }
  return { graph, g: compileGraph(graph), group: net.group, edges };
}

function igraphTimes(n: number, edges: [number, number][]): Record<string, number> | null {
  try {
    execFileSync(python, ['-c', 'import igraph'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'kith-bench-'));
  const file = join(dir, 'edges.tsv');
  writeFileSync(file, edges.map(([s, t]) => `${s}\t${t}`).join('\n'));
  const script = new URL('./igraph_times.py', import.meta.url).pathname;
  return JSON.parse(execFileSync(python, [script, file, String(n), '1'], { encoding: 'utf8', maxBuffer: 1 << 24 })) as Record<string, number>;
}

const fmt = (s: number | undefined): string => (s === undefined ? '–' : s < 0.01 ? `${(s * 1000).toFixed(1)} ms` : `${s.toFixed(2)} s`);
const ratio = (a: number | undefined, b: number | undefined): string => (a === undefined || b === undefined || a === 0 ? '–' : `${(b / a).toFixed(1)}×`);

console.log(`# Kith metrics benchmark\n\nSpeed-up: the other tool's time divided by Kith's (above 1: Kith is faster).\n\n${new Date().toISOString().slice(0, 10)} · ${cpus()[0]?.model ?? 'unknown CPU'} · ${availableParallelism()} cores · Node ${process.version}\n`);
for (const n of sizes) {
  const { graph, g, group, edges } = network(n);
  const groups = groupsFromValues([...group].map((k) => `G${k}`));
  console.log(`## ${n.toLocaleString('en-GB')} people, ${g.edgeCount.toLocaleString('en-GB')} directed ties\n`);
  const kith: Record<string, number> = {};
  kith.degree = time(() => degrees(g));
  kith.betweenness = time(() => betweenness(g));
  kith['betweenness (all cores)'] = await timeAsync(async () => {
    const pool = threadPool()(g);
    try { await pool.betweenness(false, () => {}); } finally { pool.close(); }
  });
  kith['betweenness (sampled, 500)'] = time(() => sampledBetweenness(g, { samples: 500, seed: 1 }));
  kith.closeness = time(() => closeness(g));
  kith.harmonic = time(() => harmonic(g));
  kith.pagerank = time(() => pagerank(g));
  kith.eigenvector = time(() => eigenvector(g));
  kith.clustering = time(() => localClustering(g));
  kith.coreNumber = time(() => coreNumber(g));
  kith.constraint = time(() => constraint(g));
  kith.louvain = time(() => louvain(g, { seed: 1 }));
  kith['full suite, exact (all cores)'] = await timeAsync(() => computeSuite(g, { groups, pool: threadPool() }));
  kith['full suite, sampled betweenness'] = await timeAsync(() => computeSuite(g, { groups, pool: threadPool(), betweenness: { kind: 'sampled', samples: 500, seed: 1 } }));

  const gm: Record<string, number> = {};
  gm.betweenness = time(() => gBetweenness(graph));
  gm.closeness = time(() => gCloseness(graph));
  gm.pagerank = time(() => gPagerank(graph));
  try { gm.eigenvector = time(() => gEigenvector(graph)); } catch { /* does not converge on some graphs */ }
  gm.louvain = time(() => gLouvain(graph.copy(), { rng: () => 0.5 }));
  const ig = igraphTimes(n, edges) ?? {};

  console.log('| metric | Kith | graphology-metrics | speed-up vs graphology | igraph (C) | speed-up vs igraph |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, t] of Object.entries(kith)) {
    const key = name.startsWith('betweenness') ? 'betweenness' : name;
    const other = gm[key];
    const c = ig[key];
    console.log(`| ${name} | ${fmt(t)} | ${fmt(other)} | ${ratio(t, other)} | ${fmt(c)} | ${ratio(t, c)} |`);
  }
  console.log('');
}
