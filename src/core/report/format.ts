/**
 * Numbers and text for reading in the health scorecard and the printed report (UX.md: 2-3
 * significant figures, UK usage, a true minus sign). Exact values stay in the data; these only
 * shape what is read. Pure, so the worker, the CLI and the app format alike.
 */
import { formatNumber, percent } from '../findings/spanner-words.ts';

export { formatNumber, percent };

/** How a figure is read: a count, a share (0-1, as a percentage) or a score on its own scale. */
export type FigureFormat = 'count' | 'share' | 'score';

const MINUS = '−';

/** A figure's value for reading; "not known" for null. */
export function formatFigure(value: number | null, format: FigureFormat): string {
  if (value === null || !Number.isFinite(value)) return 'not known';
  if (format === 'count') return Math.round(value).toLocaleString('en-GB');
  if (format === 'share') return percent(value);
  return signedScore(value, false);
}

/** A score with 2 decimals and a true minus sign: '0.21', '−0.38' ('+0.09' when `plus`). */
function signedScore(v: number, plus: boolean): string {
  const r = Math.round(v * 100) / 100;
  const sign = r < 0 ? MINUS : r > 0 && plus ? '+' : '';
  return `${sign}${Math.abs(r).toFixed(2)}`;
}

/**
 * A change between waves for reading: '+12', '−3.1 points' for shares (percentage points,
 * never a percentage of a percentage), '+0.05' for scores, 'no change' when it rounds to nothing.
 */
export function formatChange(change: number | null, format: FigureFormat): string {
  if (change === null || !Number.isFinite(change)) return '';
  if (format === 'count') {
    const r = Math.round(change);
    return r === 0 ? 'no change' : `${r > 0 ? '+' : MINUS}${Math.abs(r).toLocaleString('en-GB')}`;
  }
  if (format === 'share') {
    const points = change * 100;
    const r = Math.abs(points) >= 10 ? Math.round(points) : Math.round(points * 10) / 10;
    if (r === 0) return 'no change';
    return `${r > 0 ? '+' : MINUS}${Math.abs(r)} ${Math.abs(r) === 1 ? 'point' : 'points'}`;
  }
  const r = Math.round(change * 100) / 100;
  return r === 0 ? 'no change' : signedScore(change, true);
}

/** 'people' or 'person'. */
export function people(n: number): string {
  return `${Math.round(n).toLocaleString('en-GB')} ${n === 1 ? 'person' : 'people'}`;
}
