import type { Finding } from '../finding';
import type { LegCheck, Placed } from './leg-check';
import { unusedCertificates } from './leg-check';

/**
 * Expired certificates no chain uses, a system bundle's old roots say, do not break the
 * connection (Go and OpenSSL ignore anchors they do not use); a note per file, in case
 * one of them was meant to be used.
 */
export const unusedExpired: LegCheck = (e, { now }) => {
  const byFile = new Map<string, Placed[]>();
  const seen = new Set<string>();
  for (const side of [e.server, e.client]) {
    if (!side) continue;
    for (const u of unusedCertificates(side)) {
      if (seen.has(u.cert.sha256Fingerprint) || now.getTime() <= Date.parse(u.cert.notAfter)) continue;
      seen.add(u.cert.sha256Fingerprint);
      const key = `${u.role}\u0000${u.file ?? ''}`;
      byFile.set(key, [...(byFile.get(key) ?? []), u]);
    }
  }
  return [...byFile.values()].map((list): Finding => ({
    code: 'cert-expired-unused',
    severity: 'info',
    leg: e.leg.id,
    roles: [list[0]!.role],
    params: { file: list[0]!.file ?? '', count: list.length, subjects: list.map((u) => u.cert.subject).join('; ') },
  }));
};
