/**
 * Every finding for a view, in the order the Findings screen shows them: who spans
 * boundaries, where the silos are, who is left out, what depends on whom, and whom to
 * introduce. One call, so that the worker, the report and the CLI list the same findings.
 */
import { busFactorFindings } from './bus-factor.ts';
import { communityFindings } from './community-match.ts';
import { brokerageConcentration, type BrokerageConcentration } from './concentration.ts';
import { disconnectedFindings } from './disconnected.ts';
import { introductionFindings, suggestIntroductions, type Introduction } from './introductions.ts';
import { riskFindings } from './risk.ts';
import { mixing, siloFindings, type Mixing } from './silos.ts';
import { singleMeetingLinks, singlePersonLinks } from './single-links.ts';
import { spannerFindings } from './spanners.ts';
import type { Finding, NetworkContext } from './types.ts';

/** What the Findings screen shows: the findings, and the data behind its tables. */
export interface FindingsReport {
  findings: Finding[];
  /** The boundary's mixing matrix, for the heatmap; null without a boundary. */
  mixing: Mixing | null;
  /** Suggested introductions, for the list a convenor can export. */
  introductions: Introduction[];
  concentration: BrokerageConcentration | null;
}

export function findingsReport(ctx: NetworkContext): FindingsReport {
  return { findings: allFindings(ctx), mixing: mixing(ctx), introductions: suggestIntroductions(ctx), concentration: brokerageConcentration(ctx) };
}

export function allFindings(ctx: NetworkContext): Finding[] {
  const concentration = brokerageConcentration(ctx)?.finding ?? null;
  const found: Finding[] = [
    ...(concentration ? [concentration] : []),
    ...spannerFindings(ctx),
    ...siloFindings(ctx),
    ...communityFindings(ctx),
    ...singlePersonLinks(ctx),
    ...singleMeetingLinks(ctx),
    ...disconnectedFindings(ctx),
    ...riskFindings(ctx),
    ...busFactorFindings(ctx),
    ...introductionFindings(ctx),
  ];
  // A finding id appears once even if two rules reach the same conclusion.
  const seen = new Set<string>();
  return found.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
}
