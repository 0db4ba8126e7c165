import {
  AlgorithmIdentifier,
  AuthorityKeyIdentifier,
  BasicConstraints,
  ExtendedKeyUsage,
  KeyUsage,
  SubjectAlternativeName,
  SubjectKeyIdentifier,
  Validity,
} from '@peculiar/asn1-x509';
import { parseDer } from './parse-der';
import { copy, equalBytes, sha256, toBase64, toHex } from './bytes';
import { libraryReadsCertificate } from './certificate-by-library';
import { certificateParts } from './certificate-parts';
import { childrenOf, readTlv } from './der';
import { readName } from './format-name';
import { formatIp, parseIp } from './ip-address';
import { oidRecogniser } from './known-oids';
import { EXTENDED_KEY_USAGES, EXTENSIONS, SIGNATURE_ALGORITHMS } from './oids';
import {
  leanAuthorityKeyId,
  leanBasicConstraints,
  leanBits,
  leanExtendedKeyUsage,
  leanName,
  leanSubjectAltNames,
  leanSubjectKeyId,
  leanValidity,
  type Lean,
} from './lean-x509';
import { publicKeyFacts } from './public-key-facts';
import { readExtensions } from './read-extensions';
import type { CertificateFacts, SubjectAltNames } from './types';

// RFC 5280 §4.2.1.3 bit order.
const KEY_USAGE_NAMES = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly',
] as const;

export interface InspectOptions {
  /** Read the common shapes with the fast path (./lean-x509.ts); false: the library alone, for the tests. */
  readonly lean?: boolean;
}

/**
 * Facts of one DER certificate (trailing bytes after it are ignored). Throws if malformed.
 * Synchronous, and each part read once: a dropped CA bundle brings hundreds of these.
 */
export function inspectCertificate(bytes: Uint8Array, { lean = true }: InspectOptions = {}): CertificateFacts {
  const parts = certificateParts(bytes);
  if (!parts || (!lean && !libraryReadsCertificate(parts.der))) throw new Error('not a certificate');
  /** The fast path's answer where it has one, else the library's. */
  const read = <T>(der: Uint8Array, quick: (der: Uint8Array) => Lean<T>, library: (der: Uint8Array) => T): T => {
    const answer = lean ? quick(der) : null;
    return answer ? answer.value : library(der);
  };
  const extensions = parts.extensions ? readExtensions(parts.extensions) : new Map<string, Uint8Array>();
  /** An extension's value; null when absent, or unreadable (reported as absent, not as a broken certificate). */
  const extension = <T>(id: string, quick: (der: Uint8Array) => Lean<T>, library: (der: Uint8Array) => T): T | null => {
    const value = extensions.get(id);
    if (!value) return null;
    try {
      return read(value, quick, library);
    } catch {
      return null;
    }
  };

  const validity = read(parts.validity, leanValidity, (der) => {
    const v = parseDer(der, Validity);
    return { notBefore: v.notBefore.getTime().toISOString(), notAfter: v.notAfter.getTime().toISOString() };
  });
  const basic = extension(EXTENSIONS.basicConstraints, leanBasicConstraints, (der) => {
    const b = parseDer(der, BasicConstraints);
    return { ca: b.cA, pathLength: b.pathLenConstraint ?? null };
  });
  const keyUsage = extension(
    EXTENSIONS.keyUsage,
    (der) => {
      const bits = leanBits(der);
      return bits && { value: KEY_USAGE_NAMES.filter((_, bit) => bits.value(bit)) };
    },
    (der) => {
      const n = parseDer(der, KeyUsage).toNumber();
      return KEY_USAGE_NAMES.filter((_, bit) => n & (1 << bit));
    },
  );
  const extendedKeyUsage = extension(EXTENSIONS.extendedKeyUsage, leanExtendedKeyUsage, (der) => [...parseDer(der, ExtendedKeyUsage)]);
  const sans = extension(EXTENSIONS.subjectAltName, leanSubjectAltNames, (der) => subjectAltNames(parseDer(der, SubjectAlternativeName)));
  const subjectKeyId = extension(EXTENSIONS.subjectKeyId, leanSubjectKeyId, (der) => toHex(copy(parseDer(der, SubjectKeyIdentifier))));
  const authorityKeyId = extension(EXTENSIONS.authorityKeyId, leanAuthorityKeyId, (der) => {
    const id = parseDer(der, AuthorityKeyIdentifier).keyIdentifier;
    return id ? toHex(copy(id)) : null;
  });
  const sigOid = signatureOid(parts.signatureAlgorithm);
  const subject = read(parts.subject, leanName, readName);
  const selfIssued = equalBytes(parts.subject, parts.issuer);
  return {
    kind: 'certificate',
    subject: subject.text,
    subjectCommonName: subject.commonName,
    issuer: selfIssued ? subject.text : read(parts.issuer, leanName, readName).text,
    serialHex: serialHex(parts.serial),
    notBefore: validity.notBefore,
    notAfter: validity.notAfter,
    sans: sans ?? subjectAltNames(null),
    hasSanExtension: extensions.has(EXTENSIONS.subjectAltName),
    publicKey: publicKeyFacts(parts.spki, { lean }),
    signatureAlgorithm: SIGNATURE_ALGORITHMS[sigOid]?.name ?? sigOid,
    keyUsage: keyUsage ?? [],
    extendedKeyUsage: (extendedKeyUsage ?? []).map((oid) => EXTENDED_KEY_USAGES[oid] ?? oid),
    basicConstraints: basic,
    selfIssued,
    subjectKeyId,
    authorityKeyId: authorityKeyId ?? null,
    sha256Fingerprint: toHex(sha256(parts.der)),
    spkiSha256Base64: toBase64(sha256(parts.spki)),
    der: toBase64(parts.der),
  };
}

const recogniseSignature = oidRecogniser(Object.keys(SIGNATURE_ALGORITHMS));

/** The signature algorithm's OID: recognised by its bytes, or read by the library if unknown. */
function signatureOid(algorithm: Uint8Array): string {
  const outer = readTlv(algorithm);
  const id = outer ? childrenOf(algorithm, outer)[0] : undefined;
  return (id && recogniseSignature(algorithm, id)) ?? parseDer(algorithm, AlgorithmIdentifier).algorithm;
}

function subjectAltNames(names: SubjectAlternativeName | null): SubjectAltNames {
  const out: SubjectAltNames = { dns: [], ip: [], email: [], uri: [] };
  for (const n of names ?? []) {
    if (n.dNSName !== undefined) out.dns.push(n.dNSName);
    if (n.rfc822Name !== undefined) out.email.push(n.rfc822Name);
    if (n.uniformResourceIdentifier !== undefined) out.uri.push(n.uniformResourceIdentifier);
    if (n.iPAddress !== undefined) {
      const ip = parseIp(n.iPAddress);
      out.ip.push(ip ? formatIp(ip) : n.iPAddress);
    }
  }
  return out;
}

/** The serial as `openssl x509 -serial` prints it, lower-cased: magnitude bytes, `-` if negative. */
function serialHex(content: Uint8Array): string {
  if (content.length > 1 && content[0] === 0) return toHex(content.subarray(1));
  if ((content[0] ?? 0) < 0x80) return toHex(content);
  const magnitude = content.slice();
  let carry = 1;
  for (let i = magnitude.length - 1; i >= 0; i--) {
    const v = (~(magnitude[i] ?? 0) & 0xff) + carry;
    magnitude[i] = v & 0xff;
    carry = v >> 8;
  }
  const start = magnitude[0] === 0 && magnitude.length > 1 ? 1 : 0;
  return `-${toHex(magnitude.subarray(start))}`;
}
