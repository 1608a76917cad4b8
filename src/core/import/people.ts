/**
 * Reading a people file: one row a person, an id (or a name) and any attribute columns.
 *
 * Duplicate ids are merged into the first row: values missing there are filled from the
 * later row, and conflicting values keep the first and are reported. A row without an id
 * is rejected. Every other column becomes a typed attribute.
 */
import type { Actor, AttributeSpec, AttributeValue, ImportReport } from '../model/types.ts';
import { describeAttribute, inferKind, typedValue } from './attributes.ts';
import { expected, headerProblems, listHeaders, mapColumns, missingChoices, uniqueHeaders, type ReadOptions } from './columns.ts';
import { cellValue, idValue, type CsvTable } from './csv.ts';
import { ReportBuilder } from './report.ts';

export interface PeopleResult {
  actors: Actor[];
  attributes: AttributeSpec[];
  report: ImportReport;
}

export function readPeople(file: string, table: CsvTable, options: ReadOptions = {}): PeopleResult {
  const rb = new ReportBuilder(file, 'people');
  const headers = uniqueHeaders(table.headers);
  for (const p of headerProblems(table.headers)) rb.warn(1, null, p);
  const choice = options.columns ?? {};
  const unknown = missingChoices(table.headers, choice);
  if (unknown) return { actors: [], attributes: [], report: rb.fail(unknown, table.rows.length) };
  const cols = mapColumns(table.headers, ['id', 'name'], choice);
  if (cols.id < 0 && cols.name < 0) {
    return {
      actors: [], attributes: [],
      report: rb.fail(
        `No column for the person's id or name (expected a header such as ${expected('id')} or name); ` +
        `the headers are: ${listHeaders(headers)}.`, table.rows.length),
    };
  }
  const idCol = cols.id >= 0 ? cols.id : cols.name;
  const nameCol = cols.name >= 0 ? cols.name : -1;
  rb.report.columns.id = headers[idCol] ?? '';
  if (nameCol >= 0) rb.report.columns.name = headers[nameCol] ?? '';
  const attrCols = headers.map((_, i) => i).filter((i) => i !== idCol && i !== nameCol);

  // First pass: raw cells per accepted person, merging duplicate ids.
  const byId = new Map<string, { row: number; label: string; cells: (string | null)[] }>();
  for (const { row, cells } of table.rows) {
    if (cells.length > headers.length) {
      rb.warn(row, null, `The row has ${cells.length} cells but the header has ${headers.length}; the extra cells are ignored.`);
    }
    const id = idValue(cells[idCol]);
    if (id === null) {
      rb.reject(row, headers[idCol] ?? null, `No ${headers[idCol]}: a person needs an id.`);
      continue;
    }
    const label = (nameCol >= 0 ? idValue(cells[nameCol]) : null) ?? id;
    const values = attrCols.map((i) => cellValue(cells[i]));
    const first = byId.get(id);
    if (!first) {
      byId.set(id, { row, label, cells: values });
      rb.accept();
      continue;
    }
    const conflicts: string[] = [];
    values.forEach((v, k) => {
      const had = first.cells[k];
      if (v === null) return;
      if (had === null || had === undefined) first.cells[k] = v;
      else if (had !== v) conflicts.push(`${headers[attrCols[k] ?? 0]}: kept "${had}", ignored "${v}"`);
    });
    rb.merge(row, headers[idCol] ?? null,
      `Duplicate id "${id}" (first on row ${first.row}); merged into that person` +
      (conflicts.length ? `; conflicting values: ${conflicts.join('; ')}.` : '.'));
  }

  // Second pass: type each attribute column over all people, then build the actors.
  const people = [...byId.entries()];
  const kinds = attrCols.map((_, k) => inferKind(people.map(([, p]) => p.cells[k] ?? null)));
  const actors: Actor[] = people.map(([id, p]) => ({
    id,
    label: p.label,
    attributes: Object.fromEntries(
      attrCols.map((i, k) => [headers[i] ?? '', typedValue(kinds[k] ?? 'text', p.cells[k] ?? null)]),
    ) as Record<string, AttributeValue>,
  }));
  const attributes = attrCols.map((i, k) => {
    const key = headers[i] ?? '';
    return describeAttribute(key, kinds[k] ?? 'text', actors.map((a) => a.attributes[key] ?? null));
  });
  rb.report.created = actors.length;
  return { actors, attributes, report: rb.report };
}
