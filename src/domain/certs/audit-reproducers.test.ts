/**
 * The engine's robustness audit (mutated certificates, keys and PKCS#12 files; resource
 * bombs), one reproducer per finding, each made by scripts/make-fixtures.sh (`engine-`).
 * Resource limits are held by counting (./work-budget.ts), never by a clock.
 */
import { describe, expect, test } from 'vitest';
import { FILE_PROBLEM_MESSAGES } from '#words/findings';
import { fromBase64 } from './bytes';
import { libraryReadsCertificate } from './certificate-by-library';
import { certificateParts } from './certificate-parts';
import { decodeFile } from './decode-file';
import { certificateOf, decodeFixture, entry, fixtureBytes, keyOf, loadManifest } from './fixtures.test-helper';
import { inspectCertificate } from './inspect-certificate';
import { readPemBlocks } from './read-pem-blocks';
import type { CertificateFacts, DecodedFile, FileProblem, PrivateKeyFacts } from './types';
import { verifyChain } from './verify-chain';
import { verifySignature } from './verify-signature';
import { createWorkBudget, FILE_WORK_LIMITS } from './work-budget';

const P12 = () => loadManifest().passphrases.pkcs12;
const KEY = () => loadManifest().passphrases.key;
const derOf = (pemFile: string): Uint8Array => {
  const [block] = readPemBlocks(new TextDecoder().decode(fixtureBytes(pemFile)));
  if (block?.kind !== 'block') throw new Error(`${pemFile} has no PEM block`);
  return block.bytes;
};
const malformed = () => loadManifest().files.filter((f) => f.name.startsWith('engine-') && f.expectProblems?.includes('certificate-malformed'));

describe('1. one bad certificate never costs the others their verdicts', () => {
  test('the shapes of the audit are fixtures, and each is refused as malformed by both reading paths', async () => {
    expect(
      malformed()
        .map((f) => f.name)
        .sort(),
    ).toEqual([
      'engine-bad-inner-sigalg.crt',
      'engine-bad-version.crt',
      'engine-extra-tbs-field.crt',
      'engine-inner-sigalg-mismatch.crt',
      'engine-v1-with-extensions.crt',
    ]);
    for (const f of malformed()) {
      const der = derOf(f.name);
      expect([certificateParts(der), libraryReadsCertificate(der)], f.name).toEqual([null, false]);
      expect(() => inspectCertificate(der, { lean: false }), f.name).toThrow();
      expect(await decodeFixture(f.name), f.name).toEqual<DecodedFile>({
        name: f.name,
        container: 'pem',
        items: [],
        problems: [{ code: 'certificate-malformed', params: { block: 1, label: 'CERTIFICATE' } }],
      });
    }
  });

  test('signature verification of an unreadable certificate is a typed verdict, as child or as issuer', async () => {
    const issuer = fromBase64((await certificateOf('fleet-intermediate.crt')).der) ?? new Uint8Array(0);
    for (const f of malformed()) {
      await expect(verifySignature(derOf(f.name), issuer), f.name).resolves.toBe('malformed');
      await expect(verifySignature(issuer, derOf(f.name)), f.name).resolves.toBe('malformed');
    }
    await expect(verifySignature(Uint8Array.of(0x30, 0x80), Uint8Array.of())).resolves.toBe('malformed');
  });

  test('a chain with facts whose DER cannot be read is judged, not thrown', async () => {
    // Facts that once came out of the fast reader for a certificate the library refuses.
    const good = await certificateOf('fleet-server.crt');
    const forged: CertificateFacts = { ...good, der: Buffer.from(derOf('engine-inner-sigalg-mismatch.crt')).toString('base64'), sha256Fingerprint: 'forged' };
    const result = await verifyChain({
      leaf: forged,
      intermediates: [await certificateOf('fleet-intermediate.crt')],
      roots: [await certificateOf('fleet-ca.crt')],
      at: new Date(),
      purpose: 'serverAuth',
    });
    expect(result).toEqual({ status: 'bad-signature', path: ['forged'], failedAt: 'forged' });
  });

  test('a leaf with 10,000 names: read alike by both paths, and its chain verified', async () => {
    const leaf = await certificateOf('engine-many-sans.crt');
    expect(leaf.sans.dns).toHaveLength(entry('engine-many-sans.crt').count ?? 0);
    expect(leaf.sans.dns.at(-1)).toBe('host-10000.example.com');
    // Both paths read it alike: lean-x509.test.ts compares them on every fixture certificate.
    const result = await verifyChain({
      leaf,
      intermediates: [await certificateOf('fleet-intermediate.crt')],
      roots: [await certificateOf('fleet-ca.crt')],
      at: new Date(),
      purpose: 'serverAuth',
    });
    expect(result.status).toBe('ok');
  });
});

describe('3. key derivation is budgeted per file, and refused before it starts', () => {
  const refused = (limit: keyof typeof FILE_WORK_LIMITS, needed: number): FileProblem => ({
    code: 'work-limit-exceeded',
    params: { limit, needed, allowed: FILE_WORK_LIMITS[limit] },
  });

  test.each<[string, string, () => string, FileProblem]>([
    ['a PKCS#12 MAC of 2,147,483,647 iterations', 'engine-mac-iterations.p12', P12, refused('pkcs12-kdf-iterations', 2_147_483_647)],
    [
      'a PKCS#12 MAC digest of 60,000 bytes: 1,875 SHA-256 blocks × 2,048 iterations',
      'engine-mac-long-digest.p12',
      P12,
      refused('pkcs12-kdf-iterations', 1875 * 2048),
    ],
    ['one scrypt key asking for 254 MiB', 'engine-scrypt-memory.key', KEY, refused('scrypt-memory-bytes', 128 * 127 * (16_384 + 1))],
  ])('%s (%s)', async (_, file, password, problem) => {
    const decoded = await decodeFixture(file, password());
    expect(decoded.problems).toEqual([problem]);
    expect(decoded.problems.map((p) => p.code)).toEqual(entry(file).expectProblems);
    expect(decoded.items.every((i) => i.kind === 'private-key' && !i.decrypted)).toBe(true);
  });

  test('twenty keys of 8,388,607 PBKDF2 iterations: each under the old per-key limit, together refused before the first', async () => {
    const closed: PrivateKeyFacts = {
      ...(await keyOf('engine-pbkdf2-20-keys.pem')),
      decrypted: false,
      algorithm: 'unknown',
      bits: null,
      curve: null,
      spkiSha256Base64: null,
    };
    expect(await decodeFixture('engine-pbkdf2-20-keys.pem', KEY())).toEqual<DecodedFile>({
      name: 'engine-pbkdf2-20-keys.pem',
      container: 'pem',
      items: Array.from({ length: 20 }, () => closed),
      problems: [refused('pbkdf2-iterations', 20 * 8_388_607)],
    });
    // Without a password nothing is derived, and each key asks for one.
    const asked = await decodeFixture('engine-pbkdf2-20-keys.pem');
    expect(asked.problems.map((p) => p.code)).toEqual(Array.from({ length: 20 }, () => 'password-needed'));
  });

  test.each<[string, string, () => string, keyof typeof FILE_WORK_LIMITS, number, number]>([
    ['the PKCS#12 MAC and its PBES2 parts, each counted', 'fleet-server.p12', P12, 'pkcs12-kdf-iterations', 2047, 2048],
    ['PBKDF2 of an encrypted PKCS#8 key', 'rsa-server.encrypted-pkcs8.key', KEY, 'pbkdf2-iterations', 2047, 2048],
    [
      'scrypt memory of OpenSSL’s defaults (N 16384, r 8)',
      'fleet-server.encrypted-pkcs8-scrypt.key',
      KEY,
      'scrypt-memory-bytes',
      16 * 1024 * 1024,
      128 * 8 * 16_385,
    ],
    ['scrypt work (N × r × p)', 'fleet-server.encrypted-pkcs8-scrypt.key', KEY, 'scrypt-work', 16_384 * 8 - 1, 16_384 * 8],
    ['the PKCS#12 3DES cipher: key (2 SHA-1 blocks) and IV (1), per part', 'engine-3des.p12', P12, 'pkcs12-kdf-iterations', 2048 * 3, 2048 + 2048 * 3 * 2],
  ])('each limit, one below what a real file needs: %s (%s)', async (_, file, password, limit, allowed, needed) => {
    const work = { ...FILE_WORK_LIMITS, [limit]: allowed };
    const decoded = await decodeFile({ name: file, bytes: fixtureBytes(file), password: password() }, { work });
    expect(decoded.problems.map((p) => (p.code === 'work-limit-exceeded' ? [p.code, p.params.limit, p.params.needed, p.params.allowed] : [p.code]))).toEqual([
      ['work-limit-exceeded', limit, needed, allowed],
    ]);
    // And with the limit it needs, it opens.
    const opened = await decodeFile({ name: file, bytes: fixtureBytes(file), password: password() }, { work: { ...work, [limit]: needed } });
    expect(opened.problems).toEqual([]);
  });

  test('the budget spends only what fits, and memory is a ceiling, not a sum', () => {
    const budget = createWorkBudget({ ...FILE_WORK_LIMITS, 'pbkdf2-iterations': 10, 'scrypt-memory-bytes': 100 });
    expect(budget.spend({ 'pbkdf2-iterations': 6, 'scrypt-memory-bytes': 100 })).toBeNull();
    expect(budget.spend({ 'pbkdf2-iterations': 5 })).toEqual({ limit: 'pbkdf2-iterations', needed: 11, allowed: 10 });
    expect(budget.spend({ 'pbkdf2-iterations': 4, 'scrypt-memory-bytes': 100 })).toBeNull();
    expect(budget.spent()).toEqual({ 'pbkdf2-iterations': 10, 'pkcs12-kdf-iterations': 0, 'scrypt-memory-bytes': 100, 'scrypt-work': 0 });
    expect(budget.check({ 'pkcs12-kdf-iterations': Number.NaN })).toMatchObject({ limit: 'pkcs12-kdf-iterations' });
  });

  test('the words name the limit and its numbers, and are not the wrong-password words', () => {
    const words = (limit: keyof typeof FILE_WORK_LIMITS, needed: number, allowed: number) =>
      FILE_PROBLEM_MESSAGES['work-limit-exceeded']({ limit, needed, allowed });
    expect(words('pbkdf2-iterations', 167_772_140, 5_000_000)).toMatch(
      /^Opening this file would take 167,772,140 PBKDF2 iterations; the limit for one file is 5,000,000\./,
    );
    expect(words('pkcs12-kdf-iterations', 2_147_483_647, 500_000)).toContain('2,147,483,647 iterations of the PKCS#12 key derivation');
    expect(words('scrypt-memory-bytes', 266_354_560, 67_108_864)).toContain('255 MiB of memory; the limit is 64 MiB');
    expect(words('scrypt-work', 2_000_000, 524_288)).toContain('scrypt work of 2,000,000');
    expect(words('pbkdf2-iterations', 1, 0)).not.toContain(FILE_PROBLEM_MESSAGES['password-wrong']({}));
  });
});

describe('4. valid PKCS#12 files that were refused', () => {
  const content = async () => [
    await certificateOf('fleet-server.crt'),
    await certificateOf('fleet-intermediate.crt'),
    { ...(await keyOf('fleet-server.key')), format: 'encrypted-pkcs8' as const, encrypted: true, decrypted: true },
  ];

  test('without a MAC (-nomac): opens with its password; without one the certificates still read', async () => {
    const file = 'engine-nomac.p12';
    expect(new Set((await decodeFixture(file, P12())).items)).toEqual(new Set(await content()));
    expect(await decodeFixture(file)).toEqual<DecodedFile>({
      name: file,
      container: 'pkcs12',
      items: [await certificateOf('fleet-server.crt'), await certificateOf('fleet-intermediate.crt')],
      problems: [{ code: 'password-needed' }],
    });
    expect((await decodeFixture(file, 'not-it')).problems).toEqual([{ code: 'password-wrong' }]);
  });

  test('with 302 certificates and the key', async () => {
    const decoded = await decodeFixture('engine-many-certs.p12', P12());
    expect(decoded.problems).toEqual([]);
    expect(decoded.items.filter((i) => i.kind === 'certificate')).toHaveLength(entry('engine-many-certs.p12').count ?? 0);
    expect(decoded.items.filter((i) => i.kind === 'private-key')).toEqual([(await content())[2]]);
  });
});

describe('5. 3DES', () => {
  test('PKCS#12 with pbeWithSHAAnd3-KeyTripleDES-CBC (what OpenSSL 3 reads without -legacy) opens', async () => {
    const decoded = await decodeFixture('engine-3des.p12', P12());
    expect(decoded.problems).toEqual([]);
    expect(decoded.items).toEqual([
      await certificateOf('fleet-server.crt'),
      await certificateOf('fleet-intermediate.crt'),
      { ...(await keyOf('fleet-server.key')), format: 'encrypted-pkcs8', encrypted: true, decrypted: true },
    ]);
    expect((await decodeFixture('engine-3des.p12', 'not-it')).problems).toEqual([{ code: 'password-wrong' }]);
  });
});

describe('6. encrypted keys Elastic Agent cannot open', () => {
  test.each([
    ['PBES1 (pbeWithSHA1And3-KeyTripleDES-CBC)', 'engine-pbes1-3des.key', 'pbeWithSHA1And3-KeyTripleDES-CBC'],
    ['PBES2 with PBKDF2 and hmacWithSHA512', 'engine-prf-sha512.key', 'PBKDF2 with hmacWithSHA512'],
  ])('%s: opened here, with the problem and the command that converts it (%s)', async (_, file, scheme) => {
    const agent: FileProblem = {
      code: 'encrypted-key-agent-unsupported',
      params: { block: 1, label: 'ENCRYPTED PRIVATE KEY', scheme, file, command: `openssl pkcs8 -topk8 -v2 aes-256-cbc -in ${file} -out converted.key` },
    };
    expect(await decodeFixture(file, KEY())).toEqual<DecodedFile>({
      name: file,
      container: 'pem',
      items: [{ ...(await keyOf('rsa-server.key')), format: 'encrypted-pkcs8', encrypted: true, decrypted: true }],
      problems: [agent],
    });
    const closed = await decodeFixture(file);
    expect(closed.problems).toEqual([{ code: 'password-needed', params: { block: 1, label: 'ENCRYPTED PRIVATE KEY' } }, agent]);
    expect(entry(file).expectProblems).toEqual([agent.code]);
    expect(FILE_PROBLEM_MESSAGES[agent.code](agent.params ?? {})).toContain(`Elastic Agent cannot open this encrypted key (${scheme})`);
  });
});
