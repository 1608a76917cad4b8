import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { REPORT_CSS } from './src/core/report/report-css.ts';

/** The printable report's preview (a sandboxed srcdoc iframe) inherits this policy: its one inline stylesheet is allowed by hash. */
const REPORT_STYLE = `'sha256-${createHash('sha256').update(REPORT_CSS).digest('base64')}'`;

/**
 * Kith's promise is that nothing leaves the machine: the built app declares a Content
 * Security Policy that allows only its own origin (no fonts, scripts, analytics or requests
 * to other hosts). Added at build time only, because the dev server injects inline scripts
 * for hot reloading.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${REPORT_STYLE}`,
  "img-src 'self' data: blob:",
  "worker-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'kith-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1500 },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // A safety net against hangs, not a speed check (speed lives in benchmarks): generous so
    // that tests spawning worker threads pass on a loaded 2-core machine.
    testTimeout: 60_000,
  },
});
