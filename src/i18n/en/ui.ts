import type { ClientAuth, DeploymentModel, TlsMode } from '../../domain/catalog/models';
import type { Platform } from '../../domain/catalog/platforms';
import type { LegVerdict } from '../../domain/verdict/evaluate';
import { count, plural } from './locale';

/**
 * Every English word the interface shows, grouped by area. Components never hard-code
 * English: a translation replaces this one object. Words about plan issues and artifact
 * comments come from the domain catalogue (./domain.ts via ../words.ts).
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
    undo: 'Undo: bring back my answers',
    undone: 'Your answers are back as they were before the plan was opened.',
  },

  wizard: {
    stepsNav: 'Wizard steps',
    steps: {
      model: 'Deployment model',
      hosts: 'Hosts and versions',
      certs: 'Certificates',
    },
    stepNumber: (n: number, total: number) => `Step ${n} of ${total}`,
    toFix: (n: number) => plural(n, { one: '1 to fix', other: `${count(n)} to fix` }),
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
      'cloud-fleet': 'Elastic Cloud runs Fleet Server and Elasticsearch. TLS ends at the Elastic Cloud boundary; mutual TLS is not supported.',
      'cloud-fleet-proxy': 'Agents reach Elastic Cloud through your TLS proxy. Mutual TLS between agents and your proxy.',
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
      lab: 'elastic-agent enroll generates a self-signed certificate for the Fleet Server host, and agents skip its check. For a lab, never for production.',
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

  // The output panel's own words are in ./ui-output.ts, loaded with the panel.
  output: {
    title: 'Your runbook',
  },

  // The verdict words the diagrams use from step 1 on. The certificate panel's own words
  // are in ./ui-certificates.ts, loaded with the panel (see that file).
  certificates: {
    failed: 'The certificate panel could not load. Reload the page; your answers are kept only in this tab.',
    toolsFailed: 'The certificate tools could not load. Reload the page; your answers are kept only in this tab.',
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
