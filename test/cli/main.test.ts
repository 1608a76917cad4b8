import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { memoryIo } from './io.ts';


const files = {
  'p.csv': 'id,name,sector\nA,Ann,Acute\nB,Bob,VCSE\nC,Cat,Acute\nD,=cmd(),VCSE\n',
  't.csv': 'source,target,type,freq,wave\nA,B,advice,2,W1\nB,C,advice,3,W1\nA,C,trust,1,W2\nC,C,advice,1,W2\n',
  'w1.csv': 'source,target\nA,B\nB,C\n',
  'w2.csv': 'source,target\nA,B\n',
  'r.csv': 'wave,id\nW1,A\nW1,B\nW2,A\n',
};
const NODE_KEYS = ['degree', 'inDegree', 'outDegree', 'weightedDegree', 'betweenness', 'betweennessRaw', 'closeness',
  'harmonic', 'eigenvector', 'pagerank', 'clustering', 'constraint', 'effectiveSize', 'coreNumber', 'articulationPoint',
  'reach2', 'community', 'eiIndex', 'brokerage'];
const NETWORK_KEYS = ['nodes', 'edges', 'density', 'reciprocity', 'transitivity', 'averageClustering', 'weakComponents',
  'strongComponents', 'largestComponentShare', 'diameter', 'averagePathLength', 'degreeCentralization',
  'betweennessCentralization', 'eiIndex', 'groupModularity', 'communityModularity', 'assortativity', 'globalEfficiency'];

describe('kith analyze: JSON', () => {
  it('gives one record per wave with every contracted key, and the changes between waves', async () => {
    const m = memoryIo(files);
    expect(await run(['analyze', '--nodes', 'p.csv', '--edges', 't.csv', '--undirected', '--threads', '1'], m.io)).toBe(0);
    const json = m.json();
    expect(json.schemaVersion).toBe(1);
    expect(json.waves.map((w: { wave: string }) => w.wave)).toEqual(['W1', 'W2']);
    const w1 = json.waves[0];
    for (const k of NETWORK_KEYS) expect(w1.network).toHaveProperty(k);
    for (const k of NODE_KEYS) expect(w1.nodes[0]).toHaveProperty(k);
    expect(w1.network).toMatchObject({ nodes: 4, edges: 2, isolates: 1, directed: false, reciprocity: null });
    const bob = w1.nodes.find((p: { id: string }) => p.id === 'B');
    // B lies on the only path between A and C: betweenness 1 of the 3 pairs not involving B.
    // B (VCSE) is tied to A and C (both Acute): every tie crosses, E-I = +1.
    expect(bob).toMatchObject({ degree: 2, betweenness: 1 / 3, articulationPoint: true, eiIndex: 1 });
    // The isolate D: constraint does not apply (null), never 0.
    expect(w1.nodes.find((p: { id: string }) => p.id === 'D')).toMatchObject({ constraint: null, effectiveSize: null });
    expect(w1.groups.map((g: { label: string }) => g.label)).toEqual(['Acute', 'VCSE']);
    expect(json.changes).toEqual([{ from: 'W1', to: 'W2', added: 1, removed: 2, kept: 0, unknown: 0, jaccard: 0 }]);
    expect(json.input.imports[1]).toMatchObject({ rowsRead: 4, accepted: 3, rejected: 1 });
    expect(m.err.join('')).toContain('kith: t.csv:5: target: Self-tie');
  });

  it('reads a file per wave with --wave before each --edges, and respondents', async () => {
    const m = memoryIo(files);
    expect(await run(['analyze', '--nodes', 'p.csv', '--wave', 'W1', '--edges', 'w1.csv', '--wave', 'W2', '--edges', 'w2.csv',
      '--respondents', 'r.csv', '--threads', '1'], m.io)).toBe(0);
    const json = m.json();
    expect(json.waves.map((w: { wave: string; respondents: number }) => [w.wave, w.respondents])).toEqual([['W1', 2], ['W2', 1]]);
    // B -> C is missing in W2, but B did not answer W2: unknown, not removed.
    expect(json.changes[0]).toMatchObject({ added: 0, removed: 0, kept: 1, unknown: 1, jaccard: 0.5 });
  });

  it('analyses respondents only when asked, and records the choice', async () => {
    const m = memoryIo(files);
    expect(await run(['analyze', '--nodes', 'p.csv', '--wave', 'W1', '--edges', 'w1.csv', '--wave', 'W2', '--edges', 'w2.csv',
      '--respondents', 'r.csv', '--respondents-only', '--threads', '1'], m.io)).toBe(0);
    const json = m.json();
    expect(json.view.respondentsOnly).toBe(true);
    // W1: A and B answered (C and D left out), so only A -> B stays; W2: only A answered.
    expect(json.waves.map((w: { network: { nodes: number; edges: number; build: { nonRespondentsLeftOut: number } } }) =>
      [w.network.nodes, w.network.edges, w.network.build.nonRespondentsLeftOut])).toEqual([[2, 1, 2], [1, 0, 3]]);
  });

  it('analyses the network of organisations with --level, wave by wave', async () => {
    const m = memoryIo(files);
    expect(await run(['analyze', '--nodes', 'p.csv', '--edges', 't.csv', '--level', 'sector', '--undirected', '--threads', '1'], m.io)).toBe(0);
    const json = m.json();
    expect(json.input).toMatchObject({ people: 4, level: { attribute: 'sector', weight: 'ties', groups: 2 } });
    // W1: A-B and B-C (Acute-VCSE twice) make one tie of weight 2; W2: A-C stays inside Acute.
    const w1 = json.waves[0];
    expect(w1.network).toMatchObject({ nodes: 2, edges: 1 });
    expect(w1.nodes.map((n: { id: string; weightedDegree: number }) => [n.id, n.weightedDegree])).toEqual([['Acute', 2], ['VCSE', 2]]);
    expect(json.waves[1].network.edges).toBe(0);
    const bad = memoryIo(files);
    expect(await run(['analyze', '--nodes', 'p.csv', '--edges', 't.csv', '--level', 'team'], bad.io)).toBe(2);
    expect(bad.err.join('')).toContain('--level: no attribute "team"; the attributes are: sector');
  });

  it('projects co-attendance with a minimum of shared meetings and a date window', async () => {
    // A and B met twice (January and March); C came to the March meeting only.
    const withAttendance = { ...files, 'a.csv': 'person,meeting,date\nA,CoP,2024-01-10\nB,CoP,2024-01-10\nA,CoP,2024-03-10\nB,CoP,2024-03-10\nC,CoP,2024-03-10\n' };
    const m = memoryIo(withAttendance);
    const edgesWith = async (...flags: string[]): Promise<number> => {
      const mm = memoryIo(withAttendance);
      expect(await run(['analyze', '--nodes', 'p.csv', '--attendance', 'a.csv', '--co-attendance', '--undirected', '--threads', '1', ...flags], mm.io)).toBe(0);
      return mm.json().waves[0].network.edges as number;
    };
    expect(await edgesWith()).toBe(3);
    expect(await edgesWith('--co-attendance-min', '2')).toBe(1);
    expect(await edgesWith('--co-attendance-to', '2024-02-01')).toBe(1);
    expect(await run(['analyze', '--nodes', 'p.csv', '--attendance', 'a.csv', '--co-attendance', '--co-attendance-from', '1 March'], m.io)).toBe(2);
    expect(m.err.join('')).toContain('--co-attendance-from: a date as yyyy-mm-dd, not "1 March"');
  });

  it('uses --weight as the strength column and --group none to turn group figures off', async () => {
    const m = memoryIo(files);
    expect(await run(['analyze', '--nodes', 'p.csv', '--edges', 't.csv', '--weight', 'freq', '--group', 'none', '--threads', '1'], m.io)).toBe(0);
    const w1 = m.json().waves[0];
    expect(w1.nodes.find((p: { id: string }) => p.id === 'B').weightedDegree).toBe(5);
    expect(w1.network.eiIndex).toBeNull();
    expect(w1.nodes[0].brokerage).toBeNull();
    expect(w1.groups).toBeNull();
  });
});

describe('kith analyze: CSV and errors', () => {
  it('writes one row a person a wave, with formula-looking cells neutralised', async () => {
    const m = memoryIo(files);
    expect(await run(['analyze', '--nodes', 'p.csv', '--edges', 't.csv', '--format', 'csv', '-o', 'out.csv', '--threads', '1'], m.io)).toBe(0);
    const lines = m.written['out.csv']!.trim().split('\n');
    expect(lines[0]).toMatch(/^wave,id,label,sector,degree,inDegree,/);
    expect(lines).toHaveLength(1 + 2 * 4);
    expect(lines.find((l) => l.startsWith('W1,D,'))).toMatch(/^W1,D,'=cmd\(\),VCSE,/);
  });

  it('answers usage errors and bad input with exit code 2 and the reason', async () => {
    const cases: [string[], string][] = [
      [['analyze', '--nodes', 'p.csv', '--wave', 'W1'], '--wave W1 is not followed by an --edges file'],
      [['analyze', '--nodes', 'p.csv', '--group', 'colour'], '--group: no attribute "colour"; the attributes are: sector'],
      [['analyze', '--bogus'], "Unknown option '--bogus'"],
      [['frobnicate'], 'unknown command "frobnicate"'],
      [['analyze', '--nodes', 'missing.csv'], 'cannot read missing.csv'],
      [['analyze', '--nodes', 'p.csv', '--edges', 't.csv', '--weight', 'rating'], 't.csv: The file has no column "rating" (chosen for strength)'],
      [['analyze', '--nodes', 'p.csv', '--edges', 't.csv', '--strict'], '--strict: 1 rows were rejected'],
    ];
    for (const [argv, message] of cases) {
      const m = memoryIo(files);
      expect(await run(argv, m.io), argv.join(' ')).toBe(2);
      expect(m.err.join('')).toContain(message);
    }
  });
});

describe('kith analyze: routes', () => {
  it('estimates from a sample, or takes routes by tie strength, and says so', async () => {
    const sampled = memoryIo(files);
    expect(await run(['analyze', '--nodes', 'p.csv', '--edges', 't.csv', '--sample', '2', '--seed', '4', '--threads', '1'], sampled.io)).toBe(0);
    const w1 = sampled.json().waves[0];
    expect(w1.network.betweennessMethod).toBe('sampled from 2 of 4 people (seed 4)');
    expect(w1.nodes[0]).toHaveProperty('betweennessError');
    expect(w1.network.betweennessCentralization).toBeNull();
    const weighted = memoryIo(files);
    expect(await run(['analyze', '--nodes', 'p.csv', '--edges', 't.csv', '--weight', 'freq', '--weighted-routes', '--threads', '1'], weighted.io)).toBe(0);
    expect(weighted.json().waves[0].network.betweennessMethod).toBe('exact, routes by tie strength');
    expect(weighted.json().view.betweenness).toEqual({ kind: 'exact', weighted: true });
  });
});
