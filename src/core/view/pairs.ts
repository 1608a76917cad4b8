/**
 * The ties of a view grouped by pair of people, in flat arrays (build.ts merges each group
 * into one edge). A pair is found by a number (its two people's indices), and keeps its
 * strengths as a running count, sum, minimum and maximum (all the merge rules need) and its
 * tie types as bits of a mask, so that 600,000 ties cost a few arrays rather than an object,
 * a set and a list each.
 */
import type { MergeRule } from './view.ts';

/** Types beyond this many in one view fall back to a set per pair (never seen in practice). */
const MASK_TYPES = 30;
const AB = 1;
const BA = 2;

export class PairTable {
  readonly source: number[] = [];
  readonly target: number[] = [];
  readonly count: number[] = [];
  private readonly flags: number[] = [];
  private readonly strengths: number[] = [];
  private readonly sum: number[] = [];
  private readonly min: number[] = [];
  private readonly max: number[] = [];
  private readonly mask: number[] = [];
  private readonly slot = new Map<number, number>();
  /** Tie types in order of first appearance, and their bit. */
  private readonly typeBit = new Map<string, number>();
  private readonly typeNames: string[] = [];
  /** Pairs' types when a view has more than MASK_TYPES types. */
  private readonly typeSets = new Map<number, Set<string>>();
  /** Equal masks share one list: most edges carry one of a handful of type combinations. */
  private readonly lists = new Map<number, string[]>();

  constructor(private readonly merge: MergeRule) {}

  get size(): number {
    return this.source.length;
  }

  /** Adds one tie to the pair `key` (from `s` to `t`), creating the pair on its first tie. */
  add(key: number, s: number, t: number, strength: number | null, type: string, ab: boolean, ba: boolean): void {
    let p = this.slot.get(key);
    if (p === undefined) {
      p = this.source.length;
      this.slot.set(key, p);
      this.source.push(s); this.target.push(t); this.count.push(0); this.flags.push(0);
      this.strengths.push(0); this.sum.push(0); this.min.push(Infinity); this.max.push(-Infinity); this.mask.push(0);
    }
    this.count[p]!++;
    this.flags[p]! |= (ab ? AB : 0) | (ba ? BA : 0);
    if (strength !== null) {
      this.strengths[p]!++;
      this.sum[p]! += strength;
      if (strength < this.min[p]!) this.min[p] = strength;
      if (strength > this.max[p]!) this.max[p] = strength;
    }
    let bit = this.typeBit.get(type);
    if (bit === undefined) {
      bit = this.typeNames.length;
      this.typeBit.set(type, bit);
      this.typeNames.push(type);
    }
    if (this.typeNames.length <= MASK_TYPES) this.mask[p]! |= 1 << bit;
    else {
      let set = this.typeSets.get(p);
      if (!set) this.typeSets.set(p, (set = new Set(this.typesFromMask(this.mask[p]!))));
      set.add(type);
    }
  }

  reciprocated(p: number): boolean {
    return this.flags[p] === (AB | BA);
  }

  /** The pair's merged strength by the view's rule; null when none of its ties gave one. */
  strength(p: number): number | null {
    const k = this.strengths[p] ?? 0;
    if (k === 0) return null;
    switch (this.merge) {
      case 'max': return this.max[p] ?? null;
      case 'min': return this.min[p] ?? null;
      case 'sum': return this.sum[p] ?? null;
      case 'mean': return (this.sum[p] ?? 0) / k;
    }
  }

  /** The pair's tie types, in order of their first appearance in the view. Shared: never change it. */
  types(p: number): string[] {
    const set = this.typeSets.get(p);
    if (set) return [...set].sort((a, b) => (this.typeBit.get(a) ?? 0) - (this.typeBit.get(b) ?? 0));
    const mask = this.mask[p] ?? 0;
    let list = this.lists.get(mask);
    if (!list) this.lists.set(mask, (list = this.typesFromMask(mask)));
    return list;
  }

  private typesFromMask(mask: number): string[] {
    return this.typeNames.filter((_, bit) => bit < MASK_TYPES && (mask & (1 << bit)) !== 0);
  }
}
