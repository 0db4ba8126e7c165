// Installs the npm dependencies when they are missing or older than package-lock.json,
// so that `npm start` and `npm test` work on a fresh machine that has only Node and npm.
import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs;
if (stale) {
  // `npm install` with the committed lockfile, not `npm ci`: npm 11's `ci` refuses this
  // lockfile ("Missing: @unrs/resolver-binding-… from lock file": optional native
  // bindings for other platforms), while `install` installs exactly the locked versions
  // and leaves the lockfile unchanged.
  console.log('Installing npm dependencies…');
  execSync('npm install --no-audit --no-fund', { stdio: 'inherit' });
}
