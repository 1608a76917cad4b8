/**
 * Pseudonymising a dataset: every person's name is replaced by a stable code, so that a map,
 * a table or a finding can be shown or shared without naming anyone. Codes are derived from
 * the person's id (FNV-1a hash), so the same person gets the same code in every session and
 * every wave; two ids that hash alike get distinct suffixes. Ids themselves are not changed
 * (the screen hides them), because everything else refers to people by id.
 */
import type { Dataset } from './types.ts';

/** FNV-1a, 32-bit: a small, well-known non-cryptographic hash. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function pseudonymCode(id: string): string {
  return `P-${fnv1a(id).toString(36).toUpperCase().padStart(7, '0').slice(-5)}`;
}

/** Codes for every actor, distinct even when two hashes collide. */
export function pseudonyms(ds: Dataset): Map<string, string> {
  const codes = new Map<string, string>();
  const used = new Set<string>();
  for (const id of [...ds.actors.map((a) => a.id)].sort()) {
    const base = pseudonymCode(id);
    let code = base;
    for (let k = 2; used.has(code); k++) code = `${base}-${k}`;
    used.add(code);
    codes.set(id, code);
  }
  return codes;
}

export function pseudonymise(ds: Dataset): Dataset {
  const codes = pseudonyms(ds);
  return { ...ds, actors: ds.actors.map((a) => ({ ...a, label: codes.get(a.id) ?? pseudonymCode(a.id) })) };
}
