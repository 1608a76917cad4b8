// Whole reports and charts (vega's first load) take seconds on a busy machine: a generous timeout, never a timed test.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { memoryIo } from './io.ts';


// Sector x: 5 people, sector y: 3 (merged away when pseudonymised). Two waves; I did not answer W2.
const files = {
  'p.csv': 'id,name,sector\nA,Ann Abernethy,x\nB,Bea Brackenridge,x\nC,Cal Cruickshank,x\nD,Dee Dunsmuir,x\nE,Eve Ellingham,x\nF,Fay Fotheringay,y\nG,Gus Gallacher,y\nI,Ida Inglethorp,y\n',
  't.csv': 'source,target,wave\nA,B,W1\nB,C,W1\nC,D,W1\nD,E,W1\nE,F,W1\nF,G,W1\nG,I,W1\nI,A,W1\nA,B,W2\nB,A,W2\nC,D,W2\nE,F,W2\nF,G,W2\n',
  'r.csv': 'wave,id\nW1,A\nW1,B\nW1,C\nW1,D\nW1,E\nW1,F\nW1,G\nW1,I\nW2,A\nW2,B\nW2,C\nW2,D\nW2,E\nW2,F\nW2,G\n',
};
const base = ['report', '--nodes', 'p.csv', '--edges', 't.csv', '--respondents', 'r.csv', '--threads', '1', '--date', '2026-11-23'];
const figure = (html: string, id: string) => new RegExp(`<tr data-figure="${id}">.*?<td class="num value">([^<]*)</td>`, 's').exec(html)?.[1];

describe('kith report', { timeout: 60_000 }, () => {
  it('writes the report of the latest wave, the same page every run', async () => {
    const m = memoryIo(files);
    expect(await run([...base, '-o', 'report.html'], m.io)).toBe(0);
    const html = m.written['report.html']!;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    for (const s of ['question', 'data', 'health', 'map', 'charts', 'findings', 'change', 'methods']) expect(html, s).toContain(`data-section="${s}"`);
    expect(html).toContain('Wave: W2');
    expect(html).toContain('23 November 2026');
    // W2: 5 ties among 8 people, directed: density 5 / 56 = 8.9%; 7 of 8 answered.
    expect(figure(html, 'ties')).toBe('5');
    expect(figure(html, 'density')).toBe('8.9%');
    expect(figure(html, 'responseRate')).toBe('88%');
    expect(html).toContain('Ann Abernethy');
    const again = memoryIo(files);
    await run([...base, '-o', 'report.html'], again.io);
    expect(again.written['report.html']).toBe(html);
  });

  it('reports any wave with --at, and writes to standard output without -o', async () => {
    const m = memoryIo(files);
    expect(await run([...base, '--at', 'W1'], m.io)).toBe(0);
    const html = m.out.join('');
    expect(html).toContain('Wave: W1');
    expect(figure(html, 'ties')).toBe('8');
    expect(html).not.toContain('data-section="change"');
  });

  it('--pseudonymise names nobody and merges groups under 5 people', async () => {
    const m = memoryIo(files);
    expect(await run([...base, '--pseudonymise', '-o', 'r.html'], m.io)).toBe(0);
    const html = m.written['r.html']!;
    for (const surname of ['Abernethy', 'Brackenridge', 'Cruickshank', 'Dunsmuir', 'Ellingham', 'Fotheringay', 'Gallacher', 'Inglethorp']) {
      expect(html).not.toContain(surname);
    }
    expect(html).toContain('withheld');
    expect(html).toMatch(/P-[0-9A-Z]{5}/);
  });

  it('names the flag in a usage error', async () => {
    const m = memoryIo(files);
    expect(await run([...base, '--at', 'W9'], m.io)).toBe(2);
    expect(m.err.join('')).toContain('--at: no wave "W9"; the waves are: W1, W2');
    const d = memoryIo(files);
    expect(await run([...base.slice(0, -2), '--date', '23/11/2026'], d.io)).toBe(2);
    expect(d.err.join('')).toContain('--date');
  });
});
