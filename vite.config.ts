/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { wordsLocale } from './scripts/vite-words-locale.ts';

/**
 * The production Content-Security-Policy. It is injected only into the built
 * index.html: the dev server needs an inline React-refresh preamble that a strict
 * policy would block. No 'unsafe-inline' or 'unsafe-eval' for scripts; the only
 * requests are to the app's own origin (example plans, lazy chunks, the worker).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'fleet-tls:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [wordsLocale(), react(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: 'dist/app',
    emptyOutDir: true,
    // No modulepreload polyfill on the first load: a browser without modulepreload
    // (Firefox before 115, Safari before 17) fetches the lazy chunks when they are
    // imported instead of ahead of it (ADR 3).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'index', tags: ['$initial'], priority: 2 },
            // Steps 2 and 3 of the wizard and their fields, the output panel, the issue summary, the
            // certificate panel and what they share: one chunk, fetched right after the first paint (ADR 3).
            {
              name: 'steps',
              test: /[\\/]src[\\/](features[\\/](output|issues|certificates)[\\/]|features[\\/]wizard[\\/](hosts-step|certs-step|open-shelf-button|inline-pem-fill-in|cert-layout|fields[\\/]))/,
              priority: 1,
            },
            // Opening, reading and saving plan files (zod's mini build with them): one chunk, fetched on the first use of any.
            {
              name: 'plan-file',
              test: /[\\/]src[\\/](features[\\/]plan-file[\\/](download-plan|read-plan-text|open-plan-message)|domain[\\/]plan[\\/]open-plan)/,
              priority: 1,
            },
            { name: 'steps', test: /[\\/]src[\\/](components|lib|state|domain[\\/](?!plan[\\/])|i18n)/, minShareCount: 2, priority: 1 },
            // The tools' section and its three tabs: one chunk (one gzip stream for their shared words and fields, ADR 3).
            { name: 'cert-tools', test: /[\\/]features[\\/]cert-tools[\\/]/, priority: 0 },
          ],
        },
      },
    },
  },
  worker: {
    format: 'es',
    plugins: () => [wordsLocale()],
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'inspector', tags: ['$initial'], priority: 2 },
            // What only the certificate tools use (the writer, the conversions, the lab's layout and ZIP): loaded with the first of them.
            { name: 'tools', test: /lab-job|csr-job|[\\/]certs[\\/](write|convert)[\\/]|[\\/]domain[\\/]lab[\\/]|fflate|asn1-csr/, priority: 1 },
            {
              name: 'open-encrypted',
              test: /decrypt-|open-pkcs12|pkcs12-kdf|triple-des|des\.js|asn1-pfx|asn1-cms|asn1-x509-attr|asn1-pkcs9|@noble/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
