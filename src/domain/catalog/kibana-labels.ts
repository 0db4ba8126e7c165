/**
 * Kibana's Fleet settings labels, verbatim in English, per release where they changed.
 * They are product facts (what the admin looks for on screen), not the wizard's words.
 * Sources: elastic/kibana x-pack/platform/plugins/shared/fleet/public/applications/fleet/
 * sections/settings/components/ (fleet_server_hosts_flyout/ and edit_output_flyout/), at the
 * commits named; releases from Kibana's release notes (catalog/gates.ts).
 */

/** fleet_server_hosts_flyout/index.tsx @ a75568d4 (and 056188f8). */
export const FLEET_SERVER_HOST_LABELS = {
  name: 'Name',
  url: 'URL',
  makeDefault: 'Make this Fleet server the default one.',
} as const;

/** The fields of the Fleet Server host's "Authentication" section, by the setting each writes. */
export type FleetServerHostSslField =
  | 'certificate_authorities'
  | 'certificate'
  | 'key'
  | 'es_certificate_authorities'
  | 'es_certificate'
  | 'es_key'
  | 'agent_certificate_authorities'
  | 'agent_certificate'
  | 'agent_key'
  | 'client_auth';

/** Kibana 9.1–9.2 (kibana#208091): ssl_form_section.tsx @ ef38cab5, keys from use_fleet_server_host_form.tsx. */
export const FLEET_SERVER_HOST_SSL_LABELS_9_1: Partial<Record<FleetServerHostSslField, string>> = {
  certificate_authorities: 'Server SSL certificate authorities',
  // Despite the name, Fleet Server's own server certificate (it lands in the fleet-server input's ssl.certificate).
  certificate: 'Client SSL certificate',
  key: 'Client SSL certificate key',
  es_certificate_authorities: 'Elasticsearch certificate authorities',
  es_certificate: 'SSL certificate for Elasticsearch',
  es_key: 'SSL certificate key for Elasticsearch',
  client_auth: 'Client auth',
};

/** Kibana 9.3 and later (kibana#236959): ssl_form_section.tsx, newest stored version. */
export const FLEET_SERVER_HOST_SSL_LABELS_9_3: Record<FleetServerHostSslField, string> = {
  certificate_authorities: 'Fleet Server > Elastic Agents certificate authorities',
  certificate: 'Fleet Server > SSL server certificate',
  key: 'Fleet Server > SSL server private key',
  es_certificate_authorities: 'Fleet Server > Elasticsearch certificate authorities',
  es_certificate: 'Fleet Server > SSL client certificate for Elasticsearch',
  es_key: 'Fleet Server > SSL private key for Elasticsearch',
  agent_certificate_authorities: 'Elastic Agent > Fleet Server certificate authorities',
  agent_certificate: 'Elastic Agent > SSL client certificate for Fleet Server',
  agent_key: 'Elastic Agent > SSL private key for Fleet Server',
  client_auth: 'Client auth',
};

/** The Client auth radio (hard-coded English in ssl_form_section.tsx). */
export const CLIENT_AUTH_OPTIONS = { none: 'None', required: 'Required', optional: 'Optional' } as const;

/**
 * The output flyout: edit_output_flyout/index.tsx @ d47c8054, output_form_elasticsearch.tsx
 * @ 061827c7, output_form_logstash.tsx @ 9e98c9d4 (12071a2d before "Enable SSL"),
 * ssl_form_section.tsx @ 2977442a.
 */
export const OUTPUT_LABELS = {
  name: 'Name',
  type: 'Type',
  hosts: 'Hosts',
  fingerprint: 'Elasticsearch CA trusted fingerprint (optional)',
  logstashHosts: 'Logstash hosts',
  enableSsl: 'Enable SSL',
  authentication: 'Authentication',
  serverCas: 'Server SSL certificate authorities',
  /** Before the shared SSL section of 9.1 the Logstash form marked the CA optional. */
  serverCasBefore91: 'Server SSL certificate authorities (optional)',
  clientCert: 'Client SSL certificate',
  clientKey: 'Client SSL certificate key',
  advancedYaml: 'Advanced YAML configuration',
  defaultForIntegrations: 'Make this output the default for agent integrations.',
  types: { elasticsearch: 'Elasticsearch', logstash: 'Logstash' },
} as const;

/** Agent policy settings: agent_policy_advanced_fields/index.tsx @ e6116dba. */
export const AGENT_POLICY_LABELS = {
  outputForIntegrations: 'Output for integrations',
  outputForMonitoring: 'Output for agent monitoring',
} as const;

/** Elastic Cloud's Fleet settings table column for its managed Fleet Server host. */
export const CLOUD_FLEET_SERVER_HOST_LABELS = { hostUrls: 'Host URLs' } as const;
