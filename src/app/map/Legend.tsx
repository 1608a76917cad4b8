import { toggleHidden } from '../state/actions.ts';
import { useAppState } from '../state/store.ts';
import type { ColourScale } from '../../core/view/encodings.ts';

/** The colour key; clicking a value hides or shows those people. */
export function Legend({ colours }: { colours: ColourScale }) {
  const hidden = useAppState((s) => s.display.hidden);
  if (!colours.attribute) return null;
  const attribute = colours.attribute;
  const off = hidden[attribute] ?? [];
  return (
    <div className="legend" data-testid="legend" aria-label={`Colour key: ${attribute}`}>
      <div className="legend-title">{attribute}</div>
      <ul>
        {colours.entries.map((e) => (
          <li key={e.value}>
            <button className={off.includes(e.value) ? 'off' : ''} onClick={() => toggleHidden(attribute, e.value)}
              title={off.includes(e.value) ? 'Show these people' : 'Hide these people'} aria-pressed={!off.includes(e.value)}>
              <span className="swatch" style={{ background: e.colour }} />
              <span className="legend-label">{e.value}</span>
              <span className="legend-count">{e.count}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
