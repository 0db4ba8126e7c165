// One linter, zero warnings allowed (`eslint . --max-warnings=0`).
// The architecture's boundaries live here, not in anyone's memory:
// - src/domain is pure TypeScript: no React, no DOM or browser globals, no clock;
// - only src/domain/certs imports @peculiar/* (the certificate parser);
// - the domain imports nothing from the UI layers; shared UI never imports features;
// - no import cycles anywhere in src;
// - every switch over a union handles each member (typed lint), so a new kind fails here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const browserGlobals = [
  'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB',
  'fetch', 'XMLHttpRequest', 'location', 'history', 'alert', 'confirm', 'prompt',
  'setTimeout', 'setInterval', 'requestAnimationFrame', 'console',
].map((name) => ({ name, message: 'src/domain is pure: pass side effects in as arguments.' }));

const peculiarOnlyInCerts = {
  group: ['@peculiar/*'],
  message: 'Only src/domain/certs may import the certificate parser; use its plain shapes.',
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.fixtures', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.browser } },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': 'error',
      'no-restricted-imports': ['error', { patterns: [peculiarOnlyInCerts] }],
    },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
      // no-cycle must parse the TypeScript files it follows.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
  },
  {
    // Typed rules: a new Trust kind, artifact kind or code must fail the build wherever a
    // switch over it does not handle it (a `default:` counts as handling only for non-unions).
    files: ['src/**/*.{ts,tsx}', 'test/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', {
        considerDefaultExhaustiveForUnions: false,
        requireDefaultForNonUnion: true,
      }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts', 'src/domain/**/*.test-helper.ts'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Pass `now` in.' }, { object: 'Math', property: 'random', message: 'Pass randomness in.' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass `now` in.' }],
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'react', message: 'src/domain has no React.' },
          { name: 'react-dom', message: 'src/domain has no React.' },
          { name: 'react-hook-form', message: 'src/domain has no React.' },
        ],
        patterns: [
          peculiarOnlyInCerts,
          { group: ['**/features/**', '**/components/**', '**/app/**', '**/lib/**', '**/cli/**', '**/i18n/**', '#words/*'], message: 'src/domain imports nothing outside src/domain.' },
          { group: ['node:*', 'fs', 'path', 'child_process'], message: 'src/domain runs in the browser too.' },
        ],
      }],
    },
  },
  {
    files: ['src/domain/certs/**/*.ts'],
    ignores: ['src/domain/certs/**/*.test.ts', 'src/domain/certs/**/*.test-helper.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'react', message: 'src/domain has no React.' }],
        patterns: [
          { group: ['**/features/**', '**/components/**', '**/app/**', '**/lib/**', '**/cli/**', '**/i18n/**', '#words/*'], message: 'src/domain imports nothing outside src/domain.' },
          { group: ['node:*', 'fs', 'path', 'child_process'], message: 'src/domain runs in the browser too.' },
        ],
      }],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [peculiarOnlyInCerts, { group: ['**/features/**', '**/app/**'], message: 'Shared components do not know the features.' }],
      }],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [peculiarOnlyInCerts, { group: ['**/app/**'], message: 'Features do not import the composition root.' }],
      }],
    },
  },
  {
    // The engine's own tests hold its fast paths to the library's answers, so they use it.
    files: ['src/domain/certs/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.test.ts', '**/*.test-helper.ts', 'src/cli/**/*.ts', 'scripts/**', 'e2e/**', 'test/**', 'bin/**', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
