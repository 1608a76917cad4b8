import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS, labelledIds, mapSvg, type MapPicture } from '../../../src/core/export/map-svg.ts';
import { xmlText } from '../../../src/core/export/xml.ts';

/** Parses strictly: xmldom throws on any well-formedness error (a stray & or <, a bad tag). */
function parse(svg: string) {
  return new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement!;
}
function all(root: Element, tag: string): Element[] {
  return Array.from(root.getElementsByTagName(tag));
}
function num(el: Element, name: string): number {
  return Number(el.getAttribute(name));
}

const HOSTILE = ['<script>alert(1)</script>', 'Tom & Jerry', '"quoted" \'single\'', 'bell\u0007char', ']]>', 'Zoë <b>'];

function picture(over: Partial<MapPicture> = {}): MapPicture {
  return {
    title: 'Ties of <care> & "support"',
    width: 800, height: 500,
    nodes: [
      { id: 'a', label: HOSTILE[0]!, x: -100, y: 50, size: 16, colour: '#0072B2' },
      { id: 'b', label: HOSTILE[1]!, x: 300, y: -20, size: 3, colour: '#E69F00' },
      { id: 'c', label: HOSTILE[2]!, x: 20, y: 900, size: 8, colour: '#009E73' },
      { id: 'd', label: HOSTILE[3]!, x: 0, y: 0, size: 5, colour: '#0072B2' },
    ],
    edges: [
      { source: 'a', target: 'b', weight: 1, directed: false },
      { source: 'b', target: 'c', weight: 4, directed: false },
      { source: 'c', target: 'x-missing', weight: 1, directed: false },
    ],
    legend: { title: 'Sector & <role>', items: [{ label: 'Acute', colour: '#0072B2' }, { label: 'VCSE & "community"', colour: '#E69F00' }, { label: 'Not recorded', colour: '#b8b8b8' }] },
    note: 'Size: betweenness. Wave: <12 months>.',
    ...over,
  };
}

describe('xmlText', () => {
  it('escapes markup and quotes and drops characters XML forbids', () => {
    expect(xmlText('<a href="x">&\'</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(xmlText('a\u0000b\u001Fc\tn\u{1F600}\uD800')).toBe('abc\tn\u{1F600}');
  });
});

describe('mapSvg', () => {
  it('is a standalone SVG that parses as XML, with every hostile name kept as text', () => {
    const svg = mapSvg(picture({ nodes: picture().nodes.map((n) => ({ ...n, showLabel: true })) }));
    const root = parse(svg);
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(all(root, 'script')).toHaveLength(0);
    const labels = all(root, 'text').map((t) => t.textContent);
    // The label text round-trips exactly, except the control character XML cannot carry.
    expect(labels).toEqual(expect.arrayContaining([HOSTILE[0], HOSTILE[1], HOSTILE[2], 'bellchar']));
    expect(labels).toContain('Ties of <care> & "support"');
    expect(labels).toContain('Size: betweenness. Wave: <12 months>.');
  });

  it('draws one circle per person and one line per tie whose ends are both drawn', () => {
    const root = parse(mapSvg(picture()));
    const people = all(root, 'g').find((g) => g.getAttribute('class') === 'people')!;
    expect(all(people, 'circle')).toHaveLength(4);
    expect(all(root, 'line')).toHaveLength(2); // the tie to a missing person is left out
    expect(all(root, 'marker')).toHaveLength(0); // undirected: no arrowheads
  });

  it('fits every person wholly inside the picture, keeping the aspect ratio with y pointing up', () => {
    const p = picture({ width: 640, height: 360 });
    const root = parse(mapSvg(p));
    const circles = all(root, 'circle');
    for (const c of circles) {
      const [x, y, r] = [num(c, 'cx'), num(c, 'cy'), num(c, 'r')];
      expect(x - r).toBeGreaterThanOrEqual(0);
      expect(y - r).toBeGreaterThanOrEqual(0);
      expect(x + r).toBeLessThanOrEqual(640 - 192); // left of the legend (30% of 640)
      expect(y + r).toBeLessThanOrEqual(360);
    }
    const byLabel = new Map(circles.map((c) => [all(c, 'title')[0]!.textContent, c]));
    const a = byLabel.get(HOSTILE[0]!)!, b = byLabel.get(HOSTILE[1]!)!, c = byLabel.get(HOSTILE[2]!)!;
    // c has the highest layout y, so it is drawn highest (smallest SVG y).
    expect(num(c, 'cy')).toBeLessThan(num(a, 'cy'));
    // Same scale on both axes: layout distances keep their ratio.
    const ratio = (num(b, 'cx') - num(a, 'cx')) / (num(a, 'cy') - num(c, 'cy'));
    expect(ratio).toBeCloseTo(400 / 850, 2);
  });

  it('shows a legend with its title and each item with its colour', () => {
    const root = parse(mapSvg(picture()));
    const legend = all(root, 'g').find((g) => g.getAttribute('class') === 'legend')!;
    expect(all(legend, 'text').map((t) => t.textContent)).toEqual(['Sector & <role>', 'Acute', 'VCSE & "community"', 'Not recorded']);
    expect(all(legend, 'rect').map((r) => r.getAttribute('fill'))).toEqual(['#0072B2', '#E69F00', '#b8b8b8']);
    expect(all(parse(mapSvg(picture({ legend: null }))), 'g').some((g) => g.getAttribute('class') === 'legend')).toBe(false);
  });

  it('counts legend values that do not fit rather than drawing them off the picture', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ label: `Group ${i}`, colour: '#000000' }));
    const root = parse(mapSvg(picture({ height: 300, legend: { title: 'Team', items } })));
    const legend = all(root, 'g').find((g) => g.getAttribute('class') === 'legend')!;
    const texts = all(legend, 'text');
    const shown = all(legend, 'rect').length;
    expect(shown).toBeLessThan(40);
    expect(texts.at(-1)!.textContent).toBe(`and ${40 - shown} more`);
    for (const t of texts) expect(num(t, 'y')).toBeLessThanOrEqual(300);
  });

  it('draws arrowheads only for directed ties, one marker per tie colour', () => {
    const root = parse(mapSvg(picture({
      edges: [
        { source: 'a', target: 'b', weight: 1, directed: true },
        { source: 'b', target: 'c', weight: 2, directed: true, colour: '#D55E00' },
        { source: 'c', target: 'd', weight: 2, directed: true },
        { source: 'd', target: 'a', weight: 2, directed: false },
      ],
    })));
    expect(all(root, 'marker')).toHaveLength(2);
    const lines = all(root, 'line');
    expect(lines.filter((l) => l.getAttribute('marker-end'))).toHaveLength(3);
    // Each marker reference points at a marker that exists.
    const ids = new Set(all(root, 'marker').map((m) => m.getAttribute('id')));
    for (const l of lines) {
      const ref = l.getAttribute('marker-end');
      if (ref) expect(ids.has(ref.slice(5, -1))).toBe(true);
    }
  });

  it('makes heavier ties wider', () => {
    const lines = all(parse(mapSvg(picture())), 'line');
    expect(num(lines[1]!, 'stroke-width')).toBeGreaterThan(num(lines[0]!, 'stroke-width'));
    expect(num(lines[1]!, 'stroke-width')).toBeCloseTo(2, 5);
  });

  it('names the largest 15 people by default, or exactly those marked', () => {
    const nodes = Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, label: `P${i}`, x: i, y: i % 7, size: 3 + i / 3, colour: '#000' }));
    const labelled = labelledIds(nodes);
    expect(labelled.size).toBe(DEFAULT_LABELS);
    expect([...labelled].sort()).toEqual(nodes.slice(15).map((n) => n.id).sort());
    const marked = nodes.map((n, i) => ({ ...n, showLabel: i === 2 }));
    const root = parse(mapSvg(picture({ nodes: marked, legend: null, title: undefined, note: undefined })));
    const labels = all(root, 'g').find((g) => g.getAttribute('class') === 'labels')!;
    expect(all(labels, 'text').map((t) => t.textContent)).toEqual(['P2']);
  });

  it('moves a name to the left of its circle rather than over a name already placed', () => {
    const nodes = [
      { id: 'a', label: 'Alexandra Longname', x: 0, y: 0, size: 10, colour: '#000', showLabel: true },
      { id: 'b', label: 'Bartholomew Long', x: 0.5, y: 0.2, size: 5, colour: '#000', showLabel: true },
      { id: 'c', label: 'Far away', x: 100, y: 100, size: 5, colour: '#000' },
    ];
    const root = parse(mapSvg({ width: 800, height: 600, nodes, edges: [], legend: null }));
    const labels = all(all(root, 'g').find((g) => g.getAttribute('class') === 'labels')!, 'text');
    expect(labels.map((t) => [t.textContent, t.getAttribute('text-anchor')])).toEqual([['Alexandra Longname', null], ['Bartholomew Long', 'end']]);
  });

  it('copes with one person, people at one spot, and missing positions', () => {
    for (const nodes of [
      [{ id: 'a', label: 'A', x: 5, y: 5, size: 5, colour: '#000' }],
      [{ id: 'a', label: 'A', x: 1, y: 1, size: 5, colour: '#000' }, { id: 'b', label: 'B', x: 1, y: 1, size: 5, colour: '#000' }],
      [{ id: 'a', label: 'A', x: NaN, y: 2, size: NaN, colour: '#000' }, { id: 'b', label: 'B', x: 0, y: 1, size: 5, colour: '#000' }],
    ]) {
      const root = parse(mapSvg(picture({ nodes, edges: [] })));
      for (const c of all(root, 'circle')) {
        expect(Number.isFinite(num(c, 'cx')) && Number.isFinite(num(c, 'cy'))).toBe(true);
        expect(num(c, 'cx')).toBeGreaterThan(0);
      }
    }
  });
});
