/**
 * Splitting a "select all that apply" cell into names. Tools write the choices differently:
 * Microsoft Forms "Aisha Rahman;Ben Hughes;" (a trailing separator), Google Forms
 * "Aisha Rahman, Ben Hughes" (comma and space), Qualtrics "Aisha Rahman,Ben Hughes", and people
 * pasting lists use | or new lines. A name written "Rahman, Aisha" must survive a comma split,
 * so pieces are joined again when together they are a name on the list.
 */

/** The separator a column uses, from its cells: ; then | then new lines, else a comma. */
export function detectSeparator(cells: string[]): string {
  for (const sep of [';', '|', '\n']) if (cells.some((c) => c.includes(sep))) return sep;
  return ',';
}

export function describeSeparator(sep: string): string {
  return sep === '\n' ? 'new lines' : sep === ',' ? 'commas' : `"${sep}"`;
}

/**
 * The names in a cell. New lines always separate; `isName` (a roster lookup) lets
 * "Rahman, Aisha" stay whole when the separator is a comma.
 */
export function splitNames(cell: string, separator: string, isName?: (s: string) => boolean): string[] {
  const lines = cell.replace(/\r\n?/g, '\n').split('\n');
  const pieces: string[] = [];
  for (const line of lines) for (const p of separator === '\n' ? [line] : line.split(separator)) pieces.push(p.trim());
  const kept = pieces.filter((p) => p !== '');
  if (separator !== ',' || !isName) return kept;
  const out: string[] = [];
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1];
    if (b !== undefined && !(isName(a) && isName(b)) && isName(`${a}, ${b}`)) { out.push(`${a}, ${b}`); i++; continue; }
    out.push(a);
  }
  return out;
}
