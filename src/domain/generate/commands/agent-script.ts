import { platformFacts, type Platform } from '../../catalog/platforms';
import { ROLE_FACTS } from '../../catalog/roles';
import { planVersions } from '../../plan/plan-versions';
import type { Plan } from '../../plan/schema';
import { rolesInUse, type Topology } from '../../topology/build-topology';
import { certDir, rolePath } from '../../topology/paths';
import { roleHosts } from '../../topology/role-hosts';
import type { Script } from '../script';
import { agentFlags } from './agent-flags';
import { installScript } from './install-script';

/** The script for one agent platform: files, passphrases, download, install or enroll. */
export function buildAgentInstall(plan: Plan, topology: Topology, platform: Platform): Script {
  const os = platformFacts(platform).os;
  const hosts = roleHosts(plan, topology);
  const roles = rolesInUse(topology).filter((r) => hosts[r].includes('agent'));
  const files = [...new Set(roles.filter((r) => ROLE_FACTS[r].kind !== 'passphrase').map((r) => plan.certs.files[r]))];
  const passphrases = [...new Set(roles.filter((r) => ROLE_FACTS[r].kind === 'passphrase').map((r) => rolePath(plan, r, 'agent', os)))];
  return installScript({
    platform,
    version: plan.agentVersion,
    versions: planVersions(plan),
    fleetServer: false,
    flags: agentFlags(plan, topology, os),
    commandNotes: topology.legs.some((l) => l.id === 'agent-fleet' && l.trust.kind === 'none') ? [{ code: 'insecure-lab' }] : [],
    dir: certDir(plan, 'agent', os),
    files,
    secrets: passphrases.map((path) => ({ path, file: path.split(/[\\/]/).pop() ?? path, kind: 'passphrase' })),
  });
}
