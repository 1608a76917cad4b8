/**
 * The printable report: everything it shows, gathered for one view in one call (the analysis
 * worker and `kith report` both call it), then written as one standalone HTML page (html.ts).
 *
 * The pseudonymised variant replaces every name by its stable code (model/pseudonymise.ts) and
 * merges groups of fewer than 5 people (small-groups.ts) before anything is measured, so no
 * figure, chart, finding or legend can single anyone out.
 *
 * Charts are drawn by a renderer handed in (src/render/chart-svg.ts), so that core stays free of
 * vega; the map is drawn from positions handed in (the screen's layout) or laid out here.
 */
import { analyseSuite, type AnalyseOptions } from '../analyse.ts';
import { changeReport, type ChangeReport } from '../change/report.ts';
import { findingsReport, type FindingsReport } from '../findings/all.ts';
import { contextFrom } from '../findings/context.ts';
import { pseudonymise } from '../model/pseudonymise.ts';
import type { Annotation, Dataset } from '../model/types.ts';
import { pooledLayoutEdges } from '../view/layout-edges.ts';
import type { NetworkView } from '../view/view.ts';
import type { ChartPicture, ChartSpec } from './charts.ts';
import { healthCharts } from './health-charts.ts';
import { healthReport, orderedWaveIds, type HealthReport } from './health.ts';
import { reportHtml } from './html.ts';
import { layoutPositions, type Positions } from './layout.ts';
import { reportMap, type ReportMap } from './map.ts';
import { mergeSmallGroups, type SmallGroupsMerged } from './small-groups.ts';

export interface ReportOptions {
  pseudonymised: boolean;
  /** The date printed on the report, ISO yyyy-mm-dd (the caller's today). */
  date: string;
  annotations: Annotation[];
  /** Where each person is drawn (the screen's map); null lays the network out here. */
  positions: Positions | null;
  /** The attribute that colours the map; null uses the view's boundary. */
  colourBy: string | null;
}

export interface ReportDeps extends AnalyseOptions {
  renderCharts: (charts: ChartSpec[]) => Promise<ChartPicture[]>;
}

/** Everything the page shows, measured on the (possibly pseudonymised) dataset. */
export interface ReportContent {
  options: ReportOptions;
  dataset: Dataset;
  view: NetworkView;
  health: HealthReport;
  findings: FindingsReport;
  /** The view's wave against the one before; null without a previous wave. */
  change: ChangeReport | null;
  charts: ChartPicture[];
  map: ReportMap;
  merged: SmallGroupsMerged[];
}

/** The dataset a report is measured on: as imported, or pseudonymised with small groups merged. */
export function reportDataset(ds: Dataset, pseudonymised: boolean): { dataset: Dataset; merged: SmallGroupsMerged[] } {
  if (!pseudonymised) return { dataset: ds, merged: [] };
  return mergeSmallGroups(pseudonymise(ds));
}

export async function reportContent(ds: Dataset, view: NetworkView, options: ReportOptions, deps: ReportDeps): Promise<ReportContent> {
  const progress = deps.onProgress ?? (() => {});
  const { dataset, merged } = reportDataset(ds, options.pseudonymised);
  const analyseOpts = deps.pool ? { pool: deps.pool } : {};
  progress(0, 'Measuring the network');
  const analysed = await analyseSuite(dataset, view, { ...analyseOpts, onProgress: (f, s) => progress(0.4 * f, s) });
  const ctx = contextFrom(dataset, view, analysed.compiled, analysed.suite);
  progress(0.4, 'Measuring each wave');
  const health = await healthReport(dataset, view, { ...analyseOpts, analysed, onProgress: (f, s) => progress(0.4 + 0.3 * f, s) });
  progress(0.7, 'Looking for findings');
  const findings = findingsReport(ctx);
  const waves = orderedWaveIds(dataset);
  const at = view.wave === null ? -1 : waves.indexOf(view.wave);
  progress(0.8, 'Comparing waves');
  const change = at > 0 ? changeReport(dataset, view, waves[at - 1]!, waves[at]!) : null;
  progress(0.85, 'Drawing the charts');
  const charts = await deps.renderCharts(healthCharts(ctx, health, options.annotations));
  progress(0.95, 'Drawing the map');
  const positions = options.positions ?? layoutPositions(pooledLayoutEdges(dataset, view));
  const map = reportMap(ctx, analysed, positions, options.colourBy ?? view.boundary);
  progress(1, 'Done');
  return { options, dataset, view, health, findings, change, charts, map, merged };
}

/** The report as one standalone HTML page. */
export async function buildReport(ds: Dataset, view: NetworkView, options: ReportOptions, deps: ReportDeps): Promise<string> {
  return reportHtml(await reportContent(ds, view, options, deps));
}
