import { PASSPHRASE_OF, type EncryptableKeyRole } from '../catalog/roles';
import type { Finding } from './finding';

/** The "key is encrypted" toggle a finding asks to turn on, if it is that finding. */
export function encryptedToggleOf(finding: Finding): EncryptableKeyRole | null {
  const role = finding.roles?.[0];
  if (finding.code !== 'key-encrypted-toggle-off' || !role || !(role in PASSPHRASE_OF)) return null;
  return role as EncryptableKeyRole;
}
