import type { PlanCheck } from './plan-check';

/**
 * The policy pushes one client-certificate path to every agent. For one certificate per
 * host, keep that path and place a different file at it on each host (ingest-docs#101).
 */
export const perHostClientCerts: PlanCheck = (plan, topology) =>
  topology.legs.some((l) => l.id === 'agent-output' && l.mutual) && plan.certs.outputCert.kind === 'path'
    ? [{ code: 'per-host-client-certs', severity: 'info', leg: 'agent-output', roles: ['outputCert', 'outputKey'] }]
    : [];
