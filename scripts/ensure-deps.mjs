// Installs the npm dependencies when they are missing or older than package-lock.json,
// so that `npm start` and `npm test` work on a fresh machine that has only Node and npm.
import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs;
if (stale) {
  // `npm ci`: exactly the locked versions, and a lockfile out of step with package.json
  // is an error here rather than a silent rewrite.
  console.log('Installing npm dependencies…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
