import { clientCertLegsToElasticsearch } from '../../topology/build-topology';
import type { Finding } from '../finding';
import type { PlanCheck } from './plan-check';

/**
 * Elasticsearch asks for client certificates only when
 * xpack.security.http.ssl.client_authentication is `optional` or `required` (default
 * `none`: they are never used); the plan's answer says which (plan.elasticsearch.
 * clientAuthentication). With `required`, every client of the HTTP port must present one,
 * so a plan that gives a certificate to only one of Fleet Server and the agents' output
 * locks the other out; with `optional` the other keeps authenticating with its API key
 * (audit row 12; Kibana's elasticsearch.ssl.certificate docs; Elasticsearch's PKI realm
 * docs; ECK's client certificate authentication docs).
 */
export const esClientAuth: PlanCheck = (plan, topology) => {
  const toEs = clientCertLegsToElasticsearch(topology);
  if (toEs.length === 0) return [];
  const mode = plan.elasticsearch.clientAuthentication;
  const findings: Finding[] = [{ code: 'es-client-auth', severity: 'info', leg: toEs[0]?.id ?? null, params: { mode } }];
  if (mode !== 'required') return findings;
  const fleetEs = topology.legs.find((l) => l.id === 'fleet-es' && l.server === 'elasticsearch');
  const output = topology.legs.find((l) => l.id === 'agent-output' && l.server === 'elasticsearch');
  if (output?.mutual && fleetEs && !fleetEs.mutual) findings.push({ code: 'es-client-auth-only-output', severity: 'error', leg: 'fleet-es' });
  if (fleetEs?.mutual && output && !output.mutual) findings.push({ code: 'es-client-auth-only-fleet-server', severity: 'error', leg: 'agent-output' });
  return findings;
};
