
import { EncryptedPrivateKeyInfo, PrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { parseDer } from './parse-der';
import { copy } from './bytes';
import type { DecryptResult } from './cipher-support';
import { decryptPbes2 } from './decrypt-pbes2';

/**
 * Opens an `ENCRYPTED PRIVATE KEY` (PKCS#8 EncryptedPrivateKeyInfo, DER) with a password.
 * Success yields the plain PKCS#8 DER. A padding that checks out by chance (1 in 256)
 * is caught by requiring the result to parse as a PrivateKeyInfo.
 */
export async function decryptPkcs8(der: Uint8Array, password: string): Promise<DecryptResult> {
  const info = parseDer(der, EncryptedPrivateKeyInfo);
  const result = await decryptPbes2(info.encryptionAlgorithm, copy(info.encryptedData), new TextEncoder().encode(password));
  if (!result.ok) return result;
  try {
    parseDer(result.bytes, PrivateKeyInfo);
    return result;
  } catch {
    return { ok: false, reason: 'wrong' };
  }
}

/** The cipher of an encrypted PKCS#8 key, without decrypting it. */
export function encryptionAlgorithmOf(der: Uint8Array): string {
  return parseDer(der, EncryptedPrivateKeyInfo).encryptionAlgorithm.algorithm;
}
