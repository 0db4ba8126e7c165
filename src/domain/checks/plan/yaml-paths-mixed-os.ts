import { platformFacts } from '../../catalog/platforms';
import { rolePath } from '../../topology/paths';
import { roleHosts } from '../../topology/role-hosts';
import type { PlanCheck } from './plan-check';

/**
 * One Output policy serves every agent, so a file path in its YAML must exist on every
 * agent host: it cannot be right for Linux and Windows at once (beats#1495; pain point 9).
 */
export const yamlPathsMixedOs: PlanCheck = (plan, topology) => {
  const oses = new Set(plan.agents.platforms.map((p) => platformFacts(p).os));
  if (oses.size < 2) return [];
  const leg = topology.legs.find((l) => l.id === 'agent-output');
  if (!leg) return [];
  const hosts = roleHosts(plan, topology);
  const yamlRoles = [
    ...(leg.trust.kind === 'ca' ? [leg.trust.role] : []),
    ...(leg.mutual ? [leg.mutual.clientCert, leg.mutual.clientKey] : []),
  ].filter((r) => hosts[r].includes('agent'));
  if (yamlRoles.length === 0) return [];
  const first = yamlRoles[0]!;
  return [
    {
      code: 'yaml-paths-mixed-os',
      severity: 'warning',
      leg: 'agent-output',
      roles: yamlRoles,
      params: { path: rolePath(plan, first, 'agent', 'posix') },
    },
  ];
};
