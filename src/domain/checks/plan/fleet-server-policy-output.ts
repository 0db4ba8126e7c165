import { fleetServerPolicyOutput } from '../../topology/fleet-server-policy-output';
import type { PlanCheck } from './plan-check';

/**
 * The Fleet Server policy uses the default output too (audit row 6): its files must be on
 * the Fleet Server host at the Output's paths, or the policy needs an Elasticsearch output
 * of its own (Logstash, or paths of another OS).
 */
export const fleetServerPolicyOutputCheck: PlanCheck = (plan, topology) => {
  const output = fleetServerPolicyOutput(plan, topology);
  switch (output.kind) {
    case 'none':
      return [];
    case 'own':
      return [
        { code: 'fleet-server-policy-own-output', severity: output.reason === 'logstash' ? 'info' : 'warning', leg: null, params: { reason: output.reason } },
      ];
    case 'shared':
      return output.missing.length === 0
        ? []
        : [
            {
              code: 'fleet-server-policy-output-files',
              severity: 'warning',
              leg: 'agent-output',
              roles: output.missing.map((m) => m.role),
              params: { paths: output.missing.map((m) => m.path).join(', ') },
            },
          ];
  }
};
