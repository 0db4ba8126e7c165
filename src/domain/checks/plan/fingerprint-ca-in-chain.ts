import type { PlanCheck } from './plan-check';

/**
 * ca_trusted_fingerprint only works when that CA is in the chain Elasticsearch sends
 * (tls-errors.md L12; docs-content#5138).
 */
export const fingerprintCaInChain: PlanCheck = (_plan, topology) =>
  topology.legs.some((l) => l.trust.kind === 'fingerprint') ? [{ code: 'fingerprint-ca-in-chain', severity: 'info', leg: 'fleet-es', roles: ['esCa'] }] : [];
