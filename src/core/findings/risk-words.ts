/**
 * Words for the disconnection and risk findings: numbers rounded for reading (UX.md: 2-3
 * significant figures; exact values stay in evidence.figures), counts of people, lists of
 * names, and how a set of people splits across the view's groups. Names are data: plain text,
 * never markup.
 */
import type { NetworkContext } from './types.ts';

/** Numbers for reading: whole numbers as they are, others to 2-3 significant figures. */
export function num(x: number): string {
  if (Number.isInteger(x)) return x.toLocaleString('en-GB');
  return Number(x.toPrecision(Math.abs(x) < 1 ? 2 : 3)).toString();
}

/** A share as a percentage: whole numbers from 10%, two significant figures below. */
export function pct(x: number): string {
  const v = 100 * x;
  return `${Math.abs(v) >= 10 ? Math.round(v) : Number(v.toPrecision(2))}%`;
}

export function count(n: number, one = 'person', many = 'people'): string { return `${num(n)} ${n === 1 ? one : many}`; }

/** 'A, B and C' (or 'A, B or C'). */
export function list(items: string[], conjunction = 'and'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)!}`;
}

export function inBrackets(text: string | null): string { return text === null ? '' : ` (${text})`; }

/** '30 in VCSE, 12 in Public health and 10 in Lived experience', largest first (at most four parts); null without a boundary. */
export function breakdown(ctx: NetworkContext, ids: string[]): string | null {
  const attribute = ctx.boundary ?? '';
  const values = ctx.groups ? ctx.values(attribute) : [];
  if (values.length === 0) return null;
  const byGroup = new Map<string | null, number>();
  for (const id of ids) {
    const x = values[ctx.g.index.get(id)!] ?? null;
    byGroup.set(x, (byGroup.get(x) ?? 0) + 1);
  }
  const sorted = [...byGroup].sort((a, b) => b[1] - a[1] || ((a[0] ?? '\uffff') < (b[0] ?? '\uffff') ? -1 : 1));
  if (sorted.length === 1) return sorted[0]![0] === null ? `no ${attribute} recorded` : `all in ${sorted[0]![0]}`;
  const parts = sorted.slice(0, sorted.length > 4 ? 3 : 4).map(([x, c]) => (x === null ? `${num(c)} with no ${attribute} recorded` : `${num(c)} in ${x}`));
  if (sorted.length > 4) parts.push(`${num(sorted.slice(3).reduce((sum, [, c]) => sum + c, 0))} in ${num(sorted.length - 3)} other ${groupWord(ctx)}`);
  return list(parts);
}

/** 'ICB and Public health would have no direct tie left', or '3 pairs of sectors would ... (A and B; ...)'. */
export function pairsSentence(ctx: NetworkContext, pairs: [string, string][]): string {
  const shown = pairs.slice(0, 4).map(([a, b]) => `${a} and ${b}`);
  if (pairs.length === 1) return `${shown[0]!} would have no direct tie left`;
  if (pairs.length > 4) shown.push(`${num(pairs.length - 4)} more`);
  return `${num(pairs.length)} pairs of ${groupWord(ctx)} would have no direct tie left (${shown.join('; ')})`;
}

/** 'sectors', 'organisations', 'places'; 'groups' for other attribute names. */
export function groupWord(ctx: NetworkContext): string {
  return ctx.boundary !== null && /^[a-z]+$/.test(ctx.boundary) ? `${ctx.boundary}s` : 'groups';
}
