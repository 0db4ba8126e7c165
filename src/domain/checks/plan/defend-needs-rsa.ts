import { atLeast, parseVersion } from '../../catalog/version';
import type { PlanCheck } from './plan-check';

/**
 * Elastic Defend reads the Fleet Server and output connections' certificates itself and,
 * before 9.1, accepts only RSA (docs-content#1133, #5514; pain point 7).
 */
export const defendNeedsRsa: PlanCheck = (plan) => {
  const v = parseVersion(plan.agentVersion);
  if (!plan.defend || !v || atLeast(v, '9.1.0')) return [];
  return [{ code: 'defend-needs-rsa', severity: 'warning', leg: null, params: { version: plan.agentVersion } }];
};
