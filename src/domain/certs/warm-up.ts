import { ECParameters } from '@peculiar/asn1-ecc';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  AuthorityKeyIdentifier,
  BasicConstraints,
  Certificate,
  Extension,
  Extensions,
  KeyUsage,
  KeyUsageFlags,
  Name,
  RelativeDistinguishedName,
  SubjectKeyIdentifier,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
} from '@peculiar/asn1-x509';
import { decodeFile } from './decode-file';
import { pemText } from './pem-text';
import type { DecodedFile } from './types';
import { EXTENSIONS, KEY_ALGORITHMS } from './oids';

/**
 * A CA certificate of the usual shape, made by the library (no key, no valid signature:
 * it only has to be read). Inspecting it runs every function a CA bundle goes through.
 */
export function sampleCertificate(): Uint8Array {
  const name = new Name([
    new RelativeDistinguishedName([new AttributeTypeAndValue({ type: '2.5.4.10', value: new AttributeValue({ printableString: 'Fleet TLS Wizard' }) })]),
    new RelativeDistinguishedName([new AttributeTypeAndValue({ type: '2.5.4.3', value: new AttributeValue({ utf8String: 'Warm-up CA' }) })]),
  ]);
  const extension = (extnID: string, value: object) => new Extension({ extnID, critical: true, extnValue: new OctetString(AsnConvert.serialize(value)) });
  const keyId = new Uint8Array(20).fill(7);
  const signature = new AlgorithmIdentifier({ algorithm: '1.2.840.10045.4.3.2' });
  const tbs = new TBSCertificate({
    version: Version.v3,
    serialNumber: Uint8Array.of(1).buffer,
    signature,
    issuer: name,
    subject: name,
    validity: new Validity({ notBefore: new Date(Date.UTC(2026, 0, 1)), notAfter: new Date(Date.UTC(2036, 0, 1)) }),
    subjectPublicKeyInfo: new SubjectPublicKeyInfo({
      algorithm: new AlgorithmIdentifier({
        algorithm: KEY_ALGORITHMS.ec,
        parameters: AsnConvert.serialize(new ECParameters({ namedCurve: '1.2.840.10045.3.1.7' })),
      }),
      subjectPublicKey: Uint8Array.of(4, ...new Uint8Array(64).fill(1)).buffer,
    }),
    extensions: new Extensions([
      extension(EXTENSIONS.basicConstraints, new BasicConstraints({ cA: true })),
      extension(EXTENSIONS.keyUsage, new KeyUsage(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign)),
      extension(EXTENSIONS.subjectKeyId, new SubjectKeyIdentifier(keyId)),
      extension(EXTENSIONS.authorityKeyId, new AuthorityKeyIdentifier({ keyIdentifier: new OctetString(keyId) })),
    ]),
  });
  const certificate = new Certificate({ tbsCertificate: tbs, signatureAlgorithm: signature, signatureValue: new Uint8Array(8).buffer });
  return new Uint8Array(AsnConvert.serialize(certificate));
}

/**
 * Reads a small bundle of the sample once, so that V8 has compiled the reading path
 * before the user's files arrive: the inspector worker does this as it starts (while
 * files are still being dragged in, or read from disk), not on the page.
 */
export function warmUp(copies = 8): Promise<DecodedFile> {
  const pem = pemText('CERTIFICATE', sampleCertificate()).repeat(copies);
  return decodeFile({ name: 'warm-up.pem', bytes: new TextEncoder().encode(pem) });
}
