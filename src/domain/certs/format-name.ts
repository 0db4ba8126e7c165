import { AsnConvert } from '@peculiar/asn1-schema';
import { Name, type AttributeValue } from '@peculiar/asn1-x509';
import { parseDer } from './parse-der';
import { ATTRIBUTE_SHORT_NAMES, OID_COMMON_NAME } from './oids';

/** A distinguished name read once: as OpenSSL prints it, and its Common Name. */
export interface NameFacts {
  readonly text: string;
  readonly commonName: string | null;
}

/**
 * `text` is the name as `openssl x509 -noout -subject -nameopt RFC2253` prints it:
 * attributes in reverse order, `,` between RDNs and `+` inside one, short names, and
 * OpenSSL's escaping (crypto/asn1/a_strex.c): `,+"\<>;` with a backslash, `#` and space
 * first and space last with a backslash, control characters and every byte of a non-ASCII
 * character as `\XX`. Unknown attribute types print as `OID=#<hex of the DER value>`.
 * `commonName` is the value of the last CN attribute (the most specific), unescaped.
 */
export function readName(nameDer: Uint8Array): NameFacts {
  const parts: string[] = [];
  let commonName: string | null = null;
  for (const rdn of parseDer(nameDer, Name)) {
    rdn.forEach((atv, i) => {
      const short = ATTRIBUTE_SHORT_NAMES[atv.type];
      const value = short === undefined ? null : stringOf(atv.value);
      if (atv.type === OID_COMMON_NAME) commonName = stringOf(atv.value) ?? commonName;
      const text = value === null ? `#${derHex(atv.value)}` : escapeValue(value);
      parts.push(namePart(i > 0, short ?? atv.type, text));
    });
  }
  return { text: joinName(parts), commonName };
}

/**
 * One attribute as it will print: `,` (new RDN) or `+` (same RDN) in front, then
 * `short=escaped value`. `joinName` turns them into OpenSSL's RFC 2253 order.
 */
export function namePart(sameRdn: boolean, type: string, value: string): string {
  return `${sameRdn ? '+' : ','}${type}=${value}`;
}

/**
 * Reverses element by element, as OpenSSL does: the separator in front of each element
 * ends up behind it.
 */
export function joinName(parts: readonly string[]): string {
  let text = '';
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] ?? '';
    text += part.slice(1) + (i > 0 ? part.charAt(0) : '');
  }
  return text;
}

function stringOf(v: AttributeValue): string | null {
  const s = v.utf8String ?? v.printableString ?? v.ia5String ?? v.teletexString ?? v.bmpString ?? v.universalString;
  if (s !== undefined) return s;
  if (!v.anyValue) return null;
  // NumericString (0x12) and VisibleString (0x1a) are one byte per character too.
  const bytes = new Uint8Array(v.anyValue);
  if (bytes[0] !== 0x12 && bytes[0] !== 0x1a) return null;
  const headerLength = (bytes[1] ?? 0) & 0x80 ? 2 + ((bytes[1] ?? 0) & 0x7f) : 2;
  return String.fromCharCode(...bytes.subarray(headerLength));
}

function derHex(v: AttributeValue): string {
  const der = v.anyValue ?? AsnConvert.serialize(v);
  return [...new Uint8Array(der)].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join('');
}

const BACKSLASHED = new Set([',', '+', '"', '\\', '<', '>', ';']);

export function escapeValue(value: string): string {
  const chars = [...value];
  let out = '';
  chars.forEach((ch, i) => {
    const code = ch.codePointAt(0) ?? 0;
    if (code > 0x7f) {
      for (const b of new TextEncoder().encode(ch)) out += `\\${b.toString(16).toUpperCase().padStart(2, '0')}`;
    } else if (code < 0x20 || code === 0x7f) {
      out += `\\${code.toString(16).toUpperCase().padStart(2, '0')}`;
    } else if (BACKSLASHED.has(ch) || (i === 0 && (ch === '#' || ch === ' ')) || (i === chars.length - 1 && ch === ' ')) {
      out += `\\${ch}`;
    } else {
      out += ch;
    }
  });
  return out;
}
