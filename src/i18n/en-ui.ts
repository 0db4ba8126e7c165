import type { CertRole, EncryptableKeyRole } from '../domain/catalog/roles';
import type { ClientAuth, DeploymentModel, TlsMode } from '../domain/catalog/models';
import type { Platform } from '../domain/catalog/platforms';
import type { LegVerdict } from '../domain/inspect/evaluate';

/**
 * Every English word the interface shows, grouped by area. Components never hard-code
 * English: a translation replaces this one object. Words about plan issues and artifact
 * comments come from the domain catalogue (./en-domain.ts via ./words.ts).
 */
export const ui = {
  app: {
    name: 'Fleet TLS Wizard',
    promise: 'Plan TLS and mutual TLS for Elastic Agent, Fleet Server and their outputs. Nothing you enter leaves this browser.',
    formRegion: 'Your answers',
    outputRegion: 'Your commands and settings',
    loadingOutput: 'Preparing the commands…',
    loadingStep: 'Loading this step…',
    plannerFailed: 'The wizard could not load. Check your connection to this page and reload it.',
    outputFailed: 'The output panel could not load. Reload the page; your answers are kept only in this tab.',
    dismiss: 'Dismiss',
  },

  planFile: {
    toolbar: 'Plan',
    examples: 'Start from an example',
    examplesLoading: 'Loading the examples…',
    examplesFailed: 'The list of examples could not be loaded.',
    examplesEmpty: 'No examples are available.',
    open: 'Open plan…',
    download: 'Download plan (JSON)',
    downloadNote: 'Tokens are left out of the file.',
    opened: (name: string) => `Opened “${name}”. The wizard now shows its answers.`,
    exampleOpened: (title: string) => `Started from the example “${title}”.`,
    exampleFailed: (title: string) => `The example “${title}” could not be loaded. Your answers are unchanged.`,
    readFailed: (name: string) => `“${name}” could not be read. Your answers are unchanged.`,
  },

  wizard: {
    stepsNav: 'Wizard steps',
    steps: {
      model: 'Deployment model',
      hosts: 'Hosts and versions',
      certs: 'Certificates',
    },
    stepNumber: (n: number, total: number) => `Step ${n} of ${total}`,
    toFix: (n: number) => (n === 1 ? '1 to fix' : `${n} to fix`),
    back: 'Back',
    next: 'Next',
    finish: 'Check all answers',
    allGood: 'Every answer checks out. The summary beside the form says whether your certificate files do too.',
    stepIntro: {
      model: 'How your agents, Fleet Server and Elasticsearch are deployed decides which connections can use TLS and where it ends.',
      hosts: 'The addresses agents and Fleet Server dial, the versions and platforms the commands are written for.',
      certs: 'Where the certificate files will live on each host and what they are called. Only the files this plan needs are listed.',
    },
  },

  model: {
    legend: 'Where Fleet Server and Elasticsearch run',
    names: {
      'on-prem': 'On-premises',
      'cloud-fleet': 'Fleet Server on Elastic Cloud',
      'cloud-fleet-proxy': 'Elastic Cloud behind your proxy',
      'on-prem-fleet-cloud-es': 'On-premises Fleet Server, Elasticsearch on Elastic Cloud',
    } satisfies Record<DeploymentModel, string>,
    summaries: {
      'on-prem': 'You run Fleet Server and Elasticsearch. Every connection can use mutual TLS.',
      'cloud-fleet':
        'Elastic Cloud runs Fleet Server and Elasticsearch. TLS ends at the Elastic Cloud boundary; mutual TLS is not supported.',
      'cloud-fleet-proxy':
        'Agents reach Elastic Cloud through your TLS proxy. Mutual TLS between agents and your proxy.',
      'on-prem-fleet-cloud-es':
        'You run Fleet Server; Elasticsearch is on Elastic Cloud. Mutual TLS between agents and Fleet Server; to Elasticsearch only through a proxy of yours.',
    } satisfies Record<DeploymentModel, string>,
    frontsEs: {
      legend: 'Proxy in front of Elasticsearch',
      description: 'Applies to Fleet Server’s connection to Elasticsearch and to an Elasticsearch output.',
      yes: 'Yes: Fleet Server and agents reach Elasticsearch through my proxy',
      no: 'No: they connect to Elastic Cloud directly (TLS ends at the Elastic Cloud boundary)',
    },
  },

  diagram: {
    title: (model: string) => `Connections for: ${model}`,
    nodes: {
      agents: 'Elastic Agents',
      fleetServer: 'Fleet Server',
      elasticsearch: 'Elasticsearch',
      output: 'ES / Logstash',
      proxy: 'Your proxy',
      proxyOptional: 'Proxy (optional)',
      cloud: 'Elastic Cloud',
    },
    legendTitle: 'In the diagrams',
    legendMutual: 'TLS, can be mutual',
    legendOneWay: 'TLS, one-way only',
    legendEnds: 'TLS ends at the Elastic Cloud boundary',
    legendInside: 'Managed by Elastic',
  },

  tls: {
    legend: 'TLS mode',
    names: {
      'one-way': 'One-way TLS',
      mutual: 'Mutual TLS',
      lab: 'Lab only: self-signed',
    } satisfies Record<TlsMode, string>,
    descriptions: {
      'one-way': 'Agents check the certificates of Fleet Server and the output. The usual setup.',
      mutual: 'Agents also present a client certificate, and Fleet Server (or your proxy) checks it.',
      lab: 'Fleet Server makes a self-signed certificate and agents skip its check. For a lab, never for production.',
    } satisfies Record<TlsMode, string>,
    labNotHere: 'Only with a self-managed Fleet Server.',
    switchToProxy: 'Switch to “Elastic Cloud behind your proxy”, keeping mutual TLS',
    labExplained: {
      title: 'What --insecure covers, and what it does not',
      covers: 'It skips the check of Fleet Server’s self-signed certificate when agents connect to Fleet Server. Nothing else.',
      notFleetEs: 'It does not cover Fleet Server → Elasticsearch: Fleet Server still needs to trust Elasticsearch’s CA.',
      notOutput: 'It does not cover the agents’ output (Elasticsearch or Logstash): the Output still needs its CA.',
      traffic: 'The traffic is encrypted, but anyone between an agent and Fleet Server can pretend to be Fleet Server.',
    },
    clientAuth: {
      legend: 'Client certificates at Fleet Server',
      description: 'The value of --fleet-server-client-auth.',
      names: { required: 'Required', optional: 'Optional' } satisfies Record<ClientAuth, string>,
      descriptions: {
        required: 'Every agent must present a certificate, including the Fleet Server host’s own agent.',
        optional: 'Agents may present one; Fleet Server checks it when they do.',
      } satisfies Record<ClientAuth, string>,
    },
    mutualFleetServerEs: {
      label: 'Mutual TLS between Fleet Server and Elasticsearch too',
      description: 'Fleet Server presents a client certificate to Elasticsearch (or to your proxy in front of it).',
    },
    mutualOutput: {
      label: 'Mutual TLS between agents and their output too',
      description: 'Agents present a client certificate to Elasticsearch or Logstash, set in the Output’s Advanced YAML.',
    },
  },

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
    enrollmentToken: {
      label: 'Enrollment token (optional)',
      description: 'Never saved or shared: left out of the plan file, the address bar and browser storage. Leave empty for a placeholder.',
    },
  },

  platforms: {
    'linux-x86_64': 'Linux x86_64 (tar.gz)',
    'linux-arm64': 'Linux aarch64 (tar.gz)',
    'darwin-x86_64': 'macOS x86_64 (tar.gz)',
    'darwin-aarch64': 'macOS aarch64 (tar.gz)',
    'windows-x86_64': 'Windows x86_64 (zip)',
    'deb-amd64': 'DEB x86_64',
    'deb-arm64': 'DEB aarch64',
    'rpm-x86_64': 'RPM x86_64',
    'rpm-aarch64': 'RPM aarch64',
  } satisfies Record<Platform, string>,

  certs: {
    none: 'This plan needs no certificate files: every certificate is signed by a public CA that agents already trust, or made by Fleet Server itself.',
    dirs: 'Folders',
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
    encryptedSameFile: (file: string, roles: readonly string[]) => `${file} is also the ${roles.join(' and the ').toLowerCase()}: one file, so one answer for both.`,
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
    fleetServerEsKey: { label: 'Fleet Server client key for Elasticsearch', description: 'Private key of that certificate; it cannot be encrypted (no passphrase flag exists).' },
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
    title: (n: number) => (n === 1 ? '1 thing to fix' : `${n} things to fix`),
    state: {
      ready: () => 'Ready: every answer checks out, and every connection passes with your files.',
      unchecked: () => 'Your answers check out. Check your certificate files before you install: drop them on the page.',
      incomplete: (n: number) => `Your answers check out; ${n === 1 ? '1 connection still misses' : `${n} connections still miss`} a file to be checked.`,
      failing: (n: number) => `Your answers check out, but ${n === 1 ? '1 connection fails' : `${n} connections fail`} with your certificate files. Not ready.`,
    },
    showCertificates: 'Show the connections',
    item: (step: string, field: string) => `${step} · ${field}`,
    hint: 'The output below already reflects your answers; fix these before you use it.',
  },

  output: {
    title: 'Commands and settings',
    tabs: {
      'fleet-server': 'Fleet Server',
      agents: 'Agents',
      kibana: 'Kibana settings',
      yaml: 'Output YAML',
    },
    tabsLabel: 'Artifacts',
    platformLegend: 'Agent platform',
    titles: {
      'fleet-server-install': (platform: string) => `Fleet Server install command — ${platform}`,
      'agent-install': (platform: string) => `Agent install command — ${platform}`,
      'kibana-settings': () => 'Kibana Fleet settings',
      'output-yaml': () => 'Output Advanced YAML',
      'elasticsearch-settings': () => 'Elasticsearch settings',
      'certificate-files': () => 'Certificate files on each host',
      'connection-checks': () => 'Check the connections',
    },
    intros: {
      'fleet-server-install': 'Run on the Fleet Server host, after copying the files named in the first comment.',
      'agent-install': 'Run on each agent host of this platform.',
      'kibana-settings': 'Enter these in Kibana under Fleet → Settings.',
      'output-yaml': 'Paste into the Output’s “Advanced YAML configuration” box.',
      'elasticsearch-settings': 'On every Elasticsearch node.',
      'certificate-files': 'Copy these files to each host before you install.',
      'connection-checks': 'Run on the host named once everything is installed.',
    },
    noAgents: 'Choose at least one agent platform in “Hosts and versions”.',
    copy: 'Copy',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Copying was refused by the browser; select the text and copy it by hand.',
    download: 'Download',
    downloadAs: (file: string) => `Saves as ${file}`,
    failed: 'The output could not be built from these answers. Fix the answers listed above.',
    labWarning: 'Lab mode: --insecure skips only the agents’ check of Fleet Server. Never use this in production.',
  },

  // The verdict words the diagrams use from step 1 on. The certificate panel's own words
  // are in ./en-ui-certificates.ts, loaded with the panel (see that file).
  certificates: {
    failed: 'The certificate panel could not load. Reload the page; your answers are kept only in this tab.',
    verdicts: {
      pass: 'passes',
      warn: 'passes, with warnings',
      fail: 'fails',
      incomplete: 'files missing',
      'not-checked': 'not checked (nothing of yours to check)',
    } satisfies Record<LegVerdict, string>,
    diagram: {
      legendTitle: 'Verdicts',
      pass: 'green: passes',
      warn: 'amber: warnings',
      fail: 'red: fails',
      neutral: 'grey: not judged yet, or nothing to check',
      edge: (leg: string, verdict: string) => `${leg}: ${verdict}`,
    },
  },
} as const;

export type Ui = typeof ui;
