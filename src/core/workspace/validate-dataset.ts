/**
 * Checks a dataset read from a workspace file or the browser's store: every field Kith
 * knows has the right type, person ids are unique, and every tie joins two known people.
 * Fields it does not know are left as they are (other parts of Kith may add optional ones).
 */
import type { Dataset } from '../model/types.ts';
import { bool, fail, list, num, numOrNull, obj, text, textOrNull, texts, textsOrNull, WorkspaceFileError } from './check.ts';


function sourceRef(v: unknown, where: string): void {
  const o = obj(v, where);
  text(o.file, `${where}.file`);
  num(o.row, `${where}.row`);
}

function actors(v: unknown, where: string): Set<string> {
  const ids = new Set<string>();
  const l = list(v, where);
  for (let i = 0; i < l.length; i++) {
    const at = `${where}[${i}]`;
    const a = obj(l[i], at);
    const id = text(a.id, `${at}.id`);
    if (ids.has(id)) throw new WorkspaceFileError(`${at}.id`, `the person id ${JSON.stringify(id)} appears twice`);
    ids.add(id);
    text(a.label, `${at}.label`);
    const attrs = obj(a.attributes, `${at}.attributes`);
    for (const [key, value] of Object.entries(attrs)) {
      if (value !== null && typeof value !== 'string' && typeof value !== 'boolean' && (typeof value !== 'number' || !Number.isFinite(value))) {
        fail(`${at}.attributes[${JSON.stringify(key)}]`, 'text, a number, true or false, or null', value);
      }
    }
  }
  return ids;
}

function ties(v: unknown, where: string, people: Set<string>): void {
  const l = list(v, where);
  for (let i = 0; i < l.length; i++) {
    const at = `${where}[${i}]`;
    const t = obj(l[i], at);
    for (const end of ['source', 'target'] as const) {
      const id = text(t[end], `${at}.${end}`);
      if (!people.has(id)) throw new WorkspaceFileError(`${at}.${end}`, `the person ${JSON.stringify(id)} is not among the people`);
    }
    textOrNull(t.type, `${at}.type`);
    numOrNull(t.strength, `${at}.strength`);
    textOrNull(t.wave, `${at}.wave`);
    bool(t.directed, `${at}.directed`);
    sourceRef(t.from, `${at}.from`);
  }
}

function reports(v: unknown, where: string): void {
  const l = list(v, where);
  for (let i = 0; i < l.length; i++) {
    const at = `${where}[${i}]`;
    const r = obj(l[i], at);
    text(r.file, `${at}.file`);
    // Kinds of file, attribute and issue are checked as text only: import may add new ones,
    // and a saved workspace must still open when it does.
    text(r.role, `${at}.role`);
    for (const k of ['rowsRead', 'accepted', 'merged', 'rejected', 'created'] as const) num(r[k], `${at}.${k}`);
    const columns = obj(r.columns, `${at}.columns`);
    for (const [k, c] of Object.entries(columns)) text(c, `${at}.columns[${JSON.stringify(k)}]`);
    const issues = list(r.issues, `${at}.issues`);
    for (let j = 0; j < issues.length; j++) {
      const it = `${at}.issues[${j}]`;
      const issue = obj(issues[j], it);
      numOrNull(issue.row, `${it}.row`);
      textOrNull(issue.column, `${it}.column`);
      text(issue.outcome, `${it}.outcome`);
      text(issue.message, `${it}.message`);
    }
    textOrNull(r.fatal, `${at}.fatal`);
  }
}

export function validateDataset(v: unknown, where = 'dataset'): Dataset {
  const d = obj(v, where);
  text(d.name, `${where}.name`);
  const people = actors(d.actors, `${where}.actors`);
  const specs = list(d.attributes, `${where}.attributes`);
  for (let i = 0; i < specs.length; i++) {
    const at = `${where}.attributes[${i}]`;
    const s = obj(specs[i], at);
    text(s.key, `${at}.key`);
    text(s.kind, `${at}.kind`);
    if (s.categories !== undefined) texts(s.categories, `${at}.categories`);
    num(s.missing, `${at}.missing`);
  }
  ties(d.ties, `${where}.ties`, people);
  const waves = list(d.waves, `${where}.waves`);
  for (let i = 0; i < waves.length; i++) {
    const at = `${where}.waves[${i}]`;
    const w = obj(waves[i], at);
    text(w.id, `${at}.id`);
    num(w.order, `${at}.order`);
    textsOrNull(w.respondents, `${at}.respondents`);
  }
  texts(d.tieTypes, `${where}.tieTypes`);
  const attendance = list(d.attendance, `${where}.attendance`);
  for (let i = 0; i < attendance.length; i++) {
    const at = `${where}.attendance[${i}]`;
    const a = obj(attendance[i], at);
    text(a.person, `${at}.person`);
    text(a.event, `${at}.event`);
    textOrNull(a.date, `${at}.date`);
    textOrNull(a.wave, `${at}.wave`);
    sourceRef(a.from, `${at}.from`);
  }
  reports(d.imports, `${where}.imports`);
  return d as unknown as Dataset;
}
