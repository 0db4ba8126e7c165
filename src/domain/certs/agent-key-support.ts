import type { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import { cipherName } from './cipher-support';
import { HASH_ALGORITHMS } from './oids';
import { parseDer } from './parse-der';
import { OID, Pbes2Params, Pbkdf2Params } from './pkcs5-schemas';

/**
 * What keeps Elastic Agent from opening an encrypted PKCS#8 key that OpenSSL opens; null
 * when the agent can. The agent reads `ENCRYPTED PRIVATE KEY` blocks in
 * github.com/elastic/elastic-agent-libs, transport/tlscommon (decryptPKCS8Key in
 * decrypt_block_nofips.go), with pkcs8.ParsePKCS8PrivateKey of github.com/youmark/pkcs8
 * (github.com/elastic/pkcs8, its fork, in later releases): PBES2 only ("pkcs8: only PBES2
 * supported"), and PBKDF2 only with hmacWithSHA1 (the default) or hmacWithSHA256
 * (kdf_pbkdf2.go: "pkcs8: unsupported hash function"). Its ciphers (AES, DES-EDE3) and
 * scrypt are ones the engine reads too, or reports as unsupported on its own.
 */
export function agentRefusedScheme(algorithm: AlgorithmIdentifier): string | null {
  if (algorithm.algorithm !== OID.pbes2) return cipherName(algorithm.algorithm);
  if (!algorithm.parameters) return null;
  const kdf = parseDer(algorithm.parameters, Pbes2Params).keyDerivationFunc;
  if (kdf.algorithm !== OID.pbkdf2 || !kdf.parameters) return null;
  const prf = parseDer(kdf.parameters, Pbkdf2Params).prf?.algorithm;
  if (prf === undefined || prf === HMAC_SHA1 || prf === HMAC_SHA256) return null;
  return `PBKDF2 with ${PRF_NAMES[prf] ?? HASH_ALGORITHMS[prf] ?? prf}`;
}

const HMAC_SHA1 = '1.2.840.113549.2.7';
const HMAC_SHA256 = '1.2.840.113549.2.9';
const PRF_NAMES: Readonly<Record<string, string>> = {
  '1.2.840.113549.2.8': 'hmacWithSHA224',
  '1.2.840.113549.2.10': 'hmacWithSHA384',
  '1.2.840.113549.2.11': 'hmacWithSHA512',
};
