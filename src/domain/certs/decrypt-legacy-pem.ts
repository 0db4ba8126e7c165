import { md5 } from '@noble/hashes/legacy.js';
import { concatBytes, fromHex, type Bytes } from './bytes';
import { legacyPemCipher, type DecryptResult } from './cipher-support';
import { aesCbcDecrypt } from './decrypt-pbes2';

const AES_KEY_BYTES: Readonly<Record<string, number>> = { 'AES-128-CBC': 16, 'AES-192-CBC': 24, 'AES-256-CBC': 32 };

/**
 * Decrypts the body of a legacy `Proc-Type: 4,ENCRYPTED` PEM block (OpenSSL's
 * PEM_do_header): key = EVP_BytesToKey(MD5, salt = first 8 bytes of the IV, one round).
 * Only AES-CBC: WebCrypto has no DES/3DES.
 */
export async function decryptLegacyPem(headers: Record<string, string>, body: Uint8Array, password: string): Promise<DecryptResult> {
  const cipher = legacyPemCipher(headers);
  const keyBytes = AES_KEY_BYTES[cipher];
  const iv = fromHex((headers['DEK-Info'] ?? '').split(',')[1]?.trim() ?? '');
  if (keyBytes === undefined) return { ok: false, reason: 'unsupported', cipher: cipher || 'unknown' };
  if (!iv || iv.length !== 16) return { ok: false, reason: 'wrong' };
  const key = bytesToKey(new TextEncoder().encode(password), iv.subarray(0, 8), keyBytes);
  return aesCbcDecrypt(key, iv, body, cipher);
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
