import { describe, expect, it } from 'vitest';
import { run, type Io } from '../../src/cli/main.ts';

function memoryIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: Io = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: (p) => {
      const f = files[p];
      if (f === undefined) throw new Error('ENOENT: no such file');
      return f;
    },
    writeFile: (p, t) => { written[p] = t; },
  };
  return { io, out, err, written };
}

const files = {
  'p.csv': 'id,name,sector\nA,Ann,Acute\nB,Bob,VCSE\nC,Cat,Acute\nD,=cmd(),VCSE\n',
  't.csv': 'source,target,type,wave\nA,B,advice,W1\nB,C,advice,W1\nA,C,trust,W2\nC,C,advice,W2\n',
};

describe('kith analyse', () => {
  it('prints a JSON analysis with schemaVersion, the view, the accounting and every person', () => {
    const m = memoryIo(files);
    expect(run(['analyse', '--people', 'p.csv', '--ties', 't.csv', '--wave', 'W1', '--direction', 'union'], m.io)).toBe(0);
    const json = JSON.parse(m.out.join(''));
    expect(json.schemaVersion).toBe(1);
    expect(json.view).toMatchObject({ wave: 'W1', direction: 'union' });
    expect(json.network).toMatchObject({ people: 4, ties: 2, isolates: 1, directed: false });
    const bob = json.people.find((p: { id: string }) => p.id === 'B');
    // B lies on the only path between A and C: betweenness 1 of the 3 pairs not involving B.
    expect(bob.metrics).toMatchObject({ degree: 2, betweenness: 1 / 3 });
    expect(json.imports[1]).toMatchObject({ rowsRead: 4, accepted: 3, rejected: 1 });
    expect(m.err.join('')).toContain('t.csv: 1 of 4 rows rejected');
  });

  it('defaults to the last wave and writes CSV with formula-looking cells neutralised', () => {
    const m = memoryIo(files);
    expect(run(['analyse', '--people', 'p.csv', '--ties', 't.csv', '--format', 'csv', '-o', 'out.csv'], m.io)).toBe(0);
    const lines = m.written['out.csv']!.trim().split('\n');
    expect(lines[0]).toBe('id,label,sector,degree,inDegree,outDegree,strength,betweenness,closeness,component');
    expect(lines[1]).toMatch(/^A,Ann,Acute,1,0,1,1,0,0,0$/);
    expect(lines[4]).toMatch(/^D,'=cmd\(\),VCSE,/);
  });

  it('answers usage errors with exit code 2 and the reason', () => {
    const m = memoryIo(files);
    expect(run(['analyse', '--people', 'p.csv', '--ties', 't.csv', '--wave', 'W9'], m.io)).toBe(2);
    expect(m.err.join('')).toContain('--wave: no wave "W9"; the waves are: W1, W2');
    expect(run(['analyse', '--bogus'], memoryIo(files).io)).toBe(2);
    expect(run(['frobnicate'], memoryIo(files).io)).toBe(2);
  });

  it('exits 1 with a message when a file cannot be read or holds no people', () => {
    const m = memoryIo(files);
    expect(run(['analyse', '--people', 'missing.csv'], m.io)).toBe(1);
    expect(m.err.join('')).toContain('cannot read missing.csv');
    const e = memoryIo({ 'e.csv': '' });
    expect(run(['analyse', '--people', 'e.csv'], e.io)).toBe(1);
    expect(e.err.join('')).toContain('e.csv: The file is empty.');
  });
});
