import type { Plan } from '../../plan/schema';
import { clientCertLegsToElasticsearch } from '../../topology/build-topology';
import type { Topology } from '../../topology/leg';
import type { ArtifactNote } from '../artifact-note';

/** What Elasticsearch's HTTP layer needs for the client certificates of the plan. */
export interface ElasticsearchSettings {
  /** elasticsearch.yml settings, as YAML keys. */
  readonly settings: Readonly<Record<string, string>>;
  /** The CA files its HTTP layer must trust in addition to what it trusts today. */
  readonly addCas: readonly string[];
  readonly notes: readonly ArtifactNote[];
}

/**
 * Elasticsearch asks for client certificates only with
 * xpack.security.http.ssl.client_authentication optional or required (default none), and
 * checks them against xpack.security.http.ssl.certificate_authorities (audit row 12;
 * Elasticsearch security settings docs). The plan says which (`optional` is suggested:
 * `required` also demands a certificate from Kibana, Logstash and every script, which the
 * plan does not cover).
 * Null when no connection presents a client certificate to a self-managed Elasticsearch.
 */
export function buildElasticsearchSettings(plan: Plan, topology: Topology): ElasticsearchSettings | null {
  const toEs = clientCertLegsToElasticsearch(topology);
  if (toEs.length === 0) return null;
  const output = toEs.find((l) => l.id === 'agent-output');
  const fleet = toEs.find((l) => l.id === 'fleet-es');
  return {
    settings: { 'xpack.security.http.ssl.client_authentication': plan.elasticsearch.clientAuthentication },
    addCas: output?.mutual?.clientCa ? [plan.certs.files[output.mutual.clientCa]] : [],
    notes: [
      { code: 'es-client-authentication', params: { mode: plan.elasticsearch.clientAuthentication } },
      ...(fleet?.mutual ? [{ code: 'es-fleet-server-client-ca', params: { file: plan.certs.files[fleet.mutual.clientCert] } } as const] : []),
      { code: 'es-rolling-restart' },
    ],
  };
}
