/**
 * Escaping text for XML files (SVG, GEXF, GraphML). Names come from users' files and may hold
 * markup, ampersands, quotes or control characters: every piece of text and every attribute
 * value goes through `xmlText`, so a name is always shown as text and the file always parses.
 */

/**
 * Characters XML 1.0 forbids anywhere (C0 controls other than tab, line feed and carriage
 * return; lone surrogates; U+FFFE and U+FFFF). A parser rejects the whole file on one of them,
 * so they are dropped rather than escaped (XML 1.0 has no escape for them).
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any character that needs work: most text has none, and is returned as it is. */
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside an element or a quoted attribute value. */
export function xmlText(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  return value.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A number written short and exactly enough for a drawing (2 decimals), never NaN. */
export function px(value: number): string {
  if (!Number.isFinite(value)) return '0';
  return String(Math.round(value * 100) / 100);
}

/** Text with the characters XML forbids dropped, for writers that escape the rest themselves. */
export function xmlSafe(value: string): string {
  return value.replace(FORBIDDEN, '');
}
