/**
 * The raw figures of one wave's network for the health scorecard, from an analysed suite
 * (analyseSuite), so that the scorecard, the Findings screen and the CLI read the same numbers.
 *
 * - people, ties, density, reciprocity, E-I index, degree centralisation and the share in the
 *   largest connected group are the suite's network figures (docs/metrics.md).
 * - crossShare: ties whose two ends are in different groups of the boundary, as a share of the
 *   ties whose two ends both have a group (crossing.ts; an undirected tie is in two out-rows
 *   with the same value, so the share is the same either way).
 * - fragmentation: Borgatti's F, the share of pairs of people who cannot reach each other by any
 *   chain of ties (direction ignored: weak components): F = 1 − Σ_k s_k (s_k − 1) / (n (n − 1)).
 *   Borgatti, S. P. (2006). Identifying sets of key players in a social network. Computational
 *   and Mathematical Organization Theory 12, 21–34 (as in UCINET's fragmentation).
 * - brokerage concentration: the share of cross-group brokerage held by the top 5 brokers, and
 *   its Gini coefficient (findings/concentration.ts).
 * - response rate: the wave's respondents over everyone in the people file (as trends.ts);
 *   null when the data do not say who answered, or for pooled waves.
 */
import type { AnalysedFigures } from '../analyse.ts';
import { brokerageConcentration } from '../findings/concentration.ts';
import { contextFrom } from '../findings/context.ts';
import type { Dataset } from '../model/types.ts';
import type { NetworkView } from '../view/view.ts';

export interface WaveFigures {
  /** The wave, or null for pooled waves / data without waves. */
  wave: string | null;
  people: number;
  peopleWithTies: number;
  ties: number;
  directed: boolean;
  respondents: number | null;
  responseRate: number | null;
  density: number | null;
  reciprocity: number | null;
  crossShare: number | null;
  /** Ties whose both ends have a group (the base of crossShare). */
  groupedTies: number;
  eiIndex: number | null;
  centralisation: number | null;
  fragmentation: number | null;
  components: number;
  largestComponentShare: number | null;
  isolates: number;
  /** Share of cross-group brokerage held by the top `brokerageTop` people; null without any. */
  brokerageTopShare: number | null;
  brokerageTop: number;
  brokerageGini: number | null;
  brokeragePopulation: number;
}

/** Borgatti's fragmentation from the sizes of the weak components; null under two people. */
export function fragmentation(componentOf: ArrayLike<number>): number | null {
  const n = componentOf.length;
  if (n < 2) return null;
  const sizes = new Map<number, number>();
  for (let v = 0; v < n; v++) sizes.set(componentOf[v]!, (sizes.get(componentOf[v]!) ?? 0) + 1);
  let reachable = 0;
  for (const s of sizes.values()) reachable += s * (s - 1);
  return 1 - reachable / (n * (n - 1));
}

export function waveFigures(ds: Dataset, view: NetworkView, analysed: AnalysedFigures): WaveFigures {
  const { compiled: g, suite } = analysed;
  const net = suite.network;
  let across = 0;
  let known = 0;
  const crosses = suite.ties.crossesBoundary;
  if (crosses) for (const c of crosses) if (c >= 0) { known++; across += c; }
  // An undirected tie sits in two out-rows; count ties, not rows, for the base quoted in words.
  const groupedTies = g.directed ? known : known / 2;
  const respondents = view.wave === null ? null : ds.waves.find((w) => w.id === view.wave)?.respondents ?? null;
  const conc = brokerageConcentration(contextFrom(ds, view, g, suite));
  return {
    wave: view.wave,
    people: net.nodes,
    peopleWithTies: net.nodes - net.isolates,
    ties: net.edges,
    directed: net.directed,
    respondents: respondents ? respondents.length : null,
    responseRate: respondents && ds.actors.length > 0 ? respondents.length / ds.actors.length : null,
    density: net.nodes < 2 ? null : net.density,
    reciprocity: net.reciprocity,
    crossShare: crosses && known > 0 ? across / known : null,
    groupedTies,
    eiIndex: net.eiIndex,
    centralisation: net.degreeCentralization,
    fragmentation: fragmentation(suite.nodes.component),
    components: net.weakComponents,
    largestComponentShare: net.nodes === 0 ? null : net.largestComponentShare,
    isolates: net.isolates,
    brokerageTopShare: conc?.topShare ?? null,
    brokerageTop: conc?.top.length ?? 0,
    brokerageGini: conc?.gini ?? null,
    brokeragePopulation: conc?.population ?? 0,
  };
}
