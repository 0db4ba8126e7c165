import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import postcss, { type AtRule, type Root } from 'postcss';
import { describe, expect, it } from 'vitest';

// How the styles are organised (docs/ARCHITECTURE.md, "Styles"): the cascade layers are
// declared once in src/styles/index.css; every other sheet is one layer block, lives beside
// what it styles and is imported only from there, so a feature's sheet loads with its chunk.

const root = join(import.meta.dirname, '..');
const src = join(root, 'src');
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const files = walk(src);
const sheets = files.filter((f) => f.endsWith('.css')).map((f) => relative(src, f).split(sep).join('/'));
const modules = files.filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
const parse = (sheet: string): Root => postcss.parse(readFileSync(join(src, sheet), 'utf8'), { from: sheet });

const LAYERS = ['tokens', 'base', 'components', 'app', 'features'];

/** The layer a sheet belongs in, by where it lives. */
function expectedLayer(sheet: string): string {
  if (sheet === 'styles/tokens.css') return 'tokens';
  if (sheet === 'styles/base.css') return 'base';
  if (sheet.startsWith('styles/') || sheet.startsWith('components/')) return 'components';
  if (sheet.startsWith('app/')) return 'app';
  if (sheet.startsWith('features/')) return 'features';
  throw new Error(`${sheet}: no layer for this folder`);
}

/** The modules that import a sheet, as paths relative to src. */
function importersOf(sheet: string): string[] {
  const name = sheet.split('/').pop() ?? sheet;
  return modules
    .filter((m) => {
      const text = readFileSync(m, 'utf8');
      return [...text.matchAll(/^import '(\.{1,2}\/[^']+\.css)';$/gm)].some(
        ([, spec]) =>
          relative(src, join(m, '..', spec ?? ''))
            .split(sep)
            .join('/') === sheet && spec?.endsWith(name),
      );
    })
    .map((m) => relative(src, m).split(sep).join('/'));
}

describe('styles', () => {
  it('index.css declares the layer order before anything else and imports only the global sheets', () => {
    const nodes = parse('styles/index.css').nodes.filter((n) => n.type !== 'comment');
    const [order, ...imports] = nodes as AtRule[];
    expect(order?.name).toBe('layer');
    expect(order?.params.split(',').map((s) => s.trim())).toEqual(LAYERS);
    expect(imports.map((n) => `${n.name} ${n.params}`)).toEqual(["import './tokens.css'", "import './base.css'", "import './controls.css'"]);
  });

  it.each(sheets.filter((s) => s !== 'styles/index.css'))('%s is one block of its layer', (sheet) => {
    const blocks = parse(sheet).nodes.filter((n) => n.type !== 'comment');
    expect(blocks.map((n) => (n.type === 'atrule' ? `@${n.name} ${n.params}` : n.type))).toEqual([`@layer ${expectedLayer(sheet)}`]);
  });

  it.each(sheets.filter((s) => !s.startsWith('styles/')))('%s is imported beside what it styles, and only there', (sheet) => {
    const importers = importersOf(sheet);
    expect(importers.length).toBeGreaterThan(0);
    const home = sheet.split('/').slice(0, -1).join('/');
    expect(importers.filter((m) => !m.startsWith(`${home}/`))).toEqual([]);
  });

  it('light and dark come from the same tokens: colours are written only in tokens.css, each with both sides', () => {
    const literal = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|oklch|lab|lch)\(/i;
    const offenders: string[] = [];
    for (const sheet of sheets) {
      parse(sheet).walk((node) => {
        if (node.type === 'atrule' && /prefers-color-scheme/.test(node.params)) offenders.push(`${sheet}: @media ${node.params}`);
        if (node.type === 'decl' && sheet !== 'styles/tokens.css' && literal.test(node.value)) offenders.push(`${sheet}: ${node.prop}: ${node.value}`);
      });
    }
    expect(offenders).toEqual([]);
    const colourTokens: string[] = [];
    parse('styles/tokens.css').walkDecls(/^--/, (decl) => {
      if (literal.test(decl.value) && !decl.value.includes('light-dark(')) colourTokens.push(decl.prop);
    });
    expect(colourTokens).toEqual([]);
  });
});
