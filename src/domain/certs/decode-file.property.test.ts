import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromBase64, toBase64 } from './bytes';
import { decodeFile } from './decode-file';
import { decodeFixture, fixtureBytes, loadManifest } from './fixtures.test-helper';
import type { DecodeLimits, DecodedFile, FileProblemCode } from './types';
import { verifySignature } from './verify-signature';
import { FILE_WORK_LIMITS } from './work-budget';

// Every decoder returns a DecodedFile, never throws, never runs long: over random bytes,
// mutated fixtures (the audit mutated 71,500 of them; a few thousand run here, with fixed
// seeds, on every test run) and random bodies in PEM armour. Key derivation runs under a
// small budget, so that a mutation that makes it larger is refused, as the default budget
// refuses the audit's bombs (audit-reproducers.test.ts), and the suite stays fast.
const SMALL_WORK: DecodeLimits = {
  work: { ...FILE_WORK_LIMITS, 'pbkdf2-iterations': 20_000, 'pkcs12-kdf-iterations': 20_000, 'scrypt-work': 0 },
};

const CODES: readonly FileProblemCode[] = [
  'empty',
  'too-large',
  'not-recognised',
  'pem-truncated',
  'pem-bad-base64',
  'pem-unsupported-block',
  'certificate-malformed',
  'key-malformed',
  'password-needed',
  'password-wrong',
  'pkcs12-malformed',
  'pkcs12-legacy-unsupported',
  'legacy-pem-cipher-unsupported',
  'encrypted-key-cipher-unsupported',
  'dsa-key-unsupported',
  'key-algorithm-unsupported',
  'work-limit-exceeded',
  'encrypted-key-agent-unsupported',
];

/** A well-formed DecodedFile that survives JSON (it crosses a worker boundary). */
function expectWellFormed(name: string, d: DecodedFile): void {
  expect(d.name).toBe(name);
  expect(['pem', 'der', 'pkcs12', 'unknown']).toContain(d.container);
  expect(Array.isArray(d.items) && Array.isArray(d.problems)).toBe(true);
  for (const p of d.problems) expect(CODES).toContain(p.code);
  // A refusal names a limit that was passed.
  for (const p of d.problems.filter((q) => q.code === 'work-limit-exceeded')) expect(Number(p.params?.needed)).toBeGreaterThan(Number(p.params?.allowed));
  for (const i of d.items) expect(['certificate', 'private-key']).toContain(i.kind);
  expect(JSON.parse(JSON.stringify(d))).toEqual(d);
}

const SAMPLES = [
  'fleet-server.crt',
  'fleet-server.der',
  'fleet-server-bundle-reversed-crlf.pem',
  'fleet-server.p12',
  'fleet-server-nopass.p12',
  'fleet-server-legacy.p12',
  'rsa-server.pkcs1.key',
  'fleet-server.sec1-with-params.key',
  'rsa-server.encrypted-pkcs8.key',
  'fleet-server.encrypted-pkcs8-scrypt.key',
  'rsa-server.legacy-aes256.key',
  'fleet-server.key.der',
  'ed25519.crt',
  'rsa-pss-signed.crt',
  'fleet-ca-trusted.pem',
  'rsa-server.legacy-des3.key',
  'rsa-server.encrypted-pkcs8-des3.key',
  'engine-3des.p12',
  'engine-nomac.p12',
  'engine-pbes1-3des.key',
  'engine-mac-iterations.p12',
  'engine-scrypt-memory.key',
  'engine-extra-tbs-field.crt',
];

/** Flip, overwrite, cut or insert bytes of a real file. */
const mutated = fc
  .record({
    sample: fc.constantFrom(...SAMPLES),
    edits: fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
        fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
        fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 8 }) }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
    password: fc.option(fc.constantFrom('', 'wrong', loadManifest().passphrases.key, loadManifest().passphrases.pkcs12), { nil: undefined }),
  })
  .map(({ sample, edits, password }) => {
    let bytes = fixtureBytes(sample);
    for (const e of edits) {
      const at = bytes.length === 0 ? 0 : e.at % bytes.length;
      if (e.kind === 'set') bytes = Uint8Array.from(bytes, (b, i) => (i === at ? e.value : b));
      if (e.kind === 'cut') bytes = bytes.slice(0, at);
      if (e.kind === 'insert') bytes = Uint8Array.from([...bytes.slice(0, at), ...e.bytes, ...bytes.slice(at)]);
    }
    return { name: `mutated-${sample}`, bytes, password };
  });

/** Random bytes dressed as PEM, to reach the parsers behind the armour. */
const armoured = fc
  .record({
    label: fc.constantFrom(
      'CERTIFICATE',
      'TRUSTED CERTIFICATE',
      'PRIVATE KEY',
      'RSA PRIVATE KEY',
      'EC PRIVATE KEY',
      'ENCRYPTED PRIVATE KEY',
      'EC PARAMETERS',
      'X',
    ),
    legacy: fc.boolean(),
    body: fc.uint8Array({ minLength: 1, maxLength: 600 }),
  })
  .map(({ label, legacy, body }) => {
    const headers = legacy ? 'Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00112233445566778899AABBCCDDEEFF\n\n' : '';
    const text = `-----BEGIN ${label}-----\n${headers}${toBase64(body)}\n-----END ${label}-----\n`;
    return { name: 'armoured.pem', bytes: new TextEncoder().encode(text), password: legacy ? 'x' : undefined };
  });

describe('decodeFile never throws and always returns a DecodedFile', () => {
  test('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        expectWellFormed('random', await decodeFile({ name: 'random', bytes }));
      }),
      { numRuns: 300, seed: 1 },
    );
  });

  test('random bytes starting like DER (a SEQUENCE)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (tail) => {
        const bytes = Uint8Array.from([0x30, 0x82, tail.length >> 8, tail.length & 0xff, ...tail]);
        expectWellFormed('der', await decodeFile({ name: 'der', bytes }));
      }),
      { numRuns: 300, seed: 2 },
    );
  });

  test('mutated fixtures, with and without passwords', async () => {
    await fc.assert(
      fc.asyncProperty(mutated, async ({ name, bytes, password }) => {
        expectWellFormed(name, await decodeFile({ name, bytes, ...(password === undefined ? {} : { password }) }, SMALL_WORK));
      }),
      { numRuns: 1200, seed: 3 },
    );
  }, 120_000);

  test('signature verification of mutated certificates: a verdict, never an exception', async () => {
    const issuers = await Promise.all(
      ['fleet-intermediate.crt', 'rsa-ca.crt', 'ed25519.crt'].map(async (f) => {
        const [item] = (await decodeFixture(f)).items;
        return fromBase64(item?.kind === 'certificate' ? item.der : '') ?? new Uint8Array(0);
      }),
    );
    const children = ['fleet-server.der', 'rsa-pss-signed.crt', 'ed25519-signed.crt', 'weak-sha1.crt'].map(fixtureBytes);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...children),
        fc.constantFrom(...issuers),
        fc.nat(),
        fc.integer({ min: 0, max: 255 }),
        fc.boolean(),
        async (child, issuer, at, value, mutateIssuer) => {
          const [c, i] = [child.slice(), issuer.slice()];
          const target = mutateIssuer ? i : c;
          target[at % target.length] = value;
          expect(['valid', 'invalid', 'weak', 'unsupported', 'malformed']).toContain(await verifySignature(c, i));
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });

  test('random bodies in PEM armour', async () => {
    await fc.assert(
      fc.asyncProperty(armoured, async ({ name, bytes, password }) => {
        expectWellFormed(name, await decodeFile({ name, bytes, ...(password === undefined ? {} : { password }) }, SMALL_WORK));
      }),
      { numRuns: 300, seed: 4 },
    );
  });
});
