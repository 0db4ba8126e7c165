import type { Finding } from '../finding';
import { keyMatchesCertificate } from '../../certs/key-matches-certificate';
import type { LegCheck } from './leg-check';
import { presentingSides } from './leg-check';

/**
 * The key must be the certificate's: otherwise "tls: private key does not match public
 * key" when the process loads the pair (tls-errors.md T13). An encrypted key that was not
 * opened cannot be compared yet.
 */
export const keyMatches: LegCheck = (e) =>
  presentingSides(e).flatMap(({ side }): Finding[] => {
    const p = side.presented!;
    if (!p.keyRole) return [];
    if (!p.key) return [];
    const match = keyMatchesCertificate(p.key, p.leaf);
    if (match === null) return [{ code: 'key-locked', severity: 'info', leg: e.leg.id, roles: [p.keyRole], params: { keyFile: p.keyFile ?? '' } }];
    if (match) return [];
    return [{ code: 'key-mismatch', severity: 'error', leg: e.leg.id, roles: [p.keyRole, p.role], params: { keyFile: p.keyFile ?? '', file: p.file } }];
  });
