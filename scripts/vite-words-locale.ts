import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const I18N = resolve(import.meta.dirname, '..', 'src', 'i18n');

/** The languages with a catalogue folder under src/i18n (English is the contract's own). */
export function catalogueLocales(): string[] {
  return readdirSync(I18N, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/**
 * The one locale seam (docs/how-to-add-a-language.md). Every module that speaks imports
 * its words as `#words/<module>`; package.json's "imports" map that to the English
 * catalogue for tsc, Node and the tests. At build time this plugin resolves it to
 * src/i18n/<locale>/<module>.ts when that file exists, English otherwise (a module not
 * yet translated stays English), for the page, the worker and the CLI alike, and sets
 * the page's lang. The locale comes from FLEET_TLS_LOCALE, English by default.
 */
export function wordsLocale(locale: string = process.env.FLEET_TLS_LOCALE ?? 'en'): Plugin {
  if (!catalogueLocales().includes(locale)) {
    throw new Error(`FLEET_TLS_LOCALE=${locale}: no catalogue in src/i18n/${locale} (there are: ${catalogueLocales().join(', ')})`);
  }
  return {
    name: 'fleet-tls:words-locale',
    enforce: 'pre',
    resolveId(source) {
      const m = /^#words\/([a-z-]+)$/.exec(source);
      if (!m) return null;
      const own = join(I18N, locale, `${m[1]}.ts`);
      return existsSync(own) ? own : join(I18N, 'en', `${m[1]}.ts`);
    },
    transformIndexHtml: (html) => html.replace(/<html lang="[^"]*"/, `<html lang="${locale}"`),
  };
}
