import type { Finding } from '../finding';
import type { LegCheck } from './leg-check';
import { usedCertificates } from './leg-check';

const DAY = 86_400_000;
/** Renewals get a month's notice. */
export const EXPIRY_WARNING_DAYS = 30;

/**
 * Every certificate the verdict rests on, the CAs of the chain included, must be valid
 * now: "x509: certificate has expired or is not yet valid" (tls-errors.md X7) names only
 * the first one that is not. Go checks the certificates of the chain it builds (verify.go
 * isValid, Go 1.19.8 l.574–585), not the anchors it does not use: those are
 * cert-expired-unused's.
 */
export const certValidity: LegCheck = (e, { now }) => {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const side of [e.server, e.client]) {
    if (!side) continue;
    for (const { cert: c, file, role } of usedCertificates(side)) {
      if (seen.has(c.sha256Fingerprint)) continue;
      seen.add(c.sha256Fingerprint);
      const notBefore = Date.parse(c.notBefore);
      const notAfter = Date.parse(c.notAfter);
      const params = { file: file ?? '', subject: c.subject, notBefore: c.notBefore, notAfter: c.notAfter };
      if (now.getTime() > notAfter) out.push({ code: 'cert-expired', severity: 'error', leg: e.leg.id, roles: [role], params });
      else if (now.getTime() < notBefore) out.push({ code: 'cert-not-yet-valid', severity: 'error', leg: e.leg.id, roles: [role], params });
      else {
        const days = Math.floor((notAfter - now.getTime()) / DAY);
        if (days <= EXPIRY_WARNING_DAYS) out.push({ code: 'cert-expiring', severity: 'warning', leg: e.leg.id, roles: [role], params: { ...params, days } });
      }
    }
  }
  return out;
};
