/** The CLI's input and output captured in memory, for tests: files from a record or from disk. */
import { readFileSync } from 'node:fs';
import type { Io } from '../../src/cli/main.ts';

export function memoryIo(files: Record<string, string> | 'disk') {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: Io = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: (p) => {
      if (files === 'disk') return readFileSync(p, 'utf8');
      const f = files[p];
      if (f === undefined) throw new Error('ENOENT: no such file');
      return f;
    },
    ...(files === 'disk' ? { readBytes: (p: string) => new Uint8Array(readFileSync(p)) } : {}),
    writeFile: (p, t) => { written[p] = t; },
  };
  return { io, out, err, written, json: () => JSON.parse(out.join('')) };
}
