import type { Finding } from '../finding';
import type { PlanCheck } from './plan-check';

/**
 * Elasticsearch asks for client certificates only when
 * xpack.security.http.ssl.client_authentication is `optional` or `required` (default
 * `none`: they are never used). With `required`, every client of the HTTP port must
 * present one, so a plan that gives a certificate to only one of Fleet Server and the
 * agents' output breaks the other (audit row 12; Kibana's elasticsearch.ssl.certificate
 * docs; ECK's client certificate authentication docs).
 */
export const esClientAuth: PlanCheck = (plan, topology) => {
  const fleetEs = topology.legs.find((l) => l.id === 'fleet-es' && l.server === 'elasticsearch');
  const output = topology.legs.find((l) => l.id === 'agent-output' && l.server === 'elasticsearch');
  const fleetMutual = Boolean(fleetEs?.mutual);
  const outputMutual = Boolean(output?.mutual);
  if (!fleetMutual && !outputMutual) return [];
  const findings: Finding[] = [{ code: 'es-client-auth', severity: 'info', leg: fleetMutual ? 'fleet-es' : 'agent-output' }];
  if (outputMutual && fleetEs && !fleetMutual) findings.push({ code: 'es-client-auth-only-output', severity: 'warning', leg: 'fleet-es' });
  if (fleetMutual && output && !outputMutual && plan.output.kind === 'elasticsearch') {
    findings.push({ code: 'es-client-auth-only-fleet-server', severity: 'warning', leg: 'agent-output' });
  }
  return findings;
};
