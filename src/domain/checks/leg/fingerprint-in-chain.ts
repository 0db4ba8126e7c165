import type { LegCheck } from './leg-check';

/**
 * ca_trusted_fingerprint trusts a CA only if the server sends that CA in its chain, and
 * only a CA (tls-errors.md L12).
 */
export const fingerprintInChain: LegCheck = (e) => {
  const t = e.server.trusted;
  if (!t || t.fingerprint === null) return [];
  const ca = t.cas[0];
  if (!ca) return [{ code: 'fingerprint-no-file', severity: 'info', leg: e.leg.id, roles: [t.role], params: { fingerprint: t.fingerprint } }];
  if (ca.basicConstraints?.ca !== true) {
    return [{ code: 'fingerprint-not-ca', severity: 'error', leg: e.leg.id, roles: [t.role], params: { file: t.file ?? '', subject: ca.subject } }];
  }
  const p = e.server.presented;
  if (!p) return [];
  const sent = [p.leaf, ...p.bundle].some((c) => c.sha256Fingerprint === ca.sha256Fingerprint);
  return sent
    ? []
    : [
        {
          code: 'fingerprint-ca-not-presented',
          severity: 'error',
          leg: e.leg.id,
          roles: [p.role, t.role],
          params: { file: p.file, caFile: t.file ?? '', subject: ca.subject },
        },
      ];
};
