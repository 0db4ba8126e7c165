import type { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import { copy } from './bytes';
import { integerOf, PKCS12_PBE_CIPHERS, pkcs12KdfCost, type DecryptResult } from './cipher-support';
import { parseDer } from './parse-der';
import { bmpPassword, pkcs12Kdf } from './pkcs12-kdf';
import { Pkcs12PbeParams } from './pkcs5-schemas';
import { desCbcDecrypt } from './triple-des';
import { addCosts, type WorkBudget } from './work-budget';

/**
 * Decrypts data encrypted with a PKCS#12 PBE cipher (RFC 7292 Appendix C): key and IV
 * from the PKCS#12 KDF with SHA-1 over the password as BMPString, then 3DES-CBC. What
 * OpenSSL 3 reads without its legacy provider; the RC2 variants are left to `-legacy`.
 */
export function decryptPkcs12Pbe(algorithm: AlgorithmIdentifier, data: Uint8Array, password: string, budget: WorkBudget): DecryptResult {
  const cipher = PKCS12_PBE_CIPHERS[algorithm.algorithm];
  if (!cipher || !algorithm.parameters) return { ok: false, reason: 'unsupported', cipher: algorithm.algorithm };
  const params = parseDer(algorithm.parameters, Pkcs12PbeParams);
  const iterations = integerOf(params.iterations, 1);
  if (!(iterations >= 1)) return { ok: false, reason: 'wrong' };
  const refused = budget.spend(addCosts(pkcs12KdfCost('SHA-1', iterations, cipher.keyBytes), pkcs12KdfCost('SHA-1', iterations, 8)));
  if (refused) return { ok: false, reason: 'limit', refusal: refused };
  const pass = bmpPassword(password);
  const salt = copy(params.salt);
  const key = pkcs12Kdf('SHA-1', pass, salt, 1, iterations, cipher.keyBytes);
  const iv = pkcs12Kdf('SHA-1', pass, salt, 2, iterations, 8);
  // Two-key 3DES is K1 K2 K1.
  const bytes = desCbcDecrypt(key.length === 16 ? Uint8Array.from([...key, ...key.subarray(0, 8)]) : key, iv, data);
  return bytes ? { ok: true, bytes } : { ok: false, reason: 'wrong' };
}
