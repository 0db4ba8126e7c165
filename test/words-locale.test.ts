import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { wordsLocale } from '../scripts/vite-words-locale';

const ROOT = join(import.meta.dirname, '..');
const resolveIn = (locale: string, source: string) => {
  const hook = wordsLocale(locale).resolveId as (source: string) => string | null;
  const id = hook(source);
  return id === null ? null : id.slice(ROOT.length + 1);
};

describe('the locale seam (scripts/vite-words-locale.ts)', () => {
  test('#words/<module> is the language’s own module where it has one, English where it has not', () => {
    expect(resolveIn('zh-CN', '#words/ui-plan-file')).toBe('src/i18n/zh-CN/ui-plan-file.ts');
    expect(resolveIn('zh-CN', '#words/ui')).toBe('src/i18n/en/ui.ts');
    expect(resolveIn('en', '#words/ui-plan-file')).toBe('src/i18n/en/ui-plan-file.ts');
    expect(resolveIn('zh-CN', './ui-plan-file')).toBeNull();
  });

  test('the page says its language: <html lang> follows the locale', () => {
    const hook = wordsLocale('zh-CN').transformIndexHtml as (html: string) => string;
    expect(hook('<!doctype html>\n<html lang="en">\n<head>')).toBe('<!doctype html>\n<html lang="zh-CN">\n<head>');
  });

  test('a locale without a catalogue is refused by name, with the ones there are', () => {
    expect(() => wordsLocale('xx')).toThrow('FLEET_TLS_LOCALE=xx: no catalogue in src/i18n/xx (there are: en, zh-CN)');
  });

  test('the CLI built with FLEET_TLS_LOCALE=zh-CN speaks Chinese where zh-CN has words, English elsewhere', () => {
    const out = mkdtempSync(join(tmpdir(), 'fleet-tls-zh-'));
    execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'error', '--outDir', out], {
      cwd: ROOT,
      env: { ...process.env, FLEET_TLS_LOCALE: 'zh-CN' },
      stdio: 'pipe',
    });
    const plan = join(out, 'not-a-plan.json');
    writeFileSync(plan, 'not json');
    const run = (args: string[]) => {
      const script = `const m = await import(${JSON.stringify(join(out, 'fleet-tls.mjs'))}); process.exitCode = await m.main(${JSON.stringify(args)});`;
      try {
        execFileSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'pipe' });
        return '';
      } catch (e) {
        return String((e as { stderr: Buffer }).stderr);
      }
    };
    expect(run(['render', plan])).toContain(`“${plan}”不是计划：它不是 JSON。`);
    expect(run(['check'])).toContain('check needs at least one certificate or key file.');
    // A plan issue in zh-CN's words, inside the CLI's own sentence, still English.
    const example = JSON.parse(readFileSync(join(ROOT, 'public', 'examples', 'on-prem-one-way.json'), 'utf8')) as { fleetServer: { urls: string[] } };
    example.fleetServer.urls = ['fleet'];
    const invalid = join(out, 'invalid.json');
    writeFileSync(invalid, JSON.stringify(example));
    const said = run(['render', invalid]);
    expect(said).toContain('The plan is not ready (1 problem):');
    expect(said).toContain('fleetServer.urls.0: “fleet”不是 URL。请写成 https://fleet.example.com:8220 这样的形式。');
  }, 180_000);
});
