import { OctetString } from '@peculiar/asn1-schema';
import type { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import { pbkdf2Async } from '@noble/hashes/pbkdf2.js';
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { copy, type Bytes } from './bytes';
import { CBC_CIPHERS, cipherName, encryptionCost, integerOf, unsupportedCipher, type DecryptResult } from './cipher-support';
import { HASH_ALGORITHMS } from './oids';
import { parseDer } from './parse-der';
import { OID, Pbes2Params, Pbkdf2Params, ScryptParams } from './pkcs5-schemas';
import { desCbcDecrypt } from './triple-des';
import type { WorkBudget } from './work-budget';

const NOBLE_HASH = { 'SHA-1': sha1, 'SHA-256': sha256, 'SHA-384': sha384, 'SHA-512': sha512 } as const;

/**
 * Decrypts PBES2 (RFC 8018) data: PBKDF2 or scrypt, then AES-CBC or DES-EDE3-CBC. The
 * password is raw bytes (UTF-8). The key derivation is paid for from the file's `budget`
 * before it starts (./work-budget.ts).
 */
export async function decryptPbes2(algorithm: AlgorithmIdentifier, data: Uint8Array, password: Uint8Array, budget: WorkBudget): Promise<DecryptResult> {
  const unsupported = unsupportedCipher(algorithm);
  if (unsupported !== null || !algorithm.parameters) return { ok: false, reason: 'unsupported', cipher: unsupported ?? 'unknown' };
  const params = parseDer(algorithm.parameters, Pbes2Params);
  const scheme = params.encryptionScheme;
  const cipher = CBC_CIPHERS[scheme.algorithm];
  if (!cipher || !scheme.parameters) return { ok: false, reason: 'unsupported', cipher: cipherName(scheme.algorithm) };
  const iv = copy(parseDer(scheme.parameters, OctetString));
  const refused = budget.spend(encryptionCost(algorithm));
  if (refused) return { ok: false, reason: 'limit', refusal: refused };
  const key = await deriveKey(params.keyDerivationFunc, password, cipher.keyBytes);
  if (!key) return { ok: false, reason: 'unsupported', cipher: params.keyDerivationFunc.algorithm };
  if (cipher.ivBytes === 8) {
    const bytes = desCbcDecrypt(key, iv, data);
    return bytes ? { ok: true, bytes } : { ok: false, reason: 'wrong' };
  }
  return aesCbcDecrypt(key, iv, data, cipher.name);
}

/** The key; null for parameters no tool writes (the budget has already refused the large ones). */
async function deriveKey(kdf: AlgorithmIdentifier, password: Uint8Array, length: number): Promise<Bytes | null> {
  if (!kdf.parameters) return null;
  if (kdf.algorithm === OID.scrypt) {
    const p = parseDer(kdf.parameters, ScryptParams);
    const [N, r, parallel] = [integerOf(p.costParameter, 0), integerOf(p.blockSize, 0), integerOf(p.parallelizationParameter, 0)];
    if (!(N > 1 && r >= 1 && parallel >= 1)) return null;
    const maxmem = 128 * r * (N + parallel) + 1024;
    return copy(await scryptAsync(copy(password), copy(p.salt), { N, r, p: parallel, dkLen: length, maxmem }));
  }
  if (kdf.algorithm !== OID.pbkdf2) return null;
  const p = parseDer(kdf.parameters, Pbkdf2Params);
  const hash = p.prf ? HASH_ALGORITHMS[p.prf.algorithm] : 'SHA-1'; // RFC 8018: hmacWithSHA1 by default
  const iterations = integerOf(p.iterationCount, 0);
  if (!hash || !(iterations >= 1)) return null;
  try {
    const base = await globalThis.crypto.subtle.importKey('raw', copy(password), 'PBKDF2', false, ['deriveBits']);
    const bits = await globalThis.crypto.subtle.deriveBits({ name: 'PBKDF2', salt: copy(p.salt), iterations, hash }, base, length * 8);
    return new Uint8Array(bits);
  } catch {
    // Some WebCrypto implementations refuse an empty password; PBKDF2 itself does not.
    return copy(await pbkdf2Async(NOBLE_HASH[hash], copy(password), copy(p.salt), { c: iterations, dkLen: length }));
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
