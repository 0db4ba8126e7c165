/**
 * The encrypted keys the product writes, held to OpenSSL (`openssl pkey -passin file:`
 * on a passphrase file without a trailing newline, as the lab writes them) and to the
 * product's own reader.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeFile } from '../decode-file';
import { fromBase64 } from '../bytes';
import { encryptPkcs8Pem } from './encrypt-pkcs8';

const dir = mkdtempSync(join(tmpdir(), 'encrypt-pkcs8-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pkcs8Of(algorithm: RsaHashedKeyGenParams | EcKeyGenParams): Promise<Uint8Array> {
  const pair = (await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as CryptoKeyPair;
  return new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
}

const openssl = (args: string[]) => execFileSync('openssl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const derOf = (pem: string) => fromBase64(pem.replace(/-----[^-]+-----/g, '').replace(/\s/g, ''))!;

describe('encryptPkcs8Pem', () => {
  const keys = {
    'P-256': { name: 'ECDSA', namedCurve: 'P-256' },
    'RSA 2048': { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
  } as const;
  for (const [label, algorithm] of Object.entries(keys)) {
    it(`writes a ${label} key that openssl opens with -passin file: and the reader opens with the passphrase`, async () => {
      const plain = await pkcs8Of(algorithm);
      const passphrase = 'lab pass ünïcode';
      const pem = await encryptPkcs8Pem(plain, passphrase);
      expect(pem).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
      const keyFile = join(dir, `${label}.key`);
      const passFile = join(dir, `${label}.pass`);
      writeFileSync(keyFile, pem);
      writeFileSync(passFile, passphrase); // no trailing newline, as the lab writes it
      const asn1 = openssl(['asn1parse', '-in', keyFile]);
      expect(asn1).toContain('PBES2');
      expect(asn1).toContain('PBKDF2');
      expect(asn1).toContain('hmacWithSHA256');
      expect(asn1).toContain('aes-256-cbc');
      const opened = openssl(['pkey', '-in', keyFile, '-passin', `file:${passFile}`]);
      expect(derOf(opened)).toEqual(plain);
      expect(() => openssl(['pkey', '-in', keyFile, '-passin', 'pass:wrong'])).toThrow();

      const read = await decodeFile({ name: 'k.key', bytes: new TextEncoder().encode(pem), password: passphrase });
      expect(read.problems).toEqual([]);
      expect(read.items.map((i) => i.kind)).toEqual(['private-key']);
    });
  }
});
