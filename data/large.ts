/**
 * Writes a large synthetic network as CSV files, to try Kith at scale or to reproduce the
 * benchmarks: `npx tsx data/large.ts --people 20000 --ties-per-person 10 --out /tmp/large`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateLarge, largeCsv } from './gen/large.ts';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '20000' },
    'ties-per-person': { type: 'string', default: '10' },
    groups: { type: 'string', default: '8' },
    waves: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'large-network' },
  },
});
const net = generateLarge({
  people: Number(values.people), tiesPerPerson: Number(values['ties-per-person']), groups: Number(values.groups),
  waves: Number(values.waves), seed: Number(values.seed),
});
const files = largeCsv(net);
mkdirSync(values.out, { recursive: true });
for (const [name, text] of Object.entries(files)) writeFileSync(join(values.out, `${name}.csv`), text);
console.log(`wrote ${Object.keys(files).map((f) => `${f}.csv`).join(', ')} to ${values.out}`);
