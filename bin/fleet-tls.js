#!/usr/bin/env node
// Command-line entry over the same domain code as the browser app.
// It runs the built module dist/cli/fleet-tls.mjs, building it first when missing or stale.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

// A closed pipe (`| head`) ends the output quietly.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'cli', 'fleet-tls.mjs');
/** Newest modification time under a directory. */
function newest(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
    const p = join(dir, e.name);
    return Math.max(max, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);
}

// Build on first use, and again whenever the sources are newer than the build.
if (!existsSync(built) || statSync(built).mtimeMs < newest(join(root, 'src'))) {
  const { build } = await import('vite');
  await build({ root, configFile: join(root, 'vite.cli.config.ts'), logLevel: 'error' });
}
const { main } = await import(pathToFileURL(built).href);
process.exitCode = await main(process.argv.slice(2));
