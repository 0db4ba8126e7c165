import { childrenOf, readTlv, sliceOf } from './der';

/** The exact original bytes of the parts of a certificate that are hashed or compared. */
export interface CertificateParts {
  /** The whole certificate: one DER element, trailing bytes cut off. */
  der: Uint8Array<ArrayBuffer>;
  tbs: Uint8Array<ArrayBuffer>;
  serial: Uint8Array<ArrayBuffer>;
  issuer: Uint8Array<ArrayBuffer>;
  subject: Uint8Array<ArrayBuffer>;
  spki: Uint8Array<ArrayBuffer>;
  /** The signature BIT STRING's content without the unused-bits byte. */
  signature: Uint8Array<ArrayBuffer>;
}

/** Splits a certificate's DER into its parts; null when the framing is not a certificate's. */
export function certificateParts(bytes: Uint8Array): CertificateParts | null {
  const outer = readTlv(bytes);
  if (!outer || outer.tag !== 0x30) return null;
  const [tbs, , signature] = childrenOf(bytes, outer);
  if (!tbs || tbs.tag !== 0x30 || !signature || signature.tag !== 0x03) return null;
  const fields = childrenOf(bytes, tbs);
  const o = fields[0]?.tag === 0xa0 ? 1 : 0;
  const [serial, , issuer, , subject, spki] = fields.slice(o);
  if (!serial || !issuer || !subject || !spki || serial.tag !== 0x02) return null;
  return {
    der: sliceOf(bytes, outer),
    tbs: sliceOf(bytes, tbs),
    serial: bytes.slice(serial.start, serial.end),
    issuer: sliceOf(bytes, issuer),
    subject: sliceOf(bytes, subject),
    spki: sliceOf(bytes, spki),
    signature: bytes.slice(signature.start + 1, signature.end),
  };
}
