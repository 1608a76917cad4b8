/// <reference lib="webworker" />
/**
 * The analysis worker: imports files, computes a view's network and metrics, and its
 * findings, off the main thread, reporting progress. It keeps the dataset and the last
 * analysed view, so that findings after an analysis cost no second pass. Cancelling is done
 * by the page terminating this worker.
 */
import { analyseSuite, packResult, type AnalysedSuite } from '../core/analyse.ts';
import { changeReport } from '../core/change/report.ts';
import { personTrajectory } from '../core/change/trends.ts';
import { findingsReport } from '../core/findings/all.ts';
import { egoNetwork } from '../core/findings/ego.ts';
import { simulateRemoval } from '../core/findings/risk.ts';
import { contextFrom } from '../core/findings/context.ts';
import { importDataset } from '../core/import/dataset.ts';
import type { Dataset } from '../core/model/types.ts';
import { pooledLayoutEdges } from '../core/view/layout-edges.ts';
import type { NetworkView } from '../core/view/view.ts';
import { browserPool } from './pool.ts';
import { packDataset, shareEqualLists } from './tie-columns.ts';
import type { AnalysisReply, AnalysisRequest } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let held: { key: string; dataset: Dataset } | null = null;
let last: { key: string; analysed: AnalysedSuite } | null = null;

function reply(msg: AnalysisReply, transfer: Transferable[] = []): void {
  scope.postMessage(msg, transfer);
}

async function analysed(dataset: Dataset, view: NetworkView, key: string, progress: (f: number, step: string) => void): Promise<AnalysedSuite> {
  if (last?.key === key) return last.analysed;
  const a = await analyseSuite(dataset, view, { onProgress: progress, pool: browserPool() });
  last = { key, analysed: a };
  return a;
}

scope.onmessage = async (event: MessageEvent<AnalysisRequest>) => {
  const req = event.data;
  try {
    if (req.type === 'import') {
      reply({ type: 'progress', id: req.id, fraction: 0.1, step: 'Reading files' });
      const dataset = importDataset(req.name, req.files);
      if (req.key !== undefined) { held = { key: req.key, dataset }; last = null; }
      const { packed, transfer } = packDataset(dataset);
      reply({ type: 'imported', id: req.id, packed }, transfer);
      return;
    }
    if (req.dataset) { held = { key: req.datasetKey, dataset: req.dataset }; last = null; }
    if (!held || held.key !== req.datasetKey) throw new Error('analysis worker: no dataset held for this request');
    if (req.type === 'trajectory') {
      reply({ type: 'trajectory', id: req.id, trajectory: personTrajectory(held.dataset, req.view, req.person) });
      return;
    }
    if (req.type === 'changes') {
      reply({ type: 'changes', id: req.id, report: changeReport(held.dataset, req.view, req.from, req.to, req.splitBy) });
      return;
    }
    if (req.type === 'layoutEdges') {
      const edges = pooledLayoutEdges(held.dataset, req.view);
      reply({ type: 'layoutEdges', id: req.id, edges }, [edges.source.buffer, edges.target.buffer, edges.weight.buffer]);
      return;
    }
    const key = `${req.datasetKey}\u0000${JSON.stringify(req.view)}`;
    const progress = (fraction: number, step: string): void => reply({ type: 'progress', id: req.id, fraction, step });
    const a = await analysed(held.dataset, req.view, key, progress);
    if (req.type !== 'analyse') {
      const ctx = contextFrom(held.dataset, req.view, a.compiled, a.suite);
      if (req.type === 'findings') reply({ type: 'findings', id: req.id, report: findingsReport(ctx) });
      else if (req.type === 'whatIf') reply({ type: 'whatIf', id: req.id, result: simulateRemoval(ctx, req.removal) });
      else reply({ type: 'ego', id: req.id, ego: egoNetwork(ctx, req.person) });
      return;
    }
    const result = { ...packResult(a) };
    result.edgeTypes = shareEqualLists(result.edgeTypes);
    // The edge arrays are fresh and can move; the metric arrays are still the cached suite's,
    // which findings read later, so they are copied rather than transferred.
    const transfer: Transferable[] = [result.edgeSource.buffer, result.edgeTarget.buffer, result.edgeWeight.buffer, result.edgeStrength.buffer];
    reply({ type: 'analysed', id: req.id, result }, transfer);
  } catch (err) {
    reply({ type: 'error', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
};
