import { MODEL_FACTS } from '../../catalog/models';
import type { FindingParams } from '../finding';
import type { PlanCheck } from './plan-check';

/** Commands carry <PLACEHOLDERS> until the tokens are typed (they are never saved). */
export const tokenPlaceholder: PlanCheck = (plan) => {
  const missing: FindingParams['token-placeholder']['token'][] = [];
  if (plan.secrets.enrollmentToken.trim() === '') missing.push('enrollment');
  const fleetServerHost = MODEL_FACTS[plan.model].selfManagedFleetServer;
  if (fleetServerHost && plan.fleetServer.serviceTokenSource === 'inline' && plan.secrets.serviceToken.trim() === '') missing.push('service');
  return missing.map((token) => ({ code: 'token-placeholder', severity: 'info', leg: null, params: { token } }));
};
