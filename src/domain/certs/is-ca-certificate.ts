import type { CertificateFacts } from './types';

/**
 * A certificate that is a CA: its basic constraints say so, or, without them, it issued
 * itself and may sign certificates (an old-style root).
 */
export function isCaCertificate(c: CertificateFacts): boolean {
  return c.basicConstraints?.ca === true || (c.selfIssued && c.basicConstraints === null && c.keyUsage.includes('keyCertSign'));
}
