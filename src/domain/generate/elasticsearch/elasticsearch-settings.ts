import type { Plan } from '../../plan/schema';
import { clientCertLegsToElasticsearch } from '../../topology/build-topology';
import type { Topology } from '../../topology/leg';
import type { ArtifactNote } from '../artifact-note';

/** What Elasticsearch's HTTP layer needs for the client certificates of the plan. */
export interface ElasticsearchSettings {
  /** elasticsearch.yml settings, as YAML keys. */
  readonly settings: Readonly<Record<string, string | readonly string[]>>;
  /** The CA files the list names, on every node: relative paths are read from the config directory, $ES_PATH_CONF. */
  readonly cas: readonly string[];
  readonly notes: readonly ArtifactNote[];
}

/** Stands for the CA file of Fleet Server's client certificate, which the plan does not name. */
const FLEET_SERVER_ES_CA = '<FLEET_SERVER_ES_CA>';

/**
 * Elasticsearch asks for client certificates only with
 * xpack.security.http.ssl.client_authentication optional or required (default none), and
 * checks them against xpack.security.http.ssl.certificate_authorities (audit row 12;
 * elasticsearch docs/reference/elasticsearch/configuration-reference/security-settings.md).
 * That list replaces what the HTTP layer trusts otherwise, the JDK's CAs and the keystore's
 * (libs/ssl-config SslConfigurationLoader.buildTrustConfig), and its relative paths are read
 * from the config directory (PemTrustConfig's basePath): so it names the issuer of every
 * client certificate the plan presents. The plan says which mode (`optional` is suggested:
 * `required` "forces a client to present a certificate", `optional` "requests" one (the same
 * security-settings.md), so `required` also demands one from Kibana (kibana.yml
 * elasticsearch.ssl.certificate and elasticsearch.ssl.key, docs-content Kibana settings),
 * Logstash's elasticsearch output (ssl_certificate, ssl_key: logstash-output-elasticsearch
 * lib/logstash/plugin_mixins/elasticsearch/api_configs.rb), Beats and every script).
 * Null when no connection presents a client certificate to a self-managed Elasticsearch.
 */
export function buildElasticsearchSettings(plan: Plan, topology: Topology): ElasticsearchSettings | null {
  const toEs = clientCertLegsToElasticsearch(topology);
  if (toEs.length === 0) return null;
  const mode = plan.elasticsearch.clientAuthentication;
  const fleet = toEs.find((l) => l.id === 'fleet-es')?.mutual;
  // Fleet Server's leg names no CA (--fleet-server-es-cert has no CA flag): a placeholder the notes explain.
  const cas = toEs.map((l) => (l.mutual?.clientCa ? plan.certs.files[l.mutual.clientCa] : FLEET_SERVER_ES_CA));
  const files = [...new Set(cas)].map((f) => `certs/${f}`);
  return {
    cas: files.map((f) => `$ES_PATH_CONF/${f}`),
    settings: {
      'xpack.security.http.ssl.client_authentication': mode,
      'xpack.security.http.ssl.certificate_authorities': files,
    },
    notes: [
      { code: 'es-cas' },
      ...(fleet ? [{ code: 'es-fleet-server-client-ca', params: { file: plan.certs.files[fleet.clientCert], placeholder: FLEET_SERVER_ES_CA } } as const] : []),
      { code: 'es-client-authentication', params: { mode } },
      { code: 'es-rolling-restart' },
    ],
  };
}
