/**
 * The charts of the Health screen and the printed report, as Vega-Lite specifications: plain
 * JSON built here from core results, rendered to SVG by src/render/chart-svg.ts (in the
 * analysis worker or the CLI). One charting grammar for every chart, so they look alike.
 *
 * Each chart carries a title, a sentence of alternative text that states what it shows, and
 * the data it rests on, so nothing is only a colour. Values are exact in the data; labels are
 * rounded for reading.
 */
import type { Mixing } from '../findings/silos.ts';
import type { GroupStats } from '../metrics/suite-groups.ts';
import type { Annotation } from '../model/types.ts';
import { groupNoun } from '../findings/spanner-words.ts';
import { healthFigures } from './health-figures.ts';
import { formatFigure, formatNumber } from './format.ts';
import type { WaveFigures } from './wave-figures.ts';

/** A Vega-Lite specification: plain JSON, so it crosses workers and prints in tests. */
export type VegaLiteSpec = Record<string, unknown>;

export interface ChartSpec {
  id: 'degrees' | 'mixing' | 'waves' | 'groups' | 'trend';
  title: string;
  /** What the chart shows, in words: its alternative text. */
  alt: string;
  spec: VegaLiteSpec;
}

/** A chart drawn: its SVG text, with the title and alternative text of its specification. */
export interface ChartPicture {
  id: ChartSpec['id'];
  title: string;
  alt: string;
  svg: string;
}

export const INK = '#1f2933';
export const MUTED = '#5b6775';
export const BLUE = '#1f5fa8';

/** Kith's look for every chart: system fonts, quiet axes, no frame. */
const CONFIG = {
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  background: 'white',
  padding: 8,
  view: { stroke: null },
  axis: { labelColor: INK, titleColor: MUTED, labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal', gridColor: '#e6e9ee', domainColor: '#c3cad3', tickColor: '#c3cad3' },
  legend: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal', titleColor: MUTED },
  header: { labelFontSize: 12, labelColor: INK, labelFontWeight: 'bold', titleFontSize: 0 },
  title: { fontSize: 13, color: INK, anchor: 'start' },
};

/** A specification with Kith's look (CONFIG). */
export function chartSpec(body: VegaLiteSpec): VegaLiteSpec {
  return { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', config: CONFIG, ...body };
}

/** People by their number of ties: one bar a value, or ranges of equal width past 30. */
export function degreeChart(degree: ArrayLike<number>, directed: boolean): ChartSpec {
  let max = 0;
  for (let i = 0; i < degree.length; i++) if (degree[i]! > max) max = degree[i]!;
  const width = max <= 30 ? 1 : Math.ceil((max + 1) / 20);
  const bins = new Map<number, number>();
  for (let i = 0; i < degree.length; i++) {
    const b = Math.floor(degree[i]! / width);
    bins.set(b, (bins.get(b) ?? 0) + 1);
  }
  const values = [];
  for (let b = 0; b <= Math.floor(max / width); b++) {
    const from = b * width;
    values.push({ order: b, ties: width === 1 ? String(from) : `${from}–${from + width - 1}`, people: bins.get(b) ?? 0 });
  }
  const noTie = bins.get(0) ?? 0;
  const tieWord = directed ? 'Ties (sent and received)' : 'Ties';
  return {
    id: 'degrees',
    title: 'How many ties people have',
    alt: `Bar chart of people by their number of ties, from 0 to ${max}${width === 1 ? '' : ` in ranges of ${width}`}; ${
      width === 1 ? `${noTie === 0 ? 'nobody has' : noTie === 1 ? 'one person has' : `${formatNumber(noTie)} people have`} no tie` : `${formatNumber(noTie)} ${noTie === 1 ? 'person has' : 'people have'} fewer than ${width}`}.`,
    spec: chartSpec({
      width: 520, height: 180,
      data: { values },
      layer: [
        { mark: { type: 'bar', color: BLUE },
          encoding: {
            x: { field: 'ties', type: 'ordinal', sort: values.map((v) => v.ties), title: tieWord, axis: { labelAngle: 0, labelOverlap: true } },
            y: { field: 'people', type: 'quantitative', title: 'People', axis: { tickMinStep: 1 } } } },
        { mark: { type: 'text', dy: -6, fontSize: 10, color: MUTED },
          encoding: { x: { field: 'ties', type: 'ordinal', sort: values.map((v) => v.ties) }, y: { field: 'people', type: 'quantitative' }, text: { field: 'people' } },
          transform: [{ filter: 'datum.people > 0' }] },
      ],
    }),
  };
}

/** The mixing matrix as a heatmap: darker = more ties than random mixing would give. */
export function mixingChart(m: Mixing): ChartSpec {
  const values = [];
  for (let r = 0; r < m.rows.length; r++) {
    for (let c = 0; c < m.cols.length; c++) {
      const cell = m.cells[r]![c]!;
      const ratio = cell.ties === 0 || !cell.expectedTies ? null : Math.max(-3, Math.min(3, Math.log2(cell.ties / cell.expectedTies)));
      values.push({ row: m.rows[r], col: m.cols[c], ties: cell.ties, label: cell.ties === 0 ? '' : String(cell.ties), ratio, dark: ratio !== null && ratio > 1 });
    }
  }
  const side = Math.max(160, Math.min(520, 34 * m.rows.length));
  return {
    id: 'mixing',
    title: `Ties between ${groupNoun(m.attribute).many}`,
    alt: `Heatmap of ties ${m.directed ? 'from each row group to each column group' : 'between each pair of groups'} by ${m.attribute}; darker cells have more ties than random mixing would give, empty cells none. ${m.network.meaning}`,
    spec: chartSpec({
      width: side, height: side,
      data: { values },
      encoding: {
        x: { field: 'col', type: 'nominal', sort: m.cols, title: m.directed ? 'To' : null, axis: { orient: 'top', labelAngle: -40, labelLimit: 200 } },
        y: { field: 'row', type: 'nominal', sort: m.rows, title: m.directed ? 'From' : null, axis: { labelLimit: 180 } },
      },
      layer: [
        { mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
          encoding: { color: { field: 'ratio', type: 'quantitative', scale: { domain: [-3, 3], scheme: 'blues' },
            legend: { title: 'Against random mixing', values: [-3, 3], labelExpr: "datum.value < 0 ? 'fewer' : 'more'", direction: 'horizontal', orient: 'bottom', gradientLength: 180, titleLimit: 260 } } } },
        { mark: { type: 'text', fontSize: 10 },
          encoding: { text: { field: 'label' }, color: { condition: { test: 'datum.dark', value: 'white' }, value: INK } } },
      ],
    }),
  };
}

/** Each headline figure across the waves, one small line chart a figure. */
export function wavesChart(waves: WaveFigures[], annotations: Annotation[] = []): ChartSpec | null {
  if (waves.length < 2) return null;
  const values: { figure: string; wave: string; order: number; value: number; label: string }[] = [];
  const shown: string[] = [];
  for (const f of healthFigures) {
    const vs = waves.map((w) => f.value(w));
    if (vs.every((v) => v === null)) continue;
    shown.push(f.label);
    waves.forEach((w, i) => {
      const v = vs[i];
      if (v === null || v === undefined) return;
      values.push({ figure: f.label, wave: w.wave ?? '', order: i, value: f.format === 'share' ? v * 100 : v, label: formatFigure(v, f.format) });
    });
  }
  const notes = annotations.filter((a) => waves.some((w) => w.wave === a.afterWave));
  return {
    id: 'waves',
    title: 'The figures across waves',
    alt: `Small line charts of ${shown.join(', ')} at each wave (${waves.map((w) => w.wave).join(', ')}); shares are in per cent.${notes.length ? ` Notes between waves: ${notes.map((a) => `after ${a.afterWave}, ${a.text}`).join('; ')}.` : ''}`,
    spec: chartSpec({
      data: { values },
      facet: { field: 'figure', type: 'nominal', sort: shown, title: null },
      columns: 4,
      spec: {
        width: 165, height: 70,
        encoding: {
          x: { field: 'wave', type: 'ordinal', sort: waves.map((w) => w.wave ?? ''), title: null, axis: { labelAngle: 0, labelFontSize: 9, labelLimit: 80 } },
          y: { field: 'value', type: 'quantitative', title: null, axis: { labels: false, ticks: false, grid: false, domain: false }, scale: { zero: false, padding: 14 } },
        },
        layer: [
          { mark: { type: 'line', color: BLUE, strokeWidth: 2 } },
          { mark: { type: 'point', color: BLUE, filled: true, size: 30 } },
          { mark: { type: 'text', dy: -9, fontSize: 10, color: INK }, encoding: { text: { field: 'label' } } },
        ],
      },
      resolve: { scale: { y: 'independent' }, axis: { x: 'independent' } },
    }),
  };
}

/** People, and the E-I index, in each group of the boundary. */
export function groupsChart(groups: GroupStats[], boundary: string, colours?: Map<string, string>): ChartSpec | null {
  if (groups.length === 0) return null;
  const values = groups.map((g) => ({
    group: g.label, people: g.size, ei: g.eiIndex, eiLabel: g.eiIndex === null ? 'no ties' : formatFigure(g.eiIndex, 'score'),
    colour: colours?.get(g.label) ?? BLUE,
  }));
  const order = groups.map((g) => g.label);
  const height = Math.max(60, 22 * groups.length);
  const y = { field: 'group', type: 'nominal', sort: order, title: null, axis: { labelLimit: 200 } };
  return {
    id: 'groups',
    title: `Each ${groupNoun(boundary).one} compared`,
    alt: `Two bar charts by ${boundary}: the people in each group, and each group's E-I index from −1 (all its ties inside) to +1 (all across). ${
      groups.map((g) => `${g.label}: ${g.size} people, E-I ${g.eiIndex === null ? 'not known' : formatFigure(g.eiIndex, 'score')}`).join('; ')}.`,
    spec: chartSpec({
      data: { values },
      hconcat: [
        { width: 150, height, title: { text: 'People', fontSize: 11, color: MUTED, fontWeight: 'normal' },
          encoding: { y, x: { field: 'people', type: 'quantitative', title: null, axis: { tickMinStep: 1 } } },
          layer: [
            { mark: 'bar', encoding: { color: { field: 'colour', type: 'nominal', scale: null } } },
            { mark: { type: 'text', align: 'left', dx: 3, fontSize: 10, color: INK }, encoding: { text: { field: 'people' } } },
          ] },
        { width: 220, height, title: { text: 'E-I index: −1 all ties inside, +1 all across', fontSize: 11, color: MUTED, fontWeight: 'normal' },
          encoding: { y: { ...y, axis: null }, x: { field: 'ei', type: 'quantitative', title: null, scale: { domain: [-1, 1] } } },
          layer: [
            { mark: { type: 'bar', color: '#8fa9c8' } },
            { mark: { type: 'rule', color: MUTED }, encoding: { x: { datum: 0 }, y: null } },
            { mark: { type: 'text', align: 'left', dx: 4, fontSize: 10, color: INK },
              encoding: { x: { datum: 1 }, text: { field: 'eiLabel' } } },
          ] },
      ],
    }),
  };
}
