import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { InputFile } from '../../../src/core/import/dataset.ts';
import type { FileRole } from '../../../src/core/model/types.ts';

const dir = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));

export function fixture(name: string, role?: FileRole): InputFile {
  return { name, text: readFileSync(dir + name, 'utf8'), ...(role ? { role } : {}) };
}
