/**
 * How people look on the map and in the table: the colour (an attribute, with the legend) and
 * the size (a metric). Display only: no figure changes.
 */
import { nodeMetricRegistry } from '../../core/metrics/registry.ts';
import type { Dataset } from '../../core/model/types.ts';
import { setDisplay } from '../state/actions.ts';
import { useAppState } from '../state/store.ts';

export function MapLook({ dataset }: { dataset: Dataset }) {
  const display = useAppState((s) => s.display);
  const directed = useAppState((s) => s.analysis.result?.directed ?? true);
  const colourable = dataset.attributes.filter((a) => a.kind === 'categorical' || a.kind === 'boolean');
  const sizeable = nodeMetricRegistry.filter((m) => m.sizeable && (directed || !m.directedOnly));
  return (
    <section>
      <h2>How people look</h2>
      <label className="field">Colour by
        <select value={display.colourBy ?? ''} onChange={(e) => setDisplay({ colourBy: e.target.value || null })} data-testid="colour-select">
          <option value="">One colour</option>
          {colourable.map((a) => <option key={a.key} value={a.key}>{a.key}</option>)}
        </select>
      </label>
      <label className="field">Size by
        <select value={display.sizeBy ?? ''} onChange={(e) => setDisplay({ sizeBy: (e.target.value || null) as typeof display.sizeBy })} data-testid="size-select">
          <option value="">Same size</option>
          {sizeable.map((m) => <option key={m.id} value={m.id} title={m.explain}>{m.label}</option>)}
        </select>
      </label>
    </section>
  );
}
