import type { KnipConfig } from 'knip';

// Dead code and unused dependencies fail `npm test` (scripts/test.sh runs `knip`).
const config: KnipConfig = {
  // Catalogues of other languages are reached through #words/* at build time (scripts/vite-words-locale.ts).
  entry: ['src/cli/main.ts', 'src/**/*.worker.ts', 'scripts/*.mjs', 'scripts/*.ts', 'bin/*.js', 'src/i18n/!(en)/*.ts'],
  project: ['src/**/*.{ts,tsx}', 'scripts/**/*.{mjs,ts}', 'test/**/*.ts', 'e2e/**/*.ts'],
  // An export used in its own file is part of that module's shape, not dead code.
  ignoreExportsUsedInFile: true,
  // System commands the tests run (Debian packages the test command installs, or coreutils):
  // script (bsdutils) gives generated scripts a terminal; openssl judges certificates; nginx and
  // HAProxy run the generated proxy configurations.
  ignoreBinaries: ['script', 'openssl', 'mkfifo', 'truncate', 'nginx', 'haproxy'],
};

export default config;
