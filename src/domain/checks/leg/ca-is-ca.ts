import { isCaCertificate } from '../../certs/is-ca-certificate';
import type { Finding } from '../finding';
import type { LegCheck } from './leg-check';

/**
 * A file given as a CA whose certificates are none of them CAs explains a chain that
 * does not verify: "x509: certificate is not authorized to sign other certificates"
 * (tls-errors.md X8). Otherwise Go trusts an anchor as it is (verify.go, Go 1.19.8
 * l.801–802: a self-signed certificate pinned as its own CA) and ignores what a CA file
 * holds besides, so a non-CA there says nothing while the chain verifies.
 */
export const caIsCa: LegCheck = (e) =>
  [e.server, e.client].flatMap((side) => {
    const t = side?.trusted;
    if (!t || t.fingerprint !== null || !side.chain || side.chain.status === 'ok') return [];
    if (t.cas.some(isCaCertificate)) return [];
    return t.cas.map((c): Finding => ({
      code: 'ca-not-ca',
      severity: 'error',
      leg: e.leg.id,
      roles: [t.role],
      params: { file: t.file ?? '', subject: c.subject },
    }));
  });
