/**
 * The network one level up: organisations (or any attribute's groups) as the actors, tied by
 * the person ties between them, so that an organisation network can be analysed with every
 * measure a person network has (issue 4: "roll a person network up to an organisation
 * network ... and analyse it the same way"). Each wave is rolled up on its own with the same
 * view, so change between waves reads at both levels.
 *
 * A tie between two groups is weighted by the number of person ties between them ('ties') or
 * by their summed strength ('strength'; ties with no strength add nothing, and a tie made only
 * of such ties has no strength). Ties within a group become each group's `tiesWithin` for the
 * last wave rolled up, not self-loops, which no measure here uses.
 */
import type { Actor, Dataset, Tie } from '../model/types.ts';
import { buildGraph } from './build.ts';
import { rollUp } from './rollup.ts';
import { defaultView, type NetworkView } from './view.ts';

export type LevelWeight = 'ties' | 'strength';

/** The view a rolled-up network is analysed with: the people view's direction and routes. */
export function levelView(rolled: Dataset, people: NetworkView, wave: string | null): NetworkView {
  return { ...defaultView(rolled), wave, direction: people.direction === 'directed' ? 'directed' : 'union', betweenness: people.betweenness, boundary: null };
}

export function rolledUpDataset(ds: Dataset, view: NetworkView, attribute: string, weight: LevelWeight = 'ties'): Dataset {
  if (!ds.attributes.some((a) => a.key === attribute)) {
    throw new Error(`rolledUpDataset: no attribute "${attribute}"; the attributes are: ${ds.attributes.map((a) => a.key).join(', ') || 'none'}`);
  }
  const byId = new Map(ds.actors.map((a) => [a.id, a]));
  const waveIds = ds.waves.length > 0 ? ds.waves.map((w) => w.id) : [null];
  const groups = new Map<string, Actor>();
  const ties: Tie[] = [];
  const from = { file: `people rolled up by ${attribute}`, row: 0 };
  for (const wave of waveIds) {
    const { graph } = buildGraph(ds, { ...view, wave });
    const ids = graph.nodes();
    const index = new Map(ids.map((id, i) => [id, i]));
    const edgeSource: number[] = [];
    const edgeTarget: number[] = [];
    const edgeStrength: number[] = [];
    graph.forEachEdge((_, attrs, s, t) => {
      edgeSource.push(index.get(s) ?? 0);
      edgeTarget.push(index.get(t) ?? 0);
      edgeStrength.push(attrs.strength ?? NaN);
    });
    const groupOf = ids.map((id) => {
      const v = byId.get(id)?.attributes[attribute] ?? null;
      return v === null ? null : String(typeof v === 'boolean' ? (v ? 'Yes' : 'No') : v);
    });
    const rolled = rollUp({ ids, directed: graph.type === 'directed', edgeSource, edgeTarget, edgeStrength }, groupOf);
    for (const g of rolled.groups) {
      groups.set(g.key, { id: g.key, label: g.key, attributes: { people: g.people, tiesWithin: g.withinTies } });
    }
    for (const t of rolled.ties) {
      const strength = weight === 'ties' ? t.ties : t.missingStrength === t.ties ? null : t.strength;
      ties.push({ source: t.source, target: t.target, type: null, strength, wave, directed: rolled.directed, from });
    }
  }
  return {
    name: `${ds.name} (by ${attribute})`,
    actors: [...groups.values()],
    attributes: [{ key: 'people', kind: 'numeric', missing: 0 }, { key: 'tiesWithin', kind: 'numeric', missing: 0 }],
    ties,
    waves: ds.waves.map((w) => ({ id: w.id, order: w.order, respondents: null })),
    tieTypes: [],
    attendance: [],
    imports: ds.imports,
  };
}
