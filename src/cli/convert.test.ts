import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES_DIR, loadManifest } from '../domain/certs/fixtures.test-helper';
import { testIo } from './io.test-helper';
import { main } from './main';

const dirs: string[] = [];
let work = '';
beforeAll(() => {
  loadManifest();
  work = mkdtempSync(join(tmpdir(), 'fleet-tls-convert-cli-'));
  dirs.push(work);
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function run(argv: string[], env: Record<string, string> = {}) {
  const { io, output } = testIo({}, env);
  const code = await main(argv, io);
  return { code, ...output() };
}
const fixture = (name: string) => join(FIXTURES_DIR, name);
const mode = (path: string) => statSync(path).mode & 0o777;
const openssl = (...args: string[]) => execFileSync('openssl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });

describe('fleet-tls convert FILE --to … --out DIR', () => {
  test('PKCS#12 → PEM: three files, the key 0600 and PKCS#8, the password from a file (one trailing newline ignored)', async () => {
    const passwordFile = join(work, 'p12.password');
    writeFileSync(passwordFile, 'fleet-p12-password\n');
    const out = join(work, 'p12');
    const r = await run(['convert', fixture('fleet-server.p12'), '--to', 'pem', '--password-file', passwordFile, '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['fleet-server-ca.crt', 'fleet-server.crt', 'fleet-server.key']);
    expect(mode(join(out, 'fleet-server.key'))).toBe(0o600);
    expect(mode(join(out, 'fleet-server.crt'))).toBe(0o644);
    expect(readFileSync(join(out, 'fleet-server.key'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(openssl('pkey', '-in', join(out, 'fleet-server.key'), '-pubout')).toBe(openssl('x509', '-in', join(out, 'fleet-server.crt'), '-noout', '-pubkey'));
    // The command reads the password file the admin gave.
    expect(r.out).toContain(`-passin file:${passwordFile} -clcerts -nokeys -out fleet-server.crt`);
    expect(r.out + r.err).not.toContain('fleet-p12-password');
    expect(r.err).toBe(''); // the password file is the admin's own: no "make the file" warning
  });

  test('--to encrypted: the key and its passphrase file, no newline, both 0600; OpenSSL opens the key with it', async () => {
    const passphraseFile = join(work, 'new.passphrase');
    writeFileSync(passphraseFile, 'a new passphrase\n');
    const out = join(work, 'enc');
    const r = await run(['convert', fixture('rsa-server.pkcs1.key'), '--to', 'encrypted', '--passphrase-file', passphraseFile, '--out', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'rsa-server.passphrase'), 'utf8')).toBe('a new passphrase');
    expect(mode(join(out, 'rsa-server.passphrase'))).toBe(0o600);
    expect(mode(join(out, 'rsa-server.encrypted.key'))).toBe(0o600);
    const pub = openssl('pkey', '-in', join(out, 'rsa-server.encrypted.key'), '-passin', `file:${join(out, 'rsa-server.passphrase')}`, '-pubout');
    expect(pub).toBe(openssl('x509', '-in', fixture('rsa-server.crt'), '-noout', '-pubkey'));
    expect(r.err).toContain('rsa-server.passphrase opens rsa-server.encrypted.key');
  });

  test('--to plain with FLEET_TLS_PASSWORD warns that the key is unprotected; --to split and --to pkcs8 write what they say', async () => {
    const plain = await run(['convert', fixture('rsa-server.legacy-aes256.key'), '--to', 'plain', '--out', join(work, 'plain')], {
      FLEET_TLS_PASSWORD: 'fleet-key-passphrase',
    });
    expect(plain.code).toBe(0);
    expect(plain.err).toContain('is not encrypted: whoever can read the file has the key');
    const split = await run(['convert', fixture('fleet-server-bundle.pem'), '--to', 'split', '--out', join(work, 'split')]);
    expect(split.code).toBe(0);
    expect(readdirSync(join(work, 'split')).sort()).toEqual(['Fleet-Server-Test-Intermediate-CA.crt', 'fleet.example.com.crt']);
    const pkcs8 = await run(['convert', fixture('fleet-server.sec1.key'), '--to', 'pkcs8', '--out', join(work, 'pkcs8')]);
    expect(pkcs8.code).toBe(0);
    expect(pkcs8.out).toContain('openssl pkcs8 -topk8 -nocrypt -in');
  });

  test('refusals exit 1 with the reason; a wrong password is one', async () => {
    const r = await run(['convert', fixture('fleet-server.p12'), '--to', 'pem', '--out', join(work, 'nope')], { FLEET_TLS_PASSWORD: 'wrong' });
    expect(r).toMatchObject({ code: 1, out: '' });
    expect(r.err).toContain('The password does not open this file.');
    const na = await run(['convert', fixture('fleet-server.crt'), '--to', 'pkcs8', '--out', join(work, 'nope')]);
    expect(na.code).toBe(1);
    expect(na.err).toContain('“Key to PKCS#8” does not apply to this file.');
    expect(() => readdirSync(join(work, 'nope'))).toThrow();
  });

  test('never into a non-empty directory (exit 2, nothing overwritten); usage errors exit 2', async () => {
    const full = join(work, 'full');
    await run(['convert', fixture('fleet-server.der'), '--to', 'pem', '--out', full]);
    writeFileSync(join(full, 'fleet-server.crt'), 'mine');
    const again = await run(['convert', fixture('fleet-server.der'), '--to', 'pem', '--out', full]);
    expect(again.code).toBe(2);
    expect(readFileSync(join(full, 'fleet-server.crt'), 'utf8')).toBe('mine');
    for (const argv of [
      ['convert', fixture('fleet-server.der'), '--out', join(work, 'x')],
      ['convert', fixture('fleet-server.der'), '--to', 'pfx', '--out', join(work, 'x')],
      ['convert', fixture('fleet-server.der'), '--to', 'pem', '--password', 'secret', '--out', join(work, 'x')],
      ['convert', join(work, 'missing.der'), '--to', 'pem', '--out', join(work, 'x')],
    ]) {
      expect((await run(argv)).code, argv.join(' ')).toBe(2);
    }
  });

  test('--help prints the usage; the main usage lists convert', async () => {
    const help = await run(['convert', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: fleet-tls convert FILE --to pem\|pkcs8\|encrypted\|plain\|split --out DIR/);
    expect((await run(['--help'])).out).toContain('fleet-tls convert FILE');
  });
});
