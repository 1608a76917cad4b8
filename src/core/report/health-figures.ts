/**
 * The headline figures of network health, described once: the scorecard, the charts, the
 * printed report and its methods note are generated from this list (as the metric registry
 * does for people's figures). No figure has a verdict: none of them has an agreed norm for a
 * learning system, so the words say what the figure is, never whether it is good.
 */
import type { FigureFormat } from './format.ts';
import type { WaveFigures } from './wave-figures.ts';

export type HealthFigureId =
  | 'people' | 'ties' | 'responseRate' | 'density' | 'reciprocity' | 'crossShare' | 'eiIndex'
  | 'centralisation' | 'fragmentation' | 'largestComponent' | 'brokerageConcentration';

export interface HealthFigureSpec {
  id: HealthFigureId;
  label: string;
  format: FigureFormat;
  /** What the figure is, in one line for a non-specialist. */
  meaning: string;
  /** How it is computed, with its convention and reference (the report's methods note). */
  method: string;
  /** Needs a boundary (sector, organisation, ...). */
  needsGroups?: boolean;
  value: (w: WaveFigures) => number | null;
}

export const healthFigures: HealthFigureSpec[] = [
  { id: 'people', label: 'People', format: 'count', value: (w) => w.people,
    meaning: 'Everyone in the people file, whether or not they have a tie in this wave.',
    method: 'Everyone in the people file, plus anyone named in the ties who is not in it; people with no tie are counted.' },
  { id: 'ties', label: 'Ties', format: 'count', value: (w) => w.ties,
    meaning: 'Relationships in the network: pairs of people, whatever the tie types.',
    method: 'Distinct ties after merging several ties between the same two people into one (an undirected tie counts once).' },
  { id: 'responseRate', label: 'Response rate', format: 'share', value: (w) => w.responseRate,
    meaning: 'Share of people who answered the survey in this wave.',
    method: 'Respondents of the wave (the respondents file, or the people file’s responded column) over everyone in the people file. Not known when the data do not say who answered; then everyone counts as a respondent.' },
  { id: 'density', label: 'Density', format: 'share', value: (w) => w.density,
    meaning: 'Ties as a share of all the ties there could be.',
    method: 'm / (n(n − 1)) for directed ties, 2m / (n(n − 1)) for undirected ones (networkx density). Large networks are always sparse, so compare density only between networks of a similar size.' },
  { id: 'reciprocity', label: 'Reciprocity', format: 'share', value: (w) => w.reciprocity,
    meaning: 'Share of ties that are returned: both people name each other.',
    method: 'Directed ties whose reverse also exists over all directed ties (networkx overall_reciprocity; Wasserman & Faust 1994, ch. 13). Not applicable when direction is ignored.' },
  { id: 'crossShare', label: 'Ties across the boundary', format: 'share', needsGroups: true, value: (w) => w.crossShare,
    meaning: 'Share of ties that join people in different groups of the boundary.',
    method: 'Ties whose two ends are in different groups over ties whose two ends both have a group; ties to someone with no group recorded are left out.' },
  { id: 'eiIndex', label: 'E-I index', format: 'score', needsGroups: true, value: (w) => w.eiIndex,
    meaning: 'From −1 (every tie stays inside its group) to +1 (every tie crosses to another group).',
    method: '(E − I) / (E + I), E ties across groups and I ties inside (Krackhardt & Stern 1988; as UCINET and R netseg). It depends on the sizes of the groups: large groups keep more ties inside by chance alone.' },
  { id: 'centralisation', label: 'Centralisation', format: 'score', value: (w) => w.centralisation,
    meaning: 'How far ties are concentrated on a few people: 0 evenly spread, 1 everyone tied to one person (a star).',
    method: 'Freeman’s degree centralisation, Σ(max − degree) over its largest possible value (a star), as R sna centralization(degree) (Freeman 1978/79).' },
  { id: 'fragmentation', label: 'Fragmentation', format: 'share', value: (w) => w.fragmentation,
    meaning: 'Share of pairs of people who cannot reach each other by any chain of ties.',
    method: '1 − Σ s(s − 1) / (n(n − 1)) over the connected groups of sizes s, direction ignored (Borgatti 2006, as UCINET’s fragmentation). People with no tie count as groups of one.' },
  { id: 'largestComponent', label: 'In the largest connected group', format: 'share', value: (w) => w.largestComponentShare,
    meaning: 'Share of people in the largest group linked by chains of ties.',
    method: 'People in the largest weak component over everyone (direction ignored).' },
  { id: 'brokerageConcentration', label: 'Bridging held by the top 5', format: 'share', needsGroups: true, value: (w) => w.brokerageTopShare,
    meaning: 'Share of all brokering across the boundary done by the five people who do most of it.',
    method: 'Cross-group brokerage (Gould & Fernandez 1989: representative, gatekeeper, liaison and consultant roles) of the five people with most of it, over the total of everyone with a tie and a group; with the Gini coefficient of that brokerage (0 everyone an equal share).' },
];
