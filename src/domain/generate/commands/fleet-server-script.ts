import { platformFacts, type OsFamily } from '../../catalog/platforms';
import { planVersions } from '../../plan/plan-versions';
import type { Plan } from '../../plan/schema';
import type { Topology } from '../../topology/build-topology';
import { hostFiles, isSecretFile } from '../../topology/host-files';
import { certDir, outputPathOs } from '../../topology/paths';
import type { Script } from '../script';
import { fleetServerFlags } from './fleet-server-flags';
import { installScript, type HostPlacement, type InstallScriptInput } from './install-script';

/**
 * The whole Fleet Server host script: files, secrets, download, install or enroll. The
 * Fleet Server policy runs the agents' Output too, so the files its YAML names are placed
 * at those paths on this host as well (audit row 6).
 */
export function buildFleetServerInstall(plan: Plan, topology: Topology, msi?: InstallScriptInput['msi']): Script {
  const platform = plan.fleetServer.platform;
  const os = platformFacts(platform).os;
  return installScript({
    platform,
    version: plan.agentVersion,
    versions: planVersions(plan),
    fleetServer: true,
    flags: fleetServerFlags(plan, topology, os),
    ...fleetServerPlacement(plan, topology, os),
    ...(msi ? { msi } : {}),
  });
}

/** The Fleet Server host's files: its own, those at the Output's paths, the passphrase and service token files. */
export function fleetServerPlacement(plan: Plan, topology: Topology, os: OsFamily): HostPlacement {
  const placed = hostFiles(plan, topology, 'fleet-server', os);
  const secrets: HostPlacement['secrets'][number][] = [...placed.secrets, ...placed.alsoAtOutputPaths.filter(isSecretFile)].map((s) => ({
    path: s.path,
    file: s.file,
    kind: 'passphrase',
  }));
  if (plan.fleetServer.serviceTokenSource === 'file') {
    const path = plan.fleetServer.serviceTokenPath;
    secrets.push({ path, file: path.split(/[\\/]/).pop() ?? path, kind: 'service-token' });
  }
  return {
    dir: placed.dir,
    files: placed.files.map((f) => f.file),
    alsoFiles: { dir: certDir(plan, 'agent', outputPathOs(plan)), files: placed.alsoAtOutputPaths.filter((f) => !isSecretFile(f)).map((f) => f.file) },
    secrets,
  };
}
