import { gateOpen } from '../../catalog/gates';
import { planVersions } from '../../plan/plan-versions';
import type { Finding } from '../finding';
import type { LegCheck } from './leg-check';
import { presentingSides } from './leg-check';

/**
 * Elastic Defend before 9.1 reads the Fleet Server and output connections' certificates
 * itself and refuses EC keys (docs-content#1133, #5514; gate defend-ec-keys).
 */
export const defendRsa: LegCheck = (e, { plan }) => {
  if (!plan.defend || gateOpen('defend-ec-keys', planVersions(plan)) !== false) return [];
  if (e.leg.id !== 'agent-fleet' && e.leg.id !== 'agent-output') return [];
  return presentingSides(e).flatMap(({ side }) => {
    const p = side.presented!;
    return [p.leaf, ...p.bundle]
      .filter((c) => c.publicKey.algorithm !== 'RSA')
      .map((c): Finding => ({
        code: 'defend-non-rsa',
        severity: 'error',
        leg: e.leg.id,
        roles: [p.role],
        params: { file: p.file, subject: c.subject, algorithm: c.publicKey.curve ?? c.publicKey.algorithm },
      }));
  });
};
