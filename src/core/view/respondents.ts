/**
 * Who answered the survey in a view's wave. Kept apart from the view's wording so that
 * building the network and describing it agree on the same rule.
 */
import type { Dataset } from '../model/types.ts';
import type { NetworkView } from './view.ts';

/** Whether the data say who answered the view's wave(s): respondentsOfView without building the set. */
export function respondentsKnown(ds: Dataset, view: Pick<NetworkView, 'wave'>): boolean {
  const waves = wavesOf(ds, view);
  return waves.length > 0 && waves.every((w) => w.respondents !== null);
}

/** The view's wave, or every wave when they are pooled. */
function wavesOf(ds: Dataset, view: Pick<NetworkView, 'wave'>): Dataset['waves'] {
  return view.wave === null ? ds.waves : ds.waves.filter((w) => w.id === view.wave);
}

/**
 * People who answered the view's wave, or any wave when waves are pooled; null when the data
 * do not say (no waves, or a wave without a respondents record), since then nobody can be
 * told apart as a non-respondent.
 */
export function respondentsOfView(ds: Dataset, view: Pick<NetworkView, 'wave'>): Set<string> | null {
  if (!respondentsKnown(ds, view)) return null;
  const waves = wavesOf(ds, view);
  const out = new Set<string>();
  for (const w of waves) for (const id of w.respondents ?? []) out.add(id);
  return out;
}
