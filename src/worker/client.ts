/**
 * The page's side of the workers: promises with progress, and cancel. Cancelling an
 * analysis terminates its worker (a synchronous metric cannot be interrupted any other
 * way) and starts a fresh one, which is then sent the dataset again.
 */
import type { AnalysisResult } from '../core/analyse.ts';
import type { ChangeReport } from '../core/change/report.ts';
import type { PersonTrajectory } from '../core/change/trends.ts';
import type { FindingsReport } from '../core/findings/all.ts';
import type { ExportRequest, TextFormat } from '../core/export/files.ts';
import type { EgoNetwork } from '../core/findings/ego.ts';
import type { Removal, RiskResult } from '../core/findings/risk.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
import type { InputFile } from '../core/import/dataset.ts';
import type { Alias } from '../core/import/matching.ts';
import type { SurveyPreview } from '../core/import/survey/preview.ts';
import type { WorkbookSniff } from '../core/import/xlsx.ts';
import type { Dataset } from '../core/model/types.ts';
import type { LayoutEdges } from '../core/view/layout-edges.ts';
import type { HealthReport } from '../core/report/health.ts';
import type { ReportOptions } from '../core/report/report.ts';
import type { ChartSpec } from '../core/report/charts.ts';
import type { Annotation } from '../core/model/types.ts';
import type { RenderedChart } from '../render/chart-svg.ts';
import type { NetworkView } from '../core/view/view.ts';
import type { LevelWeight } from '../core/view/level.ts';
import type { Workspace, WorkspaceState } from '../core/workspace/types.ts';
import type { AnalysisReply, AnalysisRequest, LayoutInput, LayoutReply, LayoutRequest } from './protocol.ts';
import { unpackDataset } from './tie-columns.ts';

export class CancelledError extends Error {
  constructor() { super('Cancelled'); this.name = 'CancelledError'; }
}

export type Progress = (fraction: number, step: string) => void;

interface Pending {
  resolve: (reply: AnalysisReply) => void;
  reject: (err: Error) => void;
  onProgress: Progress;
}

export class AnalysisClient {
  private worker: Worker;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  /** Imports being saved after their reply: how each save ended, by the import's id. */
  private saves = new Map<number, (saveError: string | null) => void>();
  private heldKey: string | null = null;

  constructor() {
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const w = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'kith-analysis' });
    w.onmessage = (e: MessageEvent<AnalysisReply>) => this.receive(e.data);
    w.onerror = (e: ErrorEvent) => this.failAll(new Error(`The analysis worker stopped: ${e.message || 'unknown error'}`));
    this.heldKey = null;
    return w;
  }

  private receive(msg: AnalysisReply): void {
    if (msg.type === 'importSaved') {
      this.saves.get(msg.id)?.(msg.saveError);
      this.saves.delete(msg.id);
      return;
    }
    const p = this.pending.get(msg.id);
    if (!p) return;
    if (msg.type === 'progress') { p.onProgress(msg.fraction, msg.step); return; }
    this.pending.delete(msg.id);
    if (msg.type === 'error') p.reject(new Error(msg.message));
    else p.resolve(msg);
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.abandonSaves();
    this.worker.terminate();
    this.worker = this.spawn();
  }

  private send(req: AnalysisRequest, onProgress: Progress): Promise<AnalysisReply> {
    return new Promise((resolve, reject) => {
      this.pending.set(req.id, { resolve, reject, onProgress });
      this.worker.postMessage(req);
    });
  }

  /**
   * Imports files in the worker. With a key, the worker keeps the dataset under it, so the
   * first analysis of it does not copy it back; with saveAs, it saves a usable import as that
   * workspace, so the page never copies a large dataset to store it. The save ends after the
   * data arrive: `saved` says how (null: saved; a message: not saved), or is null when the
   * import is not saved.
   */
  async importFiles(
    name: string, files: InputFile[], onProgress: Progress = () => {},
    opts: { key?: string; aliases?: Alias[]; saveAs?: string } = {},
  ): Promise<{ dataset: Dataset; saved: Promise<string | null> | null }> {
    const { key, aliases, saveAs } = opts;
    const id = this.nextId++;
    const saved = saveAs === undefined ? null : new Promise<string | null>((resolve) => this.saves.set(id, resolve));
    let reply: AnalysisReply;
    try {
      reply = await this.send({
        type: 'import', id, name, files,
        ...(key !== undefined ? { key } : {}), ...(aliases ? { aliases } : {}), ...(saveAs !== undefined ? { saveAs } : {}),
      }, onProgress);
    } catch (err) {
      this.saves.delete(id);
      throw err;
    }
    if (reply.type !== 'imported' || !reply.saving) this.saves.delete(id);
    if (reply.type !== 'imported') throw new Error('analysis worker: unexpected reply to import');
    if (key !== undefined) this.heldKey = key;
    onProgress(0.9, 'Receiving the network');
    return { dataset: await unpackDataset(reply.packed), saved: reply.saving ? saved : null };
  }

  async previewSurvey(files: InputFile[], target: string, aliases: Alias[]): Promise<SurveyPreview> {
    const reply = await this.send({ type: 'previewSurvey', id: this.nextId++, files, target, aliases }, () => {});
    if (reply.type !== 'surveyPreview') throw new Error('analysis worker: unexpected reply to previewSurvey');
    return reply.preview;
  }

  /**
   * Opens a saved workspace (null: the one to open on this visit) or a .kith.json file; the
   * worker then holds its dataset under datasetKey. Rejects with a readable message.
   */
  async openWorkspace(
    source: { workspaceId: string | null } | { file: Blob; workspaceId: string }, datasetKey: string,
  ): Promise<Omit<Extract<AnalysisReply, { type: 'workspace' }>, 'workspace'> & { workspace: Workspace | null }> {
    const req: AnalysisRequest = 'file' in source
      ? { type: 'openWorkspaceFile', id: this.nextId++, file: source.file, workspaceId: source.workspaceId, datasetKey }
      : { type: 'openWorkspace', id: this.nextId++, workspaceId: source.workspaceId, datasetKey };
    const reply = await this.send(req, () => {});
    if (reply.type !== 'workspace') throw new Error('analysis worker: unexpected reply to openWorkspace');
    if (!reply.workspace) return { ...reply, workspace: null };
    this.heldKey = datasetKey;
    const { packed, ...rest } = reply.workspace;
    return { ...reply, workspace: { ...rest, dataset: await unpackDataset(packed) } };
  }

  /** Saves a whole workspace sent from the page (only small ones: the sample). */
  async saveWorkspace(workspaceId: string, workspace: Workspace): Promise<void> {
    await this.send({ type: 'saveWorkspace', id: this.nextId++, workspaceId, workspace }, () => {});
  }

  /** The .kith.json file of the page's state with the saved dataset (or the one given). */
  async exportWorkspace(workspaceId: string | null, name: string, state: WorkspaceState, dataset: Dataset | null): Promise<Blob> {
    const reply = await this.send({ type: 'exportWorkspace', id: this.nextId++, workspaceId, name, state, dataset }, () => {});
    if (reply.type !== 'workspaceFile') throw new Error('analysis worker: unexpected reply to exportWorkspace');
    return reply.file;
  }

  /** Browser tests only: the next analysis kills the worker as running out of memory would. */
  async crashForTest(): Promise<void> {
    await this.send({ type: 'crashForTest', id: this.nextId++ }, () => {});
  }

  async sniffWorkbook(bytes: ArrayBuffer, sheet?: string): Promise<WorkbookSniff> {
    const reply = await this.send({ type: 'sniffWorkbook', id: this.nextId++, bytes, ...(sheet !== undefined ? { sheet } : {}) }, () => {});
    if (reply.type !== 'workbookSniffed') throw new Error('analysis worker: unexpected reply to sniffWorkbook');
    return reply.sniff;
  }

  async analyse(datasetKey: string, dataset: Dataset, view: NetworkView, onProgress: Progress = () => {}): Promise<AnalysisResult> {
    const send = this.heldKey === datasetKey ? null : dataset;
    this.heldKey = datasetKey;
    const reply = await this.send({ type: 'analyse', id: this.nextId++, datasetKey, dataset: send, view }, onProgress);
    if (reply.type !== 'analysed') throw new Error('analysis worker: unexpected reply to analyse');
    return reply.result;
  }

  /** A request about the current view: findings, a what-if, or one person's ego network. */
  private async ask<T extends AnalysisReply['type']>(
    datasetKey: string, dataset: Dataset, req: DistributiveOmit<Extract<AnalysisRequest, { type: 'findings' | 'whatIf' | 'ego' | 'layoutEdges' | 'changes' | 'trajectory' | 'export' | 'health' | 'report' | 'analyseLevel' }>, 'id' | 'datasetKey' | 'dataset'>, expect: T,
    onProgress: Progress = () => {},
  ): Promise<Extract<AnalysisReply, { type: T }>> {
    const send = this.heldKey === datasetKey ? null : dataset;
    this.heldKey = datasetKey;
    const reply = await this.send({ ...req, id: this.nextId++, datasetKey, dataset: send } as AnalysisRequest, onProgress);
    if (reply.type !== expect) throw new Error(`analysis worker: unexpected reply to ${req.type}`);
    return reply as Extract<AnalysisReply, { type: T }>;
  }

  /** The view's network rolled up to an attribute's groups, analysed with every measure. */
  async analyseLevel(datasetKey: string, dataset: Dataset, view: NetworkView, attribute: string, weight: LevelWeight, onProgress: Progress = () => {}) {
    const reply = await this.ask(datasetKey, dataset, { type: 'analyseLevel', view, attribute, weight }, 'levelAnalysed', onProgress);
    return { result: reply.result, groups: reply.groups };
  }

  async findings(datasetKey: string, dataset: Dataset, view: NetworkView): Promise<FindingsReport> {
    return (await this.ask(datasetKey, dataset, { type: 'findings', view }, 'findings')).report;
  }

  async whatIf(datasetKey: string, dataset: Dataset, view: NetworkView, removal: Removal): Promise<RiskResult> {
    return (await this.ask(datasetKey, dataset, { type: 'whatIf', view, removal }, 'whatIf')).result;
  }

  async trajectory(datasetKey: string, dataset: Dataset, view: NetworkView, person: string): Promise<PersonTrajectory> {
    return (await this.ask(datasetKey, dataset, { type: 'trajectory', view, person }, 'trajectory')).trajectory;
  }

  async changes(datasetKey: string, dataset: Dataset, view: NetworkView, from: string, to: string, splitBy?: string | null, onProgress: Progress = () => {}): Promise<ChangeReport> {
    return (await this.ask(datasetKey, dataset, { type: 'changes', view, from, to, ...(splitBy !== undefined ? { splitBy } : {}) }, 'changes', onProgress)).report;
  }


  async health(datasetKey: string, dataset: Dataset, view: NetworkView, annotations: Annotation[], onProgress: Progress = () => {}): Promise<{ health: HealthReport; charts: RenderedChart[] }> {
    const reply = await this.ask(datasetKey, dataset, { type: 'health', view, annotations }, 'health', onProgress);
    return { health: reply.health, charts: reply.charts };
  }

  async report(datasetKey: string, dataset: Dataset, view: NetworkView, options: ReportOptions, onProgress: Progress = () => {}): Promise<string> {
    return (await this.ask(datasetKey, dataset, { type: 'report', view, options }, 'report', onProgress)).html;
  }

  /** Charts drawn as SVG in the worker (vega is loaded there, not in the page). */
  async charts(specs: ChartSpec[]): Promise<RenderedChart[]> {
    const reply = await this.send({ type: 'charts', id: this.nextId++, specs }, () => {});
    if (reply.type !== 'charts') throw new Error('analysis worker: unexpected reply to charts');
    return reply.charts;
  }

  async layoutEdges(datasetKey: string, dataset: Dataset, view: NetworkView): Promise<LayoutEdges> {
    return (await this.ask(datasetKey, dataset, { type: 'layoutEdges', view }, 'layoutEdges')).edges;
  }

  async ego(datasetKey: string, dataset: Dataset, view: NetworkView, person: string): Promise<EgoNetwork | null> {
    return (await this.ask(datasetKey, dataset, { type: 'ego', view, person }, 'ego')).ego;
  }

  /** A file of the view (tables, GEXF, GraphML, map picture), written in the worker. */
  async exportFile(datasetKey: string, dataset: Dataset, view: NetworkView, request: ExportRequest & { format: TextFormat }): Promise<string> {
    return (await this.ask(datasetKey, dataset, { type: 'export', view, request }, 'exported')).text;
  }

  /** The map picture as a PNG, drawn in the worker. */
  async exportImage(datasetKey: string, dataset: Dataset, view: NetworkView, request: ExportRequest): Promise<Blob> {
    return (await this.ask(datasetKey, dataset, { type: 'export', view, request: { ...request, format: 'png' } }, 'exportedImage')).blob;
  }

  /** Saves cut short by the worker stopping end with a message saying so. */
  private abandonSaves(): void {
    for (const done of this.saves.values()) done('The data were not saved in this browser: the work was stopped before saving ended.');
    this.saves.clear();
  }

  /** Stops whatever the worker is doing; pending promises reject with CancelledError. */
  cancel(): void {
    this.failAll(new CancelledError());
  }

  dispose(): void {
    for (const p of this.pending.values()) p.reject(new CancelledError());
    this.pending.clear();
    this.abandonSaves();
    this.worker.terminate();
  }
}

export class LayoutClient {
  private worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'kith-layout' });
  private current = 0;
  private settle: (() => void) | null = null;

  /** Runs the layout, calling onPositions after every batch; resolves when it finishes or stops. */
  run(input: LayoutInput, onPositions: (positions: Float32Array, done: number, total: number) => void): Promise<void> {
    this.stop();
    const id = ++this.current;
    return new Promise((resolve, reject) => {
      this.settle = resolve;
      this.worker.onmessage = (e: MessageEvent<LayoutReply>) => {
        const msg = e.data;
        if (msg.id !== id) return;
        if (msg.type === 'error') { this.settle = null; reject(new Error(msg.message)); return; }
        onPositions(msg.positions, msg.done, msg.total);
        if (msg.done >= msg.total) { this.settle = null; resolve(); }
      };
      const req: LayoutRequest = { type: 'start', id, ...input };
      this.worker.postMessage(req);
    });
  }

  /** Stops the running layout where it is; its promise resolves. */
  stop(): void {
    const req: LayoutRequest = { type: 'stop', id: this.current };
    this.worker.postMessage(req);
    this.current++;
    this.settle?.();
    this.settle = null;
  }

  dispose(): void {
    this.worker.terminate();
  }
}
