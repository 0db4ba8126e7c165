import { AsnConvert } from '@peculiar/asn1-schema';
import { Validity } from '@peculiar/asn1-x509';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { fromBase64 } from './bytes';
import { libraryReadsCertificate } from './certificate-by-library';
import { certificateParts } from './certificate-parts';
import { concatBytes } from './bytes';
import { childrenOf, readTlv } from './der';
import { decodeFile } from './decode-file';
import { decodeFixture, loadManifest } from './fixtures.test-helper';
import { readName } from './format-name';
import { inspectCertificate } from './inspect-certificate';
import { leanName, leanPublicKey, leanValidity } from './lean-x509';
import { publicKeyFacts } from './public-key-facts';
import { readExtensions } from './read-extensions';
import { EXTENSIONS } from './oids';

// The fast path must only ever agree with the library. These tests hold it to that on
// every certificate the fixtures have, on mutated ones, and on generated times, and check
// that it really is taken for the usual certificates (so it cannot quietly fall back).

const SYSTEM_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

/** The DER of every distinct certificate in every fixture file (bundles and PKCS#12 included). */
let certificates: { file: string; der: Uint8Array }[] = [];

beforeAll(async () => {
  const { files, passphrases } = loadManifest();
  const seen = new Set<string>();
  for (const f of files) {
    const decoded = await decodeFixture(f.name, f.type === 'pkcs12' ? (f.password ?? passphrases.pkcs12) : f.passphrase);
    for (const item of decoded.items) {
      if (item.kind !== 'certificate' || seen.has(item.sha256Fingerprint)) continue;
      seen.add(item.sha256Fingerprint);
      certificates.push({ file: f.name, der: fromBase64(item.der) ?? new Uint8Array(0) });
    }
  }
  certificates = certificates.filter((c) => c.der.length > 0);
}, 60_000);

const outcome = (f: () => unknown) => {
  try {
    return { ok: f() };
  } catch {
    return { threw: true };
  }
};

describe('the fast path agrees with the library', () => {
  test('on every certificate of every fixture', () => {
    expect(certificates.length).toBeGreaterThan(150); // the CA bundle alone has 150
    for (const { file, der } of certificates) {
      expect(inspectCertificate(der), file).toEqual(inspectCertificate(der, { lean: false }));
    }
  });

  test('on the Mozilla CA bundle Debian ships (real names, extensions and keys from 140-odd CAs)', async () => {
    // scripts/test.sh installs ca-certificates when it is missing.
    const bytes = new Uint8Array(readFileSync(SYSTEM_BUNDLE));
    const decoded = await decodeFile({ name: 'ca-certificates.crt', bytes });
    expect(decoded.problems).toEqual([]);
    expect(decoded.items.length).toBeGreaterThan(100);
    let fast = 0;
    for (const item of decoded.items) {
      if (item.kind !== 'certificate') throw new Error('a CA bundle holds certificates only');
      const der = fromBase64(item.der) ?? new Uint8Array(0);
      expect(inspectCertificate(der), item.subject).toEqual(inspectCertificate(der, { lean: false }));
      const parts = certificateParts(der);
      if (parts && leanName(parts.subject) && leanValidity(parts.validity) && leanPublicKey(parts.spki)) fast++;
    }
    // Nearly all of them take the fast path (a few names use BMPString or TeletexString).
    expect(fast / decoded.items.length).toBeGreaterThan(0.9);
  });

  test('on mutated certificates: both refuse, or both read the same facts', () => {
    const samples = certificates.filter((c) => /^(fleet-server|agent-client|rsa-server|ed25519|unusual-subject|es-server)\.crt$/.test(c.file));
    expect(samples.length).toBeGreaterThanOrEqual(5);
    fc.assert(
      fc.property(
        fc.constantFrom(...samples),
        fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 3 }),
        ({ der }, edits) => {
          // Edit inside the to-be-signed part, where every fact comes from.
          const bytes = der.slice();
          const tbsEnd = Math.min(bytes.length, (certificateParts(der)?.tbs.length ?? 0) + 4);
          for (const { at, value } of edits) bytes[4 + (at % Math.max(1, tbsEnd - 4))] = value;
          const lean = outcome(() => inspectCertificate(bytes));
          expect('ok' in lean).toBe(libraryReadsCertificate(bytes));
          expect(lean).toEqual(outcome(() => inspectCertificate(bytes, { lean: false })));
        },
      ),
      { numRuns: 800, seed: Number(process.env.SEED ?? 4_2024) },
    );
  });

  test('on certificates with fields added, dropped, repeated, swapped or replaced: both refuse alike', () => {
    const samples = certificates.filter((c) => /^(fleet-server|agent-client|rsa-server|ed25519)\.crt$/.test(c.file));
    fc.assert(
      fc.property(fc.constantFrom(...samples), structuralEdit, ({ der }, edit) => {
        const bytes = applyEdit(der, edit);
        const lean = outcome(() => inspectCertificate(bytes));
        expect('ok' in lean).toBe(libraryReadsCertificate(bytes));
        expect(lean).toEqual(outcome(() => inspectCertificate(bytes, { lean: false })));
      }),
      { numRuns: 400, seed: Number(process.env.SEED ?? 7_2024) },
    );
  });

  test('on every time from 1950 to 9999, as UTCTime before 2050 and GeneralizedTime after', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          // Most certificates live around the UTCTime/GeneralizedTime switch of 2050.
          fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2060-12-31T23:59:59Z'), noInvalidDate: true }),
          fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
          fc.constantFrom(...['1950-01-01T00:00:00Z', '1999-12-31T23:59:59Z', '2049-12-31T23:59:59Z', '2050-01-01T00:00:00Z'].map((t) => new Date(t))),
        ),
        (date) => {
          const whole = new Date(Math.floor(date.getTime() / 1000) * 1000);
          const der = new Uint8Array(AsnConvert.serialize(new Validity({ notBefore: whole, notAfter: whole })));
          const library = AsnConvert.parse(der, Validity);
          expect(leanValidity(der)?.value).toEqual({
            notBefore: library.notBefore.getTime().toISOString(),
            notAfter: library.notAfter.getTime().toISOString(),
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** DER of one element: tag, minimal length, content. */
function tlv(tag: number, ...content: Uint8Array[]): Uint8Array {
  const body = concatBytes(...content);
  const n = body.length;
  const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
  return concatBytes(Uint8Array.from([tag, ...length]), body);
}

const elementsOf = (der: Uint8Array, at: ReturnType<typeof readTlv>): Uint8Array[] => (at ? childrenOf(der, at).map((t) => der.slice(t.offset, t.end)) : []);

/** A certificate rebuilt with its TBS fields (or its outer elements) changed: the shapes of the audit, and their neighbours. */
const structuralEdit = fc.record({
  op: fc.constantFrom('insert', 'drop', 'repeat', 'swap', 'version', 'inner-algorithm', 'trailing-outer'),
  at: fc.nat(),
  tag: fc.constantFrom(0x02, 0x04, 0x05, 0x30, 0xa0, 0xa3, 0xa4, 0x81, 0x82, 0x83),
  bytes: fc.uint8Array({ maxLength: 3 }),
  algorithm: fc.constantFrom(
    Uint8Array.of(0x30, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x03), // ecdsa-with-SHA384
    Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x00), // not an AlgorithmIdentifier
    Uint8Array.of(0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b, 0x05, 0x00), // sha256WithRSAEncryption
    Uint8Array.of(0x30, 0x0f, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b, 0x05, 0x00, 0x05, 0x00), // and two NULLs
  ),
});

function applyEdit(der: Uint8Array, { op, at, tag, bytes, algorithm }: typeof structuralEdit extends fc.Arbitrary<infer T> ? T : never): Uint8Array {
  const outer = readTlv(der);
  const [tbs, alg, sig] = elementsOf(der, outer);
  if (!tbs || !alg || !sig) return der;
  const fields = elementsOf(tbs, readTlv(tbs));
  const i = at % fields.length;
  const versioned = fields[0]?.[0] === 0xa0 ? 1 : 0;
  switch (op) {
    case 'insert':
      fields.splice(i, 0, tlv(tag, bytes));
      break;
    case 'drop':
      fields.splice(i, 1);
      break;
    case 'repeat':
      fields.splice(i, 0, fields[i] ?? new Uint8Array(0));
      break;
    case 'swap':
      fields.splice(i, 2, ...fields.slice(i, i + 2).reverse());
      break;
    case 'version':
      fields.splice(0, versioned, tlv(0xa0, tlv(0x02, bytes)));
      break;
    case 'inner-algorithm':
      fields[versioned + 1] = algorithm;
      break;
    case 'trailing-outer':
      return tlv(0x30, tbs, alg, sig, tlv(tag, bytes));
  }
  return tlv(0x30, tlv(0x30, ...fields), alg, sig);
}

describe('the fast path is the one taken for the usual certificates', () => {
  test('names, validity, keys and extensions of the 150-CA bundle and the Fleet Server chain', async () => {
    const files = await Promise.all(['ca-bundle-150.pem', 'fleet-server-bundle.pem'].map((f) => decodeFixture(f)));
    const usual = files.flatMap((f) => f.items.flatMap((i) => (i.kind === 'certificate' ? [fromBase64(i.der) ?? new Uint8Array(0)] : [])));
    expect(usual.length).toBe(152);
    for (const der of usual) {
      const parts = certificateParts(der);
      if (!parts?.extensions) throw new Error('a usual certificate has extensions');
      expect(leanName(parts.subject)?.value).toEqual(readName(parts.subject));
      expect(leanValidity(parts.validity)).not.toBeNull();
      expect(leanPublicKey(parts.spki)?.value).toEqual(publicKeyFacts(parts.spki, { lean: false }));
      expect(readExtensions(parts.extensions).has(EXTENSIONS.basicConstraints)).toBe(true);
    }
  });
});

describe('shapes left to the library', () => {
  test.each([
    ['a BMPString value', Uint8Array.from([0x30, 0x0d, 0x31, 0x0b, 0x30, 0x09, 0x06, 0x03, 0x55, 0x04, 0x03, 0x1e, 0x02, 0x00, 0x41])],
    ['an unknown attribute type', Uint8Array.from([0x30, 0x0c, 0x31, 0x0a, 0x30, 0x08, 0x06, 0x03, 0x55, 0x04, 0x63, 0x0c, 0x01, 0x41])],
    ['an empty RDN', Uint8Array.from([0x30, 0x02, 0x31, 0x00])],
  ])('a name with %s', (_, der) => {
    expect(leanName(der)).toBeNull();
  });

  test.each([
    ['fractional seconds', '20250101000000.5Z', 0x18],
    ['a time zone offset', '250101000000+0100', 0x17],
    ['31 February', '250231000000Z', 0x17],
  ])('a time with %s', (_, text, tag) => {
    const time = [tag, text.length, ...[...text].map((c) => c.charCodeAt(0))];
    const der = Uint8Array.from([0x30, time.length * 2, ...time, ...time]);
    expect(leanValidity(der)).toBeNull();
  });
});
