import { AsnProp, AsnPropTypes, AsnType, AsnTypeTypes } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier } from '@peculiar/asn1-x509';

/*
 * ASN.1 schemas that no installed @peculiar package defines: PBES2 (RFC 8018), scrypt
 * (RFC 7914) and the PKCS#7 EncryptedData that PKCS#12 wraps certificates in (RFC 2315).
 * The decorators are applied as plain calls because the project compiles without
 * `experimentalDecorators`.
 */

export const OID = {
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  scrypt: '1.3.6.1.4.1.11591.4.11',
  aes128cbc: '2.16.840.1.101.3.4.1.2',
  aes192cbc: '2.16.840.1.101.3.4.1.22',
  aes256cbc: '2.16.840.1.101.3.4.1.42',
  desEde3cbc: '1.2.840.113549.3.7',
  desCbc: '1.3.14.3.2.7',
  /** pbeWithSHAAnd3-KeyTripleDES-CBC and the two-key variant (RFC 7292 Appendix C). */
  pkcs12Pbe3Des: '1.2.840.113549.1.12.1.3',
  pkcs12Pbe2Des: '1.2.840.113549.1.12.1.4',
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
  pkcs12PbePrefix: '1.2.840.113549.1.12.1.',
} as const;

export class Pbes2Params {
  keyDerivationFunc = new AlgorithmIdentifier();
  encryptionScheme = new AlgorithmIdentifier();
}
AsnType({ type: AsnTypeTypes.Sequence })(Pbes2Params);
AsnProp({ type: AlgorithmIdentifier })(Pbes2Params.prototype, 'keyDerivationFunc');
AsnProp({ type: AlgorithmIdentifier })(Pbes2Params.prototype, 'encryptionScheme');

export class Pbkdf2Params {
  salt = new ArrayBuffer(0);
  iterationCount = 0;
  keyLength?: number;
  prf?: AlgorithmIdentifier;
}
AsnType({ type: AsnTypeTypes.Sequence })(Pbkdf2Params);
AsnProp({ type: AsnPropTypes.OctetString })(Pbkdf2Params.prototype, 'salt');
AsnProp({ type: AsnPropTypes.Integer })(Pbkdf2Params.prototype, 'iterationCount');
AsnProp({ type: AsnPropTypes.Integer, optional: true })(Pbkdf2Params.prototype, 'keyLength');
AsnProp({ type: AlgorithmIdentifier, optional: true })(Pbkdf2Params.prototype, 'prf');

export class ScryptParams {
  salt = new ArrayBuffer(0);
  costParameter = 0;
  blockSize = 0;
  parallelizationParameter = 0;
  keyLength?: number;
}
AsnType({ type: AsnTypeTypes.Sequence })(ScryptParams);
AsnProp({ type: AsnPropTypes.OctetString })(ScryptParams.prototype, 'salt');
AsnProp({ type: AsnPropTypes.Integer })(ScryptParams.prototype, 'costParameter');
AsnProp({ type: AsnPropTypes.Integer })(ScryptParams.prototype, 'blockSize');
AsnProp({ type: AsnPropTypes.Integer })(ScryptParams.prototype, 'parallelizationParameter');
AsnProp({ type: AsnPropTypes.Integer, optional: true })(ScryptParams.prototype, 'keyLength');

export class EncryptedContentInfo {
  contentType = '';
  contentEncryptionAlgorithm = new AlgorithmIdentifier();
  encryptedContent?: ArrayBuffer;
}
AsnType({ type: AsnTypeTypes.Sequence })(EncryptedContentInfo);
AsnProp({ type: AsnPropTypes.ObjectIdentifier })(EncryptedContentInfo.prototype, 'contentType');
AsnProp({ type: AlgorithmIdentifier })(EncryptedContentInfo.prototype, 'contentEncryptionAlgorithm');
AsnProp({ type: AsnPropTypes.OctetString, context: 0, implicit: true, optional: true })(EncryptedContentInfo.prototype, 'encryptedContent');

export class Pkcs7EncryptedData {
  version = 0;
  encryptedContentInfo = new EncryptedContentInfo();
}
AsnType({ type: AsnTypeTypes.Sequence })(Pkcs7EncryptedData);
AsnProp({ type: AsnPropTypes.Integer })(Pkcs7EncryptedData.prototype, 'version');
AsnProp({ type: EncryptedContentInfo })(Pkcs7EncryptedData.prototype, 'encryptedContentInfo');

/** RFC 7292 Appendix C: the parameters of the PKCS#12 PBE ciphers (pbeWithSHAAnd3-KeyTripleDES-CBC, …). */
export class Pkcs12PbeParams {
  salt = new ArrayBuffer(0);
  iterations = 0;
}
AsnType({ type: AsnTypeTypes.Sequence })(Pkcs12PbeParams);
AsnProp({ type: AsnPropTypes.OctetString })(Pkcs12PbeParams.prototype, 'salt');
AsnProp({ type: AsnPropTypes.Integer })(Pkcs12PbeParams.prototype, 'iterations');
