import { PASSPHRASE_OF, type CertRole, type EncryptableKeyRole } from '../../domain/catalog/roles';
import { platformFacts } from '../../domain/catalog/platforms';
import type { Plan } from '../../domain/plan/schema';
import { askedQuestions, fileRolesAsked, planContext } from '../../domain/questions/questions';
import { keyRolesSharingFile } from '../../domain/topology/key-files';
import { rolePath, type HostKind } from '../../domain/topology/paths';

export interface RoleGroup {
  /** The hosts every role of the group is placed on, sorted ('agent' before 'fleet-server'). */
  readonly hosts: readonly HostKind[];
  readonly roles: readonly CertRole[];
}

/** What the Certificates step asks for these answers. */
export interface CertLayout {
  readonly dirs: { readonly fleetServer: boolean; readonly agentPosix: boolean; readonly agentWindows: boolean };
  /** File-name fields, grouped by the hosts that hold the files. */
  readonly groups: readonly RoleGroup[];
  /**
   * Keys in use whose "is encrypted" toggle is shown (it adds the passphrase file), each
   * with every key role naming the same file: one file, one state, so the toggle sets them all.
   */
  readonly encryptable: readonly { readonly role: EncryptableKeyRole; readonly sameFile: readonly EncryptableKeyRole[] }[];
  /** The output's CA and client certificate go into YAML: file or inline PEM. */
  readonly outputCaChoice: boolean;
  readonly outputCertChoice: boolean;
}

const GROUP_ORDER = ['fleet-server', 'agent,fleet-server', 'agent'];

export function certLayout(plan: Plan): CertLayout {
  const context = planContext(plan);
  const shown = askedQuestions(context);
  const groups = new Map<string, CertRole[]>();
  for (const role of fileRolesAsked(context)) {
    const key = context.hosts[role].join(',');
    groups.set(key, [...(groups.get(key) ?? []), role]);
  }
  const keys = Object.keys(PASSPHRASE_OF) as EncryptableKeyRole[];
  const fileRoles = fileRolesAsked(context);
  return {
    dirs: {
      fleetServer: shown.has('certs.fleetServerDir'),
      agentPosix: shown.has('certs.agentDirPosix'),
      agentWindows: shown.has('certs.agentDirWindows'),
    },
    groups: [...groups]
      .sort(([a], [b]) => GROUP_ORDER.indexOf(a) - GROUP_ORDER.indexOf(b))
      .map(([key, list]) => ({ hosts: key.split(',') as HostKind[], roles: list })),
    encryptable: keys.filter((k) => fileRoles.includes(k)).map((role) => ({ role, sameFile: keyRolesSharingFile(plan, context.topology, role) })),
    outputCaChoice: shown.has('certs.outputCa.kind'),
    outputCertChoice: shown.has('certs.outputCert.kind'),
  };
}

/** Where a role's file will be, on each host (and OS) that holds it: for the field's hint. */
export function rolePaths(plan: Plan, role: CertRole, hosts: readonly HostKind[]): string[] {
  const paths = hosts.flatMap((host) => {
    if (host === 'fleet-server') return [rolePath(plan, role, host, platformFacts(plan.fleetServer.platform).os)];
    const oses = [...new Set(plan.agents.platforms.map((p) => platformFacts(p).os))].sort();
    return oses.map((os) => rolePath(plan, role, host, os));
  });
  return [...new Set(paths)];
}
