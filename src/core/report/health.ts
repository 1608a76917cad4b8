/**
 * Network health: the headline figures of the view's wave, each with a sentence on what it
 * means here and, when there are several waves, the change since the previous wave. Every
 * wave is analysed with the same view (only the wave differs), so a change is a change in the
 * network, not in the choices. Pure and async (analyseSuite is); the analysis worker and the
 * CLI call it.
 */
import { analyseSuite, type AnalysedFigures, type AnalyseOptions } from '../analyse.ts';
import type { Dataset } from '../model/types.ts';
import type { NetworkView } from '../view/view.ts';
import { healthFigures, type HealthFigureId } from './health-figures.ts';
import type { FigureFormat } from './format.ts';
import { healthSentence } from './health-words.ts';
import { waveFigures, type WaveFigures } from './wave-figures.ts';

export interface HealthFigure {
  id: HealthFigureId;
  label: string;
  format: FigureFormat;
  value: number | null;
  /** The same figure at the previous wave; null at the first wave or without waves. */
  previous: number | null;
  /** value − previous; null when either is not known. */
  change: number | null;
  meaning: string;
  sentence: string;
}

export interface HealthReport {
  /** The view's wave (null: pooled or no waves). */
  wave: string | null;
  previousWave: string | null;
  boundary: string | null;
  figures: HealthFigure[];
  /** Every wave's figures in wave order (one entry, wave null, without waves or when pooled). */
  waves: WaveFigures[];
}

export interface HealthOptions extends AnalyseOptions {
  /** The view's own network, already analysed (the worker keeps it): saves one pass. */
  analysed?: AnalysedFigures;
}

export function orderedWaveIds(ds: Dataset): string[] {
  return [...ds.waves].sort((a, b) => a.order - b.order).map((w) => w.id);
}

export async function healthReport(ds: Dataset, view: NetworkView, opts: HealthOptions = {}): Promise<HealthReport> {
  const report = opts.onProgress ?? (() => {});
  const all = orderedWaveIds(ds);
  const ids: (string | null)[] = view.wave === null || !all.includes(view.wave) ? [view.wave] : all;
  const waves: WaveFigures[] = [];
  for (const [k, wave] of ids.entries()) {
    const waveView = { ...view, wave };
    const step = (f: number, s: string): void => report((k + f) / ids.length, ids.length > 1 ? `${wave}: ${s}` : s);
    const analysed = wave === view.wave && opts.analysed ? opts.analysed
      : await analyseSuite(ds, waveView, { onProgress: step, ...(opts.pool ? { pool: opts.pool } : {}) });
    waves.push(waveFigures(ds, waveView, analysed));
  }
  report(1, 'Done');
  const at = Math.max(0, ids.indexOf(view.wave));
  const current = waves[at]!;
  const before = at > 0 ? waves[at - 1]! : null;
  return {
    wave: view.wave,
    previousWave: before?.wave ?? null,
    boundary: view.boundary,
    waves,
    figures: healthFigures.map((spec) => {
      const value = spec.value(current);
      const previous = before ? spec.value(before) : null;
      return {
        id: spec.id, label: spec.label, format: spec.format, value, previous,
        change: value !== null && previous !== null ? value - previous : null,
        meaning: spec.meaning,
        sentence: healthSentence(spec.id, current, view.boundary),
      };
    }),
  };
}
