import type { CertRole, EncryptableKeyRole } from '../../domain/catalog/roles';
import { count, plural } from './locale';

/**
 * The words of steps 2 and 3, the certificate roles and the summary: loaded with those
 * steps and the summary, right after the first screen, not with it (ADR 3).
 */
export const stepsUi = {
  hosts: {
    sections: {
      plan: 'Plan',
      fleetServer: 'Fleet Server',
      elasticsearch: 'Elasticsearch',
      output: 'Output',
      proxy: 'Your proxy',
      agents: 'Agents',
    },
    title: {
      label: 'Plan name (optional)',
      description: 'Shown as the Fleet Server host name in Kibana and used for the plan file’s name.',
    },
    fleetUrls: {
      label: 'Fleet Server URLs',
      description: 'One per line, as agents dial them, e.g. https://fleet.example.com:8220.',
      descriptionCloud: 'One per line: the Fleet Server URL from Kibana → Fleet → Settings.',
      descriptionProxy: 'One per line: the Elastic Cloud Fleet Server URL your proxy forwards to.',
    },
    port: { label: 'Fleet Server port', description: 'The port Fleet Server listens on (--fleet-server-port). Default 8220.' },
    policyId: { label: 'Fleet Server policy id', description: 'From Fleet → Agent policies (--fleet-server-policy).' },
    fsPlatform: { label: 'Fleet Server host platform', description: 'The package the Fleet Server host installs.' },
    serviceToken: {
      legend: 'Where the service token comes from',
      description: 'Fleet Server uses it to connect to Elasticsearch.',
      inline: 'Type it here (goes on the command line)',
      file: 'A file on the Fleet Server host (8.8 and later)',
      valueLabel: 'Service token (optional)',
      valueDescription: 'Never saved or shared: left out of the plan file, the address bar and browser storage. Leave empty for a placeholder.',
      pathLabel: 'Service token file',
      pathDescription: 'Absolute path on the Fleet Server host; the file holds only the token, with no trailing newline.',
    },
    esHosts: {
      label: 'Elasticsearch hosts',
      description: 'One per line, e.g. https://es.example.com:9200.',
      descriptionCloud: 'One per line: the Elasticsearch endpoint from the Elastic Cloud console.',
    },
    esTrust: {
      legend: 'How Fleet Server and agents trust Elasticsearch',
      ca: 'The CA certificate file',
      fingerprint: 'The CA’s SHA-256 fingerprint (CA trusted fingerprint)',
      caDescription: 'The CA file goes on each host; you name it in the Certificates step.',
      fingerprintDescription: 'Hex SHA-256 of the CA certificate; no file to copy to agents.',
    },
    esClientAuth: {
      legend: 'How Elasticsearch asks for client certificates',
      description: 'xpack.security.http.ssl.client_authentication in elasticsearch.yml: the runbook’s Elasticsearch step sets it.',
      optional: 'Optional (suggested)',
      optionalDescription: 'Checks a certificate when one is sent; Kibana, Logstash and scripts keep working without one.',
      required: 'Required',
      requiredDescription: 'Refuses every client of the HTTP port without a certificate from a trusted CA: Kibana, Logstash and scripts need one too.',
    },
    fingerprint: {
      label: 'CA trusted fingerprint',
      description: 'openssl x509 -in ca.crt -noout -fingerprint -sha256. Colons, spaces and upper case are fine.',
    },
    outputKind: {
      legend: 'Where agents send their data',
      elasticsearch: 'Elasticsearch',
      logstash: 'Logstash',
    },
    logstashHosts: { label: 'Logstash hosts', description: 'One per line, host:port without a scheme, e.g. logstash.example.com:5044.' },
    proxyFleetUrl: { label: 'Proxy URL for Fleet', description: 'What agents dial instead of Fleet Server, e.g. https://fleet-proxy.example.com.' },
    proxyEsUrl: { label: 'Proxy URL for Elasticsearch', description: 'What Fleet Server and agents dial instead of Elasticsearch.' },
    version: {
      label: 'Lowest Elastic Agent version in the fleet',
      description: 'The full release, e.g. 9.2.1. The commands download it and use only the flags it knows.',
    },
    kibanaVersion: {
      label: 'Kibana version',
      description: 'Its Fleet settings are described with the fields and labels of this release.',
    },
    platforms: { legend: 'Agent platforms', description: 'One install command for each.' },
    defend: { label: 'Elastic Defend runs on these agents', description: 'Before 9.1, Defend needs RSA certificates (not EC).' },
    unprivileged: { label: 'Unprivileged agents', description: 'install --unprivileged (8.15+): not for DEB and RPM.' },
    proxyUrl: { label: 'Forward proxy to Fleet Server', description: 'Optional --proxy-url, e.g. http://proxy.example.com:3128.' },
    enrollmentToken: {
      label: 'Enrollment token (optional)',
      description: 'Never saved or shared: left out of the plan file, the address bar and browser storage. Leave empty for a placeholder.',
    },
  },

  certs: {
    none: 'This plan needs no certificate files: every certificate is signed by a public CA that agents already trust, or made by Fleet Server itself.',
    dirs: 'Folders',
    filesLabel: 'Certificate file names',
    encryptedLabel: 'Encrypted keys',
    fleetServerDir: { label: 'Folder on the Fleet Server host', description: 'Absolute path; every Fleet Server file below goes here.' },
    agentDirPosix: { label: 'Folder on Linux and macOS agents', description: 'Absolute path, e.g. /etc/elastic-agent/certs.' },
    agentDirWindows: { label: 'Folder on Windows agents', description: 'Drive or UNC path, e.g. C:\\ProgramData\\ElasticAgentCerts.' },
    groups: {
      'fleet-server': 'On the Fleet Server host',
      agent: 'On every agent',
      'agent,fleet-server': 'On the Fleet Server host and on every agent',
    } as Record<string, string>,
    encrypted: {
      fleetServerKey: 'The Fleet Server key is encrypted (adds a passphrase file)',
      agentKey: 'The agent key is encrypted (adds a passphrase file)',
      outputKey: 'The output key is encrypted (adds a passphrase file)',
    } satisfies Record<EncryptableKeyRole, string>,
    encryptedSameFile: (file: string, roles: readonly string[]) =>
      `${file} is also the ${roles.join(' and the ').toLowerCase()}: one file, so one answer for both.`,
    yaml: {
      title: 'In the Output’s Advanced YAML',
      description: 'YAML can carry a certificate inline; command-line flags cannot, so only these two offer it.',
      ca: 'Output CA',
      cert: 'Output client certificate',
      path: 'A file on each agent',
      inline: 'Inline PEM in the YAML',
      caPem: 'Output CA certificate (PEM)',
      certPem: 'Output client certificate (PEM)',
      pemDescription: 'Paste from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----. Certificates only, never a key.',
    },
  },

  roles: {
    fleetServerCa: { label: 'Fleet Server CA', description: 'CA that signed the Fleet Server certificate — agents trust it.' },
    fleetServerCert: { label: 'Fleet Server certificate', description: 'Presented to agents; must cover the host names in the Fleet Server URLs.' },
    fleetServerKey: { label: 'Fleet Server key', description: 'Private key of the Fleet Server certificate.' },
    fleetServerKeyPassphrase: { label: 'Fleet Server key passphrase file', description: 'Holds only the passphrase, with no trailing newline.' },
    agentCa: { label: 'Agent CA', description: 'CA that signed the agents’ client certificates — the server checks agents against it.' },
    agentCert: { label: 'Agent client certificate', description: 'Presented by agents to Fleet Server (or your proxy).' },
    agentKey: { label: 'Agent key', description: 'Private key of the agent client certificate.' },
    agentKeyPassphrase: { label: 'Agent key passphrase file', description: 'Holds only the passphrase, with no trailing newline.' },
    esCa: { label: 'Elasticsearch CA', description: 'CA that signed the Elasticsearch certificate — Fleet Server and agents trust it.' },
    fleetServerEsCert: { label: 'Fleet Server client certificate for Elasticsearch', description: 'Presented by Fleet Server to Elasticsearch.' },
    fleetServerEsKey: {
      label: 'Fleet Server client key for Elasticsearch',
      description: 'Private key of that certificate; it cannot be encrypted (no passphrase flag exists).',
    },
    logstashCa: { label: 'Logstash CA', description: 'CA that signed the Logstash certificate — agents trust it.' },
    outputCert: { label: 'Output client certificate', description: 'Presented by agents to their output.' },
    outputKey: { label: 'Output client key', description: 'Private key of the output client certificate.' },
    outputKeyPassphrase: { label: 'Output key passphrase file', description: 'Holds only the passphrase, with no trailing newline.' },
    proxyCa: { label: 'Proxy CA', description: 'CA that signed your proxy’s certificate — agents and Fleet Server trust it.' },
  } satisfies Record<CertRole, { label: string; description: string }>,

  fields: {
    pathPreview: (path: string) => `→ ${path}`,
  },

  summary: {
    title: (n: number) => plural(n, { one: '1 thing to fix', other: `${count(n)} things to fix` }),
    state: {
      ready: () => 'Ready: every answer checks out, and every connection passes with your files.',
      'ready-no-files': () => 'Ready: every answer checks out, and no certificate file of yours is involved.',
      unchecked: () => 'Your answers check out. Check your certificate files before you install: drop them on the page.',
      incomplete: (n: number) =>
        `Your answers check out; ${plural(n, { one: '1 connection still misses', other: `${count(n)} connections still miss` })} a file to be checked.`,
      failing: (n: number) =>
        `Your answers check out, but ${plural(n, { one: '1 connection fails', other: `${count(n)} connections fail` })} with your certificate files. Not ready.`,
    },
    showCertificates: 'Show the connections',
    item: (step: string, field: string) => `${step} · ${field}`,
    hint: 'The output below already reflects your answers; fix these before you use it.',
  },
} as const;
