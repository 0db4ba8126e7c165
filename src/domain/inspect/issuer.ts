import type { CertificateFacts } from '../certs/types';

/**
 * Whether `ca` is named as the issuer of `cert` (subject = issuer and, when both carry
 * them, key identifiers equal). Cheap evidence for assigning files; signatures are
 * verified later by verifyChain.
 */
export function namesIssuer(ca: CertificateFacts, cert: CertificateFacts): boolean {
  if (ca.subject !== cert.issuer) return false;
  if (cert.authorityKeyId && ca.subjectKeyId) return cert.authorityKeyId === ca.subjectKeyId;
  return true;
}
