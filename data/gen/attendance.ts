/**
 * Attendance at community-of-practice and programme meetings: a two-mode record of who was
 * at which meeting. Meetings fall in January to April of 2024, 2025 and 2026, the months
 * around each survey wave.
 */
import { WAVES } from './network.ts';
import { Random } from './random.ts';
import { COHORT, SECTOR, type Person } from './system.ts';

export interface Attendance {
  person: number;
  meeting: string;
  date: string;
  wave: number;
}

interface Series {
  meeting: string;
  /** Meetings in each wave's window. */
  counts: [number, number, number];
  /** Attendees per meeting in each wave, [min, max]. */
  size: [number, number][];
  /** Chance that a person attends one meeting of the series in a wave (0: not invited). */
  propensity: (p: Person, wave: number) => number;
  /** People who attend every meeting of the wave. */
  must?: (p: Person, wave: number) => boolean;
  /** At least this many of each profession at every meeting. */
  atLeast?: [string, number][];
}

const PATHWAY: ReadonlySet<string> = new Set([SECTOR.acute, SECTOR.community, SECTOR.mental, SECTOR.primary, SECTOR.socialCare]);

const SERIES: Series[] = [
  {
    meeting: 'Frailty CoP',
    counts: [2, 4, 2],
    size: [[10, 15], [16, 24], [10, 14]],
    propensity: (p, w) => {
      if (p.cohort === COHORT.frailty) return [0.5, 1, 0.3][w] ?? 0;
      if (p.profession === 'social worker' || p.profession === 'analyst') return 0;
      if (PATHWAY.has(p.sector)) return [0.08, 0.15, 0.07][w] ?? 0;
      return p.sector === SECTOR.icb && p.profession !== 'analyst' ? 0.15 : 0;
    },
    must: (p, w) => w === 1 && p.cohort === COHORT.frailty,
  },
  {
    meeting: 'Discharge planning meeting',
    counts: [3, 3, 3],
    size: [[12, 20], [12, 20], [12, 20]],
    propensity: (p) => {
      if (p.sector === SECTOR.acute || p.sector === SECTOR.community) {
        return p.profession === 'nurse' ? 0.25 : p.profession === 'allied health professional' || p.profession === 'manager' ? 0.2 : 0;
      }
      if (p.sector === SECTOR.socialCare) return p.profession === 'social worker' ? 0.45 : p.profession === 'manager' ? 0.25 : 0;
      return 0;
    },
    atLeast: [['nurse', 3], ['social worker', 2]],
  },
  {
    meeting: 'Population health CoP',
    counts: [2, 3, 3],
    size: [[10, 20], [10, 20], [10, 20]],
    propensity: (p) => {
      if (p.key === 'convenor' || p.key === 'vcseLead' || p.key === 'phDirector') return 0.9;
      if (p.sector === SECTOR.publicHealth) return 0.45;
      if (p.cohort === COHORT.popHealth) return 0.8;
      if (p.sector === SECTOR.icb && (p.profession === 'analyst' || p.profession === 'manager')) return 0.2;
      if (p.sector === SECTOR.primary && (p.profession === 'GP' || p.profession === 'manager')) return 0.1;
      return p.sector === SECTOR.research ? 0.25 : 0;
    },
  },
  {
    meeting: 'VCSE forum',
    counts: [3, 3, 3],
    size: [[12, 22], [12, 22], [12, 22]],
    propensity: (p) => {
      if (p.profession === 'nurse') return 0;
      if (p.key === 'vcseLead' || p.key === 'linkWorker') return 0.95;
      if (p.key === 'convenor') return 0.6;
      if (p.sector === SECTOR.vcse) return 0.35;
      if (p.sector === SECTOR.lived) return 0.35;
      if (p.sector === SECTOR.publicHealth) return 0.12;
      return p.sector === SECTOR.socialCare && (p.profession === 'social worker' || p.profession === 'manager') ? 0.12 : 0;
    },
  },
  {
    meeting: 'QI learning set',
    counts: [3, 3, 2],
    size: [[10, 14], [10, 14], [10, 16]],
    propensity: (p, w) => {
      if (w === 0) return p.cohort === COHORT.qi1 ? 0.8 : 0;
      if (w === 1) return p.cohort === COHORT.qi2 ? 0.8 : 0;
      return p.cohort === COHORT.qi1 || p.cohort === COHORT.qi2 ? 0.4 : 0;
    },
  },
];

/** Weekday dates spread over 8 January to 30 April of the wave's year. */
function meetingDate(wave: number, series: number, m: number, n: number): string {
  const start = Date.UTC(2024 + wave, 0, 8);
  const span = 112;
  const offset = Math.floor(((m + 0.5) * span) / n) + series * 3 - 6;
  const d = new Date(start + Math.max(0, offset) * 86400000);
  const dow = d.getUTCDay();
  if (dow === 6) d.setUTCDate(d.getUTCDate() + 2);
  if (dow === 0) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function buildAttendance(people: Person[], exclude: ReadonlySet<number>, seed: number): Attendance[] {
  const rng = Random.derive(seed, 'attendance');
  const out: Attendance[] = [];
  SERIES.forEach((s, si) => {
    // Some people are regulars, some drop in now and then: a stable factor per person and series.
    const habit = people.map(() => 0.5 + rng.next());
    for (let w = 0; w < WAVES.length; w++) {
      const invited = people.filter((p) => !exclude.has(p.index) && s.propensity(p, w) > 0);
      const prop = (p: Person): number => Math.min(1, s.propensity(p, w) * (habit[p.index] ?? 1));
      const [min, max] = s.size[w] ?? [10, 20];
      const n = s.counts[w] ?? 0;
      for (let m = 0; m < n; m++) {
        const must = invited.filter((p) => s.must?.(p, w) ?? false);
        let present = invited.filter((p) => !must.includes(p) && rng.chance(prop(p)));
        if (present.length + must.length > max) present = rng.sample(present, max - must.length);
        for (const [profession, k] of s.atLeast ?? []) {
          const have = present.filter((p) => p.profession === profession).length;
          const extra = rng.weightedSample(invited.filter((p) => p.profession === profession && !present.includes(p) && !must.includes(p)), prop, k - have);
          present = [...present, ...extra];
        }
        if (present.length + must.length < min) {
          const extra = rng.weightedSample(invited.filter((p) => !present.includes(p) && !must.includes(p)), prop, min - present.length - must.length);
          present = [...present, ...extra];
        }
        const date = meetingDate(w, si, m, n);
        for (const p of [...must, ...present]) out.push({ person: p.index, meeting: s.meeting, date, wave: w });
      }
    }
  });
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.meeting.localeCompare(b.meeting) || a.person - b.person);
}
