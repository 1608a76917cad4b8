import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importDataset } from '../../../src/core/import/dataset.ts';
import type { Dataset } from '../../../src/core/model/types.ts';

const sampleDir = fileURLToPath(new URL('../../../data/sample/', import.meta.url));
export const fixtureDir = fileURLToPath(new URL('../../fixtures/workspace/', import.meta.url));

/** The sample learning system, imported as the app imports it on a first visit. */
export function sampleDataset(): Dataset {
  const files = (['people', 'ties', 'respondents', 'attendance'] as const).map((role) => ({
    name: `${role}.csv`, text: readFileSync(`${sampleDir}${role}.csv`, 'utf8'), role,
  }));
  return importDataset('Sample learning system (synthetic)', files);
}

/** Workspace fixtures by the version they were written in: `v<N>-<what>.kith.json`. */
export function workspaceFixtures(): { version: number; name: string; text: string }[] {
  return readdirSync(fixtureDir).filter((f) => f.endsWith('.kith.json')).map((name) => {
    const m = /^v(\d+)-/.exec(name);
    if (!m) throw new Error(`workspace fixture ${name} must be named v<version>-<what>.kith.json`);
    return { version: Number(m[1]), name, text: readFileSync(fixtureDir + name, 'utf8') };
  });
}
