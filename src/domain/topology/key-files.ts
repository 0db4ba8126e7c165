import { PASSPHRASE_OF, type CertRole, type EncryptableKeyRole } from '../catalog/roles';
import type { Plan } from '../plan/schema';
import type { Topology } from './leg';
import { roleHosts } from './role-hosts';

/** Whether a key file is encrypted, and the passphrase file that opens it. */
export interface KeyFileState {
  readonly encrypted: boolean;
  readonly passphrase: CertRole;
}

const KEY_ORDER = Object.keys(PASSPHRASE_OF) as EncryptableKeyRole[];

/**
 * Whether a key is encrypted is a property of the file, not of the role it plays: the
 * same agent.key cannot be encrypted for --elastic-agent-cert-key and plain for the
 * Output (audit row 5: elastic-agent-libs' LoadCertificate cannot read an encrypted key
 * without its passphrase, so every agent's output would fail). Key roles that name the
 * same file on a host they share are one file: encrypted when any of their toggles says
 * so, opened by one passphrase file (that of the first role, in catalogue order, whose
 * toggle is on).
 *
 * `draft` is the plan's topology before passphrases are decided: only where keys live matters.
 */
export function keyFileStates(plan: Plan, draft: Topology): Record<EncryptableKeyRole, KeyFileState> {
  return Object.fromEntries(
    KEY_ORDER.map((role) => {
      const on = keyRolesSharingFile(plan, draft, role).filter((r) => plan.certs.encrypted[r]);
      return [role, { encrypted: on.length > 0, passphrase: PASSPHRASE_OF[on[0] ?? role] }];
    }),
  ) as Record<EncryptableKeyRole, KeyFileState>;
}

/** The key roles that are one file with `role` (itself included), in catalogue order: one "encrypted" toggle for them all. */
export function keyRolesSharingFile(plan: Plan, topology: Topology, role: EncryptableKeyRole): EncryptableKeyRole[] {
  const hosts = roleHosts(plan, topology);
  const shareHost = (other: EncryptableKeyRole) => hosts[role].some((h) => hosts[other].includes(h));
  return KEY_ORDER.filter((other) => other === role || (plan.certs.files[other] === plan.certs.files[role] && shareHost(other)));
}
