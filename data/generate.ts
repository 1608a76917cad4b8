/**
 * The seeded sample dataset: a synthetic integrated care system ("North Shire Health and Care
 * Partnership") whose learning network carries the five stories of docs/DOMAIN.md. See
 * data/README.md for the files, the organisations and the people who carry each story.
 *
 *   npx tsx data/generate.ts   (npm run sample)   writes data/sample/*.csv
 *
 * Same seed, byte-identical files: every random draw comes from a seeded generator.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAttendance } from './gen/attendance.ts';
import { toCsv } from './gen/csv.ts';
import { buildNetwork, TIE_TYPES, WAVES } from './gen/network.ts';
import { buildPeople } from './gen/system.ts';

export { KEY_PEOPLE } from './gen/system.ts';

export const DEFAULT_SEED = 20240115;

export interface SampleFiles {
  people: string;
  ties: string;
  attendance: string;
  respondents: string;
}

export function generateSample(seed: number = DEFAULT_SEED): SampleFiles {
  const people = buildPeople(seed);
  const net = buildNetwork(people, seed);
  const id = (i: number): string => people[i]?.id ?? '';

  const peopleCsv = toCsv(
    ['id', 'name', 'organisation', 'sector', 'profession', 'place', 'seniority', 'qi_trained', 'cohort'],
    people.map((p) => [p.id, p.name, p.organisation, p.sector, p.profession, p.place, p.seniority, p.qiTrained, p.cohort]),
  );

  const typeOrder = (t: string): number => TIE_TYPES.indexOf(t as (typeof TIE_TYPES)[number]);
  const ties = net.nominations
    .slice()
    .sort((a, b) => a.wave - b.wave || a.source - b.source || a.target - b.target || typeOrder(a.type) - typeOrder(b.type));
  const tiesCsv = toCsv(
    ['source', 'target', 'type', 'strength', 'wave'],
    ties.map((t) => [id(t.source), id(t.target), t.type, t.strength, WAVES[t.wave] ?? '']),
  );

  const respondentRows: string[][] = [];
  net.respondents.forEach((set, w) => {
    for (const i of [...set].sort((a, b) => a - b)) respondentRows.push([WAVES[w] ?? '', id(i)]);
  });
  const respondentsCsv = toCsv(['wave', 'id'], respondentRows);

  // The true isolates stay away from meetings too.
  const attendance = buildAttendance(people, new Set(net.isolates), seed);
  const attendanceCsv = toCsv(
    ['person_id', 'meeting', 'date', 'wave'],
    attendance.map((a) => [id(a.person), a.meeting, a.date, WAVES[a.wave] ?? '']),
  );

  return { people: peopleCsv, ties: tiesCsv, attendance: attendanceCsv, respondents: respondentsCsv };
}

function isDirectRun(): boolean {
  const arg = process.argv[1];
  return arg !== undefined && resolve(arg) === fileURLToPath(import.meta.url);
}

if (isDirectRun()) {
  const dir = fileURLToPath(new URL('./sample/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const files = generateSample();
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(resolve(dir, `${name}.csv`), text);
    console.log(`wrote data/sample/${name}.csv (${text.split('\n').length - 2} rows)`);
  }
}
