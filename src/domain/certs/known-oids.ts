import { AsnConvert } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import { toHex } from './bytes';
import { childrenOf, readTlv, type Tlv } from './der';

/**
 * Recognises known OBJECT IDENTIFIERs by their DER bytes, without parsing: the hot path
 * of a CA bundle (hundreds of certificates, each with a handful of extensions) compares
 * instead of decoding. The encodings are made once by @peculiar/asn1-x509, so no OID is
 * encoded or decoded by hand here; an OID not in the list is left to the library.
 */
export function oidRecogniser(oids: Iterable<string>): (bytes: Uint8Array, tlv: Tlv) => string | null {
  const byDer = new Map<string, string>();
  for (const oid of oids) byDer.set(toHex(encodeOid(oid)), oid);
  return (bytes, tlv) => (tlv.tag === 0x06 ? (byDer.get(toHex(bytes.subarray(tlv.offset, tlv.end))) ?? null) : null);
}

/** An OBJECT IDENTIFIER's DER, as the library writes it inside an AlgorithmIdentifier. */
function encodeOid(oid: string): Uint8Array {
  const der = new Uint8Array(AsnConvert.serialize(new AlgorithmIdentifier({ algorithm: oid })));
  const outer = readTlv(der);
  const first = outer ? childrenOf(der, outer)[0] : undefined;
  if (!first) throw new Error(`cannot encode ${oid}`);
  return der.subarray(first.offset, first.end);
}
