/**
 * Projecting attendance (people x meetings) to person-to-person co-attendance: two people
 * are tied when they attended the same meeting, with strength the number of meetings they
 * shared. A meeting is one event on one date; a series without dates counts as one meeting.
 * Ties are undirected. Convention: the weighted one-mode projection of Newman (2001),
 * "Scientific collaboration networks", Phys. Rev. E 64, 016131, without his 1/(n-1) discount.
 */
import type { Attendance, Tie } from '../model/types.ts';
import { CO_ATTENDANCE } from './view.ts';

export interface ProjectionOptions {
  /** Pairs who shared fewer meetings than this are not tied (default 1). */
  min?: number;
  /** Only meetings dated within [from, to] (ISO dates, inclusive); undated meetings count. */
  from?: string | null;
  to?: string | null;
}

export function projectAttendance(records: Attendance[], wave: string | null, opts: ProjectionOptions = {}): Tie[] {
  const min = opts.min ?? 1;
  const from = opts.from ?? null;
  const to = opts.to ?? null;
  const meetings = new Map<string, Set<string>>();
  for (const r of records) {
    // Records without a wave (membership lists) count in every wave.
    if (wave !== null && r.wave !== null && r.wave !== wave) continue;
    // ISO dates compare as strings.
    if (r.date !== null && ((from !== null && r.date < from) || (to !== null && r.date > to))) continue;
    const key = JSON.stringify([r.event, r.date]);
    let set = meetings.get(key);
    if (!set) meetings.set(key, (set = new Set()));
    set.add(r.person);
  }
  const shared = new Map<string, number>();
  for (const people of meetings.values()) {
    const list = [...people].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = JSON.stringify([list[i], list[j]]);
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const ties: Tie[] = [];
  for (const [key, count] of shared) {
    if (count < min) continue;
    const [source, target] = JSON.parse(key) as [string, string];
    ties.push({
      source, target, type: CO_ATTENDANCE, strength: count, wave, directed: false,
      from: { file: 'attendance (projected)', row: 0 },
    });
  }
  return ties;
}
