// Reports the gzip size of the production JavaScript and CSS: what index.html loads
// before the app can be used (its module scripts, modulepreloads and stylesheets) and
// everything, lazy chunks included. `--check` exits non-zero when a budget is exceeded:
// JavaScript first load <= 100 KB and all <= 250 KB; CSS first load <= 6 KB and all
// <= 12 KB (gzip -9). Each feature's sheet loads with its chunk, so it counts as lazy.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = { firstLoad: 100 * 1024, all: 250 * 1024, cssFirstLoad: 6 * 1024, cssAll: 12 * 1024 };
const dir = 'dist/app';
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const named = new Set([...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]));

function walk(d) {
  return readdirSync(d).flatMap((f) => {
    const p = join(d, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const rows = walk(dir)
  .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
  .map((f) => {
    const rel = relative(dir, f);
    return { file: rel, gzip: gzipSync(readFileSync(f), { level: 9 }).length, firstLoad: named.has(rel) };
  })
  .sort((a, b) => b.gzip - a.gzip);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sum = (list) => list.reduce((s, r) => s + r.gzip, 0);
const js = rows.filter((r) => r.file.endsWith('.js'));
const css = rows.filter((r) => r.file.endsWith('.css'));
const firstLoad = sum(js.filter((r) => r.firstLoad));
const all = sum(js);
const cssFirstLoad = sum(css.filter((r) => r.firstLoad));
const cssAll = sum(css);
for (const r of rows) console.log(`${r.firstLoad ? 'first load' : 'lazy      '}  ${kb(r.gzip).padStart(9)}  ${r.file}`);
console.log(`first-load JavaScript: ${kb(firstLoad)} gzip (budget ${kb(BUDGET.firstLoad)})`);
console.log(`all JavaScript:        ${kb(all)} gzip (budget ${kb(BUDGET.all)})`);
console.log(`first-load CSS:        ${kb(cssFirstLoad)} gzip (budget ${kb(BUDGET.cssFirstLoad)})`);
console.log(`all CSS:               ${kb(cssAll)} gzip (budget ${kb(BUDGET.cssAll)})`);
if (process.argv.includes('--check')) {
  const over = [];
  if (firstLoad > BUDGET.firstLoad) over.push('first-load');
  if (all > BUDGET.all) over.push('total');
  if (cssFirstLoad > BUDGET.cssFirstLoad) over.push('first-load CSS');
  if (cssAll > BUDGET.cssAll) over.push('total CSS');
  if (over.length) {
    console.error(`Over budget: ${over.join(', ')}`);
    process.exit(1);
  }
}
