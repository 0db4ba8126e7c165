import { beforeAll, describe, expect, test } from 'vitest';
import { bash, decodeFixture, loadManifest, sections, sha256Base64, type ManifestEntry } from './fixtures.test-helper';
import type { DecodedFile, PrivateKeyFacts } from './types';

const keys = (): ManifestEntry[] => loadManifest().files.filter((f) => f.type === 'private-key' && !f.expectProblems);
const CURVE_BITS: Record<string, number> = { 'P-256': 256, 'P-384': 384, 'P-521': 521 };

/** openssl's public key of every key fixture, as base64 SHA-256 of the SPKI DER. */
let spkiOf: Map<string, string>;
beforeAll(() => {
  const args = keys().map((k) => `${k.name}:${k.passphrase ?? ''}:${k.container === 'der' ? 'DER' : 'PEM'}`);
  const out = bash(
    `for a in "$@"; do IFS=: read -r f p form <<<"$a"; echo "@@ $f"; openssl pkey -inform "$form" -in "$f" -passin "pass:$p" -pubout -outform DER | base64 -w0; echo; done`.replace(
      '"$@"',
      args.map((a) => `'${a}'`).join(' '),
    ),
  );
  spkiOf = new Map([...sections(out)].map(([f, b64]) => [f, sha256Base64(Buffer.from(b64.trim(), 'base64'))]));
});

describe('every key format opens to the same facts as openssl sees', () => {
  test.each(keys().map((k) => [k.description, k.name, k] as const))('%s (%s)', async (_, file, k) => {
    const encrypted = k.format === 'encrypted-pkcs8' || k.format === 'legacy-encrypted-pem';
    const expected: PrivateKeyFacts = {
      kind: 'private-key',
      format: k.format as PrivateKeyFacts['format'],
      encrypted,
      decrypted: encrypted,
      algorithm: k.algorithm as PrivateKeyFacts['algorithm'],
      bits: k.bits ?? (k.curve ? (CURVE_BITS[k.curve] ?? null) : null),
      curve: k.curve ?? null,
      spkiSha256Base64: spkiOf.get(file) ?? 'openssl gave nothing',
    };
    expect(await decodeFixture(file, k.passphrase)).toEqual<DecodedFile>({
      name: file,
      container: k.container === 'der' ? 'der' : 'pem',
      items: [expected],
      problems: [],
    });
  });
});

describe('encrypted keys without the right passphrase', () => {
  const encrypted = () => keys().filter((k) => k.passphrase !== undefined);
  const closed = (k: ManifestEntry): PrivateKeyFacts => ({
    kind: 'private-key',
    format: k.format as PrivateKeyFacts['format'],
    encrypted: true,
    decrypted: false,
    // A legacy PEM's label names the algorithm even while the key is closed.
    algorithm: k.format === 'legacy-encrypted-pem' ? (k.algorithm as 'RSA' | 'EC') : 'unknown',
    bits: null,
    curve: null,
    spkiSha256Base64: null,
  });
  const label = (k: ManifestEntry) => (k.format === 'encrypted-pkcs8' ? 'ENCRYPTED PRIVATE KEY' : k.algorithm === 'RSA' ? 'RSA PRIVATE KEY' : 'EC PRIVATE KEY');

  test.each(encrypted().map((k) => [k.name, k] as const))('no passphrase: password-needed (%s)', async (file, k) => {
    expect(await decodeFixture(file)).toEqual({
      name: file,
      container: 'pem',
      items: [closed(k)],
      problems: [{ code: 'password-needed', params: { block: 1, label: label(k) } }],
    });
  });

  test.each(encrypted().map((k) => [k.name, k] as const))('wrong passphrase: password-wrong (%s)', async (file, k) => {
    expect(await decodeFixture(file, `${k.passphrase}-wrong`)).toEqual({
      name: file,
      container: 'pem',
      items: [closed(k)],
      problems: [{ code: 'password-wrong', params: { block: 1, label: label(k) } }],
    });
  });

  test.each<[string, string, string]>([
    ['legacy PEM with DES-EDE3-CBC, as Go’s x509.DecryptPEMBlock reads it', 'rsa-server.legacy-des3.key', 'legacy-encrypted-pem'],
    ['PKCS#8 PBES2 with DES-EDE3-CBC', 'rsa-server.encrypted-pkcs8-des3.key', 'encrypted-pkcs8'],
  ])('3DES, which WebCrypto lacks, opens: %s', async (_, file, format) => {
    const k = loadManifest().files.find((f) => f.name === file);
    const item = (await decodeFixture(file, k?.passphrase)).items[0];
    expect(item).toMatchObject({ format, decrypted: true, algorithm: 'RSA', bits: 2048, spkiSha256Base64: spkiOf.get(file) });
    expect(k?.expectProblems).toBeUndefined();
  });
});
