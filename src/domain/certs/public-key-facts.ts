import { SubjectPublicKeyInfo } from '@peculiar/asn1-x509';
import { parseDer } from './parse-der';
import { bitLength } from './bytes';
import { leanPublicKey } from './lean-x509';
import { RSAPublicKey } from '@peculiar/asn1-rsa';
import { ECParameters } from '@peculiar/asn1-ecc';
import { CURVE_BITS, KEY_ALGORITHMS, NAMED_CURVES } from './oids';
import type { PublicKeyFacts } from './types';

/**
 * Algorithm, size and curve of a SubjectPublicKeyInfo (DER). The common keys are read by
 * the fast path (./lean-x509.ts); `lean: false` asks the library alone, as the tests do.
 */
export function publicKeyFacts(spkiDer: Uint8Array, { lean = true }: { lean?: boolean } = {}): PublicKeyFacts {
  const quick = lean ? leanPublicKey(spkiDer) : null;
  if (quick) return quick.value;
  const { algorithm, subjectPublicKey } = parseDer(spkiDer, SubjectPublicKeyInfo);
  switch (algorithm.algorithm) {
    case KEY_ALGORITHMS.rsa:
    case KEY_ALGORITHMS.rsaPss: {
      const rsa = parseDer(subjectPublicKey, RSAPublicKey);
      return { algorithm: 'RSA', bits: bitLength(new Uint8Array(rsa.modulus)), curve: null };
    }
    case KEY_ALGORITHMS.ec: {
      const curve = curveOf(algorithm.parameters);
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
  const params = parseDer(parameters, ECParameters);
  if (!params.namedCurve) return null;
  return NAMED_CURVES[params.namedCurve] ?? params.namedCurve;
}
