import { describe, expect, test } from 'vitest';
import { pluralFor } from './plural';

describe('plural forms by the language’s rules (Intl.PluralRules)', () => {
  test('English: one for 1, other for 0, 2 and 1.5', () => {
    const plural = pluralFor('en');
    const forms = { one: 'file', other: 'files' };
    expect([0, 1, 2, 1.5].map((n) => plural(n, forms))).toEqual(['files', 'file', 'files', 'files']);
  });

  test('Chinese has no singular: other every time', () => {
    const plural = pluralFor('zh-CN');
    expect([0, 1, 2].map((n) => plural(n, { one: '个文件 (one)', other: '个文件' }))).toEqual(['个文件', '个文件', '个文件']);
  });

  test('a language with more categories gets them (Polish: one, few, many)', () => {
    const plural = pluralFor('pl');
    const forms = { one: 'plik', few: 'pliki', many: 'plików', other: 'pliku' };
    expect([1, 2, 5, 22, 25].map((n) => plural(n, forms))).toEqual(['plik', 'pliki', 'plików', 'pliki', 'plików']);
  });
});
