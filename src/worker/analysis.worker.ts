/// <reference lib="webworker" />
/**
 * The analysis worker: imports files and computes a view's network and metrics off the
 * main thread, reporting progress. Cancelling is done by the page terminating this worker.
 */
import type { AnalysisReply, AnalysisRequest } from './protocol.ts';
import { analyseView } from '../core/analyse.ts';
import { browserPool } from './pool.ts';
import { importDataset } from '../core/import/dataset.ts';
import type { Dataset } from '../core/model/types.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let held: { key: string; dataset: Dataset } | null = null;

function reply(msg: AnalysisReply, transfer: Transferable[] = []): void {
  scope.postMessage(msg, transfer);
}

scope.onmessage = async (event: MessageEvent<AnalysisRequest>) => {
  const req = event.data;
  try {
    if (req.type === 'import') {
      reply({ type: 'progress', id: req.id, fraction: 0.1, step: 'Reading files' });
      const dataset = importDataset(req.name, req.files);
      reply({ type: 'imported', id: req.id, dataset });
      return;
    }
    if (req.dataset) held = { key: req.datasetKey, dataset: req.dataset };
    if (!held || held.key !== req.datasetKey) throw new Error('analysis worker: no dataset held for this request');
    const result = await analyseView(held.dataset, req.view, {
      onProgress: (fraction, step) => reply({ type: 'progress', id: req.id, fraction, step }),
      pool: browserPool(),
    });
    const transfer: Transferable[] = [
      result.edgeSource.buffer, result.edgeTarget.buffer, result.edgeWeight.buffer, result.edgeStrength.buffer,
      ...Object.values(result.metrics).map((a) => a.buffer),
    ];
    reply({ type: 'analysed', id: req.id, result }, transfer);
  } catch (err) {
    reply({ type: 'error', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
};
