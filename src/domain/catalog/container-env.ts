import type { FlagName } from './flags';

/**
 * The variable `elastic-agent container` reads for each install/enroll flag, and turns back
 * into that flag: elastic/elastic-agent internal/pkg/agent/cmd/setup_config.go
 * defaultAccessConfig (the names; a path value is one path, FLEET_CA a comma-separated list
 * like --certificate-authorities, split by cli.StringToSlice in container.go
 * containerCfgOverrides; booleans are true for 1, true, yes or y, container.go isTrue) and
 * container.go buildEnrollArgs (the flags). FLEET_CA falls back to KIBANA_CA, then
 * ELASTICSEARCH_CA: the first one set wins, even when empty (envWithDefault), so neither
 * may be set beside it. --elastic-agent-cert-key-passphrase has no variable (none read in
 * either file, elastic-agent-cli.md §7): a container cannot open an encrypted agent key.
 */
export const CONTAINER_ENV: Partial<Record<FlagName, string>> = {
  '--url': 'FLEET_URL',
  '--enrollment-token': 'FLEET_ENROLLMENT_TOKEN',
  '--certificate-authorities': 'FLEET_CA',
  '--insecure': 'FLEET_INSECURE',
  '--elastic-agent-cert': 'ELASTIC_AGENT_CERT',
  '--elastic-agent-cert-key': 'ELASTIC_AGENT_CERT_KEY',
  '--fleet-server-es': 'FLEET_SERVER_ELASTICSEARCH_HOST',
  '--fleet-server-es-ca': 'FLEET_SERVER_ELASTICSEARCH_CA',
  '--fleet-server-es-ca-trusted-fingerprint': 'FLEET_SERVER_ELASTICSEARCH_CA_TRUSTED_FINGERPRINT',
  '--fleet-server-es-cert': 'FLEET_SERVER_ES_CERT',
  '--fleet-server-es-cert-key': 'FLEET_SERVER_ES_CERT_KEY',
  '--fleet-server-cert': 'FLEET_SERVER_CERT',
  '--fleet-server-cert-key': 'FLEET_SERVER_CERT_KEY',
  '--fleet-server-cert-key-passphrase': 'FLEET_SERVER_CERT_KEY_PASSPHRASE',
  '--fleet-server-client-auth': 'FLEET_SERVER_CLIENT_AUTH',
  '--fleet-server-service-token': 'FLEET_SERVER_SERVICE_TOKEN',
  '--fleet-server-service-token-path': 'FLEET_SERVER_SERVICE_TOKEN_PATH',
  '--fleet-server-policy': 'FLEET_SERVER_POLICY_ID',
  '--fleet-server-port': 'FLEET_SERVER_PORT',
};

/**
 * The variables that switch enrollment on: FLEET_ENROLL for an agent; FLEET_SERVER_ENABLE
 * bootstraps Fleet Server and enrolls too (setup_config.go: Enroll is
 * envBool("FLEET_ENROLL", "FLEET_SERVER_ENABLE")); with it no enrollment token is needed
 * (container.go runContainerCmd).
 */
export const ENROLL_ENV = { agent: 'FLEET_ENROLL', 'fleet-server': 'FLEET_SERVER_ENABLE' } as const;

/**
 * The image: docker.elastic.co/elastic-agent/elastic-agent since 8.2 (elastic/elastic-package#691),
 * the only one from 9.0 (elastic-agent#7145; docker.elastic.co/beats/elastic-agent before), as
 * elastic-agent's deploy/kubernetes manifests name it from v8.18.0.
 */
export const AGENT_IMAGE = 'docker.elastic.co/elastic-agent/elastic-agent';
