// Reports the gzip size of the production JavaScript: what index.html loads before
// the app can be used (its module scripts and modulepreloads) and everything.
// `--check` exits non-zero when a budget is exceeded: first load <= 100 KB,
// all JavaScript <= 250 KB (gzip -9).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = { firstLoad: 100 * 1024, all: 250 * 1024 };
const dir = 'dist/app';
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const named = new Set(
  [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]),
);

function walk(d) {
  return readdirSync(d).flatMap((f) => {
    const p = join(d, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const rows = walk(dir)
  .filter((f) => f.endsWith('.js'))
  .map((f) => {
    const rel = relative(dir, f);
    return { file: rel, gzip: gzipSync(readFileSync(f), { level: 9 }).length, firstLoad: named.has(rel) };
  })
  .sort((a, b) => b.gzip - a.gzip);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const firstLoad = rows.filter((r) => r.firstLoad).reduce((s, r) => s + r.gzip, 0);
const all = rows.reduce((s, r) => s + r.gzip, 0);
for (const r of rows) console.log(`${r.firstLoad ? 'first load' : 'lazy      '}  ${kb(r.gzip).padStart(9)}  ${r.file}`);
console.log(`first-load JavaScript: ${kb(firstLoad)} gzip (budget ${kb(BUDGET.firstLoad)})`);
console.log(`all JavaScript:        ${kb(all)} gzip (budget ${kb(BUDGET.all)})`);
if (process.argv.includes('--check')) {
  const over = [];
  if (firstLoad > BUDGET.firstLoad) over.push('first-load');
  if (all > BUDGET.all) over.push('total');
  if (over.length) {
    console.error(`Over budget: ${over.join(', ')}`);
    process.exit(1);
  }
}
