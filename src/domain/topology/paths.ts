import type { CertRole } from '../catalog/roles';
import { platformFacts, type OsFamily } from '../catalog/platforms';
import type { Plan } from '../plan/schema';

/** The hosts certificate files are placed on. */
export type HostKind = 'fleet-server' | 'agent';

/** Joins a directory and a file name with the separator of the target OS. */
export function joinPath(dir: string, file: string, os: OsFamily): string {
  const sep = os === 'windows' ? '\\' : '/';
  const trimmed = dir.endsWith(sep) ? dir.slice(0, -1) : dir;
  return `${trimmed}${sep}${file}`;
}

export function certDir(plan: Plan, host: HostKind, os: OsFamily): string {
  if (host === 'fleet-server') return plan.certs.fleetServerDir;
  return os === 'windows' ? plan.certs.agentDirWindows : plan.certs.agentDirPosix;
}

/** Absolute path of a role's file on a host of the given OS. */
export function rolePath(plan: Plan, role: CertRole, host: HostKind, os: OsFamily): string {
  return joinPath(certDir(plan, host, os), plan.certs.files[role], os);
}

/**
 * The OS whose paths the Output's YAML carries: one policy serves every agent, so a mixed
 * fleet cannot be served by one path (a finding says so); POSIX unless every agent runs Windows.
 */
export function outputPathOs(plan: Plan): OsFamily {
  const oses = plan.agents.platforms.map((p) => platformFacts(p).os);
  return oses.length > 0 && oses.every((o) => o === 'windows') ? 'windows' : 'posix';
}
