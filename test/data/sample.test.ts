/**
 * The seeded sample dataset (data/generate.ts, data/sample/*.csv): determinism, shape, and the
 * five stories of docs/DOMAIN.md, each checked with plain code on the CSV text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSample, KEY_PEOPLE } from '../../data/generate.ts';

type Row = Record<string, string>;

/** Splits one CSV line, honouring double quotes (the sample has no line breaks inside cells). */
function splitLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { cells.push(cell); cell = ''; }
    else cell += c;
  }
  cells.push(cell);
  return cells;
}

function parse(text: string): { header: string[]; rows: Row[] } {
  const lines = text.split('\n');
  expect(lines.pop()).toBe('');
  const header = splitLine(lines[0] ?? '');
  const rows = lines.slice(1).map((line) => {
    const cells = splitLine(line);
    expect(cells.length).toBe(header.length);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
  return { header, rows };
}

const sample = generateSample();
const people = parse(sample.people);
const ties = parse(sample.ties);
const respondents = parse(sample.respondents);
const attendance = parse(sample.attendance);

const WAVES = ['Baseline', '12 months', '24 months'];
const person = new Map(people.rows.map((p) => [p.id ?? '', p]));
const sectorOf = (id: string): string => person.get(id)?.sector ?? '';
const professionOf = (id: string): string => person.get(id)?.profession ?? '';
const idOf = (name: string): string => {
  const p = people.rows.find((r) => r.name === name);
  if (!p?.id) throw new Error(`${name} is not in people.csv`);
  return p.id;
};

const tiesIn = (wave: string): Row[] => ties.rows.filter((t) => t.wave === wave);
/** Distinct directed pairs "source>target" of a wave, tie types pooled. */
function pairs(wave: string): Set<string> {
  return new Set(tiesIn(wave).map((t) => `${t.source}>${t.target}`));
}
const ends = (pair: string): [string, string] => pair.split('>') as [string, string];
/** Undirected adjacency of a wave, all tie types pooled. */
function neighbours(wave: string): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>();
  for (const p of people.rows) adj.set(p.id ?? '', new Set());
  for (const pair of pairs(wave)) {
    const [a, b] = ends(pair);
    adj.get(a)?.add(b);
    adj.get(b)?.add(a);
  }
  return adj;
}
/** Component sizes, largest first, with the members of each. */
function components(adj: Map<string, Set<string>>, without?: string): string[][] {
  const seen = new Set<string>(without ? [without] : []);
  const comps: string[][] = [];
  for (const start of adj.keys()) {
    if (seen.has(start)) continue;
    seen.add(start);
    const comp = [start];
    for (let i = 0; i < comp.length; i++) {
      for (const t of adj.get(comp[i] ?? '') ?? []) if (!seen.has(t)) { seen.add(t); comp.push(t); }
    }
    comps.push(comp);
  }
  return comps.sort((x, y) => y.length - x.length);
}
const respondentsIn = (wave: string): Set<string> =>
  new Set(respondents.rows.filter((r) => r.wave === wave).map((r) => r.id ?? ''));
const crossSector = (wave: string): string[] => [...pairs(wave)].filter((p) => {
  const [a, b] = ends(p);
  return sectorOf(a) !== sectorOf(b);
});

describe('sample dataset: determinism', () => {
  it('gives the same text for the same seed, and the committed files are up to date', () => {
    expect(generateSample()).toEqual(sample);
    for (const name of ['people', 'ties', 'attendance', 'respondents'] as const) {
      const file = readFileSync(new URL(`../../data/sample/${name}.csv`, import.meta.url), 'utf8');
      expect(file, `data/sample/${name}.csv is stale: run npm run sample`).toBe(sample[name]);
    }
  });

  it('depends on the seed', () => {
    expect(generateSample(7).ties).not.toBe(sample.ties);
  });
});

describe('sample dataset: shape', () => {
  it('has the documented columns', () => {
    expect(people.header).toEqual(['id', 'name', 'organisation', 'sector', 'profession', 'place', 'seniority', 'qi_trained', 'cohort']);
    expect(ties.header).toEqual(['source', 'target', 'type', 'strength', 'wave']);
    expect(respondents.header).toEqual(['wave', 'id']);
    expect(attendance.header).toEqual(['person_id', 'meeting', 'date', 'wave']);
  });

  it('has a roster of a realistic integrated care system', () => {
    const n = people.rows.length;
    expect(n).toBeGreaterThanOrEqual(180);
    expect(n).toBeLessThanOrEqual(230);
    expect(new Set(people.rows.map((p) => p.id)).size).toBe(n);
    expect(new Set(people.rows.map((p) => p.name)).size).toBe(n);
    for (const p of people.rows) expect(p.id).toMatch(/^P\d{3}$/);
    const orgs = new Set(people.rows.map((p) => p.organisation)).size;
    expect(orgs).toBeGreaterThanOrEqual(30);
    expect(orgs).toBeLessThanOrEqual(40);
    const sectors = new Set(people.rows.map((p) => p.sector)).size;
    expect(sectors).toBeGreaterThanOrEqual(8);
    expect(sectors).toBeLessThanOrEqual(10);
    const places = new Set(people.rows.map((p) => p.place)).size;
    expect(places).toBeGreaterThanOrEqual(2);
    expect(places).toBeLessThanOrEqual(4);
    for (const p of people.rows) {
      expect(['Frontline', 'Middle manager', 'Senior leader', ...(p.profession === 'citizen' ? [''] : [])]).toContain(p.seniority);
      expect(['yes', 'no', '']).toContain(p.qi_trained);
    }
    const missingQi = people.rows.filter((p) => p.qi_trained === '').length;
    expect(missingQi).toBeGreaterThan(0);
    expect(missingQi).toBeLessThanOrEqual(8);
    expect(people.rows.filter((p) => p.cohort !== '').length).toBeLessThan(n / 2);
  });

  it('has clean ties: known ends, no self-ties, no repeats, known types and strengths', () => {
    const seen = new Set<string>();
    for (const t of ties.rows) {
      expect(person.has(t.source ?? ''), `unknown source ${t.source}`).toBe(true);
      expect(person.has(t.target ?? ''), `unknown target ${t.target}`).toBe(true);
      expect(t.source).not.toBe(t.target);
      expect(['information', 'advice', 'joint work', 'trust']).toContain(t.type);
      expect(['', '1', '2', '3', '4']).toContain(t.strength);
      expect(WAVES).toContain(t.wave);
      const key = `${t.source}|${t.target}|${t.type}|${t.wave}`;
      expect(seen.has(key), `repeated tie ${key}`).toBe(false);
      seen.add(key);
    }
    const missing = ties.rows.filter((t) => t.strength === '').length / ties.rows.length;
    expect(missing).toBeGreaterThan(0);
    expect(missing).toBeLessThan(0.02);
  });

  it('lists waves in order, in the ties and the respondents', () => {
    const order = (rows: Row[]): number[] => rows.map((r) => WAVES.indexOf(r.wave ?? ''));
    for (const rows of [ties.rows, respondents.rows]) {
      const idx = order(rows);
      expect(idx.every((w, i) => w >= 0 && (i === 0 || w >= (idx[i - 1] ?? 0)))).toBe(true);
      expect(new Set(idx)).toEqual(new Set([0, 1, 2]));
    }
  });

  it('has outgoing ties only from respondents, 85-90% response and 4-8 nominations per respondent', () => {
    for (const wave of WAVES) {
      const resp = respondentsIn(wave);
      for (const id of resp) expect(person.has(id)).toBe(true);
      const rate = resp.size / people.rows.length;
      expect(rate).toBeGreaterThanOrEqual(0.85);
      expect(rate).toBeLessThanOrEqual(0.9);
      const rows = tiesIn(wave);
      for (const t of rows) expect(resp.has(t.source ?? ''), `${t.source} is not a ${wave} respondent`).toBe(true);
      const perRespondent = rows.length / resp.size;
      expect(perRespondent).toBeGreaterThanOrEqual(4);
      expect(perRespondent).toBeLessThanOrEqual(8);
    }
  });

  it('has attendance at several meeting series, 10-25 attendees a meeting, dates in the wave year', () => {
    const meetings = new Map<string, string[]>();
    for (const a of attendance.rows) {
      expect(person.has(a.person_id ?? '')).toBe(true);
      expect(a.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const year = 2024 + WAVES.indexOf(a.wave ?? '');
      expect(a.date?.slice(0, 4)).toBe(String(year));
      const key = `${a.meeting}|${a.date}`;
      const list = meetings.get(key) ?? [];
      list.push(a.person_id ?? '');
      meetings.set(key, list);
    }
    for (const [key, list] of meetings) {
      expect(new Set(list).size, key).toBe(list.length);
      expect(list.length, key).toBeGreaterThanOrEqual(10);
      expect(list.length, key).toBeLessThanOrEqual(25);
    }
    const series = new Map<string, number>();
    for (const key of meetings.keys()) {
      const name = key.split('|')[0] ?? '';
      series.set(name, (series.get(name) ?? 0) + 1);
    }
    expect(series.size).toBeGreaterThanOrEqual(4);
    for (const [name, count] of series) expect(count, name).toBeGreaterThanOrEqual(6);
    for (const name of ['Frailty CoP', 'Discharge planning meeting', 'Population health CoP', 'VCSE forum']) expect(series.has(name)).toBe(true);
  });

  it('keeps a few true isolates in every wave (nobody names them, they name nobody)', () => {
    for (const wave of WAVES) {
      const adj = neighbours(wave);
      const isolates = [...adj].filter(([, s]) => s.size === 0).map(([id]) => id);
      expect(isolates.length).toBeGreaterThanOrEqual(2);
      expect(isolates.length).toBeLessThanOrEqual(12);
      // Some of them answered the survey and named nobody: isolated, not missing.
      const resp = respondentsIn(wave);
      expect(isolates.some((id) => resp.has(id))).toBe(true);
    }
  });
});

describe('sample dataset: the five stories', () => {
  it('1. the frailty connectors grow cross-sector ties, which fade when funding ends', () => {
    const connectors = people.rows.filter((p) => p.cohort === 'Frailty connectors 2025').map((p) => p.id ?? '');
    expect(connectors).toHaveLength(3);
    expect(new Set(connectors.map(sectorOf)).size).toBe(3);
    expect(connectors.map((id) => person.get(id)?.name).sort()).toEqual(
      [KEY_PEOPLE.connectorAcute, KEY_PEOPLE.connectorPrimary, KEY_PEOPLE.connectorSocialCare].sort());

    const [base, year1, year2] = WAVES.map((w) => crossSector(w).length) as [number, number, number];
    expect(year1).toBeGreaterThanOrEqual(1.5 * base);
    expect(year2).toBeLessThanOrEqual(0.7 * year1);
    expect(year2).toBeLessThanOrEqual(1.25 * base);

    // The new cross-sector ties run mostly through the connectors and the people they introduced.
    const before = pairs('Baseline');
    const adj1 = neighbours('12 months');
    const fresh = crossSector('12 months').filter((p) => {
      const [a, b] = ends(p);
      return !before.has(p) && !before.has(`${b}>${a}`);
    });
    const through = fresh.filter((p) => {
      const [a, b] = ends(p);
      return connectors.includes(a) || connectors.includes(b) ||
        connectors.some((c) => adj1.get(c)?.has(a) && adj1.get(c)?.has(b));
    });
    expect(through.length).toBeGreaterThanOrEqual(0.6 * fresh.length);

    // Their own cross-sector partners: many at 12 months, few before and after.
    const bridging = (wave: string): Set<string> => {
      const adj = neighbours(wave);
      const out = new Set<string>();
      for (const c of connectors) for (const o of adj.get(c) ?? []) if (sectorOf(o) !== sectorOf(c)) out.add(`${c}-${o}`);
      return out;
    };
    const [b0, b1, b2] = WAVES.map(bridging) as [Set<string>, Set<string>, Set<string>];
    expect(b1.size).toBeGreaterThanOrEqual(3 * Math.max(1, b0.size));
    const kept = [...b1].filter((x) => b2.has(x)).length;
    expect(kept).toBeLessThanOrEqual(0.35 * b1.size);
  });

  it('2. acute, community and mental health are silos; nurses and social workers meet only at discharge planning', () => {
    const clusters = ['Acute trust', 'Community health', 'Mental health'];
    const size = (s: string): number => people.rows.filter((p) => p.sector === s).length;
    for (const wave of WAVES) {
      const ps = pairs(wave);
      let between = 0;
      let betweenPossible = 0;
      for (const a of clusters) for (const b of clusters) if (a !== b) betweenPossible += size(a) * size(b);
      const within = new Map(clusters.map((s) => [s, 0]));
      for (const p of ps) {
        const [x, y] = ends(p).map(sectorOf) as [string, string];
        if (!clusters.includes(x) || !clusters.includes(y)) continue;
        if (x === y) within.set(x, (within.get(x) ?? 0) + 1);
        else between++;
      }
      const betweenDensity = between / betweenPossible;
      for (const s of clusters) {
        const density = (within.get(s) ?? 0) / (size(s) * (size(s) - 1));
        expect(density, `${s} in ${wave}`).toBeGreaterThanOrEqual(5 * betweenDensity);
        expect(density, `${s} in ${wave}`).toBeGreaterThanOrEqual(0.05);
      }
    }

    const nurseSocialWorker = ties.rows.filter((t) => {
      const pair = new Set([professionOf(t.source ?? ''), professionOf(t.target ?? '')]);
      return pair.has('nurse') && pair.has('social worker');
    });
    expect(nurseSocialWorker).toEqual([]);

    const meetings = new Map<string, Set<string>>();
    for (const a of attendance.rows) {
      const key = `${a.meeting}|${a.date}`;
      const set = meetings.get(key) ?? new Set<string>();
      set.add(professionOf(a.person_id ?? ''));
      meetings.set(key, set);
    }
    const shared = [...meetings].filter(([, profs]) => profs.has('nurse') && profs.has('social worker')).map(([k]) => k.split('|')[0]);
    expect(shared.length).toBeGreaterThan(0);
    expect(new Set(shared)).toEqual(new Set(['Discharge planning meeting']));
  });

  it('3. VCSE and lived-experience people sit at the edge, linked to the rest through two people', () => {
    const edge = (id: string): boolean => ['VCSE', 'Lived experience'].includes(sectorOf(id));
    const gatekeepers = [idOf(KEY_PEOPLE.vcseLead), idOf(KEY_PEOPLE.linkWorker)];
    const boundary = ties.rows.filter((t) => edge(t.source ?? '') !== edge(t.target ?? ''));
    expect(boundary.length).toBeGreaterThan(0);
    const outside = boundary.filter((t) => !gatekeepers.includes(t.source ?? '') && !gatekeepers.includes(t.target ?? ''));
    expect(outside).toEqual([]);
    for (const g of gatekeepers) expect(boundary.some((t) => t.source === g || t.target === g)).toBe(true);

    for (const wave of WAVES) {
      const adj = neighbours(wave);
      const mean = (ids: string[]): number => ids.reduce((s, id) => s + (adj.get(id)?.size ?? 0), 0) / ids.length;
      const ids = people.rows.map((p) => p.id ?? '').filter((id) => !gatekeepers.includes(id));
      const edgeMean = mean(ids.filter(edge));
      const restMean = mean(ids.filter((id) => !edge(id)));
      expect(edgeMean, wave).toBeLessThan(0.7 * restMean);
    }
  });

  it('4. the ICB convenor holds the network together: removing them cuts off public health and the VCSE', () => {
    const convenor = idOf(KEY_PEOPLE.convenor);
    expect(person.get(convenor)).toMatchObject({ sector: 'ICB', profession: 'manager', seniority: 'Senior leader' });
    const n = people.rows.length;
    for (const wave of WAVES) {
      expect(respondentsIn(wave).has(convenor)).toBe(true);
      const adj = neighbours(wave);
      const comps = components(adj);
      const main = comps[0] ?? [];
      expect(main.length, wave).toBeGreaterThanOrEqual(0.9 * n);
      expect(main).toContain(convenor);
      for (const c of comps.slice(1)) expect(c.length, wave).toBeLessThanOrEqual(2);

      const after = components(adj, convenor).filter((c) => c.some((id) => main.includes(id)));
      expect(after.length, wave).toBeGreaterThanOrEqual(2);
      const cutOff = after[1] ?? [];
      expect(cutOff.length, wave).toBeGreaterThanOrEqual(10);
      for (const name of [KEY_PEOPLE.phDirector, KEY_PEOPLE.linkWorker, KEY_PEOPLE.vcseLead]) expect(cutOff).toContain(idOf(name));
      expect(cutOff.every((id) => ['Public health', 'VCSE', 'Lived experience'].includes(sectorOf(id)))).toBe(true);
    }
  });

  it('5. some people skip the 12-month wave; their ties are there before and after', () => {
    const [rb, r1, r2] = WAVES.map(respondentsIn) as [Set<string>, Set<string>, Set<string>];
    const skipped = [...rb].filter((id) => !r1.has(id) && r2.has(id));
    expect(skipped.length / rb.size).toBeGreaterThanOrEqual(0.08);
    expect(skipped.length / rb.size).toBeLessThanOrEqual(0.12);
    const outgoing = (wave: string, id: string): string[] => [...pairs(wave)].filter((p) => ends(p)[0] === id);
    let before = 0;
    let keptAfter = 0;
    for (const id of skipped) {
      const b = outgoing('Baseline', id);
      const after = new Set(outgoing('24 months', id));
      expect(b.length, id).toBeGreaterThan(0);
      expect(outgoing('12 months', id), id).toEqual([]);
      expect(after.size, id).toBeGreaterThan(0);
      before += b.length;
      keptAfter += b.filter((p) => after.has(p)).length;
    }
    // Their relationships did not end: most Baseline nominations are made again at 24 months...
    expect(keptAfter).toBeGreaterThanOrEqual(0.6 * before);
    // ...and colleagues still name them at 12 months.
    const named = pairs('12 months');
    const stillNamed = skipped.filter((id) => [...named].some((p) => ends(p)[1] === id));
    expect(stillNamed.length).toBeGreaterThanOrEqual(0.75 * skipped.length);
  });
});
