import { platformFacts, type OsFamily, type Platform } from '../../catalog/platforms';
import { ROLE_FACTS } from '../../catalog/roles';
import { planVersions } from '../../plan/plan-versions';
import type { Plan } from '../../plan/schema';
import type { Topology } from '../../topology/build-topology';
import { hostFiles } from '../../topology/host-files';
import type { Script } from '../script';
import { agentFlags } from './agent-flags';
import { installScript, type HostPlacement, type InstallScriptInput } from './install-script';

/** The script for one agent platform: files, passphrases, download, install or enroll; on Windows also from the MSI. */
export function buildAgentInstall(plan: Plan, topology: Topology, platform: Platform, msi?: InstallScriptInput['msi']): Script {
  const os = platformFacts(platform).os;
  const placed = hostFiles(plan, topology, 'agent', os);
  const all = [...placed.files, ...placed.secrets];
  // Keys and passphrase files: group-readable only (0640); certificates and CAs: 0644.
  const secret = (f: (typeof all)[number]) => ['key', 'passphrase'].includes(ROLE_FACTS[f.role].kind);
  return installScript({
    platform,
    version: plan.agentVersion,
    versions: planVersions(plan),
    fleetServer: false,
    flags: agentFlags(plan, topology, os),
    commandNotes: topology.legs.some((l) => l.id === 'agent-fleet' && l.trust.kind === 'none') ? [{ code: 'insecure-lab' }] : [],
    ...agentPlacement(plan, topology, os),
    unprivileged: plan.agents.unprivileged
      ? { keys: all.filter(secret).map((f) => f.path), certs: all.filter((f) => !secret(f)).map((f) => f.path) }
      : undefined,
    ...(msi ? { msi } : {}),
  });
}

/** An agent host's files and the passphrase files written from a prompt. */
export function agentPlacement(plan: Plan, topology: Topology, os: OsFamily): HostPlacement {
  const placed = hostFiles(plan, topology, 'agent', os);
  return {
    dir: placed.dir,
    files: placed.files.map((f) => f.file),
    secrets: placed.secrets.map((s) => ({ path: s.path, file: s.file, kind: 'passphrase' })),
  };
}
