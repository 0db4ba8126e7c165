import type { Plan } from '../plan/schema';
import { buildTopology, type Topology } from '../topology/build-topology';
import type { ArtifactNote } from './artifact-note';
import { buildArtifacts, type Artifact, type ArtifactKind } from './build-artifacts';

/**
 * The order an admin works in (audit, "an ordered runbook"; seed 003's order): Kibana
 * first (Fleet Server host, outputs, the Fleet Server policy and its service token), the
 * other ends (Elasticsearch, Logstash, the user's proxy), the certificate files onto each
 * host, the Fleet Server install, the agents (or, instead of those two, their container
 * forms), then a check of each connection. Steps with nothing to do are left out; the rest
 * are numbered from 1, the same in the page, in `fleet-tls render` and in the downloads.
 */
export type RunbookStepId = 'kibana' | 'elasticsearch' | 'logstash' | 'proxy' | 'files' | 'fleet-server' | 'agents' | 'containers' | 'check';

export const RUNBOOK_ORDER: readonly RunbookStepId[] = [
  'kibana',
  'elasticsearch',
  'logstash',
  'proxy',
  'files',
  'fleet-server',
  'agents',
  'containers',
  'check',
];

const STEP_OF: Record<ArtifactKind, RunbookStepId> = {
  'kibana-settings': 'kibana',
  'output-yaml': 'kibana',
  'elasticsearch-settings': 'elasticsearch',
  'logstash-input': 'logstash',
  'proxy-nginx': 'proxy',
  'proxy-haproxy': 'proxy',
  'certificate-files': 'files',
  'fleet-server-install': 'fleet-server',
  'fleet-server-msi': 'fleet-server',
  'agent-install': 'agents',
  'agent-msi': 'agents',
  'connection-checks': 'check',
  'docker-run': 'containers',
  kubernetes: 'containers',
};

export interface RunbookStep {
  readonly id: RunbookStepId;
  /** 1-based, in RUNBOOK_ORDER among the steps present. */
  readonly number: number;
  readonly artifacts: readonly Artifact[];
}

export function buildRunbook(
  plan: Plan,
  topology: Topology = buildTopology(plan),
  artifacts: readonly Artifact[] = buildArtifacts(plan, topology),
): RunbookStep[] {
  return RUNBOOK_ORDER.map((id) => ({ id, artifacts: artifacts.filter((a) => STEP_OF[a.kind] === id) }))
    .filter((s) => s.artifacts.length > 0)
    .map((s, i) => ({ ...s, number: i + 1 }));
}

/** The runbook's heading: its title and the releases it is written for. */
export function runbookHeading(plan: Plan): ArtifactNote[] {
  return [
    { code: 'runbook-title', params: { title: plan.title.trim() } },
    { code: 'runbook-releases', params: { agent: plan.agentVersion, kibana: plan.kibanaVersion } },
  ];
}
