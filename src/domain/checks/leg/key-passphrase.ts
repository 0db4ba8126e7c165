import type { Finding } from '../finding';
import { PASSPHRASE_OF, type EncryptableKeyRole } from '../../catalog/roles';
import { buildTopology } from '../../topology/build-topology';
import { keyFileStates } from '../../topology/key-files';
import type { LegCheck } from './leg-check';
import { presentingSides } from './leg-check';

const FLAG: Record<EncryptableKeyRole, string> = {
  fleetServerKey: '--fleet-server-cert-key-passphrase',
  agentKey: '--elastic-agent-cert-key-passphrase',
  outputKey: 'ssl.key_passphrase_path',
};

/**
 * An encrypted key needs its passphrase file, and the plan must say so to emit the flag
 * or YAML key (tls-errors.md L3 "no passphrase available"). Fleet Server's key for
 * Elasticsearch has no passphrase flag at all (elastic-agent-cli.md §1.6). Whether the
 * plan says so is a property of the key file (topology/key-files.ts, audit row 5): the
 * Output's agent.key is encrypted when the agent key's toggle says so, and the generated
 * YAML carries its passphrase path then.
 */
export const keyPassphrase: LegCheck = (e, { plan }) =>
  presentingSides(e).flatMap(({ side }): Finding[] => {
    const p = side.presented!;
    if (!p.key?.encrypted || !p.keyRole) return [];
    if (p.keyRole === 'fleetServerEsKey') {
      return [{ code: 'key-encrypted-no-passphrase-flag', severity: 'error', leg: e.leg.id, roles: [p.keyRole], params: { keyFile: p.keyFile ?? '' } }];
    }
    if (!(p.keyRole in PASSPHRASE_OF)) return [];
    const role = p.keyRole as EncryptableKeyRole;
    if (keyFileStates(plan, buildTopology(plan))[role].encrypted) return [];
    return [{ code: 'key-encrypted-toggle-off', severity: 'error', leg: e.leg.id, roles: [role], params: { keyFile: p.keyFile ?? '', flag: FLAG[role] } }];
  });
