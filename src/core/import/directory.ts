/**
 * Resolving the people that a ties, attendance or respondents file names.
 *
 * A cell is matched to a person by id first, then by name (case, spacing and accents folded),
 * because survey exports name people rather than give ids. A name shared by two people is
 * ambiguous and never matched. A cell that matches nobody adds a person with no attributes,
 * and the caller reports it: surveys often name people who are not on the list.
 */
import type { Actor } from '../model/types.ts';

export function foldName(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export type Resolution =
  | { kind: 'id' | 'name'; id: string }
  | { kind: 'added' | 'unknown'; id: string }
  | { kind: 'ambiguous'; candidates: string[] };

export class ActorDirectory {
  readonly actors: Actor[];
  private readonly byId = new Map<string, Actor>();
  private readonly byName = new Map<string, string[]>();
  /** Ids of people added because a file named them; with the file rows that did. */
  readonly added = new Map<string, number[]>();

  /**
   * Whether a people file gave the roster. Without one, everyone is created from the other
   * files, which is expected, so readers say it once instead of once a person.
   */
  readonly hasRoster: boolean;

  constructor(actors: Actor[]) {
    this.hasRoster = actors.length > 0;
    this.actors = [...actors];
    for (const a of actors) this.index(a);
  }

  private index(a: Actor): void {
    this.byId.set(a.id, a);
    const key = foldName(a.label);
    const list = this.byName.get(key);
    if (list) list.push(a.id);
    else this.byName.set(key, [a.id]);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Finds the person a cell names, without adding anyone. */
  lookup(value: string): Resolution {
    if (this.byId.has(value)) return { kind: this.added.has(value) ? 'added' : 'id', id: value };
    const byName = this.byName.get(foldName(value));
    if (byName && byName.length === 1 && byName[0] !== undefined) return { kind: 'name', id: byName[0] };
    if (byName && byName.length > 1) return { kind: 'ambiguous', candidates: byName };
    return { kind: 'unknown', id: value };
  }

  /** Records that an accepted row used this person; adds them when nobody had them yet. */
  use(r: Exclude<Resolution, { kind: 'ambiguous' }>, row: number): string {
    if (r.kind === 'unknown' && !this.byId.has(r.id)) {
      const actor: Actor = { id: r.id, label: r.id, attributes: {} };
      this.actors.push(actor);
      this.index(actor);
      this.added.set(r.id, []);
    }
    this.added.get(r.id)?.push(row);
    return r.id;
  }
}
