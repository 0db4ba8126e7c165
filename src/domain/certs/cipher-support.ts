
import type { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import { parseDer } from './parse-der';
import type { Bytes } from './bytes';
import { OID, Pbes2Params } from './pkcs5-schemas';

/**
 * What the engine can decrypt, known before any password is asked for. The decryption
 * itself (./decrypt-pbes2.ts, ./decrypt-legacy-pem.ts, ./open-pkcs12.ts, with scrypt,
 * PBKDF2 and the PKCS#12 KDF) is imported only when a password is tried, so that the
 * worker starts without it.
 */

/** What a decryption gives. */
export type DecryptResult =
  | { ok: true; bytes: Bytes }
  /** The padding did not check out: the password is wrong (or the data damaged). */
  | { ok: false; reason: 'wrong' }
  /** An algorithm WebCrypto lacks (3DES, RC2, PKCS#12 PBE), or limits exceeded; `cipher` names it. */
  | { ok: false; reason: 'unsupported'; cipher: string };

export const AES_KEY_BYTES: Readonly<Record<string, { bytes: number; name: string }>> = {
  [OID.aes128cbc]: { bytes: 16, name: 'aes-128-cbc' },
  [OID.aes192cbc]: { bytes: 24, name: 'aes-192-cbc' },
  [OID.aes256cbc]: { bytes: 32, name: 'aes-256-cbc' },
};
const CIPHER_NAMES: Readonly<Record<string, string>> = {
  [OID.desEde3cbc]: 'des-ede3-cbc',
  '1.3.14.3.2.7': 'des-cbc',
  '1.2.840.113549.3.2': 'rc2-cbc',
  '1.2.840.113549.1.12.1.3': 'pbeWithSHA1And3-KeyTripleDES-CBC',
  '1.2.840.113549.1.12.1.6': 'pbeWithSHA1And40BitRC2-CBC',
  '1.2.840.113549.1.12.1.5': 'pbeWithSHA1And128BitRC2-CBC',
  '1.2.840.113549.1.5.3': 'pbeWithMD5AndDES-CBC',
  '1.2.840.113549.1.5.10': 'pbeWithSHA1AndDES-CBC',
};

export function cipherName(oid: string): string {
  return AES_KEY_BYTES[oid]?.name ?? CIPHER_NAMES[oid] ?? oid;
}

/** The name of the cipher if this engine cannot decrypt data encrypted with `algorithm`, else null. */
export function unsupportedCipher(algorithm: AlgorithmIdentifier): string | null {
  if (algorithm.algorithm !== OID.pbes2 || !algorithm.parameters) return cipherName(algorithm.algorithm);
  const params = parseDer(algorithm.parameters, Pbes2Params);
  const kdf = params.keyDerivationFunc.algorithm;
  if (kdf !== OID.pbkdf2 && kdf !== OID.scrypt) return kdf;
  return AES_KEY_BYTES[params.encryptionScheme.algorithm] ? null : cipherName(params.encryptionScheme.algorithm);
}

/** The cipher named by a legacy encrypted PEM's `DEK-Info` header, upper-cased. */
export function legacyPemCipher(headers: Record<string, string>): string {
  return (headers['DEK-Info'] ?? '').split(',')[0]?.trim().toUpperCase() ?? '';
}
