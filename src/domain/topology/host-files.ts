import type { OsFamily } from '../catalog/platforms';
import { ROLE_FACTS, type CertRole } from '../catalog/roles';
import type { Plan } from '../plan/schema';
import { rolesInUse } from './build-topology';
import { fleetServerPolicyOutput } from './fleet-server-policy-output';
import type { Topology } from './leg';
import { certDir, rolePath, type HostKind } from './paths';
import { roleHosts } from './role-hosts';

/** Whether a placed file is a passphrase file (written from a prompt, never copied). */
export const isSecretFile = (f: PlacedFile) => ROLE_FACTS[f.role].kind === 'passphrase';

export interface PlacedFile {
  readonly role: CertRole;
  readonly file: string;
  readonly path: string;
}

/** The files one kind of host holds: the scripts and the runbook's "files" step read this. */
export interface HostFiles {
  readonly host: HostKind;
  readonly os: OsFamily;
  readonly dir: string;
  /** Certificates and keys the admin copies there. */
  readonly files: readonly PlacedFile[];
  /** Passphrase files the script writes from a prompt. */
  readonly secrets: readonly PlacedFile[];
  /**
   * On the Fleet Server host: files its policy's output names at the Output's paths,
   * which this host does not hold there already (audit row 6). Passphrase files among
   * them are written by the script too.
   */
  readonly alsoAtOutputPaths: readonly PlacedFile[];
}

const uniqueByPath = (files: PlacedFile[]) => files.filter((f, i) => files.findIndex((g) => g.path === f.path) === i);

export function hostFiles(plan: Plan, topology: Topology, host: HostKind, os: OsFamily): HostFiles {
  const hosts = roleHosts(plan, topology);
  const placed = rolesInUse(topology)
    .filter((r) => hosts[r].includes(host))
    .map((role) => ({ role, file: plan.certs.files[role], path: rolePath(plan, role, host, os) }));
  const policyOutput = host === 'fleet-server' ? fleetServerPolicyOutput(plan, topology) : null;
  const also = policyOutput?.kind === 'shared' ? policyOutput.missing.map((m) => ({ role: m.role, file: plan.certs.files[m.role], path: m.path })) : [];
  const isSecret = isSecretFile;
  return {
    host,
    os,
    dir: certDir(plan, host, os),
    files: uniqueByPath(placed.filter((f) => !isSecret(f))),
    secrets: uniqueByPath(placed.filter(isSecret)),
    alsoAtOutputPaths: uniqueByPath(also),
  };
}
