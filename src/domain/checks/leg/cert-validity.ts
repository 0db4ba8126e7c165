import type { CertificateFacts } from '../../certs/types';
import type { Finding } from '../finding';
import type { LegCheck } from './leg-check';

const DAY = 86_400_000;
/** Renewals get a month's notice. */
export const EXPIRY_WARNING_DAYS = 30;

/**
 * Every certificate on the path, the CAs included, must be valid now: "x509: certificate
 * has expired or is not yet valid" (tls-errors.md X7) names only the first one that is not.
 */
export const certValidity: LegCheck = (e, { now }) => {
  const seen = new Set<string>();
  const out: Finding[] = [];
  const visit = (c: CertificateFacts, file: string | null, role: Finding['roles']) => {
    if (seen.has(c.sha256Fingerprint)) return;
    seen.add(c.sha256Fingerprint);
    const notBefore = Date.parse(c.notBefore);
    const notAfter = Date.parse(c.notAfter);
    const params = { file: file ?? '', subject: c.subject, notBefore: c.notBefore, notAfter: c.notAfter };
    if (now.getTime() > notAfter) out.push({ code: 'cert-expired', severity: 'error', leg: e.leg.id, roles: role, params });
    else if (now.getTime() < notBefore) out.push({ code: 'cert-not-yet-valid', severity: 'error', leg: e.leg.id, roles: role, params });
    else {
      const days = Math.floor((notAfter - now.getTime()) / DAY);
      if (days <= EXPIRY_WARNING_DAYS) out.push({ code: 'cert-expiring', severity: 'warning', leg: e.leg.id, roles: role, params: { ...params, days } });
    }
  };
  for (const side of [e.server, e.client]) {
    if (!side) continue;
    const p = side.presented;
    if (p) [p.leaf, ...p.bundle].forEach((c) => visit(c, p.file, [p.role]));
    const t = side.trusted;
    if (t) t.cas.forEach((c) => visit(c, t.file, [t.role]));
  }
  return out;
};
