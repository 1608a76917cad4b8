import { defineConfig } from 'vitest/config';

// Browser tests: vitest runs in Node and drives the built app in the system Chromium.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
