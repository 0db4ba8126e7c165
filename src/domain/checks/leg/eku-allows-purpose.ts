import type { Finding } from '../finding';
import type { LegCheck } from './leg-check';
import { presentingSides } from './leg-check';

/**
 * A server certificate needs serverAuth and a client certificate clientAuth, when it lists
 * extended key usages at all: otherwise "x509: certificate specifies an incompatible key
 * usage" (tls-errors.md X12).
 */
export const ekuAllowsPurpose: LegCheck = (e) =>
  presentingSides(e).flatMap(({ side }): Finding[] => {
    const leaf = side.presented!.leaf;
    const eku = leaf.extendedKeyUsage;
    if (eku.length === 0 || eku.includes(side.purpose) || eku.includes('2.5.29.37.0')) return [];
    return [
      {
        code: 'eku-missing',
        severity: 'error',
        leg: e.leg.id,
        roles: [side.presented!.role],
        params: { file: side.presented!.file, purpose: side.purpose, has: eku.join(', ') },
      },
    ];
  });
