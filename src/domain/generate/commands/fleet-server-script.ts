import { platformFacts } from '../../catalog/platforms';
import { ROLE_FACTS } from '../../catalog/roles';
import { planVersions } from '../../plan/plan-versions';
import type { Plan } from '../../plan/schema';
import { rolesInUse, type Topology } from '../../topology/build-topology';
import { fleetServerPolicyOutput } from '../../topology/fleet-server-policy-output';
import { certDir, outputPathOs, rolePath } from '../../topology/paths';
import { roleHosts } from '../../topology/role-hosts';
import type { Script } from '../script';
import { fleetServerFlags } from './fleet-server-flags';
import { installScript, type InstallScriptInput } from './install-script';

/** The whole Fleet Server host script: files, secrets, download, install or enroll. */
export function buildFleetServerInstall(plan: Plan, topology: Topology): Script {
  const platform = plan.fleetServer.platform;
  const os = platformFacts(platform).os;
  const hosts = roleHosts(plan, topology);
  const roles = rolesInUse(topology).filter((r) => hosts[r].includes('fleet-server'));
  const files = [...new Set(roles.filter((r) => ROLE_FACTS[r].kind !== 'passphrase').map((r) => plan.certs.files[r]))];
  const secrets: InstallScriptInput['secrets'][number][] = roles
    .filter((r) => ROLE_FACTS[r].kind === 'passphrase')
    .map((r) => ({ path: rolePath(plan, r, 'fleet-server', os), file: plan.certs.files[r], kind: 'passphrase' }));
  // The Fleet Server policy runs the agents' Output too: the files its YAML names must be
  // at those paths on this host as well (audit row 6).
  const policyOutput = fleetServerPolicyOutput(plan, topology);
  const policyFiles = policyOutput.kind === 'shared' ? policyOutput.missing : [];
  for (const { role, path } of policyFiles) {
    if (ROLE_FACTS[role].kind === 'passphrase') secrets.push({ path, file: plan.certs.files[role], kind: 'passphrase' });
  }
  if (plan.fleetServer.serviceTokenSource === 'file') {
    const path = plan.fleetServer.serviceTokenPath;
    secrets.push({ path, file: path.split(/[\\/]/).pop() ?? path, kind: 'service-token' });
  }
  return installScript({
    platform,
    version: plan.agentVersion,
    versions: planVersions(plan),
    fleetServer: true,
    flags: fleetServerFlags(plan, topology, os),
    dir: certDir(plan, 'fleet-server', os),
    files,
    alsoFiles: {
      dir: certDir(plan, 'agent', outputPathOs(plan)),
      files: policyFiles.filter((f) => ROLE_FACTS[f.role].kind !== 'passphrase').map((f) => plan.certs.files[f.role]),
    },
    secrets,
  });
}
