import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { exportFile } from '../../../src/core/export/files.ts';
import { mapSvg } from '../../../src/core/export/map-svg.ts';
import { mapPictureOf, pictureNote } from '../../../src/core/export/picture.ts';
import { defaultView } from '../../../src/core/view/view.ts';
import { fixture } from './network-fixture.ts';

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement!;

describe('mapPictureOf', () => {
  it('draws the exported people with their colours and the key of the values shown', async () => {
    const { net } = await fixture({ hidden: { sector: ['VCSE'] } });
    const p = mapPictureOf(net, { title: 'T' });
    expect(p.nodes.map((n) => [n.id, n.colour])).toEqual([['A', '#0072B2'], ['C', '#0072B2'], ['D', '#E69F00']]);
    expect(p.edges.every((e) => e.directed)).toBe(true);
    // VCSE is hidden, so it is not in the key; the colours stay those of the map.
    expect(p.legend).toEqual({ title: 'sector', items: [{ label: 'Acute', colour: '#0072B2' }, { label: 'Primary care', colour: '#E69F00' }] });
  });

  it('says what size means and which view the picture shows', async () => {
    const { ds } = await fixture();
    expect(pictureNote(ds, defaultView(ds), 'betweenness')).toMatch(/^Circle size: Betweenness\. All tie types.*\.$/i);
    expect(pictureNote(ds, defaultView(ds), null)).toMatch(/^Everyone drawn the same size\./);
    expect(pictureNote(ds, defaultView(ds), null, { count: 0, hidden: {} })).not.toContain('Not shown');
  });

  it('says who the filters leave out of the picture', async () => {
    const { ds, r } = await fixture();
    const display = { colourBy: 'sector', sizeBy: null, hidden: { sector: ['VCSE', 'Acute'], lead: [] }, positions: null, pseudonymous: false };
    const svg = exportFile(ds, defaultView(ds), r, { format: 'svg', display });
    const note = Array.from(parse(svg).getElementsByTagName('tspan')).map((t) => t.textContent).join(' ');
    expect(note).toMatch(/Not shown: 3 people \(sector: VCSE, Acute\)\.$/);
  });
});

describe('exportFile', () => {
  it('writes each format from the analysed view', async () => {
    const { ds, r } = await fixture();
    const display = { colourBy: 'sector', sizeBy: 'degree' as const, hidden: {}, positions: null, pseudonymous: false };
    const view = defaultView(ds);
    const files = Object.fromEntries((['people-csv', 'ties-csv', 'gexf', 'graphml', 'svg'] as const)
      .map((format) => [format, exportFile(ds, view, r, { format, display })]));
    expect(files['people-csv']!.startsWith('\uFEFFid,name,sector')).toBe(true);
    expect(files['ties-csv']!.trim().split('\r\n')).toHaveLength(1 + 5);
    expect(parse(files.gexf!).tagName).toBe('gexf');
    expect(parse(files.graphml!).tagName).toBe('graphml');
    const svg = parse(files.svg!);
    expect(svg.getElementsByTagName('circle')).toHaveLength(4);
    expect(svg.getElementsByTagName('title')[0]!.textContent).toBe('Fixture & <friends>');
  });
});

describe('the picture note', () => {
  it('wraps a long note onto lines inside the picture, keeping every word', () => {
    const note = Array.from({ length: 25 }, (_, i) => `word${i}`).join(' ');
    const root = parse(mapSvg({ width: 500, height: 300, nodes: [], edges: [], legend: null, note }));
    const text = Array.from(root.getElementsByTagName('text')).find((t) => t.getAttribute('class') === 'note')!;
    const lines = Array.from(text.getElementsByTagName('tspan'));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.textContent).join(' ')).toBe(note);
    for (const l of lines) {
      expect(Number(l.getAttribute('y'))).toBeLessThanOrEqual(300);
      expect(l.textContent!.length * 0.55 * 11).toBeLessThanOrEqual(500 - 32);
    }
  });

  it('cuts a note longer than three lines short, visibly', () => {
    const note = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const root = parse(mapSvg({ width: 500, height: 300, nodes: [], edges: [], legend: null, note }));
    const lines = Array.from(root.getElementsByTagName('tspan'));
    expect(lines).toHaveLength(3);
    expect(lines[2]!.textContent!.endsWith('…')).toBe(true);
  });
});
