import { platformFacts } from '../../catalog/platforms';
import { outputYamlPathRoles } from '../../topology/fleet-server-policy-output';
import { rolePath } from '../../topology/paths';
import type { PlanCheck } from './plan-check';

/**
 * One Output policy serves every agent, so a file path in its YAML must exist on every
 * agent host: it cannot be right for Linux and Windows at once (beats#1495; pain point 9).
 * Certificates can go inline instead, a key never does: with a key in the YAML only
 * separate policies and outputs per OS work (audit row 14).
 */
export const yamlPathsMixedOs: PlanCheck = (plan, topology) => {
  const oses = new Set(plan.agents.platforms.map((p) => platformFacts(p).os));
  if (oses.size < 2) return [];
  const roles = outputYamlPathRoles(plan, topology);
  if (roles.length === 0) return [];
  const leg = topology.legs.find((l) => l.id === 'agent-output');
  const key = Boolean(leg?.mutual);
  return [
    {
      code: 'yaml-paths-mixed-os',
      severity: 'warning',
      leg: 'agent-output',
      roles,
      params: { path: rolePath(plan, roles[0]!, 'agent', 'posix'), key },
    },
  ];
};
