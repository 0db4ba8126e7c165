/**
 * Explanatory text inside generated artifacts (script comments, YAML comments), as codes
 * with parameters: words come from the message catalogue at the edge.
 */
export type ArtifactNoteCode =
  | 'place-files'
  | 'place-policy-output-files'
  | 'write-passphrase'
  | 'write-service-token'
  | 'download'
  | 'start-service-first'
  | 'install-fleet-server'
  | 'install-agent'
  | 'enroll-fleet-server'
  | 'enroll-agent'
  | 'insecure-lab'
  | 'replace-placeholder'
  | 'run-elevated-powershell'
  // Kibana: where, what to know, what a row really does.
  | 'kibana-where-fleet-server-host'
  | 'kibana-where-fleet-server-host-cloud'
  | 'kibana-where-fleet-server-host-ssl'
  | 'kibana-where-default-output'
  | 'kibana-where-add-output'
  | 'kibana-where-es-output-before-logstash'
  | 'kibana-where-fleet-server-policy'
  | 'kibana-where-enrollment-token'
  | 'kibana-no-ssl-options'
  | 'kibana-ssl-leave-empty'
  | 'kibana-row-not-read'
  | 'kibana-row-es'
  | 'kibana-row-es-unused'
  | 'kibana-row-agent-breaks'
  | 'kibana-es-authentication-empty'
  | 'kibana-yaml-none-public'
  | 'kibana-yaml-none-fingerprint'
  | 'kibana-logstash-new-output'
  | 'kibana-logstash-encryption-key'
  | 'kibana-logstash-yaml-replaced'
  | 'kibana-logstash-yaml-passphrase'
  | 'kibana-logstash-client-required'
  | 'kibana-logstash-client-one-way'
  | 'kibana-es-output-for-fleet-server-logstash'
  | 'kibana-es-output-for-fleet-server-other-os'
  | 'kibana-fleet-server-policy'
  | 'kibana-service-token'
  | 'kibana-service-token-file'
  | 'kibana-enrollment-token'
  | 'kibana-leave-empty'
  | 'kibana-name-fleet-server-host'
  | 'kibana-name-logstash'
  | 'kibana-name-es-for-fleet-server'
  | 'kibana-on'
  | 'kibana-off'
  // Checking each connection (shell comments: inert words only).
  | 'check-fleet-server'
  | 'check-fleet-server-elasticsearch'
  | 'check-elasticsearch'
  | 'check-logstash'
  | 'check-fingerprint'
  | 'check-agent-status'
  | 'check-agent-status-windows'
  // Elasticsearch's side of client certificates.
  | 'es-settings-where'
  | 'es-add-cas'
  | 'es-client-authentication'
  | 'es-fleet-server-client-ca'
  | 'es-rolling-restart'
  // The certificate files, per host.
  | 'files-on-fleet-server'
  | 'files-on-agents-posix'
  | 'files-on-agents-windows'
  | 'files-secret'
  | 'files-also-at-output-paths'
  | 'files-keys-private'
  | 'role-name'
  | 'output-yaml-none-public'
  | 'output-yaml-none-fingerprint'
  | 'output-yaml-none-logstash-form';

export interface ArtifactNote {
  readonly code: ArtifactNoteCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type Words = (note: ArtifactNote) => string;
