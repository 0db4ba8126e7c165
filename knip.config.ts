import type { KnipConfig } from 'knip';

// Dead code and unused dependencies fail `npm test` (scripts/test.sh runs `knip`).
const config: KnipConfig = {
  entry: ['src/cli/main.ts', 'src/**/*.worker.ts', 'scripts/*.mjs', 'bin/*.js'],
  project: ['src/**/*.{ts,tsx}', 'scripts/**/*.mjs', 'test/**/*.ts', 'e2e/**/*.ts'],
  // An export used in its own file is part of that module's shape, not dead code.
  ignoreExportsUsedInFile: true,
  // The lab PKI (issue 15) puts the certificate builder to work; it stays until then.
  ignoreDependencies: ['@peculiar/x509'],
  // System commands the tests run (Debian packages the test command installs, or coreutils):
  // script (bsdutils) gives generated scripts a terminal; openssl judges certificates.
  ignoreBinaries: ['script', 'openssl', 'mkfifo', 'truncate'],
};

export default config;
