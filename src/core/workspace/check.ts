/**
 * Small checks for reading JSON we did not write ourselves: each names where the value is
 * (`dataset.ties[12].strength`) and what was found, so that a damaged file gets a message a
 * person can act on. They check in place and return the value typed; nothing is copied, so
 * fields this version does not know (optional fields added later) pass through untouched.
 */
export class WorkspaceFileError extends Error {
  constructor(readonly where: string, readonly problem: string) {
    super(`at ${where}, ${problem}`);
    this.name = 'WorkspaceFileError';
  }
}

/** What a value is, in words, for messages: 'the text "high"', 'a list', 'nothing'. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing (the field is missing)';
  if (v === null) return 'nothing (null)';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return `${v}`;
  if (Array.isArray(v)) return 'a list';
  return 'an object';
}

export function fail(where: string, expected: string, found: unknown): never {
  throw new WorkspaceFileError(where, `expected ${expected} but found ${describeValue(found)}`);
}

export type JsonObject = Record<string, unknown>;

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function obj(v: unknown, where: string): JsonObject {
  if (!isObject(v)) fail(where, 'an object', v);
  return v;
}

export function list(v: unknown, where: string): unknown[] {
  if (!Array.isArray(v)) fail(where, 'a list', v);
  return v;
}

export function text(v: unknown, where: string): string {
  if (typeof v !== 'string') fail(where, 'text', v);
  return v;
}

export function textOrNull(v: unknown, where: string): string | null {
  if (v !== null && typeof v !== 'string') fail(where, 'text or null', v);
  return v;
}

export function num(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(where, 'a number', v);
  return v;
}

export function numOrNull(v: unknown, where: string): number | null {
  if (v === null) return null;
  return num(v, where);
}

export function bool(v: unknown, where: string): boolean {
  if (typeof v !== 'boolean') fail(where, 'true or false', v);
  return v;
}

export function oneOf<T extends string>(v: unknown, allowed: readonly T[], where: string): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) fail(where, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`, v);
  return v as T;
}

export function texts(v: unknown, where: string): string[] {
  const l = list(v, where);
  for (let i = 0; i < l.length; i++) text(l[i], `${where}[${i}]`);
  return l as string[];
}

export function textsOrNull(v: unknown, where: string): string[] | null {
  return v === null ? null : texts(v, where);
}
