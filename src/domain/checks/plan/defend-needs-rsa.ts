import { gateOpen } from '../../catalog/gates';
import { planVersions } from '../../plan/plan-versions';
import type { PlanCheck } from './plan-check';

/**
 * Elastic Defend reads the Fleet Server and output connections' certificates itself and,
 * before 9.1, accepts only RSA (docs-content#1133, #5514; pain point 7).
 */
export const defendNeedsRsa: PlanCheck = (plan) => {
  if (!plan.defend || gateOpen('defend-ec-keys', planVersions(plan)) !== false) return [];
  return [{ code: 'defend-needs-rsa', severity: 'warning', leg: null, params: { version: plan.agentVersion } }];
};
