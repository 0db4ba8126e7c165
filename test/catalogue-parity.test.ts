import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { keyPaths, parity } from './catalogue-parity';

const I18N = join(import.meta.dirname, '..', 'src', 'i18n');
const modulesOf = (locale: string) =>
  readdirSync(join(I18N, locale))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
const LOCALES = readdirSync(I18N, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'en')
  .map((d) => d.name);

describe('the parity check itself, on two small catalogues', () => {
  const english = { title: 'Plan', steps: { hosts: 'Hosts', certs: 'Certificates' }, count: (n: number) => `${n} files` };
  test('the same keys with other words: nothing missing, nothing extra', () => {
    expect(parity(english, { title: '计划', steps: { hosts: '主机', certs: '证书' }, count: (n: number) => `${n} 个文件` })).toEqual({
      missing: [],
      extra: [],
    });
  });
  test('a key only English has, and one only the other has, are both named', () => {
    expect(parity(english, { title: '计划', steps: { hosts: '主机', cert: '证书' }, count: () => '' })).toEqual({
      missing: ['steps.certs'],
      extra: ['steps.cert'],
    });
  });
  test('a table where English has a sentence is a difference too', () => {
    expect(keyPaths({ a: { b: 'x' } })).toEqual(['a.b']);
    expect(parity({ a: 'x' }, { a: { b: 'x' } })).toEqual({ missing: ['a'], extra: ['a.b'] });
  });
});

describe.each(LOCALES)('the %s catalogue has exactly the keys of English, module by module', (locale) => {
  const english = new Set(modulesOf('en'));
  test('every module it has is one English has (a module it lacks stays English)', () => {
    expect(modulesOf(locale).filter((m) => !english.has(m))).toEqual([]);
  });
  test.each(modulesOf(locale).filter((m) => english.has(m)))('%s', async (module) => {
    const en: unknown = await import(join(I18N, 'en', `${module}.ts`));
    const other: unknown = await import(join(I18N, locale, `${module}.ts`));
    expect(parity(en, other)).toEqual({ missing: [], extra: [] });
  });
});

describe('plural forms go through Intl.PluralRules (src/i18n/plural.ts), never n === 1', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [join(dir, d.name)] : [],
    );
  test.each(LOCALES.concat('en'))('%s', (locale) => {
    const ternaries = sources(join(I18N, locale)).filter((file) => /[=!]==\s*1\s*\?/.test(readFileSync(file, 'utf8')));
    expect(ternaries).toEqual([]);
  });
});
