import { ECDSASigValue } from '@peculiar/asn1-ecc';
import { AsnConvert } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier, SubjectPublicKeyInfo } from '@peculiar/asn1-x509';
import { concatBytes, copy, type Bytes } from '../bytes';

/** The keys the writer makes: EC P-256/P-384 or RSA 2048–4096. */
export type LabKeyType = { readonly kind: 'RSA'; readonly bits: 2048 | 3072 | 4096 } | { readonly kind: 'EC'; readonly curve: 'P-256' | 'P-384' };

/** sha256WithRSAEncryption (RFC 4055 §5: its parameters are NULL). */
const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';
/** ecdsa-with-SHA256 and ecdsa-with-SHA384 (RFC 5758 §3.2: the parameters field is absent). */
const ECDSA_WITH = { 'SHA-256': '1.2.840.10045.4.3.2', 'SHA-384': '1.2.840.10045.4.3.3' } as const;

/** The hash a key signs with: SHA-384 with P-384 (RFC 5480 §4 pairs them), SHA-256 otherwise. */
const hashOf = (type: LabKeyType): 'SHA-256' | 'SHA-384' => (type.kind === 'EC' && type.curve === 'P-384' ? 'SHA-384' : 'SHA-256');

/** A fresh key pair, extractable (its PKCS#8 is written out). */
export async function generateKeyPair(type: LabKeyType): Promise<CryptoKeyPair> {
  const algorithm: RsaHashedKeyGenParams | EcKeyGenParams =
    type.kind === 'RSA'
      ? { name: 'RSASSA-PKCS1-v1_5', modulusLength: type.bits, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }
      : { name: 'ECDSA', namedCurve: type.curve };
  return (await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as CryptoKeyPair;
}

/** The public key as a SubjectPublicKeyInfo, as WebCrypto exports it (RFC 5280 §4.1.2.7). */
export async function publicKeyInfo(key: CryptoKey): Promise<SubjectPublicKeyInfo> {
  return AsnConvert.parse(await crypto.subtle.exportKey('spki', key), SubjectPublicKeyInfo);
}

/** The private key as a PKCS#8 PrivateKeyInfo (DER). */
export async function pkcs8Der(key: CryptoKey): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.exportKey('pkcs8', key));
}

/** The AlgorithmIdentifier of the signatures a key of this type makes. */
export function signatureAlgorithm(type: LabKeyType): AlgorithmIdentifier {
  return type.kind === 'RSA'
    ? new AlgorithmIdentifier({ algorithm: SHA256_WITH_RSA, parameters: null })
    : new AlgorithmIdentifier({ algorithm: ECDSA_WITH[hashOf(type)] });
}

/** A big-endian unsigned integer as the content of a DER INTEGER: no leading zeros, one 0x00 where the top bit is set (X.690 §8.3). */
export function derUnsigned(bytes: Uint8Array): Bytes {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const trimmed = bytes.subarray(start);
  return (trimmed[0] ?? 0) & 0x80 ? concatBytes(new Uint8Array([0]), trimmed) : copy(trimmed);
}

/**
 * Signs `der` (a TBSCertificate or a CertificationRequestInfo) with the private key: RSA
 * PKCS#1 v1.5 with SHA-256, or ECDSA whose r‖s (WebCrypto's IEEE P1363 form) becomes the
 * DER Ecdsa-Sig-Value that X.509 carries (RFC 5480 §2.2 via RFC 3279 §2.2.3).
 * Returns the bytes of the signature BIT STRING.
 */
export async function signDer(privateKey: CryptoKey, type: LabKeyType, der: Uint8Array): Promise<ArrayBuffer> {
  const params: Algorithm | EcdsaParams = type.kind === 'RSA' ? { name: 'RSASSA-PKCS1-v1_5' } : { name: 'ECDSA', hash: hashOf(type) };
  const raw = new Uint8Array(await crypto.subtle.sign(params, privateKey, copy(der)));
  if (type.kind === 'RSA') return raw.buffer;
  const half = raw.length / 2;
  const sig = new ECDSASigValue({ r: derUnsigned(raw.subarray(0, half)).buffer, s: derUnsigned(raw.subarray(half)).buffer });
  return AsnConvert.serialize(sig);
}
