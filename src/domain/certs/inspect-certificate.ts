import { AsnConvert } from '@peculiar/asn1-schema';
import {
  AuthorityKeyIdentifier, BasicConstraints, Certificate, ExtendedKeyUsage, KeyUsage,
  SubjectAlternativeName, SubjectKeyIdentifier, type Extension,
} from '@peculiar/asn1-x509';
import { copy, equalBytes, sha256, toBase64, toHex } from './bytes';
import { certificateParts } from './certificate-parts';
import { commonNameOf, formatName } from './format-name';
import { formatIp, parseIp } from './ip-address';
import { EXTENDED_KEY_USAGES, EXTENSIONS, SIGNATURE_ALGORITHMS } from './oids';
import { pemText } from './pem-text';
import { publicKeyFacts } from './public-key-facts';
import type { CertificateFacts, SubjectAltNames } from './types';

// RFC 5280 §4.2.1.3 bit order.
const KEY_USAGE_NAMES = [
  'digitalSignature', 'nonRepudiation', 'keyEncipherment', 'dataEncipherment', 'keyAgreement',
  'keyCertSign', 'cRLSign', 'encipherOnly', 'decipherOnly',
] as const;

/** Facts of one DER certificate (trailing bytes after it are ignored). Throws if malformed. */
export async function inspectCertificate(bytes: Uint8Array): Promise<CertificateFacts> {
  const parts = certificateParts(bytes);
  if (!parts) throw new Error('not a certificate');
  const cert = AsnConvert.parse(parts.der, Certificate);
  const tbs = cert.tbsCertificate;
  const ext = (id: string): Extension | undefined => tbs.extensions?.find((e) => e.extnID === id);
  const parsed = <T>(id: string, type: new () => T): T | null => {
    const e = ext(id);
    if (!e) return null;
    try {
      return AsnConvert.parse(e.extnValue, type);
    } catch {
      return null; // an unreadable extension is reported as absent, not as a broken certificate
    }
  };
  const basic = parsed(EXTENSIONS.basicConstraints, BasicConstraints);
  const keyUsage = parsed(EXTENSIONS.keyUsage, KeyUsage);
  const ski = parsed(EXTENSIONS.subjectKeyId, SubjectKeyIdentifier);
  const aki = parsed(EXTENSIONS.authorityKeyId, AuthorityKeyIdentifier);
  const sigOid = cert.signatureAlgorithm.algorithm;
  return {
    kind: 'certificate',
    subject: formatName(parts.subject),
    subjectCommonName: commonNameOf(parts.subject),
    issuer: formatName(parts.issuer),
    serialHex: serialHex(parts.serial),
    notBefore: tbs.validity.notBefore.getTime().toISOString(),
    notAfter: tbs.validity.notAfter.getTime().toISOString(),
    sans: subjectAltNames(parsed(EXTENSIONS.subjectAltName, SubjectAlternativeName)),
    hasSanExtension: ext(EXTENSIONS.subjectAltName) !== undefined,
    publicKey: publicKeyFacts(parts.spki),
    signatureAlgorithm: SIGNATURE_ALGORITHMS[sigOid]?.name ?? sigOid,
    keyUsage: keyUsage ? KEY_USAGE_NAMES.filter((_, bit) => keyUsage.toNumber() & (1 << bit)) : [],
    extendedKeyUsage: [...(parsed(EXTENSIONS.extendedKeyUsage, ExtendedKeyUsage) ?? [])].map(
      (oid) => EXTENDED_KEY_USAGES[oid] ?? oid,
    ),
    basicConstraints: basic ? { ca: basic.cA, pathLength: basic.pathLenConstraint ?? null } : null,
    selfIssued: equalBytes(parts.subject, parts.issuer),
    subjectKeyId: ski ? toHex(copy(ski)) : null,
    authorityKeyId: aki?.keyIdentifier ? toHex(copy(aki.keyIdentifier)) : null,
    sha256Fingerprint: toHex(await sha256(parts.der)),
    spkiSha256Base64: toBase64(await sha256(parts.spki)),
    pem: pemText('CERTIFICATE', parts.der),
    der: toBase64(parts.der),
  };
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
