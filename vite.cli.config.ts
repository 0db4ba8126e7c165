import { defineConfig } from 'vite';
import { wordsLocale } from './scripts/vite-words-locale.ts';

/**
 * Builds the command-line entry (src/cli) into one ES module for Node, the engine's
 * lazily imported decoders inlined. The CLI runs exactly the domain code the browser
 * runs; only file reading and printing differ.
 */
export default defineConfig({
  plugins: [wordsLocale()],
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'fleet-tls.mjs', codeSplitting: false } },
  },
  ssr: { noExternal: true },
});
