// Whole reports and charts (vega's first load) take seconds on a busy machine: a generous timeout, never a timed test.
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/import/dataset.ts';
import { formatFigure } from '../../../src/core/report/format.ts';
import { healthReport } from '../../../src/core/report/health.ts';
import { layoutPositions } from '../../../src/core/report/layout.ts';
import { buildReport, reportContent, type ReportOptions } from '../../../src/core/report/report.ts';
import { mergeSmallGroups, SMALLER_GROUPS } from '../../../src/core/report/small-groups.ts';
import { pooledLayoutEdges } from '../../../src/core/view/layout-edges.ts';
import { defaultView } from '../../../src/core/view/view.ts';
import { renderCharts } from '../../../src/render/chart-svg.ts';

// Sector big: 6 people; small: 3; tiny: 2 (so small + tiny = 5 are merged when pseudonymised).
// Names and a note carry markup that must print as text.
const people = [
  'id,name,sector,team',
  'A,Ann Abernethy <script>alert(1)</script>,big,t1', 'B,Bea Brackenridge,big,t1', 'C,Cal Cruickshank,big,t1', 'D,Dee Dunsmuir,big,t1',
  'E,Eve Ellingham,big,t1', 'F,Fay Fotheringay,big,t2', 'G,Gus Gallacher,Pharmacy,t2', 'H,Hal Heathcote,Pharmacy,t2', 'I,Ida Inglethorp,Pharmacy,t2',
  'J,Jo Jardine,<img src=x onerror=alert(1)>,t2', 'K,Kit Kilbride,<img src=x onerror=alert(1)>,t2',
].join('\n');
const ties = ['source,target,wave',
  ...['A,B', 'B,C', 'C,D', 'D,E', 'E,F', 'F,A', 'A,G', 'G,H', 'H,I', 'I,J', 'J,K', 'K,A'].map((p) => `${p},W1`),
  ...['A,B', 'B,C', 'C,D', 'D,E', 'E,F', 'A,G', 'G,H', 'H,I', 'I,J', 'J,K', 'B,A', 'D,C'].map((p) => `${p},W2`)].join('\n');
const ds = importDataset('Test <b>network</b>', [
  { name: 'people.csv', text: people }, { name: 'ties.csv', text: ties },
  { name: 'r.csv', text: 'wave,id\nW1,A\nW1,B\nW1,C\nW1,D\nW1,E\nW1,F\nW1,G\nW1,H\nW1,I\nW1,J\nW1,K\nW2,A\nW2,B\nW2,C\nW2,D\nW2,E\nW2,G\nW2,H\nW2,I\nW2,J\n' },
]);
const view = { ...defaultView(ds), wave: 'W2' };
const options = (o: Partial<ReportOptions> = {}): ReportOptions => ({
  pseudonymised: false, date: '2026-11-23', annotations: [{ afterWave: 'W1', text: 'Funding <ended>' }], positions: null, colourBy: null, ...o,
});
const deps = { renderCharts };

describe('the printed report', { timeout: 60_000 }, () => {
  it('is one standalone page with every section, no scripts, and every data string escaped', async () => {
    const page = await buildReport(ds, view, options(), deps);
    expect(page.startsWith('<!doctype html>')).toBe(true);
    for (const s of ['summary', 'question', 'data', 'waves', 'health', 'map', 'charts', 'findings', 'change', 'notes', 'methods']) {
      expect(page, s).toContain(`data-section="${s}"`);
    }
    expect(page).not.toMatch(/<script/i);
    // Markup from the data appears only escaped, so it can never form a tag or an attribute.
    expect(page).not.toMatch(/<img/i);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('Test &lt;b&gt;network&lt;/b&gt;');
    expect(page).toContain('Funding &lt;ended&gt;');
    expect(page).toContain('23 November 2026');
    expect(page.replaceAll('&#39;', "'")).toContain("default-src 'none'");
    expect(page).toContain('@media print');
    expect(page).toContain('@page');
    // The map: one circle a person, and its legend.
    const map = page.slice(page.indexOf('data-section="map"'), page.indexOf('data-section="charts"'));
    expect((map.match(/<circle/g) ?? []).length).toBeGreaterThanOrEqual(ds.actors.length);
    expect(map).toContain('big (6)');
  });

  it('prints the same health figures as the analysis', async () => {
    const page = await buildReport(ds, view, options(), deps);
    const h = await healthReport(ds, view);
    for (const f of h.figures) {
      const row = new RegExp(`<tr data-figure="${f.id}">.*?<td class="num value">([^<]*)</td>`, 's').exec(page);
      expect(row?.[1], f.id).toBe(formatFigure(f.value, f.format).replace('&', '&amp;'));
    }
  });

  it('in the pseudonymised variant, names no one and shows no group under 5 people', async () => {
    const c = await reportContent(ds, view, options({ pseudonymised: true }), deps);
    const page = await buildReport(ds, view, options({ pseudonymised: true }), deps);
    // Every surname is distinctive; none may appear anywhere in the page.
    for (const a of ds.actors) expect(page).not.toContain(a.label.split(' ')[1]!);
    expect(page).not.toContain('Pharmacy');
    expect(page).not.toContain('onerror');
    expect(page).toContain(SMALLER_GROUPS);
    expect(page).toContain('data-section="small-groups"');
    // Every group the analysis saw has 5 people or more.
    const sizes = new Map<string, number>();
    for (const a of c.dataset.actors) sizes.set(String(a.attributes.sector), (sizes.get(String(a.attributes.sector)) ?? 0) + 1);
    expect([...sizes.values()].every((n) => n >= 5)).toBe(true);
    expect(c.map.picture.nodes.every((n) => /^P-[0-9A-Z]{5}/.test(n.label))).toBe(true);
  });
});

describe('the report map', () => {
  it('draws every tie of a small network, and an even sample past the cap, saying so', async () => {
    const { analyseSuite } = await import('../../../src/core/analyse.ts');
    const { contextFrom } = await import('../../../src/core/findings/context.ts');
    const { mapPicture } = await import('../../../src/core/report/map.ts');
    const a = await analyseSuite(ds, view);
    const ctx = contextFrom(ds, view, a.compiled, a.suite);
    const positions = layoutPositions(pooledLayoutEdges(ds, view), 10);
    const all = mapPicture(ctx, a, positions, 'sector');
    expect(all.edges).toHaveLength(a.graph.size);
    expect(all.nodes).toHaveLength(ds.actors.length);
    expect(all.note).not.toContain('drawn');
    const few = mapPicture(ctx, a, positions, 'sector', 4);
    // 12 ties, at most 4 drawn: one in every 3.
    expect(a.graph.size).toBe(12);
    expect(few.edges).toHaveLength(4);
    expect(few.note).toContain('One tie in every 3 is drawn (4 of 12)');
  });
});

describe('mergeSmallGroups', () => {
  it('merges groups under 5 as "Smaller groups", or withholds them when still too few', () => {
    const { dataset, merged } = mergeSmallGroups(ds);
    const sector = dataset.actors.map((a) => a.attributes.sector);
    expect(sector.filter((s) => s === 'big')).toHaveLength(6);
    expect(sector.filter((s) => s === SMALLER_GROUPS)).toHaveLength(5);
    // team: t1 has 5, t2 has 6: nothing to merge. name is text, not a group.
    expect(merged).toEqual([{ attribute: 'sector', groups: 2, people: 5, outcome: 'merged' }]);
    const few = mergeSmallGroups(ds, 7);
    expect(few.merged.find((m) => m.attribute === 'sector')).toEqual({ attribute: 'sector', groups: 3, people: 11, outcome: 'merged' });
    const tooFew = mergeSmallGroups(importDataset('x', [{ name: 'p.csv', text: 'id,sector\nA,a\nB,a\nC,a\nD,a\nE,a\nF,b\nG,c\n' }]));
    expect(tooFew.merged).toEqual([{ attribute: 'sector', groups: 2, people: 2, outcome: 'withheld', reason: 'too-few' }]);
    expect(tooFew.dataset.actors.map((a) => a.attributes.sector)).toEqual(['a', 'a', 'a', 'a', 'a', null, null]);
  });
});

describe('layoutPositions', () => {
  it('is deterministic and places everyone', () => {
    const edges = pooledLayoutEdges(ds, view);
    const a = layoutPositions(edges, 50);
    const b = layoutPositions(edges, 50);
    expect([...a.keys()].sort()).toEqual(ds.actors.map((x) => x.id).sort());
    expect([...a]).toEqual([...b]);
    for (const p of a.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });
});
