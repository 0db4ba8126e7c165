import type { ArtifactKind } from '../../domain/generate/build-artifacts';
import type { CheckHost } from '../../domain/generate/checks/connection-checks';
import type { RunbookStepId } from '../../domain/generate/runbook';
import type { HostViewId, OneHostId } from '../../domain/generate/hosts/host-view';
import type { Severity } from '../../domain/checks/finding';
import { count, plural } from './locale';

const MSI_INTRO = 'The same install from the MSI. The .cmd file cannot prompt: write the passphrase files first.';

const TITLES: Record<ArtifactKind, (detail: string) => string> = {
  'kibana-settings': () => 'Kibana Fleet settings',
  'output-yaml': () => 'Output Advanced YAML',
  'elasticsearch-settings': () => 'Elasticsearch HTTP settings',
  'logstash-input': () => 'Logstash input',
  'proxy-nginx': () => 'Proxy — nginx',
  'proxy-haproxy': () => 'Proxy — HAProxy',
  'certificate-files': () => 'Which file goes where',
  'fleet-server-install': (platform: string) => `Fleet Server install script — ${platform}`,
  'agent-install': (platform: string) => `Agent install script — ${platform}`,
  'fleet-server-msi': (shell: string) => `Fleet Server from the Windows MSI — ${shell}`,
  'agent-msi': (shell: string) => `Agent from the Windows MSI — ${shell}`,
  'connection-checks': (host: string) => `Checks — ${host}`,
  'docker-run': (host: string) => `Docker — ${host}`,
  kubernetes: () => 'Kubernetes',
};

const HOSTS: Record<OneHostId, string> = {
  kibana: 'Kibana',
  elasticsearch: 'Elasticsearch',
  logstash: 'Logstash',
  proxy: 'Your proxy',
  'fleet-server': 'Fleet Server host',
  containers: 'Containers',
};

/**
 * The runbook panel's words. Loaded with the panel, after the first screen (ADR 3); the
 * steps' own titles and the artifacts' comments come from ./en-artifact-notes.ts.
 */
export const outputUi = {
  stepsLabel: 'Runbook steps',
  stepTabs: {
    kibana: 'Kibana',
    elasticsearch: 'Elasticsearch',
    logstash: 'Logstash',
    proxy: 'Proxy',
    files: 'Files',
    'fleet-server': 'Fleet Server',
    agents: 'Agents',
    containers: 'Containers',
    check: 'Check',
  } satisfies Record<RunbookStepId, string>,
  stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  viewLegend: 'Show the runbook',
  byStep: 'By step',
  byHost: 'By host',
  hostsLabel: 'Hosts',
  /** A host's tab: `platform` is the agents' install package, worded. */
  hostTabs: (id: HostViewId, platform: string) => (id.startsWith('agents:') ? `Agents: ${platform}` : HOSTS[id as OneHostId]),
  hostFiles: (n: number) => `Files on this host (${n})`,
  hostFileWritten: 'written by its script',
  atStep: (n: number) => `Step ${n}`,
  platformLegend: 'Agent platform',
  titles: TITLES,
  checkHosts: {
    'fleet-server': 'on the Fleet Server host',
    'agent-posix': 'on a Linux or macOS agent',
    'agent-windows': 'on a Windows agent',
  } satisfies Record<CheckHost, string>,
  intros: {
    'kibana-settings': 'In this order, in Kibana under Fleet. Kibana’s own labels, as your Kibana release shows them.',
    'output-yaml': 'The Output’s “Advanced YAML configuration” box, as the Kibana settings above say.',
    'elasticsearch-settings': 'So that Elasticsearch asks for the client certificates the plan gives.',
    'logstash-input': 'The input that receives what the agents send to the Logstash output.',
    'proxy-nginx': 'If your proxy is nginx.',
    'proxy-haproxy': 'If your proxy is HAProxy.',
    'certificate-files': 'Copy these to each host before you run the install scripts; the scripts write the passphrase files themselves.',
    'fleet-server-install': 'Run it on the Fleet Server host. Copy gives a block to paste into a terminal; Download, a file to run.',
    'agent-install': 'Run it on each agent host of this platform. Copy gives a block to paste into a terminal; Download, a file to run.',
    'fleet-server-msi': MSI_INTRO,
    'agent-msi': MSI_INTRO,
    'connection-checks': 'Once everything is installed: each connection as the agent makes it, then the agent’s own view.',
    'docker-run': 'The container alternative to the install script, on that host. Export the token first.',
    kubernetes: 'The container alternative to the install scripts: merge it into Elastic’s manifests.',
  } satisfies Record<ArtifactKind, string>,
  copy: 'Copy',
  copyNotReady: 'Copy (not ready)',
  copied: 'Copied to the clipboard.',
  copiedNotReady: 'Copied. The plan still has problems, so the copied commands only print that and stop.',
  copyFailed: 'Copying was refused by the browser; select the text and copy it by hand.',
  download: 'Download',
  downloadAs: (file: string) => `Saves as ${file}`,
  downloadRunbook: 'Download the runbook',
  runbookFile: 'fleet-tls-runbook.txt',
  downloadOff: 'Download is off until the plan’s problems are fixed.',
  notReady: (n: number) =>
    `A preview: the plan has ${plural(n, { one: '1 problem', other: `${count(n)} problems` })} to fix first. Values that do not check out show as placeholders; copied scripts refuse to run, and Download is off.`,
  powershellHowTo:
    'A downloaded .ps1 is blocked by Windows: run Unblock-File on it, then powershell -ExecutionPolicy Bypass -File with its name, in PowerShell as Administrator. The file’s first lines say so too.',
  failed: 'The runbook could not be built from these answers. Fix the answers listed above.',
  labWarning: 'Lab mode: --insecure skips only the agents’ check of Fleet Server. Never use this in production.',
  noAgents: 'Choose at least one agent platform in “Hosts and versions”.',
  watchFor: {
    title: (n: number) => `What to watch for (${n})`,
    notes: (n: number) => plural(n, { one: '1 note', other: `${count(n)} notes` }),
    severity: { error: 'Error', warning: 'Warning', info: 'Note' } satisfies Record<Severity, string>,
  },
  kibana: {
    fieldsExplained: (n: number) => `What each of its ${n} fields really does`,
  },
};
