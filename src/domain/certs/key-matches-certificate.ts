import type { CertificateFacts, PrivateKeyFacts } from './types';

/**
 * Does the private key belong to the certificate? Compared by the SHA-256 of the public
 * key (SubjectPublicKeyInfo), as `openssl x509 -pubkey` vs `openssl pkey -pubout` would.
 * Null when that cannot be known: the key is still encrypted, or its public half could
 * not be computed.
 */
export function keyMatchesCertificate(key: PrivateKeyFacts, cert: CertificateFacts): boolean | null {
  if (key.spkiSha256Base64 === null) return null;
  return key.spkiSha256Base64 === cert.spkiSha256Base64;
}
