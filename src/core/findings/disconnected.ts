/**
 * Disconnected partners: who is left out of the network, and who hangs on by one thread.
 * People with no tie (told apart by whether they answered the survey), people with a single
 * tie, groups of people cut off from the main network (weak components), people who reach the
 * rest only through one person (cut points, Hopcroft & Tarjan 1973, with the people who depend
 * on each), groups (sectors) whose ties to the others all run through one or two people (a
 * minimum vertex cover of their cross ties, König 1931; see bus-factor.ts), and organisations
 * with no tie to a chosen sector. DOMAIN.md: "Who is disconnected?"; VCSE partners and citizens
 * at the edge. Ties are read without direction here: being named, or naming, both connect.
 */
import { coverOf, edgesOf, tiePairs } from './bus-factor.ts';
import { cutOffBy, tiesOf } from './risk.ts';
import { breakdown, count, groupWord, inBrackets, list, num } from './risk-words.ts';
import type { Finding, NetworkContext } from './types.ts';

/** At most this many separate groups, and cut points, get a finding each. */
export const MAX_LISTED = 5;

export function disconnectedFindings(ctx: NetworkContext): Finding[] {
  if (ctx.g.n === 0) return [];
  return [...isolates(ctx), ...singleTies(ctx), ...cutOffGroups(ctx), ...cutPoints(ctx), ...edgeGroups(ctx).map((e) => e.finding)];
}

/** Who answered the view's wave (every wave, when pooled); null when the data do not say. */
export function respondentsInView(ctx: NetworkContext): Set<string> | null {
  const waves = ctx.view.wave === null ? ctx.dataset.waves : ctx.dataset.waves.filter((w) => w.id === ctx.view.wave);
  if (waves.length === 0 || waves.some((w) => w.respondents === null)) return null;
  return new Set(waves.flatMap((w) => w.respondents!));
}

function isolates(ctx: NetworkContext): Finding[] {
  const { g, view } = ctx;
  const alone = g.ids.filter((_, v) => ctx.suite.nodes.degree[v] === 0);
  if (alone.length === 0) return [];
  const scope = view.wave !== null ? 'in this wave' : ctx.dataset.waves.length > 1 ? 'in any wave' : 'in this network';
  const names = (ids: string[]) => (alone.length <= MAX_LISTED ? ` (${list(ids.map((id) => ctx.labels[g.index.get(id)!]!))})` : '');
  const answered = respondentsInView(ctx);
  const figures: Record<string, number> = { isolates: alone.length };
  let detail = 'They are not linked to anyone, so nothing reaches them through the network.';
  if (answered) {
    const silent = alone.filter((id) => !answered.has(id));
    const spoke = alone.filter((id) => answered.has(id));
    figures.nonRespondents = silent.length;
    figures.respondents = spoke.length;
    const parts: string[] = [];
    if (silent.length > 0) {
      parts.push(view.direction === 'confirmed'
        ? `${num(silent.length)}${names(silent)} did not answer, so none of their ties could be confirmed`
        : `${num(silent.length)}${names(silent)} did not answer and nobody named them`);
    }
    const plain = view.direction !== 'confirmed' && view.tieTypes === null && view.minStrength === null && !view.coAttendance;
    if (spoke.length > 0) {
      parts.push(`${num(spoke.length)}${names(spoke)} answered but ${plain ? 'named nobody, and nobody named them' : 'have no ties that count in this view'}`);
    }
    detail = `${parts.join('; ')}.${silent.length > 0 ? ' Not answering is not the same as having no relationships.' : ''}`;
  } else if (alone.length <= MAX_LISTED) {
    detail = `${list(alone.map((id) => ctx.labels[g.index.get(id)!]!))}: ${detail.charAt(0).toLowerCase()}${detail.slice(1)}`;
  }
  return [{
    id: 'disconnected:isolates',
    kind: 'disconnected',
    title: `${count(alone.length)} ${alone.length === 1 ? 'has' : 'have'} no ties ${scope}`,
    explanation: detail,
    evidence: { nodes: alone, edges: [], figures },
  }];
}

function singleTies(ctx: NetworkContext): Finding[] {
  const { g, suite } = ctx;
  const mainSize = suite.nodes.component.filter((c) => c === 0).length;
  if (mainSize < 3) return [];
  const single: number[] = [];
  for (let v = 0; v < g.n; v++) if (suite.nodes.component[v] === 0 && partners(ctx, v) === 1) single.push(v);
  if (single.length === 0) return [];
  const ids = single.map((v) => g.ids[v]!);
  const who = single.length <= MAX_LISTED ? `${list(single.map((v) => ctx.labels[v]!))} ${single.length === 1 ? 'is' : 'are each'}` : 'Each of them is';
  return [{
    id: 'disconnected:single-tie',
    kind: 'disconnected',
    title: `${count(single.length)} ${single.length === 1 ? 'has' : 'have'} only one tie`,
    explanation: `${who} linked to the network by one tie${inBrackets(breakdown(ctx, ids))}. If that tie lapses, they are left out.`,
    evidence: { nodes: ids, edges: single.flatMap((v) => tiesOf(g, v)), figures: { people: single.length } },
  }];
}

/** Partners of v, whatever the direction of the ties. */
function partners(ctx: NetworkContext, v: number): number {
  const g = ctx.g;
  const seen = new Set<number>();
  for (let p = g.outOffsets[v]!; p < g.outOffsets[v + 1]!; p++) seen.add(g.outTargets[p]!);
  for (let p = g.inOffsets[v]!; p < g.inOffsets[v + 1]!; p++) seen.add(g.inSources[p]!);
  return seen.size;
}

function cutOffGroups(ctx: NetworkContext): Finding[] {
  const { g, suite } = ctx;
  const members = new Map<number, number[]>();
  for (let v = 0; v < g.n; v++) {
    const c = suite.nodes.component[v]!;
    if (c > 0 && suite.nodes.degree[v]! > 0) (members.get(c) ?? members.set(c, []).get(c)!).push(v);
  }
  const mainSize = suite.nodes.component.filter((c) => c === 0).length;
  if (mainSize < 2 || members.size === 0) return [];
  const groups = [...members.entries()].sort((a, b) => a[0] - b[0]).map(([, vs]) => vs);
  const findings: Finding[] = groups.slice(0, MAX_LISTED).map((vs) => {
    const ids = vs.map((v) => g.ids[v]!).sort();
    return {
      id: `disconnected:group:${ids[0]!}`,
      kind: 'disconnected',
      title: `A group of ${count(vs.length)} is cut off from everyone else`,
      explanation: `${vs.length <= MAX_LISTED ? list(vs.map((v) => ctx.labels[v]!)) : `These ${count(vs.length)}`}` +
        `${inBrackets(breakdown(ctx, ids))} have ties with each other but none with ` +
        `the main network of ${count(mainSize)}. Nothing passes between them and the rest unless someone makes a link.`,
      evidence: { nodes: ids, edges: vs.flatMap((v) => tiesOf(g, v).filter(([a, b]) => a === g.ids[v] && (g.directed || a < b))), figures: { people: vs.length, mainNetwork: mainSize } },
    };
  });
  const rest = groups.slice(MAX_LISTED);
  if (rest.length > 0) {
    const ids = rest.flat().map((v) => g.ids[v]!).sort();
    findings.push({
      id: 'disconnected:groups-more',
      kind: 'disconnected',
      title: `${num(rest.length)} more small groups (${count(ids.length)}) are cut off from the main network`,
      explanation: `Besides the groups above, ${num(rest.length)} groups of ${sizes(rest)} people have ties only among themselves.`,
      evidence: { nodes: ids, edges: [], figures: { groups: rest.length, people: ids.length } },
    });
  }
  return findings;
}

function sizes(groups: number[][]): string {
  const [big, small] = [groups[0]!.length, groups.at(-1)!.length];
  return big === small ? num(big) : `${num(small)} to ${num(big)}`;
}

/** People whose ties to the main network all run through one person (cut points cutting off 2 or more). */
function cutPoints(ctx: NetworkContext): Finding[] {
  const { g, suite } = ctx;
  const points: number[] = [];
  for (let v = 0; v < g.n; v++) if (suite.nodes.component[v] === 0 && suite.nodes.cutOff[v]! >= 2) points.push(v);
  points.sort((u, v) => suite.nodes.cutOff[v]! - suite.nodes.cutOff[u]! || (g.ids[u]! < g.ids[v]! ? -1 : 1));
  return points.slice(0, MAX_LISTED).map((v) => {
    const dependents = dependentsOf(ctx, g.ids[v]!);
    const set = new Set(dependents);
    const name = ctx.labels[v]!;
    return {
      id: `disconnected:through:${g.ids[v]!}`,
      kind: 'disconnected',
      title: `${count(dependents.length)} reach the rest of the network only through ${name}`,
      explanation: `Every route between these ${count(dependents.length)}${inBrackets(breakdown(ctx, dependents))} and the rest of ` +
        `the main network passes through ${name}. One more tie across would give them a second way in.`,
      evidence: {
        nodes: [g.ids[v]!, ...dependents],
        edges: tiesOf(g, v).filter(([a, b]) => set.has(a) || set.has(b)),
        figures: { dependents: dependents.length },
      },
    };
  });
}

/** The people who would lose their link to the main network if this person left (ids, sorted). */
export function dependentsOf(ctx: NetworkContext, id: string): string[] {
  return cutOffBy(ctx, [id]);
}

export interface EdgeGroup {
  /** One group, or two neighbouring groups taken together (when neither qualifies alone). */
  groups: string[];
  size: number;
  /** Pairs of people with a tie between these groups and the other groups. */
  ties: number;
  /** The fewest people (ids) at one end of every such tie; [] when there are none. */
  through: string[];
  finding: Finding;
}

/**
 * Groups of three or more people whose ties to the other groups all run through one or two
 * people (or none, if its people have ties among themselves): the group at least three times as
 * many as the people it relies on, and no more than half of the people with a group (the edge,
 * not the centre). When no single group qualifies, two groups tied to each other are tried
 * together: VCSE and citizens, say, whose ties to everyone else pass through two gatekeepers.
 */
export function edgeGroups(ctx: NetworkContext): EdgeGroup[] {
  const { g, groups } = ctx;
  if (!groups || groups.labels.length < 2) return [];
  const k = groups.labels.length;
  const cross = groups.labels.map(() => [] as [number, number][]);
  const size = groups.labels.map(() => 0);
  for (let v = 0; v < g.n; v++) if (groups.of[v]! >= 0) size[groups.of[v]!]!++;
  const adjacent = new Set<number>();
  const inside = new Set<number>(); // groups with a tie between two of their people
  for (const [u, v] of tiePairs(g)) {
    const a = groups.of[u]!;
    const b = groups.of[v]!;
    if (a === b && a !== -1) inside.add(a);
    if (a === -1 || b === -1 || a === b) continue;
    cross[a]!.push([u, v]);
    cross[b]!.push([v, u]);
    adjacent.add(a < b ? a * k + b : b * k + a);
  }
  const known = size.reduce((sum, x) => sum + x, 0);
  const result: EdgeGroup[] = [];
  const alone = new Set<number>();
  const tryUnion = (set: number[]): void => {
    const total = set.reduce((sum, c) => sum + size[c]!, 0);
    if (total < 3 || 2 * total > known) return;
    const pairs = set.flatMap((c) => cross[c]!.filter(([, v]) => !set.includes(groups.of[v]!)));
    const through = coverOf(pairs).map((v) => g.ids[v]!).sort();
    if (through.length > 2 || total < 3 * through.length) return;
    // A group with no tie at all, inside or out, is told by the isolates finding.
    if (through.length === 0 && !set.some((c) => inside.has(c)) && set.length === 1) return;
    set.forEach((c) => alone.add(c));
    const labels = set.map((c) => groups.labels[c]!);
    result.push({ groups: labels, size: total, ties: pairs.length, through, finding: edgeFinding(ctx, labels, set, total, pairs, through) });
  };
  for (let c = 0; c < k; c++) tryUnion([c]);
  for (const key of [...adjacent].sort((x, y) => x - y)) {
    const [a, b] = [Math.floor(key / k), key % k];
    if (!alone.has(a) && !alone.has(b)) tryUnion([a, b]);
  }
  return result;
}

function edgeFinding(ctx: NetworkContext, labels: string[], set: number[], size: number, pairs: [number, number][], through: string[]): Finding {
  const { g, groups } = ctx;
  const name = list(labels);
  const other = groupWord(ctx);
  const members = g.ids.filter((id, v) => set.includes(groups!.of[v]!) && !through.includes(id));
  const figures = { people: size, ties: pairs.length, through: through.length };
  const id = `disconnected:edge:${labels.join('|')}`;
  if (through.length === 0) {
    return {
      id, kind: 'disconnected',
      title: `${name} ${labels.length === 1 ? 'has' : 'have'} no ties to other ${other}`,
      explanation: `None of the ${count(size)} in ${name} has a tie to anyone in another of the ${other}.`,
      evidence: { nodes: members, edges: [], figures },
    };
  }
  const who = through.map((x) => { const v = g.index.get(x)!; return `${ctx.labels[v]!} (${groups!.labels[groups!.of[v]!]!})`; });
  return {
    id, kind: 'disconnected',
    title: `${name} ${labels.length === 1 ? 'connects' : 'connect'} to other ${other} through ${through.length === 1 ? 'one person' : 'two people'}`,
    explanation: `Every one of the ${num(pairs.length)} ${pairs.length === 1 ? 'tie' : 'ties'} between ${name} (${count(size)}) and the other ` +
      `${other} has ${list(who, 'or')} at one end. If ${through.length === 1 ? 'that person' : 'both'} moved on, ${name} would have no direct tie to the rest.`,
    evidence: { nodes: [...through, ...members], edges: edgesOf(g, pairs), figures },
  };
}

export interface OrganisationsWithoutTie {
  sector: string;
  /** Organisations with at least one member outside the sector (the ones that could have a tie to it). */
  considered: number;
  /** Those with no such member tied to anyone in the sector: name and member ids. */
  organisations: { organisation: string; people: string[] }[];
  finding: Finding | null;
}

/**
 * Organisations none of whose people (outside the sector itself) has a tie to anyone in the
 * sector. The sector is a value of sectorAttribute (the view's boundary, else 'sector'); a
 * sector with nobody in it gives no organisations.
 */
export function organisationsWithoutTie(
  ctx: NetworkContext, sector: string, organisationAttribute = 'organisation', sectorAttribute = ctx.boundary ?? 'sector',
): OrganisationsWithoutTie {
  const { g } = ctx;
  const org = ctx.values(organisationAttribute);
  const sec = ctx.values(sectorAttribute);
  const members = new Map<string, number[]>();
  const tied = new Set<string>();
  if (org.length > 0 && sec.length > 0) {
    for (let v = 0; v < g.n; v++) {
      const o = org[v];
      if (o == null || sec[v] === sector) continue;
      (members.get(o) ?? members.set(o, []).get(o)!).push(v);
      for (const [a, b] of tiesOf(g, v)) if (sec[g.index.get(a === g.ids[v] ? b : a)!] === sector) tied.add(o);
    }
  }
  const inSector = sec.some((x) => x === sector);
  const names = inSector ? [...members.keys()].filter((o) => !tied.has(o)).sort() : [];
  const organisations = names.map((o) => ({ organisation: o, people: members.get(o)!.map((v) => g.ids[v]!) }));
  const shown = names.length <= 8 ? `: ${list(names)}` : '';
  const finding: Finding | null = names.length === 0 ? null : {
    id: `disconnected:no-tie:${sector}`,
    kind: 'disconnected',
    title: `${num(names.length)} of ${num(members.size)} organisations have no tie to ${sector}`,
    explanation: `Nobody at ${names.length === 1 ? 'this organisation' : 'these organisations'} has a tie to anyone in ${sector}${shown}.`,
    evidence: { nodes: organisations.flatMap((o) => o.people), edges: [], figures: { organisations: names.length, considered: members.size } },
  };
  return { sector, considered: members.size, organisations, finding };
}
