/**
 * Attributes left out of exports when names are hidden: free text, and text columns that
 * hold a different value for everyone (an e-mail address, a phone number, a staff number),
 * since either names a person as surely as the name the code replaced.
 */
import type { AttributeSpec, Dataset } from '../model/types.ts';

export function identifyingAttributes(ds: Dataset): Set<string> {
  const out = new Set<string>();
  for (const spec of ds.attributes) if (identifies(ds, spec)) out.add(spec.key);
  return out;
}

function identifies(ds: Dataset, spec: AttributeSpec): boolean {
  if (spec.kind === 'text') return true;
  if (spec.kind !== 'categorical') return false;
  const seen = new Set<string>();
  for (const a of ds.actors) {
    const v = a.attributes[spec.key];
    if (v === null || v === undefined) continue;
    const text = String(v);
    if (seen.has(text)) return false;
    seen.add(text);
  }
  return seen.size >= 1;
}
