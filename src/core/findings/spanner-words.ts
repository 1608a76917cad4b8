/**
 * Small helpers shared by the spanner, ego and concentration findings: a person's contacts
 * either way, the ties between two people as the view's graph holds them, cross-group
 * brokerage, and the words and rounded numbers the sentences use (plain UK English, 2-3
 * significant figures; exact values stay in evidence.figures).
 */
import type { CompiledGraph } from '../graph/compile.ts';
import type { Brokerage } from '../metrics/brokerage.ts';

export interface Contact {
  /** The contact's index in the compiled graph. */
  u: number;
  /** The person has a tie to u (out) and u has a tie to the person (in); both for undirected views. */
  out: boolean;
  in: boolean;
}

/** Distinct contacts of v (ties either way), in index order. O(out + in). */
export function contactsOf(g: CompiledGraph, v: number): Contact[] {
  const { outOffsets, outTargets, inOffsets, inSources } = g;
  const result: Contact[] = [];
  let p = outOffsets[v]!;
  const pEnd = outOffsets[v + 1]!;
  if (!g.directed) {
    for (; p < pEnd; p++) result.push({ u: outTargets[p]!, out: true, in: true });
    return result;
  }
  let q = inOffsets[v]!;
  const qEnd = inOffsets[v + 1]!;
  while (p < pEnd || q < qEnd) {
    const a = p < pEnd ? outTargets[p]! : g.n;
    const b = q < qEnd ? inSources[q]! : g.n;
    const u = a < b ? a : b;
    const out = a === u;
    const inn = b === u;
    if (out) p++;
    if (inn) q++;
    result.push({ u, out, in: inn });
  }
  return result;
}

/**
 * The ties between v and a contact as [source id, target id] of the view's graph: directed
 * views give each direction present; undirected views give one tie, smaller id first (as
 * view/build.ts adds it).
 */
export function tiesBetween(g: CompiledGraph, v: number, c: Contact): [string, string][] {
  const a = g.ids[v]!;
  const b = g.ids[c.u]!;
  if (!g.directed) return [a < b ? [a, b] : [b, a]];
  const ties: [string, string][] = [];
  if (c.out) ties.push([a, b]);
  if (c.in) ties.push([b, a]);
  return ties;
}

/**
 * Cross-group brokerage of person v: representative + gatekeeper + liaison + itinerant, i.e.
 * every role but coordinator. In each of these four, at least one of the two ties a -> b -> c
 * crosses a group boundary; only the coordinator brokers wholly inside one group.
 */
export function crossGroupBrokerage(b: Brokerage, v: number): number {
  return b.representative[v]! + b.gatekeeper[v]! + b.liaison[v]! + b.itinerant[v]!;
}

/**
 * The word for a group of the boundary: 'sector' / 'sectors', 'organisation' / ..., and plain
 * 'group' / 'groups' for an attribute whose key is not a simple word or two (qi_trained).
 */
export function groupNoun(boundary: string | null): { one: string; many: string } {
  const word = (boundary ?? '').trim().toLowerCase();
  if (!/^[a-z]+( [a-z]+)?$/.test(word) || word.length > 24) return { one: 'group', many: 'groups' };
  if (/(s|x|z|ch|sh)$/.test(word)) return { one: word, many: `${word}es` };
  if (/[^aeiou]y$/.test(word)) return { one: word, many: `${word.slice(0, -1)}ies` };
  return { one: word, many: `${word}s` };
}

/**
 * A number for reading: whole numbers (counts of people, ties, rows) exactly, so that they
 * agree with the files; others to 2 significant figures below 100, 3 above. Thousands separated.
 */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return 'not applicable';
  if (Number.isInteger(x)) return x.toLocaleString('en-GB');
  const r = Number(x.toPrecision(Math.abs(x) >= 100 ? 3 : 2));
  return r.toLocaleString('en-GB', { maximumFractionDigits: 20 });
}

/** A share as a percentage for reading: '62%', '4.2%', '100%'. */
export function percent(share: number): string {
  if (!Number.isFinite(share)) return 'not applicable';
  const p = share * 100;
  if (p === 0) return '0%';
  return `${p >= 99.5 && p < 100 ? 99 : Number(p.toPrecision(p >= 100 ? 3 : 2))}%`;
}

/** 'A', 'A and B', 'A, B and C' (no serial comma, as UK usage). */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
