import type { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import type { Bytes } from './bytes';
import { parseDer } from './parse-der';
import { OID, Pbes2Params, Pbkdf2Params, Pkcs12PbeParams, ScryptParams } from './pkcs5-schemas';
import { HASH_ALGORITHMS } from './oids';
import type { WorkCost, WorkRefusal } from './work-budget';

/**
 * What the engine can decrypt, and what it would cost, known before any password is asked
 * for. The decryption itself (./decrypt-pbes2.ts, ./decrypt-pkcs12-pbe.ts,
 * ./decrypt-legacy-pem.ts, ./open-pkcs12.ts, with scrypt, PBKDF2, the PKCS#12 KDF and 3DES)
 * is imported only when a password is tried, so that the worker starts without it.
 */

/** What a decryption gives. */
export type DecryptResult =
  | { ok: true; bytes: Bytes }
  /** The padding did not check out: the password is wrong (or the data damaged). */
  | { ok: false; reason: 'wrong' }
  /** An algorithm the engine lacks (RC2, DES-based PBES1, unknown KDFs); `cipher` names it. */
  | { ok: false; reason: 'unsupported'; cipher: string }
  /** The key derivation would pass the file's work budget (./work-budget.ts). */
  | { ok: false; reason: 'limit'; refusal: WorkRefusal };

/** Block ciphers in CBC mode: key and IV sizes. 3DES is not in WebCrypto (./triple-des.ts). */
export const CBC_CIPHERS: Readonly<Record<string, { keyBytes: number; ivBytes: number; name: string }>> = {
  [OID.aes128cbc]: { keyBytes: 16, ivBytes: 16, name: 'aes-128-cbc' },
  [OID.aes192cbc]: { keyBytes: 24, ivBytes: 16, name: 'aes-192-cbc' },
  [OID.aes256cbc]: { keyBytes: 32, ivBytes: 16, name: 'aes-256-cbc' },
  [OID.desEde3cbc]: { keyBytes: 24, ivBytes: 8, name: 'des-ede3-cbc' },
};
/** The PKCS#12 PBE ciphers the engine opens: 3DES, with a key of three or two DES keys. */
export const PKCS12_PBE_CIPHERS: Readonly<Record<string, { keyBytes: number; name: string }>> = {
  [OID.pkcs12Pbe3Des]: { keyBytes: 24, name: 'pbeWithSHA1And3-KeyTripleDES-CBC' },
  [OID.pkcs12Pbe2Des]: { keyBytes: 16, name: 'pbeWithSHA1And2-KeyTripleDES-CBC' },
};
const CIPHER_NAMES: Readonly<Record<string, string>> = {
  [OID.desCbc]: 'des-cbc',
  [OID.pbes2]: 'PBES2',
  '1.2.840.113549.3.2': 'rc2-cbc',
  '1.2.840.113549.1.12.1.6': 'pbeWithSHA1And40BitRC2-CBC',
  '1.2.840.113549.1.12.1.5': 'pbeWithSHA1And128BitRC2-CBC',
  '1.2.840.113549.1.5.3': 'pbeWithMD5AndDES-CBC',
  '1.2.840.113549.1.5.10': 'pbeWithSHA1AndDES-CBC',
};

export function cipherName(oid: string): string {
  return CBC_CIPHERS[oid]?.name ?? PKCS12_PBE_CIPHERS[oid]?.name ?? CIPHER_NAMES[oid] ?? oid;
}

/** The name of the cipher if this engine cannot decrypt data encrypted with `algorithm`, else null. */
export function unsupportedCipher(algorithm: AlgorithmIdentifier): string | null {
  if (PKCS12_PBE_CIPHERS[algorithm.algorithm]) return null;
  if (algorithm.algorithm !== OID.pbes2 || !algorithm.parameters) return cipherName(algorithm.algorithm);
  const params = parseDer(algorithm.parameters, Pbes2Params);
  const kdf = params.keyDerivationFunc.algorithm;
  if (kdf !== OID.pbkdf2 && kdf !== OID.scrypt) return kdf;
  return CBC_CIPHERS[params.encryptionScheme.algorithm] ? null : cipherName(params.encryptionScheme.algorithm);
}

/** An INTEGER the library read (a string from four bytes on), as a number; NaN if it is not a safe one. */
export function integerOf(value: number | string | undefined, fallback: number): number {
  const n = value === undefined ? fallback : Number(value);
  return Number.isSafeInteger(n) ? n : Number.NaN;
}

const HASH_BYTES = { 'SHA-1': 20, 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 } as const;
const blocks = (bytes: number, hash: keyof typeof HASH_BYTES) => Math.max(1, Math.ceil(bytes / HASH_BYTES[hash]));

/** The PKCS#12 KDF's cost: hash iterations × output blocks (RFC 7292 B.2). */
export function pkcs12KdfCost(hash: keyof typeof HASH_BYTES, iterations: number, bytes: number): WorkCost {
  return { 'pkcs12-kdf-iterations': iterations * blocks(bytes, hash) };
}

/**
 * What deriving the key for `algorithm` costs (./work-budget.ts), read from its
 * parameters without deriving anything; {} for what the engine cannot decrypt anyway.
 * Throws if the parameters are malformed.
 */
export function encryptionCost(algorithm: AlgorithmIdentifier): WorkCost {
  const pbe = PKCS12_PBE_CIPHERS[algorithm.algorithm];
  if (pbe && algorithm.parameters) {
    const iterations = integerOf(parseDer(algorithm.parameters, Pkcs12PbeParams).iterations, 1);
    // The key, then the IV: two derivations with SHA-1.
    return { 'pkcs12-kdf-iterations': iterations * (blocks(pbe.keyBytes, 'SHA-1') + 1) };
  }
  if (algorithm.algorithm !== OID.pbes2 || !algorithm.parameters) return {};
  const { keyDerivationFunc: kdf, encryptionScheme } = parseDer(algorithm.parameters, Pbes2Params);
  const keyBytes = CBC_CIPHERS[encryptionScheme.algorithm]?.keyBytes ?? 32;
  if (!kdf.parameters) return {};
  if (kdf.algorithm === OID.scrypt) {
    const p = parseDer(kdf.parameters, ScryptParams);
    const [n, r, parallel] = [integerOf(p.costParameter, 0), integerOf(p.blockSize, 0), integerOf(p.parallelizationParameter, 0)];
    return { 'scrypt-memory-bytes': 128 * r * (n + parallel), 'scrypt-work': n * r * parallel };
  }
  if (kdf.algorithm !== OID.pbkdf2) return {};
  const p = parseDer(kdf.parameters, Pbkdf2Params);
  const hash = p.prf ? HASH_ALGORITHMS[p.prf.algorithm] : 'SHA-1';
  return hash ? { 'pbkdf2-iterations': integerOf(p.iterationCount, 0) * blocks(keyBytes, hash) } : {};
}

/** The DEK-Info ciphers Go's x509.DecryptPEMBlock reads (crypto/x509/pem_decrypt.go), as Elastic Agent does. */
export const LEGACY_PEM_CIPHERS: Readonly<Record<string, { keyBytes: number; ivBytes: number }>> = {
  'AES-128-CBC': { keyBytes: 16, ivBytes: 16 },
  'AES-192-CBC': { keyBytes: 24, ivBytes: 16 },
  'AES-256-CBC': { keyBytes: 32, ivBytes: 16 },
  'DES-EDE3-CBC': { keyBytes: 24, ivBytes: 8 },
  'DES-CBC': { keyBytes: 8, ivBytes: 8 },
};

/** The cipher named by a legacy encrypted PEM's `DEK-Info` header, upper-cased. */
export function legacyPemCipher(headers: Record<string, string>): string {
  return (headers['DEK-Info'] ?? '').split(',')[0]?.trim().toUpperCase() ?? '';
}
