import type { Finding } from '../finding';
import type { LegCheck, Placed } from './leg-check';
import { unusedCertificates } from './leg-check';

/**
 * Expired certificates no chain uses, a system bundle's old roots say, do not break the
 * connection (Go and OpenSSL ignore anchors they do not use); a note per file, in case
 * one of them was meant to be used.
 */
export const unusedExpired: LegCheck = (e, { now }) => {
  // By file: one CA file trusted on both sides (one CA for all) is one note, about both roles.
  const byFile = new Map<string, { roles: Set<Placed['role']>; certs: Map<string, Placed> }>();
  for (const side of [e.server, e.client]) {
    if (!side) continue;
    for (const u of unusedCertificates(side)) {
      if (now.getTime() <= Date.parse(u.cert.notAfter)) continue;
      const entry = byFile.get(u.file ?? '') ?? { roles: new Set(), certs: new Map() };
      entry.roles.add(u.role);
      if (!entry.certs.has(u.cert.sha256Fingerprint)) entry.certs.set(u.cert.sha256Fingerprint, u);
      byFile.set(u.file ?? '', entry);
    }
  }
  return [...byFile].map(([file, { roles, certs }]): Finding => {
    const list = [...certs.values()];
    return {
      code: 'cert-expired-unused',
      severity: 'info',
      leg: e.leg.id,
      roles: [...roles],
      params: { file, count: list.length, subjects: list.map((u) => u.cert.subject).join('; ') },
    };
  });
};
