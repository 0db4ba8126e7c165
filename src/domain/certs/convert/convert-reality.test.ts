/**
 * Conversions held to reality (issue 15, "Checked against reality"): for every conversion
 * and each fixture it applies to, OpenSSL reads what the browser wrote, the key's public
 * key is the certificate's, the product's reader reads every output, and the `openssl`
 * command shown, run under bash on the same input, writes the same certificates and keys.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFile } from '../decode-file';
import { FIXTURES_DIR, loadManifest } from '../fixtures.test-helper';
import { conversionsFor } from './conversions-for';
import { convert } from './convert';
import { pemBlocks, removeAll, runOnHost } from './convert.test-helper';
import type { ConversionCode, ConvertParams, ConvertResult } from './types';

const KEY_PASS = 'fleet-key-passphrase';
const P12_PASS = 'fleet-p12-password';
const NEW_PASS = 'new passphrase: it’s “quoted” & $spaced';
const dirs: string[] = [];
let extra = '';

beforeAll(() => {
  loadManifest();
  extra = mkdtempSync(join(tmpdir(), 'fleet-tls-convert-inputs-'));
  dirs.push(extra);
  // Inputs the fixtures lack, made by OpenSSL from them: DER PKCS#1 and SEC1, SEC1 P-384,
  // encrypted PKCS#8 in DER, and bundles with a PKCS#1 or legacy-encrypted key.
  const f = FIXTURES_DIR;
  execFileSync(
    'bash',
    [
      '-c',
      `set -e
      openssl rsa -in ${f}/rsa-server.pkcs1.key -traditional -outform DER -out rsa-server.pkcs1.der 2>/dev/null
      openssl ec -in ${f}/fleet-server.sec1.key -outform DER -out fleet-server.sec1.der 2>/dev/null
      openssl ec -in ${f}/es-ca.key -out es-ca.sec1.key 2>/dev/null
      openssl pkcs8 -topk8 -v2 aes-256-cbc -in ${f}/fleet-server.key -outform DER -passout pass:${KEY_PASS} -out fleet-server.encrypted.der
      openssl pkcs12 -export -nokeys -in ${f}/fleet-ca.crt -certfile ${f}/es-ca.crt -passout pass:${P12_PASS} -out truststore.p12
      cat ${f}/rsa-server.crt ${f}/rsa-server.pkcs1.key > rsa-server-pkcs1-bundle.pem
      cat ${f}/rsa-server.crt ${f}/rsa-server.legacy-aes256.key ${f}/fleet-ca.crt > rsa-server-legacy-bundle.pem`,
    ],
    { cwd: extra, timeout: 30_000 },
  );
}, 60_000);
afterAll(() => removeAll(dirs));

const path = (name: string) => (name.startsWith('extra:') ? join(extra, name.slice(6)) : join(FIXTURES_DIR, name));
const fileName = (name: string) => name.replace(/^extra:/, '');

interface Case {
  readonly file: string;
  readonly password?: string;
  readonly params?: ConvertParams;
  /** The certificate every key written must belong to. */
  readonly matches: string;
  /** Outputs by kind and name, in order. */
  readonly outputs: readonly string[];
  /** Plain PKCS#8 keys are written byte for byte as OpenSSL writes them. */
  readonly sameKeyBytes?: boolean;
  /** The passphrase of keys a split writes as they were. */
  readonly passphrase?: string;
}

async function converted(c: Case, conversion: ConversionCode): Promise<Extract<ConvertResult, { kind: 'converted' }>> {
  const bytes = new Uint8Array(readFileSync(path(c.file)));
  const name = fileName(c.file);
  const decoded = await decodeFile({ name, bytes });
  expect(conversionsFor(decoded)).toContain(conversion);
  const result = await convert({ name, bytes, ...(c.password === undefined ? {} : { password: c.password }) }, conversion, c.params);
  if (result.kind !== 'converted') throw new Error(`${c.file}: refused ${JSON.stringify(result.refusal)}`);
  return result;
}

/** Holds one conversion of one file to OpenSSL, to the reader and to the host's command. */
async function holdToReality(c: Case, conversion: ConversionCode): Promise<void> {
  const result = await converted(c, conversion);
  expect(result.outputs.map((o) => `${o.kind}:${o.name}`)).toEqual(c.outputs);
  const needsPasswordFile = result.warnings.find((w) => w.code === 'password-file-needed');
  const run = runOnHost(
    result,
    {
      path: path(c.file),
      certificates: [path(c.matches)],
      ...(needsPasswordFile && c.password !== undefined ? { passwordFile: { name: needsPasswordFile.params.passwordFile, password: c.password } } : {}),
      ...(c.passphrase === undefined ? {} : { passphrase: c.passphrase }),
    },
    dirs,
  );
  const expectedKey = run.publicKeys.get(path(c.matches)) ?? '';
  expect(expectedKey).toMatch(/^-----BEGIN PUBLIC KEY-----/);
  const passphrase = result.outputs.find((o) => o.kind === 'passphrase')?.content ?? c.passphrase;

  for (const o of result.outputs) {
    expect(o.content.endsWith('\n') === (o.kind !== 'passphrase'), `${o.name} ends in one newline, a passphrase in none`).toBe(true);
    expect(o.content.endsWith('\n\n'), o.name).toBe(false);
    if (o.kind === 'passphrase') continue;
    expect(run.opensslErrors.get(o.name), `openssl reads ${o.name}`).toBe('');
    // The host wrote the same certificates (DER) and keys (public key) under the same name.
    const host = run.host(o.name);
    expect(host, `the command writes ${o.name}`).not.toBe('');
    if (o.kind === 'certificate' || o.kind === 'chain') {
      expect(pemBlocks(o.content).map(([, der]) => der.toString('hex'))).toEqual(pemBlocks(host).map(([, der]) => der.toString('hex')));
    } else {
      expect(run.publicKeys.get(`browser/${o.name}`), `${o.name} belongs to ${c.matches}`).toBe(expectedKey);
      expect(run.publicKeys.get(`host/${o.name}`), `the host's ${o.name} is the same key`).toBe(expectedKey);
    }
    if (o.kind === 'key') {
      expect(o.content.startsWith('-----BEGIN PRIVATE KEY-----\n')).toBe(true);
      if (c.sameKeyBytes) expect(o.content).toBe(host);
    }
    if (o.kind === 'encrypted-key' && conversion === 'encrypt-key') {
      expect(o.content.startsWith('-----BEGIN ENCRYPTED PRIVATE KEY-----\n')).toBe(true);
    }
    // The product's reader reads it back: no problem, and a key opens with its passphrase.
    const back = await decodeFile({
      name: o.name,
      bytes: new TextEncoder().encode(o.content),
      ...(o.kind === 'encrypted-key' && passphrase !== undefined ? { password: passphrase } : {}),
    });
    expect(back.problems, o.name).toEqual([]);
    expect(back.items.length, o.name).toBeGreaterThan(0);
    for (const item of back.items) if (item.kind === 'private-key') expect(item.spkiSha256Base64).not.toBeNull();
  }
}

describe('PKCS#12 → PEM: the certificate, its key as PKCS#8, the CA chain', () => {
  const three = ['certificate:fleet-server.crt', 'key:fleet-server.key', 'chain:fleet-server-ca.crt'];
  it.each<Case>([
    { file: 'fleet-server.p12', password: P12_PASS, matches: 'fleet-server.crt', outputs: three },
    {
      file: 'fleet-server-nopass.p12',
      password: '',
      matches: 'fleet-server.crt',
      outputs: ['certificate:fleet-server-nopass.crt', 'key:fleet-server-nopass.key', 'chain:fleet-server-nopass-ca.crt'],
    },
    {
      file: 'engine-3des.p12',
      password: P12_PASS,
      matches: 'fleet-server.crt',
      outputs: ['certificate:engine-3des.crt', 'key:engine-3des.key', 'chain:engine-3des-ca.crt'],
    },
    {
      file: 'engine-nomac.p12',
      password: P12_PASS,
      matches: 'fleet-server.crt',
      outputs: ['certificate:engine-nomac.crt', 'key:engine-nomac.key', 'chain:engine-nomac-ca.crt'],
    },
    {
      file: 'engine-many-certs.p12',
      password: P12_PASS,
      matches: 'fleet-server.crt',
      outputs: ['certificate:engine-many-certs.crt', 'key:engine-many-certs.key', 'chain:engine-many-certs-ca.crt'],
    },
    // A trust store: certificates and no key, all of them CA certificates for -cacerts.
    { file: 'extra:truststore.p12', password: P12_PASS, matches: 'fleet-ca.crt', outputs: ['chain:truststore-ca.crt'] },
  ])('$file', (c) => holdToReality(c, 'pkcs12-to-pem'), 60_000);

  it('the leaf is the certificate of the key, the chain the others in file order (fleet-server.p12)', async () => {
    const result = await converted({ file: 'fleet-server.p12', password: P12_PASS, matches: 'fleet-server.crt', outputs: [] }, 'pkcs12-to-pem');
    const der = (f: string) => pemBlocks(readFileSync(path(f), 'utf8')).map(([, d]) => d.toString('hex'));
    expect(result.outputs.map((o) => pemBlocks(o.content).map(([, d]) => d.toString('hex')))[0]).toEqual(der('fleet-server.crt'));
    expect(pemBlocks(result.outputs[2]?.content ?? '').map(([, d]) => d.toString('hex'))).toEqual(der('fleet-intermediate.crt'));
    expect(result.warnings).toEqual([{ code: 'password-file-needed', params: { passwordFile: 'fleet-server.password' } }]);
    expect(result.command).toBe(
      [
        'openssl pkcs12 -in fleet-server.p12 -passin file:fleet-server.password -clcerts -nokeys -out fleet-server.crt',
        'openssl pkcs12 -in fleet-server.p12 -passin file:fleet-server.password -nocerts -nodes | openssl pkcs8 -topk8 -nocrypt -out fleet-server.key',
        'openssl pkcs12 -in fleet-server.p12 -passin file:fleet-server.password -cacerts -nokeys -out fleet-server-ca.crt',
      ].join('\n'),
    );
  });

  it('a wrong or missing password is a coded refusal', async () => {
    const bytes = new Uint8Array(readFileSync(path('fleet-server.p12')));
    expect(await convert({ name: 'fleet-server.p12', bytes, password: 'wrong' }, 'pkcs12-to-pem')).toEqual({
      kind: 'refused',
      refusal: { code: 'password-wrong' },
    });
    expect(await convert({ name: 'fleet-server.p12', bytes }, 'pkcs12-to-pem')).toEqual({ kind: 'refused', refusal: { code: 'password-needed' } });
  });

  it('an RC2 archive (openssl -legacy) is refused with the host command, which needs -legacy on OpenSSL 3 and works', async () => {
    const manifest = loadManifest().files.find((e) => e.name === 'fleet-server-legacy.p12');
    expect(manifest?.legacy).toBe(true);
    const bytes = new Uint8Array(readFileSync(path('fleet-server-legacy.p12')));
    const result = await convert({ name: 'fleet-server-legacy.p12', bytes, password: P12_PASS }, 'pkcs12-to-pem');
    if (result.kind !== 'refused' || result.refusal.code !== 'pkcs12-legacy') throw new Error(JSON.stringify(result));
    expect(result.refusal.params.cipher).toMatch(/RC2/i);
    const lines = result.refusal.params.command.split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^openssl pkcs12 -legacy -in fleet-server-legacy\.p12 -passin file:fleet-server-legacy\.password /);
    // Run it: with -legacy OpenSSL 3 writes the three files; without, it fails on RC2.
    const dir = mkdtempSync(join(tmpdir(), 'fleet-tls-convert-legacy-'));
    dirs.push(dir);
    const script = `set -eo pipefail
      cp ${path('fleet-server-legacy.p12')} .
      printf '%s' '${P12_PASS}' > fleet-server-legacy.password
      ${result.refusal.params.command}
      openssl x509 -in fleet-server-legacy.crt -noout -pubkey > leaf.pub
      openssl pkey -in fleet-server-legacy.key -pubout > key.pub
      cmp leaf.pub key.pub
      head -1 fleet-server-legacy.key
      if ${lines[0]?.replace(' -legacy', '')} 2>/dev/null; then echo without-legacy-worked; else echo without-legacy-failed; fi`;
    const out = execFileSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(out.trim().split('\n')).toEqual(['-----BEGIN PRIVATE KEY-----', 'without-legacy-failed']);
  }, 60_000);
});

describe('DER → PEM', () => {
  it.each<Case>([
    { file: 'fleet-server.der', matches: 'fleet-server.crt', outputs: ['certificate:fleet-server.crt'] },
    { file: 'fleet-server.cer', matches: 'fleet-server.crt', outputs: ['certificate:fleet-server.crt'] },
    { file: 'fleet-server.key.der', matches: 'fleet-server.crt', outputs: ['key:fleet-server.key'], sameKeyBytes: true },
    { file: 'extra:rsa-server.pkcs1.der', matches: 'rsa-server.crt', outputs: ['key:rsa-server.key'], sameKeyBytes: true },
    { file: 'extra:fleet-server.sec1.der', matches: 'fleet-server.crt', outputs: ['key:fleet-server.key'], sameKeyBytes: true },
  ])('$file', (c) => holdToReality(c, 'der-to-pem'), 60_000);

  it('the command names the input and the output, never the same file', async () => {
    const result = await converted({ file: 'fleet-server.der', matches: 'fleet-server.crt', outputs: [] }, 'der-to-pem');
    expect(result.command).toBe('openssl x509 -inform DER -in fleet-server.der -out fleet-server.crt');
    const crt = await convert({ name: 'fleet-server.crt', bytes: new Uint8Array(readFileSync(path('fleet-server.der'))) }, 'der-to-pem');
    expect(crt.kind === 'converted' && crt.command).toBe('openssl x509 -inform DER -in fleet-server.crt -out fleet-server-2.crt');
  });
});

describe('PKCS#1 / SEC1 → PKCS#8, as openssl pkcs8 -topk8 -nocrypt writes it', () => {
  it.each<Case>([
    { file: 'rsa-server.pkcs1.key', matches: 'rsa-server.crt', outputs: ['key:rsa-server.pkcs8.key'], sameKeyBytes: true },
    { file: 'fleet-server.sec1.key', matches: 'fleet-server.crt', outputs: ['key:fleet-server.pkcs8.key'], sameKeyBytes: true },
    { file: 'fleet-server.sec1-with-params.key', matches: 'fleet-server.crt', outputs: ['key:fleet-server.sec1-with-params.pkcs8.key'], sameKeyBytes: true },
    { file: 'extra:es-ca.sec1.key', matches: 'es-ca.crt', outputs: ['key:es-ca.pkcs8.key'], sameKeyBytes: true },
  ])('$file', (c) => holdToReality(c, 'to-pkcs8'), 60_000);
});

describe('encrypt a key: PBES2 AES-256-CBC PKCS#8 and its passphrase file, no newline', () => {
  const params = { passphrase: NEW_PASS };
  it.each<Case>([
    {
      file: 'fleet-server.key',
      params,
      matches: 'fleet-server.crt',
      outputs: ['encrypted-key:fleet-server.encrypted.key', 'passphrase:fleet-server.passphrase'],
    },
    {
      file: 'rsa-server.pkcs1.key',
      params,
      matches: 'rsa-server.crt',
      outputs: ['encrypted-key:rsa-server.encrypted.key', 'passphrase:rsa-server.passphrase'],
    },
    {
      file: 'fleet-server.sec1.key',
      params,
      matches: 'fleet-server.crt',
      outputs: ['encrypted-key:fleet-server.encrypted.key', 'passphrase:fleet-server.passphrase'],
    },
    {
      file: 'fleet-server.key.der',
      params,
      matches: 'fleet-server.crt',
      outputs: ['encrypted-key:fleet-server.encrypted.key', 'passphrase:fleet-server.passphrase'],
    },
    {
      file: 'agent-client-cert-and-key.pem',
      params,
      matches: 'agent-client.crt',
      outputs: ['encrypted-key:agent-client-cert-and-key.encrypted.key', 'passphrase:agent-client-cert-and-key.passphrase'],
    },
    // The longest passphrase OpenSSL reads whole from a file.
    {
      file: 'fleet-server.key',
      params: { passphrase: 'p'.repeat(1023) },
      matches: 'fleet-server.crt',
      outputs: ['encrypted-key:fleet-server.encrypted.key', 'passphrase:fleet-server.passphrase'],
    },
    // Re-encrypted: PBES1 (which Elastic Agent refuses) and 3DES become PBES2 AES-256.
    {
      file: 'engine-pbes1-3des.key',
      password: KEY_PASS,
      params,
      matches: 'rsa-server.crt',
      outputs: ['encrypted-key:engine-pbes1-3des.encrypted.key', 'passphrase:engine-pbes1-3des.passphrase'],
    },
    {
      file: 'extra:fleet-server.encrypted.der',
      password: KEY_PASS,
      params,
      matches: 'fleet-server.crt',
      outputs: ['encrypted-key:fleet-server.encrypted.encrypted.key', 'passphrase:fleet-server.encrypted.passphrase'],
    },
    {
      file: 'rsa-server.encrypted-pkcs8-des3.key',
      password: KEY_PASS,
      params,
      matches: 'rsa-server.crt',
      outputs: ['encrypted-key:rsa-server.encrypted-pkcs8-des3.encrypted.key', 'passphrase:rsa-server.encrypted-pkcs8-des3.passphrase'],
    },
  ])('$file', (c) => holdToReality(c, 'encrypt-key'), 60_000);

  it('the passphrase file is the passphrase, no newline; the command reads it with -passout file:', async () => {
    const result = await converted({ file: 'fleet-server.key', params, matches: 'fleet-server.crt', outputs: [] }, 'encrypt-key');
    expect(result.outputs[1]).toEqual({ name: 'fleet-server.passphrase', content: NEW_PASS, kind: 'passphrase', secret: true });
    expect(result.warnings).toEqual([
      { code: 'passphrase-file-secret', params: { file: 'fleet-server.encrypted.key', passphraseFile: 'fleet-server.passphrase' } },
    ]);
    expect(result.command).toBe(
      'openssl pkcs8 -topk8 -v2 aes-256-cbc -in fleet-server.key -passout file:fleet-server.passphrase -out fleet-server.encrypted.key',
    );
    expect(JSON.stringify(result)).not.toContain('BEGIN PRIVATE KEY');
  });

  it('a missing or unusable passphrase, and a wrong password of an encrypted key, are refused', async () => {
    const key = { name: 'fleet-server.key', bytes: new Uint8Array(readFileSync(path('fleet-server.key'))) };
    expect(await convert(key, 'encrypt-key')).toEqual({ kind: 'refused', refusal: { code: 'passphrase-needed' } });
    expect(await convert(key, 'encrypt-key', { passphrase: 'two\nlines' })).toMatchObject({
      refusal: { code: 'passphrase-unusable', params: { reason: 'line-break' } },
    });
    const enc = { name: 'k.key', bytes: new Uint8Array(readFileSync(path('fleet-server.encrypted-pkcs8.key'))) };
    expect(await convert({ ...enc, password: 'wrong' }, 'encrypt-key', params)).toEqual({ kind: 'refused', refusal: { code: 'password-wrong' } });
  });
});

describe('decrypt a key, with a warning', () => {
  const pkcs8 = (file: string, matches: string, out: string): Case => ({ file, password: KEY_PASS, matches, outputs: [`key:${out}`], sameKeyBytes: true });
  it.each<Case>([
    pkcs8('fleet-server.encrypted-pkcs8.key', 'fleet-server.crt', 'fleet-server.encrypted-pkcs8.unencrypted.key'),
    pkcs8('fleet-server.encrypted-pkcs8-scrypt.key', 'fleet-server.crt', 'fleet-server.encrypted-pkcs8-scrypt.unencrypted.key'),
    pkcs8('rsa-server.encrypted-pkcs8.key', 'rsa-server.crt', 'rsa-server.encrypted-pkcs8.unencrypted.key'),
    pkcs8('rsa-server.encrypted-pkcs8-des3.key', 'rsa-server.crt', 'rsa-server.encrypted-pkcs8-des3.unencrypted.key'),
    pkcs8('engine-pbes1-3des.key', 'rsa-server.crt', 'engine-pbes1-3des.unencrypted.key'),
    pkcs8('fleet-server.legacy-aes128.key', 'fleet-server.crt', 'fleet-server.legacy-aes128.unencrypted.key'),
    pkcs8('rsa-server.legacy-aes256.key', 'rsa-server.crt', 'rsa-server.legacy-aes256.unencrypted.key'),
    pkcs8('rsa-server.legacy-des3.key', 'rsa-server.crt', 'rsa-server.legacy-des3.unencrypted.key'),
    pkcs8('extra:fleet-server.encrypted.der', 'fleet-server.crt', 'fleet-server.encrypted.unencrypted.key'),
  ])('$file', (c) => holdToReality(c, 'decrypt-key'), 60_000);

  it('warns that the key is then unprotected on disk, and says where the command reads the password', async () => {
    const result = await converted(pkcs8('rsa-server.legacy-aes256.key', 'rsa-server.crt', ''), 'decrypt-key');
    expect(result.warnings).toEqual([
      { code: 'key-unprotected', params: { file: 'rsa-server.legacy-aes256.unencrypted.key' } },
      { code: 'password-file-needed', params: { passwordFile: 'rsa-server.legacy-aes256.password' } },
    ]);
    expect(result.command).toBe(
      'openssl pkey -in rsa-server.legacy-aes256.key -passin file:rsa-server.legacy-aes256.password -out rsa-server.legacy-aes256.unencrypted.key',
    );
  });

  it('a wrong or missing password is a coded refusal', async () => {
    for (const file of ['fleet-server.encrypted-pkcs8.key', 'rsa-server.legacy-aes256.key']) {
      const bytes = new Uint8Array(readFileSync(path(file)));
      expect(await convert({ name: file, bytes, password: 'wrong' }, 'decrypt-key')).toEqual({ kind: 'refused', refusal: { code: 'password-wrong' } });
      expect(await convert({ name: file, bytes }, 'decrypt-key')).toEqual({ kind: 'refused', refusal: { code: 'password-needed' } });
    }
  });
});

describe('split a bundle: one file per item, named from the CN or the kind', () => {
  it.each<Case>([
    {
      file: 'fleet-server-bundle.pem',
      matches: 'fleet-server.crt',
      outputs: ['certificate:fleet.example.com.crt', 'certificate:Fleet-Server-Test-Intermediate-CA.crt'],
    },
    {
      file: 'fleet-server-bundle-reversed-crlf.pem',
      matches: 'fleet-server.crt',
      outputs: ['certificate:Fleet-Server-Test-Intermediate-CA.crt', 'certificate:fleet.example.com.crt'],
    },
    { file: 'agent-client-cert-and-key.pem', matches: 'agent-client.crt', outputs: ['certificate:agent-01.crt', 'key:agent-01.key'], sameKeyBytes: true },
    {
      file: 'extra:rsa-server-pkcs1-bundle.pem',
      matches: 'rsa-server.crt',
      outputs: ['certificate:rsa.example.com.crt', 'key:rsa.example.com.key'],
      sameKeyBytes: true,
    },
    {
      file: 'extra:rsa-server-legacy-bundle.pem',
      matches: 'rsa-server.crt',
      passphrase: KEY_PASS,
      outputs: ['certificate:rsa.example.com.crt', 'encrypted-key:private-key.key', 'certificate:Fleet-Server-Test-Root-CA.crt'],
    },
  ])(
    '$file',
    async (c) => {
      await holdToReality(c, 'split-bundle');
    },
    60_000,
  );

  it('never two files with one name: twenty CAs of one CN', async () => {
    const result = await converted({ file: 'verdict-same-name-cas.pem', matches: 'fleet-server.crt', outputs: [] }, 'split-bundle');
    const names = result.outputs.map((o) => o.name);
    expect(names).toHaveLength(20);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(20);
    expect(names.slice(0, 3)).toEqual(['Verdict-Same-Name-CA.crt', 'Verdict-Same-Name-CA-2.crt', 'Verdict-Same-Name-CA-3.crt']);
  });
});

describe('hostile file names: quoted for sh, never run, never read as an option or an assignment', () => {
  it.each([
    ["it's $(touch pwned) `touch pwned`; a.der", 'fleet-server.der', 'der-to-pem'],
    ['-rf fleet.der', 'fleet-server.der', 'der-to-pem'],
    ['k=v bundle.pem', 'fleet-server-bundle.pem', 'split-bundle'],
    ['-bundle.pem', 'agent-client-cert-and-key.pem', 'split-bundle'],
  ] as const)(
    '%j',
    async (name, fixture, conversion) => {
      const result = await convert({ name, bytes: new Uint8Array(readFileSync(path(fixture))) }, conversion);
      if (result.kind !== 'converted') throw new Error(JSON.stringify(result));
      for (const o of result.outputs) expect(o.name).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]*$/);
      const dir = mkdtempSync(join(tmpdir(), 'fleet-tls-convert-names-'));
      dirs.push(dir);
      execFileSync('cp', ['--', path(fixture), join(dir, name)]);
      execFileSync('bash', ['-c', `set -eo pipefail\n${result.command}`], { cwd: dir, timeout: 30_000 });
      const written = readdirSync(dir).sort();
      expect(written).toEqual([name, ...result.outputs.map((o) => o.name)].sort());
      for (const o of result.outputs) {
        const host = pemBlocks(readFileSync(join(dir, o.name), 'utf8')).map(([, der]) => der.toString('hex'));
        expect(host).toEqual(pemBlocks(o.content).map(([, der]) => der.toString('hex')));
      }
    },
    60_000,
  );
});

describe('a password file named by the caller', () => {
  it('is the one the commands read, with no warning to make it', async () => {
    const bytes = new Uint8Array(readFileSync(path('fleet-server.encrypted-pkcs8.key')));
    const result = await convert({ name: 'k.key', bytes, password: KEY_PASS }, 'decrypt-key', { passwordFile: '/run/secrets/k pass' });
    if (result.kind !== 'converted') throw new Error(JSON.stringify(result));
    expect(result.warnings).toEqual([{ code: 'key-unprotected', params: { file: 'k.unencrypted.key' } }]);
    expect(result.command).toBe("openssl pkey -in k.key -passin 'file:/run/secrets/k pass' -out k.unencrypted.key");
  });
});
