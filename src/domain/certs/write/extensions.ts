import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  AttributeTypeAndValue,
  AttributeValue,
  AuthorityKeyIdentifier,
  BasicConstraints,
  ExtendedKeyUsage,
  Extension,
  GeneralName,
  id_ce_authorityKeyIdentifier,
  id_ce_basicConstraints,
  id_ce_extKeyUsage,
  id_ce_keyUsage,
  id_ce_subjectAltName,
  id_ce_subjectKeyIdentifier,
  id_kp_clientAuth,
  id_kp_serverAuth,
  KeyIdentifier,
  KeyUsage,
  KeyUsageFlags,
  Name,
  RelativeDistinguishedName,
  SubjectAlternativeName,
  SubjectKeyIdentifier,
  type SubjectPublicKeyInfo,
} from '@peculiar/asn1-x509';
import type { LabKeyType } from './sign';

/** What a leaf certificate (or a request for one) says of its use: names, purposes, key type. */
export interface LeafUse {
  readonly dns: readonly string[];
  readonly ips: readonly string[];
  readonly eku: readonly ('serverAuth' | 'clientAuth')[];
  readonly keyType: LabKeyType;
}

/** id-at-commonName (X.520). */
const COMMON_NAME = '2.5.4.3';

/** `CN=<name>` as one UTF8String attribute, which OpenSSL writes by default (string_mask utf8only). */
export function commonNameOnly(name: string): Name {
  return new Name([new RelativeDistinguishedName([new AttributeTypeAndValue({ type: COMMON_NAME, value: new AttributeValue({ utf8String: name }) })])]);
}

const extension = (extnID: string, critical: boolean, value: unknown): Extension =>
  new Extension({ extnID, critical, extnValue: new OctetString(AsnConvert.serialize(value)) });

/**
 * The key identifier of a public key: SHA-1 over the subjectPublicKey BIT STRING's bytes
 * (RFC 5280 §4.2.1.2, method 1), what OpenSSL computes for `subjectKeyIdentifier=hash`.
 */
export async function keyIdentifier(spki: SubjectPublicKeyInfo): Promise<ArrayBuffer> {
  return crypto.subtle.digest('SHA-1', new Uint8Array(spki.subjectPublicKey));
}

export const subjectKeyIdentifier = (id: ArrayBuffer): Extension => extension(id_ce_subjectKeyIdentifier, false, new SubjectKeyIdentifier(id));

/** The issuer's key identifier (RFC 5280 §4.2.1.1: the issuer's subjectKeyIdentifier). */
export const authorityKeyIdentifier = (issuerId: ArrayBuffer): Extension =>
  extension(id_ce_authorityKeyIdentifier, false, new AuthorityKeyIdentifier({ keyIdentifier: new KeyIdentifier(issuerId) }));

/** A CA's: basicConstraints CA:TRUE and keyUsage keyCertSign, cRLSign, both critical (RFC 5280 §4.2.1.9, §4.2.1.3). */
export function caExtensions(): Extension[] {
  return [
    extension(id_ce_basicConstraints, true, new BasicConstraints({ cA: true })),
    extension(id_ce_keyUsage, true, new KeyUsage(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign)),
  ];
}

/**
 * A leaf's: basicConstraints CA:FALSE and keyUsage (critical); digitalSignature, and
 * keyEncipherment for an RSA server (TLS 1.2's RSA key exchange, RFC 5246 §7.4.2); the
 * extended key usages asked; the SANs, DNS names and IP addresses (RFC 5280 §4.2.1.6),
 * left out when there are none.
 */
export function leafExtensions(use: LeafUse): Extension[] {
  const server = use.eku.includes('serverAuth');
  const usage = KeyUsageFlags.digitalSignature | (server && use.keyType.kind === 'RSA' ? KeyUsageFlags.keyEncipherment : 0);
  const out = [
    extension(id_ce_basicConstraints, true, new BasicConstraints({ cA: false })),
    extension(id_ce_keyUsage, true, new KeyUsage(usage)),
    extension(id_ce_extKeyUsage, false, new ExtendedKeyUsage(use.eku.map((e) => (e === 'serverAuth' ? id_kp_serverAuth : id_kp_clientAuth)))),
  ];
  const names = [...use.dns.map((dNSName) => new GeneralName({ dNSName })), ...use.ips.map((iPAddress) => new GeneralName({ iPAddress }))];
  if (names.length > 0) out.push(extension(id_ce_subjectAltName, false, new SubjectAlternativeName(names)));
  return out;
}
