/**
 * Escaping text for the report's HTML: every string that came from a data file (names, groups,
 * file names, notes) goes through `esc`, so a cell holding "<script>" prints as those characters
 * and never becomes markup. `html` tags a template so that interpolated values are escaped unless
 * they are already-built markup (a `Markup`).
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Markup built by this module's `html` (or trusted SVG from our renderers): not escaped again. */
export class Markup {
  constructor(readonly text: string) {}
  toString(): string { return this.text; }
}

type Part = string | number | Markup | null | undefined | false | Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Markup) return part.text;
  if (Array.isArray(part)) return part.map(render).join('');
  return esc(String(part));
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): Markup {
  let out = strings[0]!;
  for (let i = 0; i < parts.length; i++) out += render(parts[i]!) + strings[i + 1]!;
  return new Markup(out);
}

/** Markup we produced ourselves and trust (an SVG from the chart or map renderer). */
export function trusted(text: string): Markup {
  return new Markup(text);
}
