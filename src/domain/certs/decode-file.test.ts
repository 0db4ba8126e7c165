import { describe, expect, test } from 'vitest';
import { decodeFile } from './decode-file';
import { certificateOf, decodeFixture, entry, fixtureBytes, keyOf, loadManifest } from './fixtures.test-helper';
import type { DecodedFile, PrivateKeyFacts } from './types';

const P12 = () => loadManifest().passphrases.pkcs12;
const KEY = () => loadManifest().passphrases.key;
const text = (s: string) => new TextEncoder().encode(s);
/** The key of fleet-server.p12 as it comes out of the shrouded bag. */
const shroudedFleetKey = async (): Promise<PrivateKeyFacts> => ({
  ...(await keyOf('fleet-server.key')),
  format: 'encrypted-pkcs8',
  encrypted: true,
  decrypted: true,
});

describe('decodeFile: containers and order', () => {
  test.each([
    ['leaf then intermediate, in file order', 'fleet-server-bundle.pem', ['fleet-server.crt', 'fleet-intermediate.crt']],
    ['reversed order, CRLF, text before, between and after', 'fleet-server-bundle-reversed-crlf.pem', ['fleet-intermediate.crt', 'fleet-server.crt']],
    ['TRUSTED CERTIFICATE: the certificate, without the trust settings after it', 'fleet-ca-trusted.pem', ['fleet-ca.crt']],
  ])('%s (%s)', async (_, file, expected) => {
    expect(await decodeFixture(file)).toEqual<DecodedFile>({
      name: file,
      container: 'pem',
      items: await Promise.all(expected.map(certificateOf)),
      problems: [],
    });
  });

  test.each([
    ['.der', 'fleet-server.der'],
    ['.cer', 'fleet-server.cer'],
  ])('DER certificate named %s', async (_, file) => {
    expect(await decodeFixture(file)).toEqual({ name: file, container: 'der', items: [await certificateOf('fleet-server.crt')], problems: [] });
  });

  test('certificate and key in one PEM file', async () => {
    expect(await decodeFixture('agent-client-cert-and-key.pem')).toEqual({
      name: 'agent-client-cert-and-key.pem',
      container: 'pem',
      items: [await certificateOf('agent-client.crt'), await keyOf('agent-client.key')],
      problems: [],
    });
  });

  test('PKCS#8 key in DER', async () => {
    expect(await decodeFixture('fleet-server.key.der')).toEqual({
      name: 'fleet-server.key.der',
      container: 'der',
      items: [await keyOf('fleet-server.key')],
      problems: [],
    });
  });

  test('detection is by content: PEM named .der, DER named .pem', async () => {
    const pem = await decodeFile({ name: 'looks.der', bytes: fixtureBytes('fleet-server.crt') });
    const der = await decodeFile({ name: 'looks.pem', bytes: fixtureBytes('fleet-server.der') });
    expect([pem.container, der.container]).toEqual(['pem', 'der']);
    expect(pem.items).toEqual(der.items);
  });

  test('benchmark bundle: 150 CA certificates, all read', async () => {
    const decoded = await decodeFixture('ca-bundle-150.pem');
    expect(decoded.problems).toEqual([]);
    expect(decoded.items.map((i) => (i.kind === 'certificate' ? i.subjectCommonName : null))).toEqual(
      Array.from({ length: entry('ca-bundle-150.pem').count ?? 0 }, (_, i) => `Bench CA ${i + 1}`),
    );
  });
});

describe('decodeFile: PKCS#12', () => {
  const content = async () => [await certificateOf('fleet-server.crt'), await certificateOf('fleet-intermediate.crt'), await shroudedFleetKey()];

  test.each<[string, string, () => string | undefined, 'open' | DecodedFile['problems']]>([
    ['OpenSSL 3 default (AES-256, PBKDF2, SHA-256 MAC) with its password', 'fleet-server.p12', P12, 'open'],
    ['no password given', 'fleet-server.p12', () => undefined, [{ code: 'password-needed' }]],
    ['a wrong password', 'fleet-server.p12', () => 'not-it', [{ code: 'password-wrong' }]],
    ['empty password, none given: the empty password is tried', 'fleet-server-nopass.p12', () => undefined, 'open'],
    ['empty password, given explicitly', 'fleet-server-nopass.p12', () => '', 'open'],
    ['empty password file, another password given', 'fleet-server-nopass.p12', () => 'x', [{ code: 'password-wrong' }]],
    ['-legacy, no password', 'fleet-server-legacy.p12', () => undefined, [{ code: 'password-needed' }]],
    ['-legacy, wrong password: the SHA-1 MAC still tells', 'fleet-server-legacy.p12', () => 'not-it', [{ code: 'password-wrong' }]],
    [
      '-legacy, right password: the 3DES key opens, the RC2 certificates need the command',
      'fleet-server-legacy.p12',
      P12,
      [
        {
          code: 'pkcs12-legacy-unsupported',
          params: {
            cipher: 'pbeWithSHA1And40BitRC2-CBC',
            file: 'fleet-server-legacy.p12',
            command: 'openssl pkcs12 -legacy -in fleet-server-legacy.p12 -out converted.pem -nodes',
          },
        },
      ],
    ],
  ])('%s (%s)', async (_, file, password, expected) => {
    expect(await decodeFixture(file, password())).toEqual({
      name: file,
      container: 'pkcs12',
      items: expected === 'open' ? await content() : file === 'fleet-server-legacy.p12' && password() === P12() ? [await shroudedFleetKey()] : [],
      problems: expected === 'open' ? [] : expected,
    });
  });
});

describe('decodeFile: problems, never exceptions', () => {
  test.each(
    loadManifest()
      .files.filter((f) => (f.type === 'corrupt' || f.type === 'csr') && !f.name.startsWith('engine-'))
      .map((f) => [f.description, f.name] as const),
  )('%s (%s)', async (_, file) => {
    const expected: Record<string, DecodedFile> = {
      'empty.pem': { name: 'empty.pem', container: 'unknown', items: [], problems: [{ code: 'empty' }] },
      'truncated.pem': {
        name: 'truncated.pem',
        container: 'pem',
        items: [],
        problems: [{ code: 'pem-truncated', params: { block: 1, label: 'CERTIFICATE' } }],
      },
      'bad-base64.pem': {
        name: 'bad-base64.pem',
        container: 'pem',
        items: [],
        problems: [{ code: 'pem-bad-base64', params: { block: 1, label: 'CERTIFICATE' } }],
      },
      'random.bin': { name: 'random.bin', container: 'unknown', items: [], problems: [{ code: 'not-recognised' }] },
      'not-a-cert.txt': { name: 'not-a-cert.txt', container: 'unknown', items: [], problems: [{ code: 'not-recognised' }] },
      'csr.pem': {
        name: 'csr.pem',
        container: 'pem',
        items: [],
        problems: [{ code: 'pem-unsupported-block', params: { block: 1, label: 'CERTIFICATE REQUEST' } }],
      },
    };
    const decoded = await decodeFixture(file);
    expect(decoded).toEqual(expected[file]);
    expect(decoded.problems.map((p) => p.code)).toEqual(entry(file).expectProblems);
  });

  test.each<[string, string, DecodedFile]>([
    ['only whitespace counts as empty', ' \r\n\t\n', { name: 'f', container: 'unknown', items: [], problems: [{ code: 'empty' }] }],
    [
      'a BEGIN line and nothing else',
      '-----BEGIN CERTIFICATE-----\n',
      { name: 'f', container: 'pem', items: [], problems: [{ code: 'pem-truncated', params: { block: 1, label: 'CERTIFICATE' } }] },
    ],
    [
      'valid base64 that is not a certificate',
      '-----BEGIN CERTIFICATE-----\nTWFu\n-----END CERTIFICATE-----\n',
      { name: 'f', container: 'pem', items: [], problems: [{ code: 'certificate-malformed', params: { block: 1, label: 'CERTIFICATE' } }] },
    ],
    [
      'valid base64 that is not a key',
      '-----BEGIN PRIVATE KEY-----\nTWFu\n-----END PRIVATE KEY-----\n',
      { name: 'f', container: 'pem', items: [], problems: [{ code: 'key-malformed', params: { block: 1, label: 'PRIVATE KEY' } }] },
    ],
    [
      'a DSA PRIVATE KEY block',
      '-----BEGIN DSA PRIVATE KEY-----\nTWFu\n-----END DSA PRIVATE KEY-----\n',
      { name: 'f', container: 'pem', items: [], problems: [{ code: 'dsa-key-unsupported', params: { block: 1, label: 'DSA PRIVATE KEY' } }] },
    ],
    [
      'only EC PARAMETERS: nothing to use',
      '-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n',
      { name: 'f', container: 'pem', items: [], problems: [{ code: 'not-recognised' }] },
    ],
  ])('%s', async (_, content, expected) => {
    expect(await decodeFile({ name: 'f', bytes: text(content) })).toEqual(expected);
  });

  test('a good block keeps its item when a later block is truncated', async () => {
    const bytes = text(`${new TextDecoder().decode(fixtureBytes('fleet-server.crt'))}-----BEGIN CERTIFICATE-----\nMIIB\n`);
    expect(await decodeFile({ name: 'f', bytes })).toEqual({
      name: 'f',
      container: 'pem',
      items: [await certificateOf('fleet-server.crt')],
      problems: [{ code: 'pem-truncated', params: { block: 2, label: 'CERTIFICATE' } }],
    });
  });

  test.each([
    ['over the default 5 MiB', 5 * 1024 * 1024 + 1, undefined, { size: 5 * 1024 * 1024 + 1, maxBytes: 5 * 1024 * 1024 }],
    ['over a custom limit, checked before parsing', 1000, 999, { size: 1000, maxBytes: 999 }],
  ])('too large: %s', async (_, size, maxBytes, params) => {
    const bytes = new Uint8Array(size).fill(0x41);
    expect(await decodeFile({ name: 'big', bytes }, maxBytes === undefined ? {} : { maxBytes })).toEqual({
      name: 'big',
      container: 'unknown',
      items: [],
      problems: [{ code: 'too-large', params }],
    });
  });

  test.each([
    ['DSA', 'dsa.key', { code: 'dsa-key-unsupported', params: { block: 1, label: 'PRIVATE KEY' } }],
    [
      'X25519 (key agreement, not TLS certificates)',
      'x25519.key',
      { code: 'key-algorithm-unsupported', params: { block: 1, label: 'PRIVATE KEY', oid: '1.3.101.110' } },
    ],
  ])('a %s key is a problem, not an item', async (_, file, problem) => {
    expect(await decodeFixture(file)).toEqual({ name: file, container: 'pem', items: [], problems: [problem] });
    expect(entry(file).expectProblems).toEqual([problem.code]);
  });

  test('a passphrase opens the encrypted keys of a file and leaves certificates alone', async () => {
    const both = text(new TextDecoder().decode(fixtureBytes('fleet-server.crt')) + new TextDecoder().decode(fixtureBytes('fleet-server.encrypted-pkcs8.key')));
    expect(await decodeFile({ name: 'f', bytes: both, password: KEY() })).toEqual({
      name: 'f',
      container: 'pem',
      items: [await certificateOf('fleet-server.crt'), { ...(await keyOf('fleet-server.key')), format: 'encrypted-pkcs8', encrypted: true, decrypted: true }],
      problems: [],
    });
  });
});
