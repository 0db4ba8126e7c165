// @ts-expect-error -- des.js ships no types: the part used here is typed below.
import untyped from 'des.js';
import type { Bytes } from './bytes';

interface DesCipher {
  update(data: number[]): number[];
  final(): number[];
}
type DesAlgorithm = { readonly kind: 'des.js algorithm' };
interface DesJs {
  DES: DesAlgorithm;
  EDE: DesAlgorithm;
  CBC: { instantiate(algorithm: DesAlgorithm): { create(options: { type: 'decrypt'; key: number[]; iv: number[]; padding: boolean }): DesCipher } };
}
const des = untyped as DesJs;

/**
 * DES-EDE3-CBC and DES-CBC decryption, which WebCrypto lacks and Elastic Agent reads (Go's
 * x509.DecryptPEMBlock; PKCS#12 with 3DES, what OpenSSL 3 writes with -keypbe/-certpbe
 * PBE-SHA1-3DES or -legacy). des.js (the DES of browserify's crypto) does the blocks; the
 * PKCS#7 padding is checked here. Null when the padding does not check out: a wrong key.
 */
export function desCbcDecrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Bytes | null {
  if (iv.length !== 8 || data.length === 0 || data.length % 8 !== 0 || (key.length !== 8 && key.length !== 24)) return null;
  const Cbc = des.CBC.instantiate(key.length === 8 ? des.DES : des.EDE);
  const cipher = Cbc.create({ type: 'decrypt', key: [...key], iv: [...iv], padding: false });
  const out = Uint8Array.from(cipher.update([...data]).concat(cipher.final()));
  const pad = out[out.length - 1] ?? 0;
  if (pad < 1 || pad > 8 || out.subarray(out.length - pad).some((b) => b !== pad)) return null;
  return out.slice(0, out.length - pad);
}
