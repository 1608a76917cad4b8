/**
 * Everything the Change screen shows for a pair of waves, in one call: each tie's fate, the
 * counts (non-response apart from loss), who joined and left, what grew and what faded
 * across the boundary, tie survival (split by programme cohort when there is one), the QAP
 * test, and the trends across every wave.
 */
import type { Finding } from '../findings/types.ts';
import type { Dataset } from '../model/types.ts';
import type { NetworkView } from '../view/view.ts';
import { changeCounts, classifyTies, membership, type ChangeCounts, type Membership, type TieChange } from './classify.ts';
import { dissipationFinding, growthFinding } from './dissipated.ts';
import { qapCorrelation, type QapResult } from './qap.ts';
import { tieSurvival, type SurvivalTable } from './survival.ts';
import { networkTrends, type NetworkTrends } from './trends.ts';

export interface ChangeReport {
  from: string;
  to: string;
  ties: TieChange[];
  counts: ChangeCounts;
  membership: Membership;
  findings: Finding[];
  survival: SurvivalTable;
  qap: QapResult;
  trends: NetworkTrends;
}

/** The attribute to split survival by: a programme cohort when the data have one. */
function cohortAttribute(ds: Dataset): string | null {
  return ds.attributes.find((a) => /cohort|programme|program/i.test(a.key) && a.kind === 'categorical')?.key ?? null;
}

/**
 * `splitBy`: the people attribute to split survival by; undefined picks a cohort attribute
 * when there is one, null splits by nothing. `onProgress` hears each part as it starts
 * (tens of seconds at 20,000 people).
 */
export function changeReport(
  ds: Dataset, view: NetworkView, from: string, to: string, splitBy?: string | null,
  onProgress: (fraction: number, step: string) => void = () => {},
): ChangeReport {
  onProgress(0, 'Sorting out what happened to each tie');
  const ties = classifyTies(ds, view, from, to);
  const cohort = splitBy === undefined ? cohortAttribute(ds) : splitBy;
  onProgress(0.2, 'Finding what grew and what faded across the boundary');
  const findings = [growthFinding(ds, view, from, to), dissipationFinding(ds, view, from, to)].filter((f): f is Finding => f !== null);
  onProgress(0.45, 'Following ties across every wave');
  const survival = tieSurvival(ds, view, cohort ? { splitBy: { attribute: cohort, side: 'either' } } : {});
  onProgress(0.6, 'Testing how alike the two waves are (QAP)');
  const qap = qapCorrelation(ds, view, from, to);
  onProgress(0.75, 'Measuring every wave');
  const trends = networkTrends(ds, view);
  onProgress(1, 'Done');
  return { from, to, ties, counts: changeCounts(ties), membership: membership(ds, from, to), findings, survival, qap, trends };
}
