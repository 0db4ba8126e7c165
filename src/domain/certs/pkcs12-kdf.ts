import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { concatBytes, type Bytes } from './bytes';

/** Hashes the PKCS#12 MAC may use, with their block size `v` in bytes. */
const HASHES = {
  'SHA-1': { fn: sha1, v: 64 },
  'SHA-256': { fn: sha256, v: 64 },
  'SHA-384': { fn: sha384, v: 128 },
  'SHA-512': { fn: sha512, v: 128 },
} as const;
export type Pkcs12Hash = keyof typeof HASHES;

/** The hash function, for the HMAC that uses the derived key. */
export function pkcs12HashFunction(hash: Pkcs12Hash): (typeof HASHES)[Pkcs12Hash]['fn'] {
  return HASHES[hash].fn;
}

/** A password as PKCS#12 wants it: BMPString (UTF-16BE) with a two-byte terminator. */
export function bmpPassword(password: string): Bytes {
  const out = new Uint8Array((password.length + 1) * 2);
  for (let i = 0; i < password.length; i++) {
    const unit = password.charCodeAt(i);
    out[i * 2] = unit >> 8;
    out[i * 2 + 1] = unit & 0xff;
  }
  return out;
}

/**
 * RFC 7292 Appendix B.2 key derivation. `id` 1 = key, 2 = IV, 3 = MAC key. Hand-written
 * because neither WebCrypto nor @noble/hashes has it.
 */
export function pkcs12Kdf(hash: Pkcs12Hash, password: Uint8Array, salt: Uint8Array, id: 1 | 2 | 3, iterations: number, length: number): Bytes {
  const { fn, v } = HASHES[hash];
  const fill = (src: Uint8Array): Bytes => {
    const out = new Uint8Array(src.length === 0 ? 0 : v * Math.ceil(src.length / v));
    for (let i = 0; i < out.length; i++) out[i] = src[i % src.length] ?? 0;
    return out;
  };
  const d = new Uint8Array(v).fill(id);
  const input = concatBytes(fill(salt), fill(password));
  let out: Bytes = new Uint8Array(0);
  while (out.length < length) {
    let a = fn(concatBytes(d, input));
    for (let r = 1; r < iterations; r++) a = fn(a);
    out = concatBytes(out, a);
    if (out.length >= length) break;
    // I_j = (I_j + B + 1) mod 2^(8v), B = A repeated to v bytes.
    const b = new Uint8Array(v);
    for (let i = 0; i < v; i++) b[i] = a[i % a.length] ?? 0;
    for (let j = 0; j < input.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = (input[j + k] ?? 0) + (b[k] ?? 0) + carry;
        input[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return out.slice(0, length);
}
