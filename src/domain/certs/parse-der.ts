import { AsnConvert } from '@peculiar/asn1-schema';

/**
 * @peculiar/asn1-schema's parse, with the limits of this engine. asn1js stops at 10,000
 * nodes by default, which a leaf with thousands of names or a PKCS#12 archive with a few
 * hundred certificates passes; every node takes at least two bytes, so the input's size
 * (5 MiB at most, ./limits.ts) bounds the work instead. Nor does the engine need asn1js to
 * try every OCTET and BIT STRING as nested ASN.1: it parses what it reads, when it reads it.
 */
export function parseDer<T>(der: Uint8Array | ArrayBuffer, type: new () => T): T {
  return AsnConvert.parse(der, type, { berOptions: { maxNodes: Math.max(10_000, der.byteLength), parseEmbedded: false } });
}
