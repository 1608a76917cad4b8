/**
 * What changed between two waves: ties added, removed, kept, and unknown.
 *
 * A tie present in the earlier wave and missing in the later one is only "removed" when the
 * people who could have reported it answered the later wave; otherwise it is "unknown"
 * (non-response is not loss). Directed views: the reporter is the source. Undirected views
 * (union or confirmed): both ends must have answered, since either could have reported it.
 * When the data do not say who answered, everyone counts as a respondent.
 *
 * Ties are compared as the view defines them (types, strength, direction, merging): ordered
 * pairs in directed views, unordered pairs otherwise. Jaccard similarity is over the raw tie
 * sets, kept / (kept + added + removed + unknown), uncorrected for non-response.
 */
import type { Dataset } from '../model/types.ts';
import { forEachViewEdge } from '../view/build.ts';
import type { NetworkView } from '../view/view.ts';

export interface WaveChange {
  from: string;
  to: string;
  added: number;
  removed: number;
  kept: number;
  unknown: number;
  /** null when neither wave has a tie. */
  jaccard: number | null;
}

function tieSet(ds: Dataset, view: NetworkView, wave: string): Set<string> {
  const set = new Set<string>();
  const directed = view.direction === 'directed';
  forEachViewEdge(ds, { ...view, wave }, ({ source: s, target: t }) => set.add(JSON.stringify(directed || s < t ? [s, t] : [t, s])));
  return set;
}

export function respondentsOf(ds: Dataset, wave: string): Set<string> {
  const w = ds.waves.find((x) => x.id === wave);
  if (!w) throw new Error(`compare: no wave "${wave}"`);
  return new Set(w.respondents ?? ds.actors.map((a) => a.id));
}

export function compareWaves(ds: Dataset, view: NetworkView, from: string, to: string): WaveChange {
  const before = tieSet(ds, view, from);
  const after = tieSet(ds, view, to);
  const answered = respondentsOf(ds, to);
  const directed = view.direction === 'directed';
  let kept = 0;
  let removed = 0;
  let unknown = 0;
  for (const key of before) {
    if (after.has(key)) { kept++; continue; }
    const [s, t] = JSON.parse(key) as [string, string];
    const couldReport = directed ? answered.has(s) : answered.has(s) && answered.has(t);
    if (couldReport) removed++;
    else unknown++;
  }
  const added = after.size - kept;
  const union = kept + added + removed + unknown;
  return { from, to, added, removed, kept, unknown, jaccard: union === 0 ? null : kept / union };
}

/** One record per pair of consecutive waves, in wave order. */
export function consecutiveChanges(ds: Dataset, view: NetworkView): WaveChange[] {
  const waves = [...ds.waves].sort((a, b) => a.order - b.order);
  const out: WaveChange[] = [];
  for (let i = 1; i < waves.length; i++) out.push(compareWaves(ds, view, waves[i - 1]!.id, waves[i]!.id));
  return out;
}
