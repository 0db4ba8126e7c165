import { md5 } from '@noble/hashes/legacy.js';
import { concatBytes, fromHex, type Bytes } from './bytes';
import { LEGACY_PEM_CIPHERS, legacyPemCipher, type DecryptResult } from './cipher-support';
import { aesCbcDecrypt } from './decrypt-pbes2';
import { desCbcDecrypt } from './triple-des';

/**
 * Decrypts the body of a legacy `Proc-Type: 4,ENCRYPTED` PEM block (OpenSSL's
 * PEM_do_header): key = EVP_BytesToKey(MD5, salt = first 8 bytes of the IV, one round).
 * AES in WebCrypto; DES and 3DES, which WebCrypto lacks, in ./triple-des.ts.
 */
export async function decryptLegacyPem(headers: Record<string, string>, body: Uint8Array, password: string): Promise<DecryptResult> {
  const name = legacyPemCipher(headers);
  const cipher = LEGACY_PEM_CIPHERS[name];
  const iv = fromHex((headers['DEK-Info'] ?? '').split(',')[1]?.trim() ?? '');
  if (cipher === undefined) return { ok: false, reason: 'unsupported', cipher: name || 'unknown' };
  if (!iv || iv.length !== cipher.ivBytes) return { ok: false, reason: 'wrong' };
  const key = bytesToKey(new TextEncoder().encode(password), iv.subarray(0, 8), cipher.keyBytes);
  if (cipher.ivBytes === 16) return aesCbcDecrypt(key, iv, body, name);
  const bytes = desCbcDecrypt(key, iv, body);
  return bytes ? { ok: true, bytes } : { ok: false, reason: 'wrong' };
}

function bytesToKey(password: Uint8Array, salt: Uint8Array, length: number): Bytes {
  let out: Bytes = new Uint8Array(0);
  let previous: Uint8Array = new Uint8Array(0);
  while (out.length < length) {
    previous = md5(concatBytes(previous, password, salt));
    out = concatBytes(out, previous);
  }
  return out.slice(0, length);
}
