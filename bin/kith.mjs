#!/usr/bin/env node
// The `kith` command: runs the TypeScript CLI through tsx (a dependency) from a checkout.
import { register } from 'tsx/esm/api';

// A reader that stops early (kith ... | head) is not an error.
process.stdout.on('error', (err) => { if (err.code === 'EPIPE') process.exit(0); throw err; });
register();
const { run } = await import('../src/cli/main.ts');
process.exitCode = await run(process.argv.slice(2));
