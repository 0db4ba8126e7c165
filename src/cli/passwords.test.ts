import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadManifest } from '../domain/certs/fixtures.test-helper';
import type { CheckReport, FileReport } from './check-report';
import { fx, GOOD, mutualPlan, run, scratchDir, writeJson } from './cli-fixtures.test-helper';

/** One password per file: its own --password-file, else FLEET_TLS_PASSWORD, never the command line. */
describe('fleet-tls check --password-file ROLE_OR_FILE=PATH', () => {
  const dir = scratchDir();
  const { passphrases } = loadManifest();
  const pw = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const p12 = () => fx('fleet-server.p12');
  const key = () => fx('fleet-server.encrypted-pkcs8.key');
  const files = async (argv: string[], env: Record<string, string> = {}) => {
    const r = await run(['check', '--json', ...argv], env);
    const json = JSON.parse(r.out) as CheckReport;
    return json.files.map((f: FileReport) => [f.path, f.password, f.problems.map((p) => p.code)]);
  };

  test('two encrypted files, each with its own password file, named by the file', async () => {
    const a = pw('p12.pass', passphrases.pkcs12);
    const b = pw('key.pass', passphrases.key);
    expect(await files(['--password-file', `${p12()}=${a}`, '--password-file', `${key()}=${b}`, p12(), key()])).toEqual([
      [p12(), { source: 'password-file', file: a, trailingNewlineRemoved: false }, []],
      [key(), { source: 'password-file', file: b, trailingNewlineRemoved: false }, []],
    ]);
  });

  test('named by the role --as gave the file', async () => {
    const plan = writeJson(dir, 'plan.json', mutualPlan());
    const a = pw('role.pass', passphrases.pkcs12);
    const r = await run([
      'check',
      '--json',
      '--plan',
      plan,
      '--as',
      `fleetServerCert=${p12()}`,
      '--as',
      `fleetServerKey=${p12()}`,
      '--password-file',
      `fleetServerCert=${a}`,
      ...GOOD.filter((f) => !f.startsWith('fleet-server')).map(fx),
    ]);
    const json = JSON.parse(r.out) as CheckReport;
    expect(json.files[0]).toMatchObject({ path: p12(), password: { source: 'password-file', file: a }, problems: [] });
  });

  test('FLEET_TLS_PASSWORD stays the default for files without their own', async () => {
    const b = pw('key-only.pass', passphrases.key);
    expect(await files(['--password-file', `${key()}=${b}`, p12(), key()], { FLEET_TLS_PASSWORD: passphrases.pkcs12 })).toEqual([
      [p12(), { source: 'environment', file: null, trailingNewlineRemoved: false }, []],
      [key(), { source: 'password-file', file: b, trailingNewlineRemoved: false }, []],
    ]);
  });

  test('without either, an encrypted file says it needs its password', async () => {
    expect(await files([key()])).toEqual([[key(), { source: 'none', file: null, trailingNewlineRemoved: false }, ['password-needed']]]);
  });

  test.each([
    ['one trailing \\n is removed (echo secret > FILE)', `${passphrases.key}\n`, true, []],
    ['one trailing \\r\\n is removed (a file saved on Windows)', `${passphrases.key}\r\n`, true, []],
    ['only one: a second newline is part of the password', `${passphrases.key}\n\n`, true, ['password-wrong']],
    ['spaces are part of the password', `${passphrases.key} `, false, ['password-wrong']],
    ['leading whitespace too', ` ${passphrases.key}`, false, ['password-wrong']],
    ['no newline at all (as the runbook writes passphrase files)', passphrases.key, false, []],
  ])('%s', async (_t, content, removed, problems) => {
    const path = pw('newline.pass', content);
    expect(await files(['--password-file', `${key()}=${path}`, key()])).toEqual([
      [key(), { source: 'password-file', file: path, trailingNewlineRemoved: removed }, problems],
    ]);
  });

  test('a password file that ends with a newline is noted in words, since Elastic Agent reads its passphrase files verbatim', async () => {
    const path = pw('echo.pass', `${passphrases.key}\n`);
    const r = await run(['check', '--password-file', `${key()}=${path}`, key()]);
    expect(r.out).toContain(`  ${key()} (PEM, password from ${path} (its trailing newline removed))\n`);
    expect(r.out).not.toContain(passphrases.key);
  });

  test('the password itself is never printed', async () => {
    const a = pw('secret.pass', passphrases.pkcs12);
    for (const json of [[], ['--json']]) {
      const r = await run(['check', ...json, '--password-file', `${p12()}=${a}`, p12(), key()], { FLEET_TLS_PASSWORD: passphrases.key });
      expect(r.out + r.err).not.toContain(passphrases.pkcs12);
      expect(r.out + r.err).not.toContain(passphrases.key);
    }
  });

  test.each([
    [
      'a role no --as names',
      () => ['--password-file', `fleetServerKey=${pw('x.pass', 'x')}`, key()],
      '--password-file fleetServerKey=… needs --as fleetServerKey=FILE',
    ],
    [
      'a file not among those checked',
      () => ['--password-file', `/elsewhere.p12=${pw('x.pass', 'x')}`, key()],
      '--password-file /elsewhere.p12=…: /elsewhere.p12 is neither a role given with --as nor one of the files to check.',
    ],
    [
      'the same file by name and by role',
      () => ['--as', `fleetServerKey=${key()}`, '--password-file', `fleetServerKey=${pw('x.pass', 'x')}`, '--password-file', `${key()}=${pw('y.pass', 'y')}`],
      'is given two --password-file entries: one password per file.',
    ],
    ['a password file that does not exist', () => ['--password-file', `${key()}=${join(dir, 'none.pass')}`, key()], 'Password file: Cannot read '],
    ['a password file over 4 KiB', () => ['--password-file', `${key()}=${pw('big.pass', 'x'.repeat(5000))}`, key()], 'Password file: '],
  ])('usage error, 2: %s', async (_t, argv, message) => {
    const r = await run(['check', ...argv()]);
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toContain(message);
  });

  test('a password file with bytes that are not UTF-8 is refused', async () => {
    const path = join(dir, 'bytes.pass');
    writeFileSync(path, new Uint8Array([0xff, 0xfe, 0x41]));
    const r = await run(['check', '--password-file', `${key()}=${path}`, key()]);
    expect([r.code, r.err]).toEqual([2, `Password file ${path} is not UTF-8 text.\n`]);
  });
});
