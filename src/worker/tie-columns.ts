/**
 * Ties across the worker boundary as columns. Posting a Dataset with half a million Tie
 * objects makes the page deserialise them in one task of seconds (and copies every id string
 * once a tie). Instead the worker packs the ties into typed arrays over small string tables
 * and transfers them; the page rebuilds the same Tie objects in slices between frames, so
 * the Dataset keeps its shape and the page never freezes.
 */
import type { Dataset, Tie } from '../core/model/types.ts';

export interface TieColumns {
  /** Distinct strings: ids, types, waves and file names. */
  strings: string[];
  source: Int32Array;
  target: Int32Array;
  /** Index into strings, or -1 for null. */
  type: Int32Array;
  wave: Int32Array;
  file: Int32Array;
  row: Int32Array;
  /** NaN stands for null (a strength is never NaN: the import reads it as missing). */
  strength: Float64Array;
  directed: Uint8Array;
}

/** A dataset without its ties, and its ties as columns. */
export interface PackedDataset {
  rest: Omit<Dataset, 'ties'>;
  ties: TieColumns;
}

export function packDataset(ds: Dataset): { packed: PackedDataset; transfer: ArrayBuffer[] } {
  const { ties, ...rest } = ds;
  const strings: string[] = [];
  const index = new Map<string, number>();
  const code = (s: string | null): number => {
    if (s === null) return -1;
    let i = index.get(s);
    if (i === undefined) { i = strings.length; strings.push(s); index.set(s, i); }
    return i;
  };
  const m = ties.length;
  const c: TieColumns = {
    strings, source: new Int32Array(m), target: new Int32Array(m), type: new Int32Array(m), wave: new Int32Array(m),
    file: new Int32Array(m), row: new Int32Array(m), strength: new Float64Array(m), directed: new Uint8Array(m),
  };
  for (let e = 0; e < m; e++) {
    const t = ties[e] as Tie;
    c.source[e] = code(t.source);
    c.target[e] = code(t.target);
    c.type[e] = code(t.type);
    c.wave[e] = code(t.wave);
    c.file[e] = code(t.from.file);
    c.row[e] = t.from.row;
    c.strength[e] = t.strength ?? NaN;
    c.directed[e] = t.directed ? 1 : 0;
  }
  const transfer = [c.source, c.target, c.type, c.wave, c.file, c.row, c.strength, c.directed].map((a) => a.buffer as ArrayBuffer);
  return { packed: { rest, ties: c }, transfer };
}

/** The ties from rows [from, to) of the columns. */
function tiesOf(c: TieColumns, from: number, to: number, out: Tie[]): void {
  const s = c.strings;
  for (let e = from; e < to; e++) {
    const type = c.type[e] ?? -1;
    const wave = c.wave[e] ?? -1;
    const strength = c.strength[e] ?? NaN;
    out.push({
      source: s[c.source[e] ?? 0] ?? '', target: s[c.target[e] ?? 0] ?? '',
      type: type < 0 ? null : s[type] ?? null, strength: Number.isNaN(strength) ? null : strength,
      wave: wave < 0 ? null : s[wave] ?? null, directed: c.directed[e] === 1,
      from: { file: s[c.file[e] ?? 0] ?? '', row: c.row[e] ?? 0 },
    });
  }
}

/** The dataset again, its ties rebuilt a slice at a time with a pause between slices. */
export async function unpackDataset(p: PackedDataset, yieldEvery = 8): Promise<Dataset> {
  const ties: Tie[] = [];
  const m = p.ties.source.length;
  const slice = 5_000;
  for (let from = 0; from < m;) {
    const started = performance.now();
    // At least one slice a turn, then more while the budget lasts.
    do {
      const to = Math.min(m, from + slice);
      tiesOf(p.ties, from, to, ties);
      from = to;
    } while (from < m && performance.now() - started < yieldEvery);
    if (from < m) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { ...p.rest, ties };
}

/**
 * The same list object for equal lists (a tie's types: nearly every tie has one of a handful).
 * Structured cloning writes an object once and refers back to it after, so 200,000 ties' types
 * cross to the page as a few lists instead of 200,000 (which took the page most of a second to
 * rebuild). The lists are shared afterwards: readers must not change them (none does).
 */
export function shareEqualLists(lists: string[][]): string[][] {
  const shared = new Map<string, string[]>();
  return lists.map((list) => {
    // The length first, so that [] and [''] differ.
    const key = `${list.length}\u0001${list.join('\u0000')}`;
    const found = shared.get(key);
    if (found) return found;
    shared.set(key, list);
    return list;
  });
}
