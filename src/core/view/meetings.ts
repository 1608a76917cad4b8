/**
 * The attendance data kept two-mode: meetings as a second kind of node, tied to the people who
 * attended, so a convenor can see which meetings bring which groups together (Borgatti &
 * Everett 1997, "Network analysis of 2-mode data", Social Networks 19, 243-269). The same
 * rules as the co-attendance projection (coattendance.ts): a meeting is one event on one date,
 * records without a wave count in every wave, and the view's date window applies.
 */
import type { Attendance } from '../model/types.ts';
import type { NetworkView } from './view.ts';

export interface Meeting {
  /** Event and date, as one key. */
  key: string;
  event: string;
  date: string | null;
  /** Ids of the people who attended, sorted, each once. */
  people: string[];
}

export function meetingsOfView(records: Attendance[], view: Pick<NetworkView, 'wave' | 'coAttendanceWindow'>): Meeting[] {
  const from = view.coAttendanceWindow?.from ?? null;
  const to = view.coAttendanceWindow?.to ?? null;
  const byKey = new Map<string, Meeting & { seen: Set<string> }>();
  for (const r of records) {
    if (view.wave !== null && r.wave !== null && r.wave !== view.wave) continue;
    if (r.date !== null && ((from !== null && r.date < from) || (to !== null && r.date > to))) continue;
    const key = JSON.stringify([r.event, r.date]);
    let m = byKey.get(key);
    if (!m) byKey.set(key, (m = { key, event: r.event, date: r.date, people: [], seen: new Set() }));
    if (!m.seen.has(r.person)) { m.seen.add(r.person); m.people.push(r.person); }
  }
  return [...byKey.values()]
    .map(({ key, event, date, people }) => ({ key, event, date, people: people.sort() }))
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.event.localeCompare(b.event));
}

/**
 * Node ids for meetings that no person's id equals: "meeting:1", "meeting:2", ... with a
 * suffix in the unlikely case a person file used such an id (ids are data; any text occurs).
 */
export function meetingNodeIds(meetings: Meeting[], personIds: Iterable<string>): Map<string, string> {
  const taken = new Set(personIds);
  const ids = new Map<string, string>();
  meetings.forEach((m, i) => {
    let id = `meeting:${i + 1}`;
    while (taken.has(id)) id += "'";
    taken.add(id);
    ids.set(m.key, id);
  });
  return ids;
}

export function meetingLabel(m: Pick<Meeting, 'event' | 'date'>): string {
  return m.date === null ? m.event : `${m.event} (${m.date})`;
}
