import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import { EncryptedPrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { copy } from '../bytes';
import { OID, Pbes2Params, Pbkdf2Params } from '../pkcs5-schemas';
import { pemText } from '../pem-text';

/** hmacWithSHA256 (RFC 8018 B.1.2): OpenSSL 3's default PRF for `pkcs8 -topk8 -v2`. */
const HMAC_WITH_SHA256 = '1.2.840.113549.2.9';

/**
 * OpenSSL 3's default iteration count for PBES2 keys (`PKCS5_DEFAULT_ITER`, 2048). Kept
 * at the default on purpose: the reader's work budget and Go's agents open such keys at once.
 */
export const PBKDF2_ITERATIONS = 2048;

/**
 * Encrypts a PKCS#8 PrivateKeyInfo (DER) as an `ENCRYPTED PRIVATE KEY`: PBES2 with
 * PBKDF2-HMAC-SHA256 and AES-256-CBC (RFC 8018 §6.2), what
 * `openssl pkcs8 -topk8 -v2 aes-256-cbc` writes and what elastic-agent-libs opens
 * (tlscommon's PKCS#8 reader; PBES1 is refused: tls-errors.md). The passphrase is UTF-8.
 */
export async function encryptPkcs8(pkcs8Der: Uint8Array, passphrase: string): Promise<Uint8Array> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(16));
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt, iterations: PBKDF2_ITERATIONS, hash: 'SHA-256' },
    base,
    { name: 'AES-CBC', length: 256 },
    false,
    ['encrypt'],
  );
  const encrypted = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-CBC', iv }, key, copy(pkcs8Der)));

  const kdf = new Pbkdf2Params();
  kdf.salt = copy(salt).buffer;
  kdf.iterationCount = PBKDF2_ITERATIONS;
  kdf.prf = new AlgorithmIdentifier({ algorithm: HMAC_WITH_SHA256, parameters: null });
  const params = new Pbes2Params();
  params.keyDerivationFunc = new AlgorithmIdentifier({ algorithm: OID.pbkdf2, parameters: AsnConvert.serialize(kdf) });
  params.encryptionScheme = new AlgorithmIdentifier({ algorithm: OID.aes256cbc, parameters: AsnConvert.serialize(new OctetString(iv)) });
  const info = new EncryptedPrivateKeyInfo({
    encryptionAlgorithm: new AlgorithmIdentifier({ algorithm: OID.pbes2, parameters: AsnConvert.serialize(params) }),
    encryptedData: new OctetString(encrypted),
  });
  return new Uint8Array(AsnConvert.serialize(info));
}

/** The same, as PEM text ending in one newline. */
export async function encryptPkcs8Pem(pkcs8Der: Uint8Array, passphrase: string): Promise<string> {
  return pemText('ENCRYPTED PRIVATE KEY', await encryptPkcs8(pkcs8Der, passphrase));
}

/** A passphrase made up for the lab's encrypted keys: 18 random bytes as 24 base64url characters (no newline, no shell metacharacter). */
export function randomPassphrase(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}
