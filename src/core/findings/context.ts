/** Building the NetworkContext that every finding reads, from a dataset and a view. */
import { analyseSuite, boundaryGroups, type AnalyseOptions } from '../analyse.ts';
import type { CompiledGraph } from '../graph/compile.ts';
import { formatValue } from '../import/attributes.ts';
import type { SuiteResult } from '../metrics/suite.ts';
import type { Dataset } from '../model/types.ts';
import type { NetworkView } from '../view/view.ts';
import type { NetworkContext } from './types.ts';

export async function buildContext(dataset: Dataset, view: NetworkView, opts: AnalyseOptions = {}): Promise<NetworkContext> {
  const { compiled, suite } = await analyseSuite(dataset, view, opts);
  return contextFrom(dataset, view, compiled, suite);
}

/** The context of a network already analysed (the worker keeps the last one). */
export function contextFrom(dataset: Dataset, view: NetworkView, g: CompiledGraph, suite: SuiteResult): NetworkContext {
  const byId = new Map(dataset.actors.map((a) => [a.id, a]));
  const cache = new Map<string, (string | null)[]>();
  return {
    dataset, view, g, suite,
    groups: boundaryGroups(dataset, g.ids, view.boundary),
    boundary: view.boundary,
    labels: g.ids.map((id) => byId.get(id)?.label ?? id),
    values: (attribute) => {
      let v = cache.get(attribute);
      if (!v) {
        const known = dataset.attributes.some((a) => a.key === attribute);
        v = known ? g.ids.map((id) => {
          const x = byId.get(id)?.attributes[attribute] ?? null;
          return x === null ? null : formatValue(x);
        }) : [];
        cache.set(attribute, v);
      }
      return v;
    },
  };
}
