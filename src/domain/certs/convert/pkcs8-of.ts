import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { ECPrivateKey } from '@peculiar/asn1-ecc';
import { PrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import { copy } from '../bytes';
import type { PlainKeyStructure } from '../inspect-private-key';
import { KEY_ALGORITHMS } from '../oids';
import { parseDer } from '../parse-der';

const NULL_PARAMS = new Uint8Array([0x05, 0x00]).buffer;

/**
 * A plain key as an unencrypted PKCS#8 PrivateKeyInfo (RFC 5208), as `openssl pkcs8 -topk8
 * -nocrypt` writes it: PKCS#1 inside rsaEncryption with NULL parameters (RFC 8017 A.1);
 * SEC1 with its curve moved to the AlgorithmIdentifier and left out of the inner
 * ECPrivateKey, its public key kept (RFC 5915 §3; what OpenSSL 3.0 writes, checked
 * byte for byte by the tests). A PKCS#8 key is returned as it is. Throws on malformed DER
 * (the reader has parsed it already) or a SEC1 key without a curve.
 */
export function pkcs8Of(der: Uint8Array, structure: PlainKeyStructure): Uint8Array {
  if (structure === 'pkcs8') return copy(der);
  if (structure === 'pkcs1') {
    return info(new AlgorithmIdentifier({ algorithm: KEY_ALGORITHMS.rsa, parameters: NULL_PARAMS }), der);
  }
  const ec = parseDer(der, ECPrivateKey);
  if (!ec.parameters) throw new Error('SEC1 key without its curve');
  const curve = AsnConvert.serialize(ec.parameters);
  const inner = new ECPrivateKey({ version: ec.version, privateKey: ec.privateKey, ...(ec.publicKey ? { publicKey: ec.publicKey } : {}) });
  return info(new AlgorithmIdentifier({ algorithm: KEY_ALGORITHMS.ec, parameters: curve }), new Uint8Array(AsnConvert.serialize(inner)));
}

function info(algorithm: AlgorithmIdentifier, privateKey: Uint8Array): Uint8Array {
  return new Uint8Array(AsnConvert.serialize(new PrivateKeyInfo({ privateKeyAlgorithm: algorithm, privateKey: new OctetString(copy(privateKey)) })));
}
