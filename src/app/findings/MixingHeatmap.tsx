/**
 * The group-by-group mixing matrix as a heatmap table: darker cells have more ties than
 * random mixing would give, pale cells fewer, and empty cells none. A table, so that every
 * number is readable and accessible, not only a colour.
 */
import type { Mixing } from '../../core/findings/silos.ts';
import { formatNumber } from '../format.ts';

function shade(ties: number, expected: number | null): string {
  if (ties === 0) return '#ffffff';
  if (expected === null || expected === 0) return '#e7f0fa';
  // Ratio to random mixing on a log scale: 1/8 palest, 8 darkest.
  const r = Math.max(-3, Math.min(3, Math.log2(ties / expected)));
  const lightness = 92 - ((r + 3) / 6) * 50;
  return `hsl(212, 60%, ${lightness}%)`;
}

export function MixingHeatmap({ mixing }: { mixing: Mixing }) {
  return (
    <div className="heatmap-wrap">
      <table className="heatmap" data-testid="mixing-heatmap" aria-label={`Ties between groups of ${mixing.attribute}`}>
        <caption>
          Ties {mixing.directed ? 'from each row to each column' : 'between groups'} by {mixing.attribute}. Darker: more ties than
          random mixing would give; white: no tie at all.{mixing.missing > 0 ? ` ${mixing.missing} people with no ${mixing.attribute} are left out.` : ''}
        </caption>
        <thead>
          <tr><th />{mixing.cols.map((c) => <th key={c} scope="col"><span>{c}</span></th>)}</tr>
        </thead>
        <tbody>
          {mixing.rows.map((r, i) => (
            <tr key={r}>
              <th scope="row">{r} <span className="hint">({mixing.sizes[i]})</span></th>
              {(mixing.cells[i] ?? []).map((cell, j) => (
                <td key={j} style={{ background: shade(cell.ties, cell.expectedTies) }}
                  title={`${r} → ${mixing.cols[j]}: ${cell.ties} ties${cell.expectedTies !== null ? `, random mixing would give about ${formatNumber(cell.expectedTies)}` : ''}`}>
                  {cell.ties === 0 ? '' : cell.ties}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="group-meanings">
        {mixing.groups.map((g) => <li key={g.label}>{g.meaning}</li>)}
        <li><strong>{mixing.network.meaning}</strong></li>
      </ul>
    </div>
  );
}
