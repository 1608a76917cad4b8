import type { NodeMetricSpec } from '../core/metrics/registry.ts';

/** Numbers rounded for reading (UX.md: 2-3 significant figures); exact values go to exports. */
export function formatNumber(v: number | undefined, kind: 'integer' | 'decimal' = 'decimal'): string {
  if (v === undefined || Number.isNaN(v)) return '–';
  if (kind === 'integer' || Number.isInteger(v)) return Math.round(v).toLocaleString('en-GB');
  if (v === 0) return '0';
  const abs = Math.abs(v);
  if (abs >= 100) return Math.round(v).toLocaleString('en-GB');
  return Number(v.toPrecision(abs < 1 ? 2 : 3)).toString();
}

export function percent(part: number, whole: number): string {
  if (whole === 0) return '–';
  return `${Math.round((100 * part) / whole)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** A metric value as a person reads it: groups count from 1; NaN is "not applicable". */
export function formatMetric(v: number | undefined, format: NodeMetricSpec['format']): string {
  if (v === undefined || Number.isNaN(v)) return 'n/a';
  switch (format) {
    case 'index': return String(v + 1);
    case 'share': return `${formatNumber(100 * v)}%`;
    case 'flag': return v ? 'Yes' : 'No';
    default: return formatNumber(v, format);
  }
}
