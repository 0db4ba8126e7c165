// One linter, zero warnings allowed (`eslint . --max-warnings=0`).
// The architecture's boundaries live here, not in anyone's memory:
// - src/domain is pure TypeScript: no React, no DOM or browser globals, no clock;
// - only src/domain/certs imports @peculiar/* (the certificate parser);
// - the domain imports nothing from the UI layers;
// - each domain stage imports only the stages upstream of it (DOMAIN_UPSTREAM below);
// - a feature imports no other feature; the shared layers (state, components, lib, i18n)
//   import no feature and no app; only src/app composes features;
// - no import cycles anywhere in src;
// - every switch over a union handles each member (typed lint), so a new kind fails here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';
import { readdirSync } from 'node:fs';

const browserGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'location',
  'history',
  'alert',
  'confirm',
  'prompt',
  'setTimeout',
  'setInterval',
  'requestAnimationFrame',
  'console',
].map((name) => ({ name, message: 'src/domain is pure: pass side effects in as arguments.' }));

const peculiarOnlyInCerts = {
  group: ['@peculiar/*'],
  message: 'Only src/domain/certs may import the certificate parser; use its plain shapes.',
};

/**
 * The pipeline, as what each stage of src/domain may import (docs/ARCHITECTURE.md): the
 * answers (plan) and the certificate facts (certs) from the catalog; the legs from the
 * answers; the questions from the legs; evidence, findings and verdicts from all of it;
 * the artifacts from the answers and the legs alone. A new folder in src/domain must be
 * placed here, or the linter does not start.
 */
const DOMAIN_UPSTREAM = {
  catalog: [],
  certs: ['catalog'],
  plan: ['catalog'],
  topology: ['catalog', 'plan'],
  questions: ['catalog', 'plan', 'topology'],
  inspect: ['catalog', 'certs', 'plan', 'topology', 'questions'],
  checks: ['catalog', 'certs', 'plan', 'topology', 'questions', 'inspect'],
  verdict: ['catalog', 'certs', 'plan', 'topology', 'questions', 'inspect', 'checks'],
  generate: ['catalog', 'plan', 'topology', 'questions'],
  lab: ['catalog', 'certs', 'plan', 'topology', 'questions'],
};
const foldersIn = (dir) =>
  readdirSync(new URL(dir, import.meta.url), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
const unplaced = foldersIn('./src/domain/').filter((stage) => !(stage in DOMAIN_UPSTREAM));
if (unplaced.length > 0) throw new Error(`eslint.config.js: place src/domain/${unplaced.join(', ')} in DOMAIN_UPSTREAM`);

const domainZones = Object.entries(DOMAIN_UPSTREAM).map(([stage, upstream]) => ({
  target: `./src/domain/${stage}`,
  from: './src/domain',
  // Every stage may read the shared Coded<P> (src/domain/coded.ts).
  except: [`./${stage}`, './coded.ts', ...upstream.map((u) => `./${u}`)],
  message: `src/domain/${stage} imports only ${upstream.length > 0 ? upstream.join(', ') : 'itself'}: the stages upstream of it (docs/ARCHITECTURE.md).`,
}));

/**
 * The page's layers: src/app composes the features; a feature imports the shared layers
 * and the domain, never another feature (what two features share moves down a layer).
 * Components show what they are given: they read no state. The CLI runs in Node and shares
 * only the domain and the words with the page.
 */
const SHARED_LAYERS = ['state', 'components', 'lib', 'i18n'];
const layerZones = [
  ...foldersIn('./src/features/').map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: `A feature imports no other feature: share through src/${SHARED_LAYERS.join(', src/')}, or compose in src/app.`,
  })),
  { target: './src/features', from: './src/app', message: 'Features do not import the composition root.' },
  { target: SHARED_LAYERS.map((layer) => `./src/${layer}`), from: ['./src/features', './src/app'], message: 'Shared layers know no feature and no app.' },
  { target: './src/components', from: './src/state', message: 'Shared components take what they show as props; the features read the state.' },
  {
    target: './src/cli',
    from: ['./src/features', './src/app', './src/state', './src/components', './src/lib'],
    message: 'The CLI shares only src/domain and src/i18n with the page.',
  },
];

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
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        {
          considerDefaultExhaustiveForUnions: false,
          requireDefaultForNonUnion: true,
        },
      ],
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
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass `now` in.' },
        { object: 'Math', property: 'random', message: 'Pass randomness in.' },
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass `now` in.' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'src/domain has no React.' },
            { name: 'react-dom', message: 'src/domain has no React.' },
            { name: 'react-hook-form', message: 'src/domain has no React.' },
          ],
          patterns: [
            peculiarOnlyInCerts,
            {
              group: ['**/features/**', '**/components/**', '**/state/**', '**/app/**', '**/lib/**', '**/cli/**', '**/i18n/**', '#words/*'],
              message: 'src/domain imports nothing outside src/domain.',
            },
            { group: ['node:*', 'fs', 'path', 'child_process'], message: 'src/domain runs in the browser too.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/certs/**/*.ts'],
    ignores: ['src/domain/certs/**/*.test.ts', 'src/domain/certs/**/*.test-helper.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'react', message: 'src/domain has no React.' }],
          patterns: [
            {
              group: ['**/features/**', '**/components/**', '**/state/**', '**/app/**', '**/lib/**', '**/cli/**', '**/i18n/**', '#words/*'],
              message: 'src/domain imports nothing outside src/domain.',
            },
            { group: ['node:*', 'fs', 'path', 'child_process'], message: 'src/domain runs in the browser too.' },
          ],
        },
      ],
    },
  },
  {
    // Import zones. Tests may reach across stages to exercise a whole path.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/*.test-helper.ts'],
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: [...domainZones, ...layerZones] }],
    },
  },
  {
    // Findings read the evidence's shape, not inspect's logic: checks runs on what it is given.
    files: ['src/domain/checks/**/*.ts'],
    ignores: ['src/domain/checks/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/inspect/*'],
              allowTypeImports: true,
              message: 'src/domain/checks imports only types from src/domain/inspect: the evidence it judges.',
            },
          ],
        },
      ],
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
