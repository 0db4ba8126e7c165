import type { LegCheck } from './leg-check';

/**
 * A file given as a CA must hold CA certificates (basicConstraints CA:TRUE), not a server
 * or client certificate: "x509: certificate is not authorized to sign other certificates"
 * (tls-errors.md X8).
 */
export const caIsCa: LegCheck = (e) =>
  [e.server, e.client].flatMap((side) => {
    const t = side?.trusted;
    if (!t || t.fingerprint !== null) return [];
    return t.cas
      .filter((c) => c.basicConstraints?.ca !== true)
      .map((c) => ({ code: 'ca-not-ca' as const, severity: 'error' as const, leg: e.leg.id, roles: [t.role], params: { file: t.file ?? '', subject: c.subject } }));
  });
