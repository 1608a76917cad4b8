import { describe, expect, it } from 'vitest';
import type { Attendance } from '../../../src/core/model/types.ts';
import { meetingLabel, meetingNodeIds, meetingsOfView } from '../../../src/core/view/meetings.ts';

const rec = (person: string, event: string, date: string | null, wave: string | null): Attendance =>
  ({ person, event, date, wave, from: { file: 'a.csv', row: 2 } });
const records = [
  rec('B', 'CoP', '2024-02-01', 'W1'), rec('A', 'CoP', '2024-02-01', 'W1'), rec('A', 'CoP', '2024-02-01', 'W1'),
  rec('A', 'CoP', '2024-01-01', 'W1'), rec('C', 'Board', null, null), rec('D', 'CoP', '2025-01-01', 'W2'),
];

describe('meetingsOfView', () => {
  it('keeps each meeting (event and date) with its attendees once each, in date order', () => {
    const ms = meetingsOfView(records, { wave: 'W1' });
    expect(ms.map((m) => [meetingLabel(m), m.people])).toEqual([
      ['Board', ['C']], ['CoP (2024-01-01)', ['A']], ['CoP (2024-02-01)', ['A', 'B']],
    ]);
  });

  it('applies the wave (undated, unwaved records count everywhere) and the date window', () => {
    expect(meetingsOfView(records, { wave: 'W2' }).map((m) => m.people)).toEqual([['C'], ['D']]);
    expect(meetingsOfView(records, { wave: null, coAttendanceWindow: { from: '2024-01-15', to: '2024-12-31' } })
      .map(meetingLabel)).toEqual(['Board', 'CoP (2024-02-01)']);
  });

  it('gives meetings node ids that no person id can take', () => {
    const ms = meetingsOfView(records, { wave: 'W1' });
    const ids = meetingNodeIds(ms, ['A', 'meeting:1']);
    expect([...ids.values()]).toEqual(["meeting:1'", 'meeting:2', 'meeting:3']);
  });
});
