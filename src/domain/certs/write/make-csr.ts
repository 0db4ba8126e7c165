import { Attributes, CertificationRequest, CertificationRequestInfo } from '@peculiar/asn1-csr';
import { AsnConvert } from '@peculiar/asn1-schema';
import { Attribute, Extensions } from '@peculiar/asn1-x509';
import { pemText } from '../pem-text';
import { commonNameOnly, leafExtensions, type LeafUse } from './extensions';
import { generateKeyPair, pkcs8Der, publicKeyInfo, signatureAlgorithm, signDer } from './sign';

/** pkcs-9-at-extensionRequest (RFC 2985 §5.4.2): the extensions asked of the CA, as one Extensions value. */
const EXTENSION_REQUEST = '1.2.840.113549.1.9.14';

export interface CsrRequest extends LeafUse {
  readonly commonName: string;
}

export interface MadeCsr {
  /** PKCS#10 (RFC 2986), `CERTIFICATE REQUEST`. */
  readonly csrPem: string;
  /** PKCS#8, unencrypted. */
  readonly keyPem: string;
}

/**
 * A certificate signing request for a fresh key pair: subject `CN=<commonName>`, and an
 * extensionRequest with the extensions a lab leaf of the same use carries (SANs, EKU,
 * keyUsage, basicConstraints CA:FALSE; write/extensions.ts), signed by its own key
 * (proof of possession, RFC 2986 §3). A CA copies the requested extensions as its policy
 * allows (OpenSSL: `x509 -req -copy_extensions copyall`).
 */
export async function makeCsr(request: CsrRequest): Promise<MadeCsr> {
  const keys = await generateKeyPair(request.keyType);
  const certificationRequestInfo = new CertificationRequestInfo({
    version: 0,
    subject: commonNameOnly(request.commonName),
    subjectPKInfo: await publicKeyInfo(keys.publicKey),
    attributes: new Attributes([new Attribute({ type: EXTENSION_REQUEST, values: [AsnConvert.serialize(new Extensions(leafExtensions(request)))] })]),
  });
  const infoDer = new Uint8Array(AsnConvert.serialize(certificationRequestInfo));
  const signature = await signDer(keys.privateKey, request.keyType, infoDer);
  const csr = new CertificationRequest({ certificationRequestInfo, signatureAlgorithm: signatureAlgorithm(request.keyType), signature });
  return {
    csrPem: pemText('CERTIFICATE REQUEST', new Uint8Array(AsnConvert.serialize(csr))),
    keyPem: pemText('PRIVATE KEY', await pkcs8Der(keys.privateKey)),
  };
}
