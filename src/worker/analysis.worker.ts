/// <reference lib="webworker" />
/**
 * The analysis worker: imports files, computes a view's network and metrics, and its
 * findings, off the main thread, reporting progress. It keeps the dataset and the last
 * analysed view, so that findings after an analysis cost no second pass. Cancelling is done
 * by the page terminating this worker.
 */
import { analyseSuite, analyseView, keepAnalysis, type KeptAnalysis } from '../core/analyse.ts';
import { changeReport } from '../core/change/report.ts';
import { exportFile, exportPicture } from '../core/export/files.ts';
import { drawMap } from '../core/export/map-canvas.ts';
import type { MapPicture } from '../core/export/map-svg.ts';
import { personTrajectory } from '../core/change/trends.ts';
import { findingsReport } from '../core/findings/all.ts';
import { egoNetwork } from '../core/findings/ego.ts';
import { simulateRemoval } from '../core/findings/risk.ts';
import { contextFrom } from '../core/findings/context.ts';
import { importDataset } from '../core/import/dataset.ts';
import { loadWorkbooks, sniffWorkbook } from '../core/import/xlsx.ts';
import { previewSurvey } from '../core/import/survey/preview.ts';
import type { Dataset } from '../core/model/types.ts';
import { pooledLayoutEdges } from '../core/view/layout-edges.ts';
import type { NetworkView } from '../core/view/view.ts';
import { healthReport } from '../core/report/health.ts';
import { healthCharts } from '../core/report/health-charts.ts';
import { buildReport } from '../core/report/report.ts';
import { browserPool } from './pool.ts';
import { levelView, rolledUpDataset } from '../core/view/level.ts';
import { packDataset, shareEqualLists } from './tie-columns.ts';
import type { AnalysisReply, AnalysisRequest } from './protocol.ts';
import { crashIfArmedForTest, handleWorkspaceRequest, isWorkspaceRequest, saveImport } from './workspace-requests.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let held: { key: string; dataset: Dataset } | null = null;
let last: { key: string; analysed: KeptAnalysis } | null = null;

function reply(msg: AnalysisReply, transfer: Transferable[] = []): void {
  scope.postMessage(msg, transfer);
}

async function analysed(dataset: Dataset, view: NetworkView, key: string, progress: (f: number, step: string) => void): Promise<KeptAnalysis> {
  if (last?.key === key) return last.analysed;
  // The previous view's analysis goes first, so that two are never held at once.
  last = null;
  const a = keepAnalysis(await analyseSuite(dataset, view, { onProgress: progress, pool: browserPool() }));
  last = { key, analysed: a };
  return a;
}

/**
 * An import's save, put off until its first analysis has replied (or a few seconds have
 * passed): saving 600,000 ties takes a second of this worker's time and of the machine's,
 * which the import's reply and the first map should not wait for or share.
 */
let pendingSave: { id: number; workspaceId: string; dataset: Dataset; timer: ReturnType<typeof setTimeout> } | null = null;
const SAVE_AT_THE_LATEST_MS = 15_000;

function saveLater(id: number, workspaceId: string, dataset: Dataset): void {
  saveNow();
  pendingSave = { id, workspaceId, dataset, timer: setTimeout(saveNow, SAVE_AT_THE_LATEST_MS) };
}

function saveNow(): void {
  const p = pendingSave;
  if (!p) return;
  pendingSave = null;
  clearTimeout(p.timer);
  void saveImport(p.workspaceId, p.dataset).then((saveError) => reply({ type: 'importSaved', id: p.id, saveError }));
}

/** The map picture as a PNG at twice its size, drawn here rather than on the page (map-canvas.ts says why). */
async function drawPng(picture: MapPicture, scale = 2): Promise<Blob> {
  const canvas = new OffscreenCanvas(Math.round(picture.width * scale), Math.round(picture.height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw pictures in the background.');
  drawMap(ctx, picture, scale);
  return canvas.convertToBlob({ type: 'image/png' });
}

scope.onmessage = async (event: MessageEvent<AnalysisRequest>) => {
  const req = event.data;
  try {
    if (req.type === 'import') {
      reply({ type: 'progress', id: req.id, fraction: 0.1, step: 'Reading files' });
      const files = (await loadWorkbooks(req.files)).map((l) => l.file);
      const dataset = importDataset(req.name, files, req.aliases ? { aliases: req.aliases } : {});
      if (req.key !== undefined) { held = { key: req.key, dataset }; last = null; }
      // Saved here, so the page never copies a large dataset to store it; after the reply and
      // the first analysis (saveLater), so that neither waits for it.
      const save = req.saveAs && dataset.actors.length > 0 ? req.saveAs : null;
      const { packed, transfer } = packDataset(dataset);
      reply({ type: 'imported', id: req.id, packed, saving: save !== null }, transfer);
      if (save) saveLater(req.id, save, dataset);
      return;
    }
    if (req.type === 'sniffWorkbook') {
      reply({ type: 'workbookSniffed', id: req.id, sniff: await sniffWorkbook(req.bytes, req.sheet) });
      return;
    }
    if (req.type === 'previewSurvey') {
      const files = (await loadWorkbooks(req.files)).map((l) => l.file);
      reply({ type: 'surveyPreview', id: req.id, preview: previewSurvey(files, req.target, req.aliases) });
      return;
    }
    if (req.type === 'charts') {
      const { renderCharts } = await import('../render/chart-svg.ts');
      reply({ type: 'charts', id: req.id, charts: await renderCharts(req.specs) });
      return;
    }
    if (isWorkspaceRequest(req)) {
      await handleWorkspaceRequest(req, (key, dataset) => { held = { key, dataset }; last = null; }, reply);
      return;
    }
    if (req.type === 'analyse' && crashIfArmedForTest()) return;
    if (req.dataset) { held = { key: req.datasetKey, dataset: req.dataset }; last = null; }
    if (!held || held.key !== req.datasetKey) throw new Error('analysis worker: no dataset held for this request');
    if (req.type === 'trajectory') {
      reply({ type: 'trajectory', id: req.id, trajectory: personTrajectory(held.dataset, req.view, req.person) });
      return;
    }
    if (req.type === 'changes') {
      const progress = (fraction: number, step: string): void => reply({ type: 'progress', id: req.id, fraction, step });
      reply({ type: 'changes', id: req.id, report: changeReport(held.dataset, req.view, req.from, req.to, req.splitBy, progress) });
      return;
    }
    if (req.type === 'layoutEdges') {
      const edges = pooledLayoutEdges(held.dataset, req.view);
      reply({ type: 'layoutEdges', id: req.id, edges }, [edges.source.buffer, edges.target.buffer, edges.weight.buffer]);
      return;
    }
    const progress = (fraction: number, step: string): void => reply({ type: 'progress', id: req.id, fraction, step });
    if (req.type === 'report') {
      const { renderCharts } = await import('../render/chart-svg.ts');
      const html = await buildReport(held.dataset, req.view, req.options, { renderCharts, pool: browserPool(), onProgress: progress });
      reply({ type: 'report', id: req.id, html });
      return;
    }
    if (req.type === 'analyseLevel') {
      const rolled = rolledUpDataset(held.dataset, req.view, req.attribute, req.weight);
      const result = await analyseView(rolled, levelView(rolled, req.view, req.view.wave), { onProgress: progress, pool: browserPool() });
      reply({ type: 'levelAnalysed', id: req.id, result, groups: rolled.actors });
      return;
    }
    const key = `${req.datasetKey}\u0000${JSON.stringify(req.view)}`;
    const a = await analysed(held.dataset, req.view, key, progress);
    if (req.type === 'export') {
      const { request } = req;
      if (request.format === 'png') reply({ type: 'exportedImage', id: req.id, blob: await drawPng(exportPicture(held.dataset, req.view, a.packed, request)) });
      else reply({ type: 'exported', id: req.id, text: exportFile(held.dataset, req.view, a.packed, { ...request, format: request.format }) });
      return;
    }
    if (req.type !== 'analyse') {
      const ctx = contextFrom(held.dataset, req.view, a.compiled, a.suite);
      if (req.type === 'findings') reply({ type: 'findings', id: req.id, report: findingsReport(ctx) });
      else if (req.type === 'health') {
        const health = await healthReport(held.dataset, req.view, { analysed: a, pool: browserPool(), onProgress: progress });
        // vega is large: loaded on the first chart, not with the worker.
        const { renderCharts } = await import('../render/chart-svg.ts');
        reply({ type: 'health', id: req.id, health, charts: await renderCharts(healthCharts(ctx, health, req.annotations)) });
      } else if (req.type === 'whatIf') reply({ type: 'whatIf', id: req.id, result: simulateRemoval(ctx, req.removal) });
      else reply({ type: 'ego', id: req.id, ego: egoNetwork(ctx, req.person) });
      return;
    }
    // The kept arrays stay here for exports: the page gets copies of the edge arrays, which
    // move, and of the metric arrays (findings read the suite's later), which are cloned.
    const p = a.packed;
    const result = {
      ...p, edgeSource: p.edgeSource.slice(), edgeTarget: p.edgeTarget.slice(), edgeWeight: p.edgeWeight.slice(), edgeStrength: p.edgeStrength.slice(),
      edgeTypes: shareEqualLists(p.edgeTypes),
    };
    const transfer: Transferable[] = [result.edgeSource.buffer, result.edgeTarget.buffer, result.edgeWeight.buffer, result.edgeStrength.buffer];
    reply({ type: 'analysed', id: req.id, result }, transfer);
    saveNow();
  } catch (err) {
    reply({ type: 'error', id: req.id, message: err instanceof Error ? err.message : String(err) });
    saveNow();
  }
};
