import { platformFacts, type Platform } from '../catalog/platforms';
import { MODEL_FACTS } from '../catalog/models';
import type { Plan } from '../plan/schema';
import { buildTopology, type Topology } from '../topology/build-topology';
import { buildAgentInstall } from './commands/agent-script';
import { buildFleetServerInstall } from './commands/fleet-server-script';
import { buildKibanaSettings, type KibanaSection } from './kibana/kibana-settings';
import { buildOutputYaml, type OutputSsl } from './output/output-ssl';
import type { Script } from './script';

export type Shell = 'bash' | 'powershell';

export type Artifact =
  | { readonly id: string; readonly kind: 'fleet-server-install'; readonly platform: Platform; readonly shell: Shell; readonly script: Script }
  | { readonly id: string; readonly kind: 'agent-install'; readonly platform: Platform; readonly shell: Shell; readonly script: Script }
  | { readonly id: 'kibana-settings'; readonly kind: 'kibana-settings'; readonly sections: readonly KibanaSection[] }
  | {
      readonly id: 'output-yaml';
      readonly kind: 'output-yaml';
      readonly document: { ssl: OutputSsl } | null;
      /** Why an empty document needs nothing: a public CA, the fingerprint field, or Logstash's form. */
      readonly emptyBecause: 'public' | 'fingerprint' | 'logstash-form';
    };

export type ArtifactKind = Artifact['kind'];

const shellOf = (p: Platform): Shell => (platformFacts(p).os === 'windows' ? 'powershell' : 'bash');

/** Plan → every artifact, as data. Text is written by ./render-artifact.ts. */
export function buildArtifacts(plan: Plan, topology: Topology = buildTopology(plan)): Artifact[] {
  const artifacts: Artifact[] = [];
  if (MODEL_FACTS[plan.model].selfManagedFleetServer) {
    const platform = plan.fleetServer.platform;
    artifacts.push({
      id: `fleet-server-install:${platform}`,
      kind: 'fleet-server-install',
      platform,
      shell: shellOf(platform),
      script: buildFleetServerInstall(plan, topology),
    });
  }
  for (const platform of plan.agents.platforms) {
    artifacts.push({
      id: `agent-install:${platform}`,
      kind: 'agent-install',
      platform,
      shell: shellOf(platform),
      script: buildAgentInstall(plan, topology, platform),
    });
  }
  artifacts.push({ id: 'kibana-settings', kind: 'kibana-settings', sections: buildKibanaSettings(plan, topology) });
  const outputLeg = topology.legs.find((l) => l.id === 'agent-output');
  const emptyBecause = outputLeg?.server === 'logstash' ? 'logstash-form' : outputLeg?.trust.kind === 'fingerprint' ? 'fingerprint' : 'public';
  artifacts.push({ id: 'output-yaml', kind: 'output-yaml', document: buildOutputYaml(plan, topology), emptyBecause });
  return artifacts;
}

export function artifactFileName(a: Artifact): string {
  switch (a.kind) {
    case 'fleet-server-install':
      return `fleet-server-${a.platform}.${a.shell === 'bash' ? 'sh' : 'ps1'}`;
    case 'agent-install':
      return `agent-${a.platform}.${a.shell === 'bash' ? 'sh' : 'ps1'}`;
    case 'kibana-settings':
      return 'kibana-fleet-settings.txt';
    case 'output-yaml':
      return 'output-advanced.yml';
  }
}
