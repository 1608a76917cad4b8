/**
 * Every finding for a view, in the order the Findings screen shows them: who spans
 * boundaries, where the silos are, who is left out, what depends on whom, and whom to
 * introduce. One call, so that the worker, the report and the CLI list the same findings.
 */
import { busFactor, busFactorFindings, type GroupPairCarriers } from './bus-factor.ts';
import { communityFindings, communityMatch, matchSummary } from './community-match.ts';
import { brokerageConcentration, organisationSpanning, type BrokerageConcentration, type OrganisationSpan } from './concentration.ts';
import { disconnectedFindings, organisationsWithoutTie, type OrganisationsWithoutTie } from './disconnected.ts';
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
  /** Organisations whose people reach across the boundary, most groups reached first (up to 12). */
  organisations: OrganisationSpan[];
  /** How closely detected communities follow the boundary, in a sentence; null when not computed. */
  communities: string | null;
  /** For each pair of groups with a tie: how many people carry the ties, and the fewest they hang on. */
  busFactor: GroupPairCarriers[];
  /** For each group: the organisations with no tie to it (needs an organisation attribute). */
  withoutTie: OrganisationsWithoutTie[];
}

/** The attribute naming people's organisation, if the data have one. */
function organisationAttribute(ctx: NetworkContext): string | null {
  return ctx.dataset.attributes.find((a) => /^organi[sz]ation$/i.test(a.key))?.key ?? null;
}

export function findingsReport(ctx: NetworkContext): FindingsReport {
  const org = organisationAttribute(ctx);
  const cm = communityMatch(ctx);
  const groups = ctx.groups?.labels ?? [];
  return {
    findings: allFindings(ctx),
    mixing: mixing(ctx),
    introductions: suggestIntroductions(ctx),
    concentration: brokerageConcentration(ctx),
    organisations: org && ctx.boundary !== org
      ? organisationSpanning(ctx, org).filter((o) => o.crossTies > 0)
        .sort((a, b) => b.reaches.length - a.reaches.length || b.crossTies - a.crossTies || a.organisation.localeCompare(b.organisation, 'en-GB'))
        .slice(0, 12)
      : [],
    communities: cm ? matchSummary(cm) : null,
    busFactor: busFactor(ctx).map((p) => ({ ...p, edges: [] })),
    withoutTie: org && ctx.boundary !== org ? groups.map((g) => ({ ...organisationsWithoutTie(ctx, g, org), finding: null })) : [],
  };
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
