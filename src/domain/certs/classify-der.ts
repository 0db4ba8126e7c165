import { childrenOf, readTlv } from './der';

export type DerKind = 'certificate' | 'pkcs12' | 'pkcs8' | 'encrypted-pkcs8' | 'pkcs1' | 'sec1';

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const OCTET_STRING = 0x04;
const BIT_STRING = 0x03;

/**
 * What a DER file holds, told apart by the tags of the outer SEQUENCE's first elements
 * (and the version number where two structures share a shape); null if none fits.
 */
export function classifyDer(bytes: Uint8Array): DerKind | null {
  const outer = readTlv(bytes);
  if (!outer || outer.tag !== SEQUENCE) return null;
  const kids = childrenOf(bytes, outer);
  const tags = kids.map((k) => k.tag);
  const version = kids[0]?.tag === INTEGER && kids[0].end - kids[0].start === 1 ? bytes[kids[0].start] : undefined;
  if (tags[0] === SEQUENCE && tags[1] === SEQUENCE && tags[2] === BIT_STRING) return 'certificate';
  if (tags.length === 2 && tags[0] === SEQUENCE && tags[1] === OCTET_STRING) return 'encrypted-pkcs8';
  if (version === 3 && tags[1] === SEQUENCE) return 'pkcs12';
  if ((version === 0 || version === 1) && tags[1] === SEQUENCE && tags[2] === OCTET_STRING) return 'pkcs8';
  if (version === 0 && tags.length >= 9 && tags.slice(0, 9).every((t) => t === INTEGER)) return 'pkcs1';
  if (version === 1 && tags[1] === OCTET_STRING) return 'sec1';
  return null;
}
