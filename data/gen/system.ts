/**
 * The synthetic system: North Shire Health and Care Partnership, its places, sectors,
 * organisations and people (the roster).
 */
import { uniqueNames } from './names.ts';
import { Random } from './random.ts';

export const PLACES = ['Northam', 'Brackenford', 'Saltby'] as const;

export const SECTOR = {
  acute: 'Acute trust',
  community: 'Community health',
  mental: 'Mental health',
  primary: 'Primary care',
  socialCare: 'Adult social care',
  publicHealth: 'Public health',
  icb: 'ICB',
  vcse: 'VCSE',
  lived: 'Lived experience',
  research: 'Research and innovation',
} as const;
export type Sector = (typeof SECTOR)[keyof typeof SECTOR];

export const SENIORITY = { front: 'Frontline', middle: 'Middle manager', senior: 'Senior leader' } as const;

export const COHORT = {
  frailty: 'Frailty connectors 2025',
  qi1: 'QI cohort 1',
  qi2: 'QI cohort 2',
  popHealth: 'Population health fellows',
} as const;

/** The people who carry the stories; their names are fixed so the README can cite them. */
export type KeyRole =
  | 'convenor' | 'connectorAcute' | 'connectorPrimary' | 'connectorSocialCare'
  | 'vcseLead' | 'linkWorker' | 'phDirector';

export const KEY_PEOPLE: Record<KeyRole, string> = {
  convenor: 'Ruth Okonkwo',
  connectorAcute: 'Tomasz Nowak',
  connectorPrimary: 'Aisha Rahman',
  connectorSocialCare: 'Gareth Lloyd',
  vcseLead: 'Bernadette Quinn',
  linkWorker: 'Kwame Mensah',
  phDirector: 'Siân Pritchard',
};

export interface Person {
  /** Position in the roster, 0-based, in id order. */
  index: number;
  id: string;
  name: string;
  organisation: string;
  sector: Sector;
  profession: string;
  place: string;
  seniority: string;
  qiTrained: 'yes' | 'no' | '';
  cohort: string;
  key: KeyRole | null;
}

interface Fixed { key: KeyRole; profession: string; seniority: string; cohort?: string }

interface OrgSpec {
  name: string;
  sector: Sector;
  places: readonly string[];
  size: number;
  /** Profession and seniority of the first person, the organisation's lead. */
  lead: [string, string];
  mix?: [string, number][];
  fixed?: Fixed[];
}

const { front, middle, senior } = SENIORITY;
const ALL = PLACES;

const MIX: Record<Sector, [string, number][]> = {
  [SECTOR.acute]: [['nurse', 10], ['doctor', 5], ['allied health professional', 4], ['pharmacist', 1], ['manager', 3], ['analyst', 1]],
  [SECTOR.community]: [['nurse', 10], ['allied health professional', 5], ['manager', 2], ['pharmacist', 0.5], ['analyst', 0.5]],
  [SECTOR.mental]: [['nurse', 7], ['doctor', 3], ['psychologist', 2], ['peer support worker', 2], ['manager', 2], ['allied health professional', 1]],
  [SECTOR.primary]: [['GP', 5], ['nurse', 3], ['pharmacist', 2], ['manager', 2], ['allied health professional', 1]],
  [SECTOR.socialCare]: [['social worker', 8], ['manager', 3], ['allied health professional', 2], ['analyst', 1]],
  [SECTOR.publicHealth]: [['public health specialist', 6], ['analyst', 2], ['manager', 1]],
  [SECTOR.icb]: [['manager', 6], ['analyst', 3], ['nurse', 1], ['GP', 1], ['pharmacist', 1]],
  [SECTOR.vcse]: [['volunteer coordinator', 4], ['manager', 3], ['support worker', 2]],
  [SECTOR.lived]: [['citizen', 1]],
  [SECTOR.research]: [['researcher', 4], ['analyst', 2], ['manager', 1]],
};

const HOSPICE_MIX: [string, number][] = [['nurse', 4], ['manager', 1], ['volunteer coordinator', 1]];
const HOUSING_MIX: [string, number][] = [['manager', 1], ['support worker', 1]];

const NORTHAM_COUNCIL = 'Northam City Council';
const COUNTY_COUNCIL = 'North Shire County Council';

const vcse = (name: string, place: string, size: number, lead: [string, string] = ['manager', senior]): OrgSpec =>
  ({ name, sector: SECTOR.vcse, places: [place], size, lead });

export const ORGANISATIONS: OrgSpec[] = [
  { name: 'NHS North Shire ICB', sector: SECTOR.icb, places: ALL, size: 12, lead: ['manager', senior],
    fixed: [{ key: 'convenor', profession: 'manager', seniority: senior }] },
  { name: 'Northam Teaching Hospitals NHS Foundation Trust', sector: SECTOR.acute, places: ['Northam'], size: 19, lead: ['manager', senior],
    fixed: [{ key: 'connectorAcute', profession: 'allied health professional', seniority: front, cohort: COHORT.frailty }] },
  { name: 'Brackenford and Saltby Hospitals NHS Trust', sector: SECTOR.acute, places: ['Brackenford', 'Saltby'], size: 17, lead: ['manager', senior] },
  { name: 'North Shire Community Health NHS Trust', sector: SECTOR.community, places: ALL, size: 24, lead: ['manager', senior] },
  { name: 'North Shire Mental Health NHS Foundation Trust', sector: SECTOR.mental, places: ALL, size: 22, lead: ['manager', senior] },
  { name: 'Northam Central PCN', sector: SECTOR.primary, places: ['Northam'], size: 5, lead: ['GP', senior],
    fixed: [{ key: 'connectorPrimary', profession: 'pharmacist', seniority: middle, cohort: COHORT.frailty }] },
  { name: 'Northam West PCN', sector: SECTOR.primary, places: ['Northam'], size: 4, lead: ['GP', senior] },
  { name: 'Brackenford Town PCN', sector: SECTOR.primary, places: ['Brackenford'], size: 5, lead: ['GP', senior] },
  { name: 'Brackenford Rural PCN', sector: SECTOR.primary, places: ['Brackenford'], size: 4, lead: ['GP', senior] },
  { name: 'Saltby Coastal PCN', sector: SECTOR.primary, places: ['Saltby'], size: 5, lead: ['GP', senior] },
  { name: 'Saltby and Wendle PCN', sector: SECTOR.primary, places: ['Saltby'], size: 4, lead: ['GP', senior] },
  { name: NORTHAM_COUNCIL, sector: SECTOR.socialCare, places: ['Northam'], size: 9, lead: ['manager', senior] },
  { name: COUNTY_COUNCIL, sector: SECTOR.socialCare, places: ['Brackenford', 'Saltby'], size: 10, lead: ['manager', senior],
    fixed: [{ key: 'connectorSocialCare', profession: 'manager', seniority: middle, cohort: COHORT.frailty }] },
  { name: NORTHAM_COUNCIL, sector: SECTOR.publicHealth, places: ['Northam'], size: 5, lead: ['public health specialist', middle],
    fixed: [{ key: 'phDirector', profession: 'public health specialist', seniority: senior }] },
  { name: COUNTY_COUNCIL, sector: SECTOR.publicHealth, places: ['Brackenford', 'Saltby'], size: 7, lead: ['public health specialist', senior],
    fixed: [{ key: 'linkWorker', profession: 'link worker', seniority: front }] },
  { name: 'North Shire Voluntary Action', sector: SECTOR.vcse, places: ALL, size: 3, lead: ['manager', middle],
    fixed: [{ key: 'vcseLead', profession: 'manager', seniority: senior }] },
  vcse('Age Well Northam', 'Northam', 3),
  vcse('Carers Together, North Shire', 'Brackenford', 3),
  vcse('Brackenford Food Network', 'Brackenford', 2, ['volunteer coordinator', middle]),
  vcse("Saltby Men's Shed", 'Saltby', 1, ['volunteer coordinator', front]),
  vcse('Northam Refugee Welcome', 'Northam', 2),
  vcse('Saltby Community Transport', 'Saltby', 1),
  vcse('Brackenford Befriending', 'Brackenford', 2, ['volunteer coordinator', middle]),
  vcse('Memory Lane Cafe Saltby', 'Saltby', 1, ['volunteer coordinator', front]),
  vcse('Northam Youth Trust', 'Northam', 2),
  vcse('Rainbow Health Northam', 'Northam', 1),
  vcse('Brackenford Sight Support', 'Brackenford', 1),
  vcse('Saltby Recovery Collective', 'Saltby', 2, ['support worker', middle]),
  { ...vcse('Shirebrook Homes', 'Brackenford', 2), mix: HOUSING_MIX },
  { ...vcse("St Aidan's Hospice", 'Northam', 3), mix: HOSPICE_MIX },
  { ...vcse('Saltby Bay Hospice', 'Saltby', 2), mix: HOSPICE_MIX },
  { name: "North Shire People's Panel", sector: SECTOR.lived, places: ALL, size: 10, lead: ['citizen', ''] },
  { name: 'University of North Shire', sector: SECTOR.research, places: ['Northam'], size: 5, lead: ['researcher', senior] },
  { name: 'North Shire Health Innovation Network', sector: SECTOR.research, places: ALL, size: 3, lead: ['manager', senior] },
];

function seniorityFor(rng: Random, profession: string): string {
  if (profession === 'citizen') return '';
  const r = rng.next();
  if (profession === 'manager') return r < 0.7 ? middle : senior;
  if (profession === 'analyst' || profession === 'researcher') return r < 0.6 ? front : middle;
  if (profession === 'volunteer coordinator' || profession === 'support worker') return r < 0.85 ? front : middle;
  return r < 0.75 ? front : r < 0.95 ? middle : senior;
}

interface Draft extends Omit<Person, 'index' | 'id' | 'name' | 'qiTrained' | 'cohort'> { cohort: string }

/** The roster, in id order (P001 first). Ids are given after a shuffle, so they reveal nothing. */
export function buildPeople(seed: number): Person[] {
  const rng = Random.derive(seed, 'people');
  const drafts: Draft[] = [];
  for (const org of ORGANISATIONS) {
    const places = rng.shuffle(org.places);
    const mix = org.mix ?? MIX[org.sector];
    const professions = mix.map(([p]) => p);
    const weights = mix.map(([, w]) => w);
    const fixed = org.fixed ?? [];
    for (let i = 0; i < org.size; i++) {
      const place = places[i % places.length] ?? PLACES[0];
      const base = { organisation: org.name, sector: org.sector, place, cohort: '' };
      const f = fixed[i - 1];
      if (i === 0) {
        drafts.push({ ...base, profession: org.lead[0], seniority: org.lead[1], key: null });
      } else if (f) {
        drafts.push({ ...base, profession: f.profession, seniority: f.seniority, key: f.key, cohort: f.cohort ?? '' });
      } else {
        const profession = professions[rng.weightedIndex(weights)] ?? 'manager';
        drafts.push({ ...base, profession, seniority: seniorityFor(rng, profession), key: null });
      }
    }
  }
  const reserved = new Set(Object.values(KEY_PEOPLE));
  const names = uniqueNames(rng, drafts.length, reserved);
  const order = rng.shuffle(drafts.map((_, i) => i));
  const people: Person[] = order.map((di, index) => {
    const d = drafts[di] as Draft;
    return {
      ...d,
      index,
      id: `P${String(index + 1).padStart(3, '0')}`,
      name: d.key ? KEY_PEOPLE[d.key] : (names[di] as string),
      qiTrained: 'no',
      cohort: d.cohort,
    };
  });
  assignCohorts(rng, people);
  return people;
}

const CLINICAL_OR_MANAGER = new Set(['nurse', 'doctor', 'GP', 'allied health professional', 'pharmacist', 'manager', 'psychologist']);
const CORE: ReadonlySet<string> = new Set([SECTOR.acute, SECTOR.community, SECTOR.mental, SECTOR.primary, SECTOR.socialCare, SECTOR.icb]);

/** Programme cohorts and QI training; a few QI answers are left missing. */
function assignCohorts(rng: Random, people: Person[]): void {
  const free = people.filter((p) => !p.key && p.cohort === '');
  // QI cohorts: improvement programmes recruit clinicians and managers from the NHS and councils
  // (not social workers: in North Shire they were never offered a place).
  const qiPool = rng.shuffle(free.filter((p) => CORE.has(p.sector) && CLINICAL_OR_MANAGER.has(p.profession)));
  for (const p of qiPool.slice(0, 14)) p.cohort = COHORT.qi1;
  for (const p of qiPool.slice(14, 28)) p.cohort = COHORT.qi2;
  const phPool = rng.shuffle(free.filter((p) => p.cohort === '' &&
    (p.sector === SECTOR.publicHealth || (p.profession === 'analyst' && (p.sector === SECTOR.icb || p.sector === SECTOR.primary)))));
  for (const p of phPool.slice(0, 5)) p.cohort = COHORT.popHealth;
  for (const p of people) {
    if (p.cohort === COHORT.qi1 || p.cohort === COHORT.qi2 || p.cohort === COHORT.frailty) p.qiTrained = 'yes';
    else if (p.profession === 'citizen') p.qiTrained = rng.chance(0.1) ? 'yes' : 'no';
    else p.qiTrained = rng.chance(p.sector === SECTOR.vcse ? 0.12 : 0.3) ? 'yes' : 'no';
  }
  const missing = rng.sample(people.filter((p) => !p.key && p.cohort === ''), 4);
  for (const p of missing) p.qiTrained = '';
}
