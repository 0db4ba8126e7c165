import type { CertRole } from '../catalog/roles';
import type { MadeLab } from '../certs/write/make-lab';
import type { Plan } from '../plan/schema';
import { buildTopology } from '../topology/build-topology';
import type { HostKind } from '../topology/paths';
import { roleHosts } from '../topology/role-hosts';
import type { LabFile, LabLeafSpec, LabServer, LabSpec } from './lab-spec';

/** A file of the lab on disk (or in the ZIP): under the folder of the host that holds it. */
export interface LabTreeFile {
  readonly path: string;
  readonly content: string;
  /** A private key, a CA key or a passphrase: readable by its owner only. */
  readonly secret: boolean;
  /** The folder's host: fleet-server, agents, agents/<name>, elasticsearch, logstash, proxy; ca for the CA keys. */
  readonly host: string;
  readonly roles: readonly CertRole[];
}

/** What the README says, as data: each file and where the plan's commands read it on its host; which passphrase file opens which key. */
export interface LabReadme {
  readonly files: readonly { readonly file: string; readonly paths: readonly string[] }[];
  readonly passphrases: readonly { readonly key: string; readonly passphraseFile: string }[];
  readonly caKeys: readonly string[];
}

export interface LabTree {
  readonly files: readonly LabTreeFile[];
  readonly readme: LabReadme;
}

const isOtherEnd = (node: string): node is LabServer => node === 'elasticsearch' || node === 'logstash' || node === 'proxy';

const folderHost = (folder: string): HostKind | null => (folder === 'fleet-server' ? 'fleet-server' : folder.startsWith('agents') ? 'agent' : null);

/**
 * The made lab laid out by host folder: fleet-server/, agents/ (or agents/<name>/ per named
 * agent host), elasticsearch/, logstash/, proxy/, each holding every file that host needs
 * (its CA files, its certificate, key and passphrase file); the CA keys apart in ca/.
 * Pure: the README's words are the caller's (#words/lab).
 */
export function labTree(plan: Plan, spec: LabSpec, made: MadeLab): LabTree {
  const topology = buildTopology(plan);
  const hostsOfRole = roleHosts(plan, topology);
  // The other ends that check client certificates hold the CA that signed them: Logstash's
  // input, Elasticsearch's certificate_authorities, the proxy's client CA.
  const verifiers = (role: CertRole) => topology.legs.flatMap((l) => (l.mutual?.clientCa === role && isOtherEnd(l.server) ? [l.server] : []));
  const agentHosts = [...new Set(spec.leaves.map((l) => l.agentHost).filter((h): h is string => h !== null))];
  const agentFolders = agentHosts.length > 0 ? agentHosts.map((h) => `agents/${h}`) : ['agents'];
  const foldersOf = (file: LabFile, leaf: LabLeafSpec | null): string[] => {
    if (leaf?.agentHost) return [`agents/${leaf.agentHost}`];
    const byRole = [...new Set(file.roles.flatMap((r) => hostsOfRole[r] ?? []))].sort();
    const folders = [...byRole.flatMap((h) => (h === 'agent' ? agentFolders : [h])), ...new Set(file.roles.flatMap(verifiers))];
    return folders.length > 0 ? folders : [leaf?.server ?? 'other'];
  };
  const files: LabTreeFile[] = [];
  const pathsOn: { file: string; paths: readonly string[] }[] = [];
  const passphrases: { key: string; passphraseFile: string }[] = [];
  const put = (file: LabFile, leaf: LabLeafSpec | null, secret: boolean): string[] => {
    const content = made.files.get(leaf?.agentHost ? `${leaf.agentHost}/${file.name}` : file.name);
    if (content === undefined) return [];
    return foldersOf(file, leaf).map((host) => {
      const path = `${host}/${file.name}`;
      files.push({ path, content, secret, host, roles: file.roles });
      const on = folderHost(host);
      pathsOn.push({ file: path, paths: on ? (file.pathsOn[on] ?? []) : [] });
      return path;
    });
  };
  for (const ca of spec.cas) for (const f of ca.files) put(f, null, false);
  for (const leaf of spec.leaves) {
    put(leaf.cert, leaf, false);
    const keys = put(leaf.key, leaf, true);
    if (!leaf.keyPassphrase) continue;
    const passFiles = put(leaf.keyPassphrase, leaf, true);
    keys.forEach((key, i) => passphrases.push({ key, passphraseFile: passFiles[i] ?? '' }));
  }
  const caKeys: string[] = [];
  for (const ca of made.cas) {
    const path = `ca/${ca.id}-ca.key`;
    files.push({ path, content: ca.keyPem, secret: true, host: 'ca', roles: [] });
    caKeys.push(path);
  }
  return { files, readme: { files: pathsOn, passphrases, caKeys } };
}

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
