/**
 * Single links: two groups that meet only through one person, or only at one meeting. Both
 * are fragile: if that person leaves, or that meeting stops, the two groups lose their contact.
 * The story behind it is DOMAIN.md's "social workers and nurses meeting only at delayed
 * discharge planning", so the group attribute is a parameter (profession, sector, ...),
 * defaulting to the view's boundary.
 *
 * - singlePersonLinks: every tie between the two groups (in the view's network) has the same
 *   person at one end. When all of them join the same two people, the pair is named instead.
 *   In Burt's terms (Structural Holes, 1992) the hole between the two groups is spanned by one
 *   person, so the contact rests on them alone.
 * - singleMeetingLinks: no tie of the view's network joins the two groups (co-attendance ties
 *   left out, so that the meetings themselves are not counted twice), and the only meeting
 *   series at which members of both are present at the same meeting (same series and date) is
 *   one series. Attendance is read for the view's wave (records without a wave count in every
 *   wave; a view pooling waves reads them all).
 * People with no value for the attribute are left out.
 */
import { groupSizes, type Groups } from '../metrics/groups.ts';
import { compileView } from '../view/build.ts';
import { byText, count, crossByPair, groupsFor, groupWords, people, tieIds, upperFirst } from './silos.ts';
import type { Finding, NetworkContext } from './types.ts';

/** Pairs of groups whose ties all go through one person (or one pair of people). */
export function singlePersonLinks(ctx: NetworkContext, attribute: string | null = ctx.boundary): Finding[] {
  const groups = groupsFor(ctx, attribute);
  if (!groups || attribute === null) return [];
  const { g } = ctx;
  const k = groups.labels.length;
  const byPair = crossByPair(g, groups);
  const sizes = Array.from(groupSizes(groups));
  const findings: Finding[] = [];
  for (const [key, ties] of [...byPair].sort((x, y) => x[0] - y[0])) {
    const [r, c] = [Math.floor(key / k), key % k];
    let common = [ties[0]![0], ties[0]![1]];
    for (const [u, v] of ties) common = common.filter((x) => x === u || x === v);
    if (common.length === 0) continue;
    const [A, B] = [groups.labels[r]!, groups.labels[c]!];
    const of = (x: number) => `${ctx.labels[x]!} (${groups.labels[groups.of[x]!]!})`;
    const who = new Set<number>();
    for (const [u, v] of ties) { who.add(u); who.add(v); }
    const nodes = [...who].map((x) => g.ids[x]!).sort(byText);
    const edges = tieIds(g, ties);
    const sizesText = `${A} (${people(sizes[r]!)}) and ${B} (${people(sizes[c]!)})`;
    const figures = { ties: ties.length, people: who.size, sizeA: sizes[r]!, sizeB: sizes[c]! };
    const id = `single-person:${attribute}:${A}|${B}`;
    if (common.length === 1) {
      const p = common[0]!;
      findings.push({
        id, kind: 'risk',
        title: upperFirst(`${A} and ${B} meet only through ${ctx.labels[p]!}`),
        explanation: `All ${count(ties.length)} ties between ${sizesText} involve ${of(p)}, with ${people(who.size - 1)} in ` +
          `${groups.of[p] === r ? B : A}. ` +
          `If ${ctx.labels[p]!} left, no tie would join them.`,
        evidence: { nodes, edges, figures },
      });
    } else {
      const [p, q] = groups.of[common[0]!] === r ? [common[0]!, common[1]!] : [common[1]!, common[0]!];
      findings.push({
        id, kind: 'risk',
        title: upperFirst(`${A} and ${B} meet only through ${ctx.labels[p]!} and ${ctx.labels[q]!}`),
        explanation: `The only ${ties.length === 1 ? 'tie' : 'ties'} between ${sizesText} ${ties.length === 1 ? 'joins' : 'join'} ` +
          `${of(p)} and ${of(q)}. If either left, no tie would join them.`,
        evidence: { nodes, edges, figures },
      });
    }
  }
  return findings;
}

/** Pairs of groups with no tie that share exactly one meeting series. */
export function singleMeetingLinks(ctx: NetworkContext, attribute: string | null = ctx.boundary): Finding[] {
  const groups = groupsFor(ctx, attribute);
  if (!groups || attribute === null || ctx.dataset.attendance.length === 0) return [];
  const { g, view } = ctx;
  const k = groups.labels.length;
  const survey = view.coAttendance ? compileView(ctx.dataset, { ...view, coAttendance: false }) : g;
  // Re-index in case the survey graph orders people differently (it does not today, but cheaply safe).
  const surveyGroups: Groups = survey === g ? groups : { labels: groups.labels, of: Int32Array.from(survey.ids, (id) => groups.of[g.index.get(id)!]!) };
  const tied = new Set(crossByPair(survey, surveyGroups).keys());

  const meetings = new Map<string, { event: string; people: Set<number> }>();
  for (const rec of ctx.dataset.attendance) {
    if (view.wave !== null && rec.wave !== null && rec.wave !== view.wave) continue;
    const v = g.index.get(rec.person);
    if (v === undefined || groups.of[v] === -1) continue;
    const key = JSON.stringify([rec.event, rec.date]);
    let m = meetings.get(key);
    if (!m) meetings.set(key, (m = { event: rec.event, people: new Set() }));
    m.people.add(v);
  }
  // For each pair of groups: the series they share, with the meetings and attendees per series.
  const shared = new Map<number, Map<string, { meetings: number; people: Set<number> }>>();
  for (const { event, people: present } of meetings.values()) {
    const byGroup = new Map<number, number[]>();
    for (const v of present) {
      const c = groups.of[v]!;
      const list = byGroup.get(c);
      if (list) list.push(v);
      else byGroup.set(c, [v]);
    }
    const here = [...byGroup.keys()].sort((a, b) => a - b);
    for (let i = 0; i < here.length; i++) {
      for (let j = i + 1; j < here.length; j++) {
        const key = here[i]! * k + here[j]!;
        if (tied.has(key)) continue;
        let series = shared.get(key);
        if (!series) shared.set(key, (series = new Map()));
        let s = series.get(event);
        if (!s) series.set(event, (s = { meetings: 0, people: new Set() }));
        s.meetings++;
        for (const v of byGroup.get(here[i]!)!) s.people.add(v);
        for (const v of byGroup.get(here[j]!)!) s.people.add(v);
      }
    }
  }
  const sizes = Array.from(groupSizes(groups));
  const word = groupWords(attribute).name;
  const findings: Finding[] = [];
  for (const [key, series] of [...shared].sort((x, y) => x[0] - y[0])) {
    if (series.size !== 1) continue;
    const [r, c] = [Math.floor(key / k), key % k];
    const [A, B] = [groups.labels[r]!, groups.labels[c]!];
    const [event, s] = [...series][0]!;
    const fromA = [...s.people].filter((v) => groups.of[v] === r).length;
    const fromB = s.people.size - fromA;
    const when = view.wave !== null ? ` in the ${view.wave} wave` : ctx.dataset.waves.length > 1 ? ' across all waves' : '';
    findings.push({
      id: `single-meeting:${attribute}:${A}|${B}`, kind: 'silo',
      title: upperFirst(`${A} and ${B} meet only at ${event}`),
      explanation: `No one whose ${word} is ${A} has a tie with anyone whose ${word} is ${B}. The only meetings where ` +
        `both are in the room are ${event}: ${count(s.meetings)} ${s.meetings === 1 ? 'meeting' : 'meetings'}${when}, attended by ` +
        `${part(fromA, sizes[r]!, `whose ${word} is ${A}`)} and ${part(fromB, sizes[c]!, `whose ${word} is ${B}`)}.`,
      evidence: {
        nodes: [...s.people].map((v) => g.ids[v]!).sort(byText), edges: [],
        figures: { meetings: s.meetings, attendeesA: fromA, attendeesB: fromB, sizeA: sizes[r]!, sizeB: sizes[c]! },
      },
    });
  }
  return findings;
}

/** '3 of the 19 people whose sector is X', 'all 12 people …', 'both people …', 'the one person …'. */
function part(x: number, size: number, who: string): string {
  if (size === 1) return `the one person ${who}`;
  if (size === 2 && x === 2) return `both people ${who}`;
  return x === size ? `all ${count(size)} people ${who}` : `${count(x)} of the ${count(size)} people ${who}`;
}
