/** Reading survey fixtures as the app does: bytes as dropped, with the roster as the people file. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importDataset, type InputFile } from '../../../../src/core/import/dataset.ts';
import type { Dataset, ImportReport } from '../../../../src/core/model/types.ts';

export const SURVEY_DIR = fileURLToPath(new URL('../../../fixtures/survey/', import.meta.url));

export function bytesOf(name: string): Uint8Array {
  return new Uint8Array(readFileSync(SURVEY_DIR + name));
}

export function surveyFile(name: string, extra: Partial<InputFile> = {}): InputFile {
  return { name, text: '', bytes: bytesOf(name), ...extra };
}

export function withRoster(...files: InputFile[]): Dataset {
  return importDataset('test', [surveyFile('roster.csv'), ...files]);
}

export function reportOf(ds: Dataset, file: string): ImportReport {
  const r = ds.imports.find((i) => i.file === file);
  if (!r) throw new Error(`no report for ${file}`);
  return r;
}

/** Ties as "source>target type strength", sorted, for comparing with a list written by hand. */
export function tieList(ds: Dataset): string[] {
  return ds.ties.map((t) => `${t.source}>${t.target} ${t.type ?? '-'} ${t.strength ?? '-'}`).sort();
}

/** Every report adds up: rows read = accepted + merged + rejected. */
export function balanced(r: ImportReport): boolean {
  return r.rowsRead === r.accepted + r.merged + r.rejected;
}
