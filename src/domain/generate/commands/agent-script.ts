import { platformFacts, type Platform } from '../../catalog/platforms';
import { planVersions } from '../../plan/plan-versions';
import type { Plan } from '../../plan/schema';
import type { Topology } from '../../topology/build-topology';
import { hostFiles } from '../../topology/host-files';
import type { Script } from '../script';
import { agentFlags } from './agent-flags';
import { installScript, type InstallScriptInput } from './install-script';

/** The script for one agent platform: files, passphrases, download, install or enroll; on Windows also from the MSI. */
export function buildAgentInstall(plan: Plan, topology: Topology, platform: Platform, msi?: InstallScriptInput['msi']): Script {
  const os = platformFacts(platform).os;
  const placed = hostFiles(plan, topology, 'agent', os);
  return installScript({
    platform,
    version: plan.agentVersion,
    versions: planVersions(plan),
    fleetServer: false,
    flags: agentFlags(plan, topology, os),
    commandNotes: topology.legs.some((l) => l.id === 'agent-fleet' && l.trust.kind === 'none') ? [{ code: 'insecure-lab' }] : [],
    dir: placed.dir,
    files: placed.files.map((f) => f.file),
    secrets: placed.secrets.map((s) => ({ path: s.path, file: s.file, kind: 'passphrase' })),
    ...(msi ? { msi } : {}),
  });
}
