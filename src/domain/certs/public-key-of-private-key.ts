import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier, SubjectPublicKeyInfo } from '@peculiar/asn1-x509';
import { RSAPublicKey } from '@peculiar/asn1-rsa';
import { PrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { ECPrivateKey } from '@peculiar/asn1-ecc';
import { parseDer } from './parse-der';
import { concatBytes, copy, fromBase64, type Bytes } from './bytes';
import { KEY_ALGORITHMS } from './oids';

/*
 * The SubjectPublicKeyInfo that belongs to a private key, built the way OpenSSL writes it
 * into certificates, so its hash can be compared with a certificate's. When the private
 * key does not carry its public half (EC without the optional publicKey, Ed25519/Ed448),
 * WebCrypto computes it; where WebCrypto cannot (Ed448 in browsers, other curves), null.
 */

const NULL_PARAMS = new Uint8Array([0x05, 0x00]).buffer;

export function spkiDer(algorithm: AlgorithmIdentifier, publicKey: ArrayBuffer | Uint8Array): Bytes {
  const spki = new SubjectPublicKeyInfo({ algorithm, subjectPublicKey: copy(publicKey).buffer });
  return new Uint8Array(AsnConvert.serialize(spki));
}

export function rsaSpki(modulus: ArrayBuffer, publicExponent: ArrayBuffer): Bytes {
  const key = AsnConvert.serialize(new RSAPublicKey({ modulus, publicExponent }));
  return spkiDer(new AlgorithmIdentifier({ algorithm: KEY_ALGORITHMS.rsa, parameters: NULL_PARAMS }), key);
}

/** SPKI of an EC key given as SEC1 `ECPrivateKey` DER, with the curve's parameters DER. */
export async function ecSpki(sec1: Uint8Array, curveParams: ArrayBuffer, curve: string | null): Promise<Bytes | null> {
  const key = parseDer(sec1, ECPrivateKey);
  const algorithm = new AlgorithmIdentifier({ algorithm: KEY_ALGORITHMS.ec, parameters: curveParams });
  if (key.publicKey) return spkiDer(algorithm, key.publicKey);
  if (curve !== 'P-256' && curve !== 'P-384' && curve !== 'P-521') return null;
  const pkcs8 = AsnConvert.serialize(new PrivateKeyInfo({ privateKeyAlgorithm: algorithm, privateKey: new OctetString(copy(sec1)) }));
  const jwk = await exportedJwk(pkcs8, { name: 'ECDSA', namedCurve: curve }, ['sign']);
  const x = jwk?.x ? fromBase64Url(jwk.x) : null;
  const y = jwk?.y ? fromBase64Url(jwk.y) : null;
  return x && y ? spkiDer(algorithm, concatBytes(new Uint8Array([4]), x, y)) : null;
}

/** SPKI of an Ed25519 or Ed448 key given as PKCS#8 DER. */
export async function edwardsSpki(pkcs8: Uint8Array, name: 'Ed25519' | 'Ed448'): Promise<Bytes | null> {
  const jwk = await exportedJwk(copy(pkcs8), { name }, ['sign']);
  const x = jwk?.x ? fromBase64Url(jwk.x) : null;
  const oid = name === 'Ed25519' ? KEY_ALGORITHMS.ed25519 : KEY_ALGORITHMS.ed448;
  return x ? spkiDer(new AlgorithmIdentifier({ algorithm: oid }), x) : null;
}

async function exportedJwk(pkcs8: ArrayBuffer | Bytes, algorithm: EcKeyImportParams | Algorithm, usages: KeyUsage[]): Promise<JsonWebKey | null> {
  try {
    const key = await globalThis.crypto.subtle.importKey('pkcs8', pkcs8, algorithm, true, usages);
    return await globalThis.crypto.subtle.exportKey('jwk', key);
  } catch {
    return null;
  }
}

function fromBase64Url(text: string): Bytes | null {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return fromBase64(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
}
