import type { PlanCheck } from './plan-check';

/**
 * elastic-agent decrypts passphrase-protected keys for Elastic Defend only in fleet.ssl
 * ("ONLY for the client TLS configuration for mTLS used with fleet-server",
 * internal/pkg/agent/application/endpoint_component_modifier.go, EndpointTLSComponentModifier);
 * output keys reach Endpoint as they are. Inferred, not tested: Defend's own output
 * connection may not read an encrypted output key (audit row 13).
 */
export const defendEncryptedOutputKey: PlanCheck = (plan, topology) =>
  plan.defend && topology.legs.some((l) => l.id === 'agent-output' && l.mutual?.passphrase)
    ? [{ code: 'defend-encrypted-output-key', severity: 'warning', leg: 'agent-output', params: { inferred: true } }]
    : [];
