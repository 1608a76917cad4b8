/**
 * Questions put to the analysis worker about the current view, which change nothing in the
 * store: what changed between waves, health, the report, charts, a person across waves, the
 * network of organisations, and export files. Each answers a promise; screens keep the answer.
 */
import type { ChangeReport } from '../../core/change/report.ts';
import type { PersonTrajectory } from '../../core/change/trends.ts';
import type { AnalysisResult } from '../../core/analyse.ts';
import type { TextFormat } from '../../core/export/files.ts';
import type { ExportDisplay } from '../../core/export/network.ts';
import type { Actor } from '../../core/model/types.ts';
import type { ChartSpec } from '../../core/report/charts.ts';
import type { HealthReport } from '../../core/report/health.ts';
import type { ReportOptions } from '../../core/report/report.ts';
import type { LevelWeight } from '../../core/view/level.ts';
import type { RenderedChart } from '../../render/chart-svg.ts';
import { store } from './store.ts';
import { analysis, workerData } from './worker.ts';

/** What changed between two waves of the current view (computed in the worker). */
export function loadChanges(from: string, to: string, splitBy?: string | null, onProgress?: (fraction: number, step: string) => void): Promise<ChangeReport> {
  const { dataset, view, datasetKey } = workerData();
  if (!dataset || !view) return Promise.reject(new Error('No data yet'));
  return analysis.changes(datasetKey, dataset, view, from, to, splitBy, onProgress);
}

/** The health figures of the current view across waves, and their charts (computed in the worker). */
export function loadHealth(onProgress?: (fraction: number, step: string) => void): Promise<{ health: HealthReport; charts: RenderedChart[] }> {
  const { dataset, view, datasetKey } = workerData();
  if (!dataset || !view) return Promise.reject(new Error('No data yet'));
  return analysis.health(datasetKey, dataset, view, store.get().annotations, onProgress);
}

/**
 * The printable report of the current view (built in the worker), on the map's positions so the
 * printed map looks like the screen's. `wave` overrides the view's wave.
 */
export function loadReport(choice: { pseudonymised: boolean; wave: string | null }, onProgress?: (fraction: number, step: string) => void): Promise<string> {
  const { dataset, view, datasetKey } = workerData();
  const s = store.get();
  if (!dataset || !view) return Promise.reject(new Error('No data yet'));
  const options: ReportOptions = {
    pseudonymised: choice.pseudonymised, date: new Date().toLocaleDateString('en-CA'), annotations: s.annotations,
    positions: s.layout.positions, colourBy: s.display.colourBy,
  };
  return analysis.report(datasetKey, dataset, { ...view, wave: choice.wave }, options, onProgress);
}

/** Charts (Vega-Lite specifications from core) drawn as SVG in the worker. */
export function drawCharts(specs: ChartSpec[]): Promise<RenderedChart[]> {
  return analysis.charts(specs);
}

/** One person across every wave (computed in the worker). */
export function loadTrajectory(person: string): Promise<PersonTrajectory> {
  const { dataset, view, datasetKey } = workerData();
  if (!dataset || !view) return Promise.reject(new Error('No data yet'));
  return analysis.trajectory(datasetKey, dataset, view, person);
}

/** A file of the current view for the Export menu, written in the analysis worker. */
export function exportViewFile(format: TextFormat): Promise<string> {
  const { dataset, view, datasetKey } = workerData();
  if (!dataset || !view) return Promise.reject(new Error('No data yet'));
  return analysis.exportFile(datasetKey, dataset, view, { format, display: exportDisplay() });
}

/** The map picture of the current view as a PNG, drawn in the analysis worker. */
export function exportViewImage(): Promise<Blob> {
  const { dataset, view, datasetKey } = workerData();
  if (!dataset || !view) return Promise.reject(new Error('No data yet'));
  return analysis.exportImage(datasetKey, dataset, view, { format: 'png', display: exportDisplay() });
}

/** The view's network rolled up to an attribute's groups (organisations) and measured, in the worker. */
export function measureLevel(attribute: string, weight: LevelWeight): Promise<{ result: AnalysisResult; groups: Actor[] }> {
  const { dataset, view, datasetKey } = workerData();
  if (!dataset || !view) return Promise.reject(new Error('No data to measure yet.'));
  return analysis.analyseLevel(datasetKey, dataset, view, attribute, weight);
}

function exportDisplay(): ExportDisplay {
  const s = store.get();
  const { colourBy, sizeBy, hidden } = s.display;
  return { colourBy, sizeBy, hidden, positions: s.layout.positions, pseudonymous: s.pseudonymous };
}
