import type { Finding } from '../finding';
import type { LegCheck } from './leg-check';
import { usedCertificates } from './leg-check';

/**
 * RSA keys under 2048 bits are refused by current policy and by many peers; only the
 * certificates the verdict rests on count (an unused anchor of a system bundle does not).
 */
export const weakKeys: LegCheck = (e) => {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const side of [e.server, e.client]) {
    if (!side) continue;
    for (const { cert: c, file } of usedCertificates(side)) {
      if (seen.has(c.sha256Fingerprint)) continue;
      seen.add(c.sha256Fingerprint);
      if (c.publicKey.algorithm === 'RSA' && c.publicKey.bits !== null && c.publicKey.bits < 2048) {
        out.push({ code: 'weak-rsa-key', severity: 'warning', leg: e.leg.id, params: { file: file ?? '', subject: c.subject, bits: c.publicKey.bits } });
      }
    }
  }
  return out;
};
