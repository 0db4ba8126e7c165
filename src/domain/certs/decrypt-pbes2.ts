import { OctetString } from '@peculiar/asn1-schema';
import type { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import { pbkdf2Async } from '@noble/hashes/pbkdf2.js';
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { parseDer } from './parse-der';
import { copy, type Bytes } from './bytes';
import { HASH_ALGORITHMS } from './oids';
import { AES_KEY_BYTES, cipherName, unsupportedCipher, type DecryptResult } from './cipher-support';
import { OID, Pbes2Params, Pbkdf2Params, ScryptParams } from './pkcs5-schemas';

// Refuse work factors far beyond what any tool writes, so a damaged file cannot hang the tab.
const MAX_PBKDF2_ITERATIONS = 10_000_000;
const MAX_SCRYPT_BYTES = 256 * 1024 * 1024;

const NOBLE_HASH = { 'SHA-1': sha1, 'SHA-256': sha256, 'SHA-384': sha384, 'SHA-512': sha512 } as const;

/** Decrypts PBES2 (RFC 8018) data: PBKDF2 or scrypt, then AES-CBC. The password is raw bytes (UTF-8). */
export async function decryptPbes2(algorithm: AlgorithmIdentifier, data: Uint8Array, password: Uint8Array): Promise<DecryptResult> {
  const unsupported = unsupportedCipher(algorithm);
  if (unsupported !== null || !algorithm.parameters) return { ok: false, reason: 'unsupported', cipher: unsupported ?? 'unknown' };
  const params = parseDer(algorithm.parameters, Pbes2Params);
  const scheme = params.encryptionScheme;
  const aes = AES_KEY_BYTES[scheme.algorithm];
  if (!aes || !scheme.parameters) return { ok: false, reason: 'unsupported', cipher: cipherName(scheme.algorithm) };
  const iv = copy(parseDer(scheme.parameters, OctetString));
  const key = await deriveKey(params.keyDerivationFunc, password, aes.bytes);
  if (!key) return { ok: false, reason: 'unsupported', cipher: params.keyDerivationFunc.algorithm };
  return aesCbcDecrypt(key, iv, data, aes.name);
}

async function deriveKey(kdf: AlgorithmIdentifier, password: Uint8Array, length: number): Promise<Bytes | null> {
  if (!kdf.parameters) return null;
  if (kdf.algorithm === OID.scrypt) {
    const p = parseDer(kdf.parameters, ScryptParams);
    if (128 * p.costParameter * p.blockSize > MAX_SCRYPT_BYTES || p.parallelizationParameter > 16) return null;
    const opts = { N: p.costParameter, r: p.blockSize, p: p.parallelizationParameter, dkLen: length, maxmem: MAX_SCRYPT_BYTES * 2 };
    return copy(await scryptAsync(copy(password), copy(p.salt), opts));
  }
  if (kdf.algorithm !== OID.pbkdf2) return null;
  const p = parseDer(kdf.parameters, Pbkdf2Params);
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
