import type { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import { EncryptedPrivateKeyInfo, PrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { copy } from './bytes';
import { PKCS12_PBE_CIPHERS, type DecryptResult } from './cipher-support';
import { decryptPbes2 } from './decrypt-pbes2';
import { decryptPkcs12Pbe } from './decrypt-pkcs12-pbe';
import { parseDer } from './parse-der';
import type { WorkBudget } from './work-budget';

/**
 * Decrypts data encrypted with a password-based scheme: PBES2 (the password as UTF-8) or a
 * PKCS#12 PBE cipher (the password as BMPString), in PKCS#8 keys and PKCS#12 archives alike.
 */
export function decryptWithPassword(algorithm: AlgorithmIdentifier, data: Uint8Array, password: string, budget: WorkBudget): Promise<DecryptResult> {
  if (PKCS12_PBE_CIPHERS[algorithm.algorithm]) return Promise.resolve(decryptPkcs12Pbe(algorithm, data, password, budget));
  return decryptPbes2(algorithm, data, new TextEncoder().encode(password), budget);
}

/**
 * Opens an `ENCRYPTED PRIVATE KEY` (PKCS#8 EncryptedPrivateKeyInfo, DER) with a password.
 * Success yields the plain PKCS#8 DER. A padding that checks out by chance (1 in 256)
 * is caught by requiring the result to parse as a PrivateKeyInfo.
 */
export async function decryptPkcs8(der: Uint8Array, password: string, budget: WorkBudget): Promise<DecryptResult> {
  const info = parseDer(der, EncryptedPrivateKeyInfo);
  const result = await decryptWithPassword(info.encryptionAlgorithm, copy(info.encryptedData), password, budget);
  if (!result.ok) return result;
  try {
    parseDer(result.bytes, PrivateKeyInfo);
    return result;
  } catch {
    return { ok: false, reason: 'wrong' };
  }
}
