/**
 * The page's one analysis worker, and the data it is asked about: shared by the actions that
 * change the store (actions.ts) and the queries that only read from the worker (queries.ts).
 */
import type { Dataset } from '../../core/model/types.ts';
import type { NetworkView } from '../../core/view/view.ts';
import { AnalysisClient } from '../../worker/client.ts';
import { shownDataset, store } from './store.ts';

/** The one analysis worker's client; the workspace actions (src/app/workspace/) use it too. */
export const analysis = new AnalysisClient();

/** The dataset the workers see: pseudonymised when the switch is on, under its own key. */
export function workerData(): { dataset: Dataset | null; view: NetworkView | null; datasetKey: string } {
  const s = store.get();
  return { dataset: shownDataset(s), view: s.view, datasetKey: s.pseudonymous ? `${s.datasetKey}|pseudonymous` : s.datasetKey };
}
