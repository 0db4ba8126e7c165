import type { CertRole } from '../catalog/roles';
import type { MadeLab } from '../certs/write/make-lab';
import type { LabServer, LabSpec } from './lab-spec';

/**
 * The inspection's role ids (src/domain/inspect/shelf.ts InspectRole, which this stage may
 * not import): the plan's roles, and the server certificates of the other ends.
 */
type LabInspectRole = CertRole | 'esServerCert' | 'logstashServerCert' | 'proxyServerCert';

const SERVER_ROLE: Readonly<Record<LabServer, LabInspectRole | null>> = {
  'fleet-server': null, // fleetServerCert: a role of the plan
  elasticsearch: 'esServerCert',
  logstash: 'logstashServerCert',
  proxy: 'proxyServerCert',
};

/** A file of the lab as the certificate inspection loads it: its roles pinned, and the passphrase of an encrypted key. */
export interface LabInspectionFile {
  readonly name: string;
  readonly content: string;
  readonly roles: readonly LabInspectRole[];
  /** The passphrase that opens it (an encrypted key), else null. */
  readonly passphrase: string | null;
}

/**
 * The distinct files of a made lab that the inspection reads (certificates, CA files and
 * keys; passphrase files are not certificates), each with the roles it fills: autoAssign
 * alone cannot tell two client-only certificates apart (agent.crt, fleet-server-es.crt).
 */
export function labInspectionFiles(spec: LabSpec, made: MadeLab): LabInspectionFile[] {
  const out = new Map<string, { content: string; roles: Set<LabInspectRole>; passphrase: string | null }>();
  const add = (name: string, roles: readonly LabInspectRole[], passphrase: string | null = null) => {
    const content = made.files.get(name);
    if (content === undefined) return;
    const entry = out.get(name) ?? { content, roles: new Set<LabInspectRole>(), passphrase };
    for (const r of roles) entry.roles.add(r);
    out.set(name, entry);
  };
  for (const ca of spec.cas) for (const f of ca.files) add(f.name, f.roles);
  // With named agent hosts, the first host's certificate stands for the agents (one file per role).
  const firstHost = spec.leaves.find((l) => l.agentHost !== null)?.agentHost ?? null;
  for (const leaf of spec.leaves) {
    if (leaf.agentHost !== firstHost && leaf.agentHost !== null) continue;
    const at = (name: string) => (leaf.agentHost ? `${leaf.agentHost}/${name}` : name);
    const serverRole = leaf.server ? SERVER_ROLE[leaf.server] : null;
    add(at(leaf.cert.name), [...leaf.cert.roles, ...(serverRole ? [serverRole] : [])]);
    add(at(leaf.key.name), leaf.key.roles, leaf.keyPassphrase ? (made.files.get(at(leaf.keyPassphrase.name)) ?? null) : null);
  }
  return [...out].map(([name, f]) => ({ name, content: f.content, roles: [...f.roles], passphrase: f.passphrase }));
}
