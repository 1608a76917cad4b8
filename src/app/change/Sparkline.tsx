/**
 * A small line chart of one figure across waves, drawn as SVG with the values written beside
 * the points, so the chart reads without a tooltip. Text is rendered as text.
 */
import { formatNumber } from '../format.ts';
import { useAppState } from '../state/store.ts';

export function Sparkline({ label, explain, waves, values, percent }: {
  label: string; explain?: string; waves: string[]; values: (number | null)[]; percent?: boolean;
}) {
  const w = 220;
  const h = 70;
  const pad = 16;
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const min = known.length ? Math.min(0, ...known) : 0;
  const max = known.length ? Math.max(...known) : 1;
  const x = (i: number): number => (values.length <= 1 ? w / 2 : pad + (i * (w - 2 * pad)) / (values.length - 1));
  const y = (v: number): number => h - 18 - ((v - min) / (max - min || 1)) * (h - 34);
  const fmt = (v: number): string => (percent ? `${formatNumber(100 * v)}%` : formatNumber(v));
  const points = values.map((v, i) => (v === null ? null : [x(i), y(v)] as const));
  const notes = useAppState((st) => st.annotations);
  const marks = notes.map((a, k) => ({ k, i: waves.indexOf(a.afterWave) })).filter((m) => m.i >= 0 && m.i < values.length - 1);
  const path = points.filter((p): p is readonly [number, number] => p !== null).map(([px, py]) => `${px},${py}`).join(' ');
  return (
    <figure className="sparkline" title={explain}>
      <figcaption>{label}</figcaption>
      <svg width={w} height={h} role="img" aria-label={`${label}: ${values.map((v, i) => `${waves[i]} ${v === null ? 'not known' : fmt(v)}`).join(', ')}`}>
        {marks.map((m) => {
          const mx = (x(m.i) + x(m.i + 1)) / 2;
          return (
            <g key={m.k} className="annotation-mark">
              <line x1={mx} x2={mx} y1={4} y2={h - 14} stroke="#cc79a7" strokeDasharray="3 2" />
              <text x={mx + 2} y={10} fontSize={9} fill="#cc79a7">{m.k + 1}</text>
            </g>
          );
        })}
        <polyline points={path} fill="none" stroke="#1f5fa8" strokeWidth={2} />
        {points.map((p, i) => (p === null ? null : (
          <g key={i}>
            <circle cx={p[0]} cy={p[1]} r={3} fill="#1f5fa8" />
            <text x={p[0]} y={p[1] - 6} textAnchor="middle" fontSize={10}>{fmt(values[i] as number)}</text>
            <text x={p[0]} y={h - 3} textAnchor="middle" fontSize={9} fill="#5b6775">{waves[i]}</text>
          </g>
        )))}
      </svg>
    </figure>
  );
}
