import { equalBytes } from './bytes';
import { exactChildrenOf, readTlv, sliceOf, type Tlv } from './der';

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
  /** The outer signatureAlgorithm, the one the issuer signed with (the TBS holds the same bytes). */
  signatureAlgorithm: Uint8Array<ArrayBuffer>;
  /** The signature BIT STRING's content without the unused-bits byte. */
  signature: Uint8Array<ArrayBuffer>;
}

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const OID = 0x06;
const BIT_STRING = 0x03;
/** issuerUniqueID [1] and subjectUniqueID [2] (IMPLICIT BIT STRING), extensions [3] EXPLICIT. */
const ISSUER_UID = 0x81;
const SUBJECT_UID = 0x82;
const EXTENSIONS = 0xa3;

/**
 * Splits a certificate's DER into its parts; null when it is not a certificate that Go's
 * crypto/x509 (the agent's parser) and OpenSSL both read: the framing of RFC 5280 §4.1
 * exactly, with nothing more and nothing out of order, a version of 1 to 3 (issuer and
 * subject unique ids from v2 on, extensions in v3 only), an AlgorithmIdentifier, and the
 * same signature algorithm inside the signed part as outside (Go: "inner and outer
 * signature algorithm identifiers don't match"). Both of the engine's reading paths start
 * here, so they refuse the same certificates; lean-x509.test.ts holds the whole-certificate
 * parse of @peculiar/asn1-x509 to the same answer.
 *
 * Each part is then read on its own: parsing the certificate whole would also make asn1js
 * read the signature and every key as nested ASN.1 (twice the time for a 150-certificate
 * bundle), and would count a leaf's ten thousand names against its node limit.
 */
export function certificateParts(bytes: Uint8Array): CertificateParts | null {
  const outer = readTlv(bytes);
  const top = outer && outer.tag === SEQUENCE ? exactChildrenOf(bytes, outer) : null;
  const [tbs, algorithm, signature, ...more] = top ?? [];
  if (!outer || !tbs || !algorithm || !signature || more.length > 0) return null;
  if (tbs.tag !== SEQUENCE || !isAlgorithmIdentifier(bytes, algorithm) || signature.tag !== BIT_STRING || signature.end === signature.start) return null;
  const fields = exactChildrenOf(bytes, tbs);
  if (!fields) return null;
  const version = fields[0]?.tag === 0xa0 ? versionOf(bytes, fields[0]) : 1;
  if (version === null) return null;
  const [serial, inner, issuer, validity, subject, spki, ...optional] = fields.slice(fields[0]?.tag === 0xa0 ? 1 : 0);
  if (!serial || serial.tag !== INTEGER || serial.end === serial.start) return null;
  if (!inner || !equalBytes(bytes.subarray(inner.offset, inner.end), bytes.subarray(algorithm.offset, algorithm.end))) return null;
  if (!issuer || !validity || !subject || !spki || ![issuer, validity, subject, spki].every((t) => t.tag === SEQUENCE)) return null;
  const extensions = optionalFields(bytes, optional, version);
  if (extensions === undefined) return null;
  return {
    der: sliceOf(bytes, outer),
    tbs: sliceOf(bytes, tbs),
    serial: bytes.slice(serial.start, serial.end),
    issuer: sliceOf(bytes, issuer),
    validity: sliceOf(bytes, validity),
    subject: sliceOf(bytes, subject),
    spki: sliceOf(bytes, spki),
    extensions: extensions && sliceOf(bytes, extensions),
    signatureAlgorithm: sliceOf(bytes, algorithm),
    signature: bytes.slice(signature.start + 1, signature.end),
  };
}

/** `[0] EXPLICIT INTEGER` 0, 1 or 2 (v1–v3) in one byte, as X.509 numbers them; null otherwise. */
function versionOf(bytes: Uint8Array, wrapper: Tlv): number | null {
  const [value, ...rest] = exactChildrenOf(bytes, wrapper) ?? [];
  if (!value || rest.length > 0 || value.tag !== INTEGER || value.end - value.start !== 1) return null;
  const v = bytes[value.start] ?? 0xff;
  return v <= 2 ? v + 1 : null;
}

/** SEQUENCE { algorithm OBJECT IDENTIFIER, parameters ANY OPTIONAL }. */
function isAlgorithmIdentifier(bytes: Uint8Array, t: Tlv): boolean {
  const [id, , ...rest] = (t.tag === SEQUENCE && exactChildrenOf(bytes, t)) || [];
  return id !== undefined && id.tag === OID && id.end > id.start && rest.length === 0;
}

/**
 * The extensions SEQUENCE (null when absent) after the fields every certificate has;
 * undefined when anything else follows, or follows out of order, or the version forbids it.
 */
function optionalFields(bytes: Uint8Array, optional: Tlv[], version: number): Tlv | null | undefined {
  const allowed = version === 1 ? [] : version === 2 ? [ISSUER_UID, SUBJECT_UID] : [ISSUER_UID, SUBJECT_UID, EXTENSIONS];
  let next = 0;
  let extensions: Tlv | null = null;
  for (const field of optional) {
    const at = allowed.indexOf(field.tag, next);
    if (at < 0) return undefined;
    next = at + 1;
    if (field.tag === EXTENSIONS) {
      const [inner, ...rest] = exactChildrenOf(bytes, field) ?? [];
      if (!inner || inner.tag !== SEQUENCE || rest.length > 0) return undefined;
      extensions = inner;
    }
  }
  return extensions;
}
