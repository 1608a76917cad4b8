/**
 * A large map's ties as lines between people's indices, for the layers that draw them
 * (all-ties.ts, focus-ties.ts through person-ties.ts) instead of sigma's edges: the current
 * network's ties, or two waves' ties coloured by how they changed.
 */
import type { AnalysisResult } from '../../core/analyse.ts';
import { CHANGE_COLOURS, onSide, type ChangeOverlay } from '../../core/view/encodings.ts';

export interface TieLines {
  ids: string[];
  source: Int32Array;
  target: Int32Array;
  /** Each tie's colour; null for the map's one tie colour. */
  colours: string[] | null;
}

export function resultLines(result: AnalysisResult): TieLines {
  return { ids: result.ids, source: result.edgeSource, target: result.edgeTarget, colours: null };
}

/** The change map's ties on its side (before, after or both), between people of the network. */
export function changeLines(change: ChangeOverlay, ids: string[]): TieLines {
  const index = new Map(ids.map((id, i) => [id, i]));
  const source: number[] = [];
  const target: number[] = [];
  const colours: string[] = [];
  for (const t of change.ties) {
    const s = index.get(t.source);
    const u = index.get(t.target);
    if (s === undefined || u === undefined || !onSide(t.status, change.side)) continue;
    source.push(s);
    target.push(u);
    colours.push(CHANGE_COLOURS[t.status].colour);
  }
  return { ids, source: Int32Array.from(source), target: Int32Array.from(target), colours };
}
