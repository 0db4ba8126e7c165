import { bitLength, toHex } from './bytes';
import { exactChildrenOf, readWhole, type Tlv } from './der';
import { escapeValue, joinName, namePart, type NameFacts } from './format-name';
import { formatIp } from './ip-address';
import { oidRecogniser } from './known-oids';
import { ANY_EXTENDED_KEY_USAGE, ATTRIBUTE_SHORT_NAMES, CURVE_BITS, EXTENDED_KEY_USAGES, KEY_ALGORITHMS, NAMED_CURVES, OID_COMMON_NAME } from './oids';
import type { PublicKeyFacts, SubjectAltNames } from './types';

/**
 * The fast path for the common shapes of the parts of a certificate, so that a bundle of
 * hundreds of certificates is read in a few milliseconds (@peculiar/asn1-schema takes
 * about a millisecond a certificate until the JIT has warmed up; see ADR 4).
 *
 * Each reader takes one part, walks its DER framing with ./der.ts, and answers only for
 * the shapes it knows exactly (a name of UTF8String/PrintableString/IA5String values of
 * known types, DER times, the usual extension values). For anything else it answers
 * null, meaning "ask the library": the library stays the reference, the fast path only
 * ever agrees with it. That is tested on every fixture and on mutated certificates
 * (lean-x509.test.ts).
 */
export type Lean<T> = { readonly value: T } | null;

const lean = <T>(value: T): Lean<T> => ({ value });

const content = (der: Uint8Array, t: Tlv) => der.subarray(t.start, t.end);

/** Bytes that are all 7-bit ASCII, as a string; null otherwise. */
function ascii(bytes: Uint8Array): string | null {
  let out = '';
  for (const b of bytes) {
    if (b > 0x7f) return null;
    out += String.fromCharCode(b);
  }
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** UTF8String, PrintableString, IA5String; anything else (BMP, Teletex…) goes to the library. */
function directoryString(der: Uint8Array, t: Tlv): string | null {
  const bytes = content(der, t);
  if (t.tag === 0x13 || t.tag === 0x16) return ascii(bytes);
  if (t.tag !== 0x0c) return null;
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

const recogniseAttribute = oidRecogniser(Object.keys(ATTRIBUTE_SHORT_NAMES));

export function leanName(der: Uint8Array): Lean<NameFacts> {
  const name = readWhole(der, 0x30);
  const rdns = name && exactChildrenOf(der, name);
  if (!rdns) return null;
  const parts: string[] = [];
  let commonName: string | null = null;
  for (const rdn of rdns) {
    const attributes = rdn.tag === 0x31 ? exactChildrenOf(der, rdn) : null;
    if (!attributes || attributes.length === 0) return null;
    for (const [i, attribute] of attributes.entries()) {
      const fields = attribute.tag === 0x30 ? exactChildrenOf(der, attribute) : null;
      const [type, value] = fields ?? [];
      if (!fields || fields.length !== 2 || !type || !value) return null;
      const oid = recogniseAttribute(der, type);
      const text = directoryString(der, value);
      if (oid === null || text === null) return null;
      if (oid === OID_COMMON_NAME) commonName = text;
      parts.push(namePart(i > 0, ATTRIBUTE_SHORT_NAMES[oid] ?? oid, escapeValue(text)));
    }
  }
  return lean({ text: joinName(parts), commonName });
}

const UTC_TIME = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/;
const GENERALIZED_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/;

/** A DER UTCTime or GeneralizedTime (whole seconds, `Z`) as an ISO string; null for any other form. */
function time(der: Uint8Array, t: Tlv): string | null {
  const text = ascii(content(der, t));
  const m = text === null ? null : t.tag === 0x17 ? UTC_TIME.exec(text) : t.tag === 0x18 ? GENERALIZED_TIME.exec(text) : null;
  if (!m) return null;
  const [year2or4 = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = m.slice(1).map(Number);
  // RFC 5280 §4.1.2.5.1: two-digit years 50–99 are 19xx, 00–49 are 20xx.
  const year = t.tag === 0x17 ? (year2or4 >= 50 ? 1900 : 2000) + year2or4 : year2or4;
  if (year < 100) return null; // Date.UTC would read it as 19xx
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const fields = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
  // 31 February, 24:00 or a leap second would roll over: leave such a time to the library.
  return fields.every((v, i) => v === [year, month, day, hour, minute, second][i]) ? date.toISOString() : null;
}

export function leanValidity(der: Uint8Array): Lean<{ notBefore: string; notAfter: string }> {
  const validity = readWhole(der, 0x30);
  const [from, to, ...rest] = (validity && exactChildrenOf(der, validity)) ?? [];
  if (!from || !to || rest.length > 0) return null;
  const notBefore = time(der, from);
  const notAfter = time(der, to);
  return notBefore !== null && notAfter !== null ? lean({ notBefore, notAfter }) : null;
}

/** A non-negative INTEGER that fits in 31 bits. */
function smallInteger(der: Uint8Array, t: Tlv): number | null {
  const bytes = content(der, t);
  if (t.tag !== 0x02 || bytes.length === 0 || bytes.length > 4 || (bytes[0] ?? 0) & 0x80) return null;
  return bytes.reduce((n, b) => n * 256 + b, 0);
}

export function leanBasicConstraints(der: Uint8Array): Lean<{ ca: boolean; pathLength: number | null }> {
  const seq = readWhole(der, 0x30);
  const fields = seq && exactChildrenOf(der, seq);
  if (!fields) return null;
  let at = 0;
  let ca = false;
  let pathLength: number | null = null;
  const first = fields[0];
  if (first?.tag === 0x01) {
    const value = content(der, first);
    if (value.length !== 1 || (value[0] !== 0 && value[0] !== 0xff)) return null;
    ca = value[0] === 0xff;
    at = 1;
  }
  const next = fields[at];
  if (next) {
    pathLength = smallInteger(der, next);
    if (pathLength === null) return null;
    at++;
  }
  return at === fields.length ? lean({ ca, pathLength }) : null;
}

/** A BIT STRING's bits, RFC 5280 numbering (bit 0 is the first byte's high bit). */
export function leanBits(der: Uint8Array): Lean<(bit: number) => boolean> {
  const t = readWhole(der, 0x03);
  const bytes = t ? content(der, t) : null;
  const unused = bytes?.[0];
  if (!bytes || unused === undefined || unused > 7 || (bytes.length === 1 && unused !== 0)) return null;
  const total = (bytes.length - 1) * 8 - unused;
  return lean((bit: number) => bit < total && ((bytes[1 + (bit >> 3)] ?? 0) & (0x80 >> (bit & 7))) !== 0);
}

export function leanSubjectKeyId(der: Uint8Array): Lean<string> {
  const t = readWhole(der, 0x04);
  return t ? lean(toHex(content(der, t))) : null;
}

/** keyIdentifier [0] alone; an AKI naming the issuer and serial too goes to the library. */
export function leanAuthorityKeyId(der: Uint8Array): Lean<string | null> {
  const seq = readWhole(der, 0x30);
  const fields = seq && exactChildrenOf(der, seq);
  if (!fields || fields.length > 1) return null;
  const id = fields[0];
  if (!id) return lean(null);
  return id.tag === 0x80 ? lean(toHex(content(der, id))) : null;
}

const recogniseUsage = oidRecogniser([...Object.keys(EXTENDED_KEY_USAGES), ANY_EXTENDED_KEY_USAGE]);

/** The EKU OIDs, when every one is known. */
export function leanExtendedKeyUsage(der: Uint8Array): Lean<string[]> {
  const seq = readWhole(der, 0x30);
  const fields = seq && exactChildrenOf(der, seq);
  if (!fields) return null;
  const out: string[] = [];
  for (const f of fields) {
    const oid = recogniseUsage(der, f);
    if (oid === null) return null;
    out.push(oid);
  }
  return lean(out);
}

/** rfc822Name [1], dNSName [2], URI [6] in ASCII and iPAddress [7] of 4 or 16 bytes; any other name goes to the library. */
export function leanSubjectAltNames(der: Uint8Array): Lean<SubjectAltNames> {
  const seq = readWhole(der, 0x30);
  const names = seq && exactChildrenOf(der, seq);
  if (!names) return null;
  const out: SubjectAltNames = { dns: [], ip: [], email: [], uri: [] };
  for (const n of names) {
    const bytes = content(der, n);
    if (n.tag === 0x87) {
      if (bytes.length !== 4 && bytes.length !== 16) return null;
      out.ip.push(formatIp(bytes));
      continue;
    }
    const list = n.tag === 0x81 ? out.email : n.tag === 0x82 ? out.dns : n.tag === 0x86 ? out.uri : null;
    const text = ascii(bytes);
    if (!list || text === null) return null;
    list.push(text);
  }
  return lean(out);
}

const recogniseKey = oidRecogniser(Object.values(KEY_ALGORITHMS));
const recogniseCurve = oidRecogniser(Object.keys(NAMED_CURVES));

/** RSA (its modulus size), EC on a named curve the engine knows, Ed25519, Ed448. */
export function leanPublicKey(der: Uint8Array): Lean<PublicKeyFacts> {
  const spki = readWhole(der, 0x30);
  const [algorithm, key, ...rest] = (spki && exactChildrenOf(der, spki)) ?? [];
  const [id, parameters, ...more] = (algorithm?.tag === 0x30 && exactChildrenOf(der, algorithm)) || [];
  if (!algorithm || !key || key.tag !== 0x03 || rest.length > 0 || !id || more.length > 0) return null;
  const bits = content(der, key);
  if (bits[0] !== 0) return null;
  switch (recogniseKey(der, id)) {
    case KEY_ALGORITHMS.rsa: {
      // RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }, after a NULL parameter.
      if (parameters && (parameters.tag !== 0x05 || parameters.end !== parameters.start)) return null;
      const rsaDer = bits.subarray(1);
      const rsa = readWhole(rsaDer, 0x30);
      const [modulus, exponent, ...extra] = (rsa && exactChildrenOf(rsaDer, rsa)) ?? [];
      if (modulus?.tag !== 0x02 || exponent?.tag !== 0x02 || extra.length > 0) return null;
      return lean({ algorithm: 'RSA', bits: bitLength(content(rsaDer, modulus)), curve: null });
    }
    case KEY_ALGORITHMS.ec: {
      const curve = parameters ? recogniseCurve(der, parameters) : null;
      const name = curve === null ? undefined : NAMED_CURVES[curve];
      return name === undefined ? null : lean({ algorithm: 'EC', bits: CURVE_BITS[name] ?? null, curve: name });
    }
    case KEY_ALGORITHMS.ed25519:
      return parameters ? null : lean({ algorithm: 'Ed25519', bits: null, curve: null });
    case KEY_ALGORITHMS.ed448:
      return parameters ? null : lean({ algorithm: 'Ed448', bits: null, curve: null });
    case null:
    default:
      return null; // another algorithm: the full parser answers
  }
}
