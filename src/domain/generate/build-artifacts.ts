import type { Conversion } from '../catalog/conversions';
import { AGENT_IMAGE } from '../catalog/container-env';
import { gateOpen } from '../catalog/gates';
import { planVersions } from '../plan/plan-versions';
import { platformFacts, type Platform } from '../catalog/platforms';
import { MODEL_FACTS } from '../catalog/models';
import type { Plan } from '../plan/schema';
import { buildTopology, type Topology } from '../topology/build-topology';
import { hostFiles, type HostFiles } from '../topology/host-files';
import { buildConnectionChecks, type CheckHost } from './checks/connection-checks';
import { buildAgentInstall } from './commands/agent-script';
import { buildAgentContainers, type AgentContainer, type ContainerHost } from './containers/agent-container';
import { dockerRun } from './containers/docker-run';
import { buildFleetServerInstall } from './commands/fleet-server-script';
import { buildElasticsearchSettings, type ElasticsearchSettings } from './elasticsearch/elasticsearch-settings';
import { buildKibanaSettings, type KibanaSection } from './kibana/kibana-settings';
import { buildLogstashInput, type LogstashInput } from './logstash/logstash-input';
import { buildOutputYaml, type OutputSsl } from './output/output-ssl';
import { buildProxyFronts, type ProxyFronts } from './proxy/proxy-fronts';
import type { Script } from './script';

export type Shell = 'bash' | 'powershell';

export type Artifact =
  | { readonly id: 'kibana-settings'; readonly kind: 'kibana-settings'; readonly sections: readonly KibanaSection[] }
  | {
      readonly id: 'output-yaml';
      readonly kind: 'output-yaml';
      readonly document: { ssl: OutputSsl } | null;
      /** Why an empty document needs nothing: a public CA, the fingerprint field, or Logstash's form. */
      readonly emptyBecause: 'public' | 'fingerprint' | 'logstash-form';
    }
  | { readonly id: 'elasticsearch-settings'; readonly kind: 'elasticsearch-settings'; readonly settings: ElasticsearchSettings }
  | { readonly id: 'logstash-input'; readonly kind: 'logstash-input'; readonly input: LogstashInput }
  | { readonly id: 'proxy-nginx'; readonly kind: 'proxy-nginx'; readonly proxy: ProxyFronts }
  | { readonly id: 'proxy-haproxy'; readonly kind: 'proxy-haproxy'; readonly proxy: ProxyFronts }
  | {
      readonly id: 'certificate-files';
      readonly kind: 'certificate-files';
      readonly hosts: readonly HostFiles[];
      /** PKCS#12 and DER files the admin has, turned into the PEM files the plan names. */
      readonly conversions: readonly Conversion[];
    }
  | { readonly id: string; readonly kind: 'fleet-server-install'; readonly platform: Platform; readonly shell: Shell; readonly script: Script }
  | { readonly id: string; readonly kind: 'agent-install'; readonly platform: Platform; readonly shell: Shell; readonly script: Script }
  /** The same Windows install from the MSI package, as a Command Prompt file or PowerShell (issue 16). */
  | {
      readonly id: string;
      readonly kind: 'fleet-server-msi' | 'agent-msi';
      readonly platform: Platform;
      readonly shell: 'powershell' | 'cmd';
      readonly script: Script;
    }
  | { readonly id: string; readonly kind: 'connection-checks'; readonly host: CheckHost; readonly shell: Shell; readonly script: Script }
  | { readonly id: string; readonly kind: 'docker-run'; readonly host: ContainerHost; readonly shell: Shell; readonly script: Script }
  | { readonly id: 'kubernetes'; readonly kind: 'kubernetes'; readonly containers: readonly AgentContainer[]; readonly image: string };

export type ArtifactKind = Artifact['kind'];

const shellOf = (p: Platform): Shell => (platformFacts(p).os === 'windows' ? 'powershell' : 'bash');

/** What the files the admin brought add: the conversions their PEM names come from. */
export interface ArtifactContext {
  readonly conversions?: readonly Conversion[];
}

/** Plan → every artifact, as data, in the order an admin uses them. Text is written by ./render-artifact.ts. */
export function buildArtifacts(plan: Plan, topology: Topology = buildTopology(plan), context: ArtifactContext = {}): Artifact[] {
  const artifacts: Artifact[] = [];
  const selfManaged = MODEL_FACTS[plan.model].selfManagedFleetServer;
  const msiShells = (p: Platform) => (platformFacts(p).package === 'zip' && gateOpen('agent-msi', planVersions(plan)) ? (['powershell', 'cmd'] as const) : []);
  artifacts.push({ id: 'kibana-settings', kind: 'kibana-settings', sections: buildKibanaSettings(plan, topology) });
  const outputLeg = topology.legs.find((l) => l.id === 'agent-output');
  const emptyBecause = outputLeg?.server === 'logstash' ? 'logstash-form' : outputLeg?.trust.kind === 'fingerprint' ? 'fingerprint' : 'public';
  artifacts.push({ id: 'output-yaml', kind: 'output-yaml', document: buildOutputYaml(plan, topology), emptyBecause });
  const es = buildElasticsearchSettings(plan, topology);
  if (es) artifacts.push({ id: 'elasticsearch-settings', kind: 'elasticsearch-settings', settings: es });
  const ls = buildLogstashInput(plan, topology);
  if (ls) artifacts.push({ id: 'logstash-input', kind: 'logstash-input', input: ls });
  const proxy = buildProxyFronts(plan, topology);
  if (proxy) artifacts.push({ id: 'proxy-nginx', kind: 'proxy-nginx', proxy }, { id: 'proxy-haproxy', kind: 'proxy-haproxy', proxy });

  const agentOses = [...new Set(plan.agents.platforms.map((p) => platformFacts(p).os))].sort();
  const hosts = [
    ...(selfManaged ? [hostFiles(plan, topology, 'fleet-server', platformFacts(plan.fleetServer.platform).os)] : []),
    ...agentOses.map((os) => hostFiles(plan, topology, 'agent', os)),
  ].filter((h) => h.files.length + h.secrets.length + h.alsoAtOutputPaths.length > 0);
  if (hosts.length > 0) artifacts.push({ id: 'certificate-files', kind: 'certificate-files', hosts, conversions: context.conversions ?? [] });

  if (selfManaged) {
    const platform = plan.fleetServer.platform;
    artifacts.push({
      id: `fleet-server-install:${platform}`,
      kind: 'fleet-server-install',
      platform,
      shell: shellOf(platform),
      script: buildFleetServerInstall(plan, topology),
    });
    for (const shell of msiShells(platform)) {
      artifacts.push({
        id: `fleet-server-msi:${platform}:${shell}`,
        kind: 'fleet-server-msi',
        platform,
        shell,
        script: buildFleetServerInstall(plan, topology, shell),
      });
    }
  }
  for (const platform of plan.agents.platforms) {
    artifacts.push({
      id: `agent-install:${platform}`,
      kind: 'agent-install',
      platform,
      shell: shellOf(platform),
      script: buildAgentInstall(plan, topology, platform),
    });
    for (const shell of msiShells(platform)) {
      artifacts.push({ id: `agent-msi:${platform}:${shell}`, kind: 'agent-msi', platform, shell, script: buildAgentInstall(plan, topology, platform, shell) });
    }
  }
  const containers = buildAgentContainers(plan, topology);
  const image = `${AGENT_IMAGE}:${plan.agentVersion}`;
  for (const c of containers) artifacts.push({ id: `docker-run:${c.host}`, kind: 'docker-run', host: c.host, shell: 'bash', script: dockerRun(c, image) });
  if (containers.length > 0) artifacts.push({ id: 'kubernetes', kind: 'kubernetes', containers, image });
  for (const check of buildConnectionChecks(plan, topology)) {
    artifacts.push({
      id: `connection-checks:${check.host}`,
      kind: 'connection-checks',
      host: check.host,
      shell: check.os === 'windows' ? 'powershell' : 'bash',
      script: check.script,
    });
  }
  return artifacts;
}

export function artifactFileName(a: Artifact): string {
  const ext = (shell: Shell | 'cmd') => ({ bash: 'sh', powershell: 'ps1', cmd: 'cmd' })[shell];
  switch (a.kind) {
    case 'kibana-settings':
      return 'kibana-fleet-settings.txt';
    case 'output-yaml':
      return 'output-advanced.yml';
    case 'elasticsearch-settings':
      return 'elasticsearch-http-ssl.yml';
    case 'logstash-input':
      return 'elastic-agent-input.conf';
    case 'proxy-nginx':
      return 'fleet-tls-proxy.nginx.conf';
    case 'proxy-haproxy':
      return 'haproxy.cfg';
    case 'certificate-files':
      return 'certificate-files.txt';
    case 'fleet-server-install':
      return `fleet-server-${a.platform}.${ext(a.shell)}`;
    case 'agent-install':
      return `agent-${a.platform}.${ext(a.shell)}`;
    case 'fleet-server-msi':
    case 'agent-msi':
      return `${a.kind.slice(0, -4)}-${a.platform}-msi.${ext(a.shell)}`;
    case 'connection-checks':
      return `check-${a.host}.${ext(a.shell)}`;
    case 'docker-run':
      return `docker-${a.host}.sh`;
    case 'kubernetes':
      return 'elastic-agent-kubernetes.yml';
  }
}
