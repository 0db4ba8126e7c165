import { describe, expect, test } from 'vitest';
import { certificateOf, keyOf, loadManifest } from './fixtures.test-helper';
import { keyMatchesCertificate } from './key-matches-certificate';

describe('keyMatchesCertificate', () => {
  const pass = () => loadManifest().passphrases.key;
  test.each<[string, string, string, () => string | undefined, boolean | null]>([
    ['PKCS#8 EC key and its certificate', 'fleet-server.key', 'fleet-server.crt', () => undefined, true],
    ['SEC1 form of the same key', 'fleet-server.sec1.key', 'fleet-server.crt', () => undefined, true],
    ['PKCS#1 RSA key and its certificate', 'rsa-server.pkcs1.key', 'rsa-server.crt', () => undefined, true],
    ['Ed25519 key and its certificate', 'ed25519.key', 'ed25519.crt', () => undefined, true],
    ['an encrypted key, opened', 'rsa-server.encrypted-pkcs8.key', 'rsa-server.crt', pass, true],
    ['a legacy encrypted key, opened', 'fleet-server.legacy-aes128.key', 'fleet-server.crt', pass, true],
    ['an encrypted key, not opened: unknown', 'rsa-server.encrypted-pkcs8.key', 'rsa-server.crt', () => undefined, null],
    ['a key that matches no certificate', 'orphan.key', 'fleet-server.crt', () => undefined, false],
    ['the CA key is not the leaf key', 'fleet-ca.key', 'fleet-server.crt', () => undefined, false],
    ['the same subject, another key (the wrong CA)', 'wrong-ca.key', 'fleet-ca.crt', () => undefined, false],
  ])('%s', async (_, key, cert, password, expected) => {
    expect(keyMatchesCertificate(await keyOf(key, password()), await certificateOf(cert))).toBe(expected);
  });
});
