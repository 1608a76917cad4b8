/**
 * The node metrics Kith shows, described once: the table's columns, the map's size options,
 * the person panel and the methods note are all generated from this list. Each metric's
 * convention is in its module and in docs/metrics.md; suite.ts computes them all.
 */
import type { NodeResults } from './suite.ts';

export type NodeMetricId =
  | 'degree' | 'inDegree' | 'outDegree' | 'weightedDegree'
  | 'betweenness' | 'closeness' | 'harmonic' | 'eigenvector' | 'pagerank'
  | 'clustering' | 'constraint' | 'effectiveSize' | 'efficiency' | 'coreNumber' | 'reach2'
  | 'articulationPoint' | 'cutOff' | 'community' | 'component'
  | 'eiIndex' | 'brokerage' | 'coordinator' | 'itinerant' | 'representative' | 'gatekeeper' | 'liaison';

export interface NodeMetricSpec {
  id: NodeMetricId;
  /** Plain English, UK spelling. */
  label: string;
  /** One sentence for a non-specialist convenor. */
  explain: string;
  /** In and out are only meaningful for directed views. */
  directedOnly?: boolean;
  /** Needs a boundary (sector, organisation, ...) to be chosen. */
  needsGroups?: boolean;
  /** Offered as a node size on the map. */
  sizeable: boolean;
  /** 'index': a 0-based number shown from 1; 'share': 0..1 shown as a percentage; 'flag': yes/no. */
  format: 'integer' | 'decimal' | 'index' | 'share' | 'flag';
  /** Shown in the person panel under "Brokerage roles" rather than with the main figures. */
  brokerageRole?: boolean;
}

export const nodeMetricRegistry: NodeMetricSpec[] = [
  { id: 'degree', label: 'Ties', sizeable: true, format: 'integer',
    explain: 'How many ties this person has, sent and received counted together.' },
  { id: 'inDegree', label: 'Ties received', directedOnly: true, sizeable: true, format: 'integer',
    explain: 'How many people named this person.' },
  { id: 'outDegree', label: 'Ties sent', directedOnly: true, sizeable: true, format: 'integer',
    explain: 'How many people this person named.' },
  { id: 'weightedDegree', label: 'Tie strength', sizeable: true, format: 'decimal',
    explain: 'The strengths of all this person’s ties added together.' },
  { id: 'betweenness', label: 'Betweenness', sizeable: true, format: 'decimal',
    explain: 'How often this person lies on the shortest route between two others.' },
  { id: 'closeness', label: 'Closeness', sizeable: true, format: 'decimal',
    explain: 'How few steps along ties it takes the others to reach this person.' },
  { id: 'harmonic', label: 'Harmonic closeness', sizeable: true, format: 'decimal',
    explain: 'Closeness that also works when parts of the network are cut off: near people count most.' },
  { id: 'eigenvector', label: 'Well-connected contacts', sizeable: true, format: 'decimal',
    explain: 'High when this person is tied to people who are themselves well connected.' },
  { id: 'pagerank', label: 'PageRank', sizeable: true, format: 'decimal',
    explain: 'Like being named by people who are themselves often named.' },
  { id: 'clustering', label: 'Contacts who know each other', sizeable: false, format: 'share',
    explain: 'The share of this person’s pairs of contacts who are tied to each other.' },
  { id: 'constraint', label: 'Constraint', sizeable: true, format: 'decimal',
    explain: 'High when this person’s contacts all know each other, so they hear the same things.' },
  { id: 'effectiveSize', label: 'Effective size', sizeable: true, format: 'decimal',
    explain: 'How many of this person’s contacts bring something new, not already known to the others.' },
  { id: 'efficiency', label: 'Efficiency', sizeable: false, format: 'share',
    explain: 'Effective size as a share of all their contacts.' },
  { id: 'coreNumber', label: 'Core', sizeable: true, format: 'integer',
    explain: 'The most tightly knit layer of the network this person belongs to; higher is more central.' },
  { id: 'reach2', label: 'Two-step reach', sizeable: true, format: 'share',
    explain: 'The share of everyone this person can reach through a friend of a friend or closer.' },
  { id: 'articulationPoint', label: 'Holds parts together', sizeable: false, format: 'flag',
    explain: 'Yes when some people are connected to the rest only through this person.' },
  { id: 'cutOff', label: 'People who depend on them', sizeable: true, format: 'integer',
    explain: 'How many people would be cut off from the main network if this person left.' },
  { id: 'community', label: 'Community', sizeable: false, format: 'index',
    explain: 'A cluster of people more tied to each other than to the rest, found from the ties alone; 1 is the largest.' },
  { id: 'component', label: 'Group of connected people', sizeable: false, format: 'index',
    explain: 'Which group of people linked by chains of ties this person belongs to; group 1 is the largest.' },
  { id: 'eiIndex', label: 'Ties across the boundary (E-I)', needsGroups: true, sizeable: false, format: 'decimal',
    explain: 'From −1 (all their ties stay inside their own group) to +1 (all cross to other groups).' },
  { id: 'brokerage', label: 'Brokerage', needsGroups: true, sizeable: true, format: 'integer',
    explain: 'How many times this person links two people who are not tied to each other.' },
  { id: 'coordinator', label: 'Coordinator', needsGroups: true, brokerageRole: true, sizeable: false, format: 'integer',
    explain: 'Links two people of their own group.' },
  { id: 'itinerant', label: 'Consultant', needsGroups: true, brokerageRole: true, sizeable: false, format: 'integer',
    explain: 'Links two people of another group, from outside it.' },
  { id: 'representative', label: 'Representative', needsGroups: true, brokerageRole: true, sizeable: false, format: 'integer',
    explain: 'Passes something from their own group to another group.' },
  { id: 'gatekeeper', label: 'Gatekeeper', needsGroups: true, brokerageRole: true, sizeable: false, format: 'integer',
    explain: 'Lets something from another group into their own group.' },
  { id: 'liaison', label: 'Liaison', needsGroups: true, brokerageRole: true, sizeable: false, format: 'integer',
    explain: 'Links two different groups, neither of them their own.' },
];

export type NodeMetrics = Record<NodeMetricId, Float64Array>;

/**
 * The suite's node results as one array per registry metric (each its own buffer, so all
 * can be transferred from a worker). A figure that does not apply is all NaN.
 */
export function nodeMetricArrays(r: NodeResults, n: number): NodeMetrics {
  const none = (): Float64Array => new Float64Array(n).fill(NaN);
  const b = r.brokerage;
  return {
    degree: r.degree, inDegree: r.inDegree.slice(), outDegree: r.outDegree.slice(), weightedDegree: r.weightedDegree,
    betweenness: r.betweenness, closeness: r.closeness, harmonic: r.harmonic,
    eigenvector: r.eigenvector ?? none(), pagerank: r.pagerank,
    clustering: r.clustering, constraint: r.constraint, effectiveSize: r.effectiveSize, efficiency: r.efficiency,
    coreNumber: r.coreNumber, reach2: r.reach2, articulationPoint: r.articulationPoint, cutOff: r.cutOff,
    community: r.community, component: r.component, eiIndex: r.eiIndex ?? none(),
    brokerage: b ? b.total : none(), coordinator: b ? b.coordinator : none(), itinerant: b ? b.itinerant : none(),
    representative: b ? b.representative : none(), gatekeeper: b ? b.gatekeeper : none(), liaison: b ? b.liaison : none(),
  };
}
