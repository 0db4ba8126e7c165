import type { Finding } from '../finding';
import type { LegCheck } from './leg-check';

/**
 * A file given for a role that yields nothing the role can use (empty, cut short,
 * damaged, random, a certificate where a key belongs, a key the agent cannot load)
 * breaks the connection: Fleet Server or the agent fails to load it (tls-errors.md L2,
 * L9; Go's tls.X509KeyPair). A file this page could not open yet only holds the verdict.
 */
export const filesUnusable: LegCheck = (e) =>
  e.unusable.map((u): Finding => {
    const params = { file: u.file, role: u.role, reason: u.reason, problem: u.problem, holds: u.holds, kind: u.kind };
    return u.reason === 'not-opened'
      ? { code: 'file-not-opened', severity: 'info', leg: e.leg.id, roles: [u.role], params }
      : { code: 'file-unusable', severity: 'error', leg: e.leg.id, roles: [u.role], params };
  });
