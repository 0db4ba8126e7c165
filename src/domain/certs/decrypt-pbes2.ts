import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import type { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import { pbkdf2Async } from '@noble/hashes/pbkdf2.js';
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { copy, type Bytes } from './bytes';
import { HASH_ALGORITHMS } from './oids';
import { OID, Pbes2Params, Pbkdf2Params, ScryptParams } from './pkcs5-schemas';

export type DecryptResult =
  | { ok: true; bytes: Bytes }
  /** The padding did not check out: the password is wrong (or the data damaged). */
  | { ok: false; reason: 'wrong' }
  /** An algorithm WebCrypto lacks (3DES, RC2, PKCS#12 PBE), or limits exceeded; `cipher` names it. */
  | { ok: false; reason: 'unsupported'; cipher: string };

// Refuse work factors far beyond what any tool writes, so a damaged file cannot hang the tab.
const MAX_PBKDF2_ITERATIONS = 10_000_000;
const MAX_SCRYPT_BYTES = 256 * 1024 * 1024;

const AES_KEY_BYTES: Readonly<Record<string, { bytes: number; name: string }>> = {
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
const NOBLE_HASH = { 'SHA-1': sha1, 'SHA-256': sha256, 'SHA-384': sha384, 'SHA-512': sha512 } as const;

export function cipherName(oid: string): string {
  return AES_KEY_BYTES[oid]?.name ?? CIPHER_NAMES[oid] ?? oid;
}

/** The name of the cipher if this engine cannot decrypt data encrypted with `algorithm`, else null. */
export function unsupportedCipher(algorithm: AlgorithmIdentifier): string | null {
  if (algorithm.algorithm !== OID.pbes2 || !algorithm.parameters) return cipherName(algorithm.algorithm);
  const params = AsnConvert.parse(algorithm.parameters, Pbes2Params);
  const kdf = params.keyDerivationFunc.algorithm;
  if (kdf !== OID.pbkdf2 && kdf !== OID.scrypt) return kdf;
  return AES_KEY_BYTES[params.encryptionScheme.algorithm] ? null : cipherName(params.encryptionScheme.algorithm);
}

/** Decrypts PBES2 (RFC 8018) data: PBKDF2 or scrypt, then AES-CBC. The password is raw bytes (UTF-8). */
export async function decryptPbes2(algorithm: AlgorithmIdentifier, data: Uint8Array, password: Uint8Array): Promise<DecryptResult> {
  const unsupported = unsupportedCipher(algorithm);
  if (unsupported !== null || !algorithm.parameters) return { ok: false, reason: 'unsupported', cipher: unsupported ?? 'unknown' };
  const params = AsnConvert.parse(algorithm.parameters, Pbes2Params);
  const scheme = params.encryptionScheme;
  const aes = AES_KEY_BYTES[scheme.algorithm];
  if (!aes || !scheme.parameters) return { ok: false, reason: 'unsupported', cipher: cipherName(scheme.algorithm) };
  const iv = copy(AsnConvert.parse(scheme.parameters, OctetString));
  const key = await deriveKey(params.keyDerivationFunc, password, aes.bytes);
  if (!key) return { ok: false, reason: 'unsupported', cipher: params.keyDerivationFunc.algorithm };
  return aesCbcDecrypt(key, iv, data, aes.name);
}

async function deriveKey(kdf: AlgorithmIdentifier, password: Uint8Array, length: number): Promise<Bytes | null> {
  if (!kdf.parameters) return null;
  if (kdf.algorithm === OID.scrypt) {
    const p = AsnConvert.parse(kdf.parameters, ScryptParams);
    if (128 * p.costParameter * p.blockSize > MAX_SCRYPT_BYTES || p.parallelizationParameter > 16) return null;
    const opts = { N: p.costParameter, r: p.blockSize, p: p.parallelizationParameter, dkLen: length, maxmem: MAX_SCRYPT_BYTES * 2 };
    return copy(await scryptAsync(copy(password), copy(p.salt), opts));
  }
  if (kdf.algorithm !== OID.pbkdf2) return null;
  const p = AsnConvert.parse(kdf.parameters, Pbkdf2Params);
  const hash = p.prf ? HASH_ALGORITHMS[p.prf.algorithm] : 'SHA-1'; // RFC 8018: hmacWithSHA1 by default
  if (!hash || p.iterationCount < 1 || p.iterationCount > MAX_PBKDF2_ITERATIONS) return null;
  try {
    const base = await globalThis.crypto.subtle.importKey('raw', copy(password), 'PBKDF2', false, ['deriveBits']);
    const bits = await globalThis.crypto.subtle.deriveBits(
      { name: 'PBKDF2', salt: copy(p.salt), iterations: p.iterationCount, hash },
      base,
      length * 8,
    );
    return new Uint8Array(bits);
  } catch {
    // Some WebCrypto implementations refuse an empty password; PBKDF2 itself does not.
    return copy(await pbkdf2Async(NOBLE_HASH[hash], copy(password), copy(p.salt), { c: p.iterationCount, dkLen: length }));
  }
}

export async function aesCbcDecrypt(key: Bytes, iv: Bytes, data: Uint8Array, name: string): Promise<DecryptResult> {
  let cryptoKey: CryptoKey;
  try {
    cryptoKey = await globalThis.crypto.subtle.importKey('raw', key, 'AES-CBC', false, ['decrypt']);
  } catch {
    return { ok: false, reason: 'unsupported', cipher: name }; // e.g. AES-192 in Chromium
  }
  if (iv.length !== 16 || data.length === 0 || data.length % 16 !== 0) return { ok: false, reason: 'wrong' };
  try {
    return { ok: true, bytes: new Uint8Array(await globalThis.crypto.subtle.decrypt({ name: 'AES-CBC', iv }, cryptoKey, copy(data))) };
  } catch {
    return { ok: false, reason: 'wrong' };
  }
}
