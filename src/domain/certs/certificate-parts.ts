import { childrenOf, readTlv, sliceOf, type Tlv } from './der';

/** The exact original bytes of the parts of a certificate that are hashed, compared or read. */
export interface CertificateParts {
  /** The whole certificate: one DER element, trailing bytes cut off. */
  der: Uint8Array<ArrayBuffer>;
  tbs: Uint8Array<ArrayBuffer>;
  serial: Uint8Array<ArrayBuffer>;
  issuer: Uint8Array<ArrayBuffer>;
  validity: Uint8Array<ArrayBuffer>;
  subject: Uint8Array<ArrayBuffer>;
  spki: Uint8Array<ArrayBuffer>;
  /** The Extensions SEQUENCE inside `[3]`; null for a certificate without extensions (v1). */
  extensions: Uint8Array<ArrayBuffer> | null;
  /** The outer signatureAlgorithm, the one the issuer signed with. */
  signatureAlgorithm: Uint8Array<ArrayBuffer>;
  /** The signature BIT STRING's content without the unused-bits byte. */
  signature: Uint8Array<ArrayBuffer>;
}

/**
 * Splits a certificate's DER into its parts; null when the framing is not a certificate's.
 * Each part is then read by @peculiar/asn1-x509 on its own: parsing the certificate whole
 * would also make asn1js try to read the signature and every key as nested ASN.1, which
 * doubled the time a 150-certificate bundle took.
 */
export function certificateParts(bytes: Uint8Array): CertificateParts | null {
  const outer = readTlv(bytes);
  if (!outer || outer.tag !== 0x30) return null;
  const [tbs, algorithm, signature] = childrenOf(bytes, outer);
  if (!tbs || tbs.tag !== 0x30 || !algorithm || algorithm.tag !== 0x30 || !signature || signature.tag !== 0x03) return null;
  const fields = childrenOf(bytes, tbs);
  const o = fields[0]?.tag === 0xa0 ? 1 : 0;
  const [serial, , issuer, validity, subject, spki, ...optional] = fields.slice(o);
  if (!serial || !issuer || !validity || !subject || !spki || serial.tag !== 0x02) return null;
  if (![issuer, validity, subject, spki].every((t) => t.tag === 0x30)) return null;
  return {
    der: sliceOf(bytes, outer),
    tbs: sliceOf(bytes, tbs),
    serial: bytes.slice(serial.start, serial.end),
    issuer: sliceOf(bytes, issuer),
    validity: sliceOf(bytes, validity),
    subject: sliceOf(bytes, subject),
    spki: sliceOf(bytes, spki),
    extensions: extensionsOf(bytes, optional),
    signatureAlgorithm: sliceOf(bytes, algorithm),
    signature: bytes.slice(signature.start + 1, signature.end),
  };
}

/** issuerUniqueID [1] and subjectUniqueID [2] may come first; extensions are `[3] EXPLICIT`. */
function extensionsOf(bytes: Uint8Array, optional: Tlv[]): Uint8Array<ArrayBuffer> | null {
  const wrapper = optional.find((t) => t.tag === 0xa3);
  if (!wrapper) return null;
  const inner = readTlv(bytes, wrapper.start, wrapper.end);
  return inner ? sliceOf(bytes, inner) : new Uint8Array(0);
}
