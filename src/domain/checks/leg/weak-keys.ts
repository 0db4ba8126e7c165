import type { CertificateFacts } from '../../certs/types';
import type { Finding } from '../finding';
import type { LegCheck } from './leg-check';

/** RSA keys under 2048 bits are refused by current policy and by many peers. */
export const weakKeys: LegCheck = (e) => {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const visit = (c: CertificateFacts, file: string | null) => {
    if (seen.has(c.sha256Fingerprint)) return;
    seen.add(c.sha256Fingerprint);
    if (c.publicKey.algorithm === 'RSA' && c.publicKey.bits !== null && c.publicKey.bits < 2048) {
      out.push({ code: 'weak-rsa-key', severity: 'warning', leg: e.leg.id, params: { file: file ?? '', subject: c.subject, bits: c.publicKey.bits } });
    }
  };
  for (const side of [e.server, e.client]) {
    if (side?.presented) [side.presented.leaf, ...side.presented.bundle].forEach((c) => visit(c, side.presented!.file));
    if (side?.trusted) side.trusted.cas.forEach((c) => visit(c, side.trusted!.file));
  }
  return out;
};
