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
 * when there is one, null splits by nothing.
 */
export function changeReport(ds: Dataset, view: NetworkView, from: string, to: string, splitBy?: string | null): ChangeReport {
  const ties = classifyTies(ds, view, from, to);
  const cohort = splitBy === undefined ? cohortAttribute(ds) : splitBy;
  const findings = [growthFinding(ds, view, from, to), dissipationFinding(ds, view, from, to)].filter((f): f is Finding => f !== null);
  return {
    from, to, ties,
    counts: changeCounts(ties),
    membership: membership(ds, from, to),
    findings,
    survival: tieSurvival(ds, view, cohort ? { splitBy: { attribute: cohort, side: 'either' } } : {}),
    qap: qapCorrelation(ds, view, from, to),
    trends: networkTrends(ds, view),
  };
}
