import type { PlanCheck } from './plan-check';

/** `optional` verifies a certificate only when one is sent: agents without one still get in. */
export const clientAuthOptional: PlanCheck = (_plan, topology) =>
  topology.legs.some((l) => l.id === 'agent-fleet' && l.mutual?.clientAuth === 'optional')
    ? [{ code: 'client-auth-optional', severity: 'info', leg: 'agent-fleet' }]
    : [];
