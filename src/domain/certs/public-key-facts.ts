import { AsnConvert } from '@peculiar/asn1-schema';
import { SubjectPublicKeyInfo } from '@peculiar/asn1-x509';
import { RSAPublicKey } from '@peculiar/asn1-rsa';
import { ECParameters } from '@peculiar/asn1-ecc';
import { CURVE_BITS, KEY_ALGORITHMS, NAMED_CURVES } from './oids';
import type { PublicKeyFacts } from './types';

/** Algorithm, size and curve of a SubjectPublicKeyInfo (DER). */
export function publicKeyFacts(spkiDer: Uint8Array): PublicKeyFacts {
  const spki = AsnConvert.parse(spkiDer, SubjectPublicKeyInfo);
  switch (spki.algorithm.algorithm) {
    case KEY_ALGORITHMS.rsa:
    case KEY_ALGORITHMS.rsaPss: {
      const key = AsnConvert.parse(spki.subjectPublicKey, RSAPublicKey);
      return { algorithm: 'RSA', bits: bitLength(new Uint8Array(key.modulus)), curve: null };
    }
    case KEY_ALGORITHMS.ec: {
      const curve = curveOf(spki.algorithm.parameters);
      return { algorithm: 'EC', bits: curve ? (CURVE_BITS[curve] ?? null) : null, curve };
    }
    case KEY_ALGORITHMS.ed25519:
      return { algorithm: 'Ed25519', bits: null, curve: null };
    case KEY_ALGORITHMS.ed448:
      return { algorithm: 'Ed448', bits: null, curve: null };
    default:
      return { algorithm: 'other', bits: null, curve: null };
  }
}

/** Curve name of EC parameters: a named curve's name or dotted OID; null for explicit curves. */
export function curveOf(parameters: ArrayBuffer | null | undefined): string | null {
  if (!parameters) return null;
  const params = AsnConvert.parse(parameters, ECParameters);
  if (!params.namedCurve) return null;
  return NAMED_CURVES[params.namedCurve] ?? params.namedCurve;
}

/** Bits in an unsigned big-endian integer, ignoring leading zero bytes. */
export function bitLength(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  const top = bytes[i];
  if (top === undefined) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(top));
}
