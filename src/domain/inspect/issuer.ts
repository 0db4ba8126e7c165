import type { CertificateFacts } from '../certs/types';
import { isCaCertificate } from '../certs/is-ca-certificate';

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

/**
 * The certificate and its issuers as far as `known` names them (the shelf's certificates),
 * leaf first; stops at a self-issued certificate, a missing issuer or eight steps.
 */
export function issuerPath(leaf: CertificateFacts, known: readonly CertificateFacts[]): CertificateFacts[] {
  const path = [leaf];
  for (let c = leaf; !c.selfIssued && path.length < 8;) {
    const issuer = known.find((x) => x.sha256Fingerprint !== c.sha256Fingerprint && isCaCertificate(x) && namesIssuer(x, c));
    if (!issuer) break;
    path.push(issuer);
    c = issuer;
  }
  return path;
}
