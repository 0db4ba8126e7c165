import { atLeast, parseVersion } from '../../catalog/version';
import type { LegCheck } from './leg-check';
import { presentingSides } from './leg-check';

/**
 * Elastic Defend before 9.1 reads the Fleet Server and output connections' certificates
 * itself and drops EC keys (docs-content#1133, #5514).
 */
export const defendRsa: LegCheck = (e, { plan }) => {
  const v = parseVersion(plan.agentVersion);
  if (!plan.defend || !v || atLeast(v, '9.1.0')) return [];
  if (e.leg.id !== 'agent-fleet' && e.leg.id !== 'agent-output') return [];
  return presentingSides(e).flatMap(({ side }) => {
    const p = side.presented!;
    return [p.leaf, ...p.bundle]
      .filter((c) => c.publicKey.algorithm !== 'RSA')
      .map((c) => ({
        code: 'defend-non-rsa' as const,
        severity: 'error' as const,
        leg: e.leg.id,
        roles: [p.role],
        params: { file: p.file, subject: c.subject, algorithm: c.publicKey.curve ?? c.publicKey.algorithm },
      }));
  });
};
