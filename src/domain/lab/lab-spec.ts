import { gateOpen } from '../catalog/gates';
import { platformFacts, type OsFamily } from '../catalog/platforms';
import { ROLE_FACTS, type CertRole } from '../catalog/roles';
import type { CaToWrite, LeafToWrite } from '../certs/write/make-lab';
import type { LabKeyType } from '../certs/write/sign';
import { planVersions } from '../plan/plan-versions';
import type { Plan } from '../plan/schema';
import { buildTopology } from '../topology/build-topology';
import { dialHost } from '../topology/dial-host';
import { isIpAddress } from '../topology/ip-literal';
import { formatIp, parseIp } from '../certs/ip-address';
import type { Leg, NodeId } from '../topology/leg';
import { rolePath, type HostKind } from '../topology/paths';
import { roleHosts } from '../topology/role-hosts';

export interface LabOptions {
  /** One CA for everything, or one each for Fleet Server, agents and Elasticsearch. */
  readonly cas: 'one' | 'per-service';
  readonly keyType: LabKeyType;
  /**
   * The agents' host names (or IP literals), for one agent client certificate each
   * (issue 15: "shared or one per named host"). Absent: one certificate all agents share.
   */
  readonly agentHosts?: readonly string[];
}

/** At most this many named agent hosts: a lab, not a fleet. */
export const MAX_AGENT_HOSTS = 64;

/** Why the named agent hosts cannot be used; the words are src/i18n's. */
export type LabProblem =
  | { readonly code: 'agent-hosts-empty' }
  | { readonly code: 'agent-hosts-too-many'; readonly params: { readonly count: number; readonly max: number } }
  | { readonly code: 'agent-host-invalid'; readonly params: { readonly host: string } }
  | { readonly code: 'agent-host-duplicate'; readonly params: { readonly host: string } };

/** The CAs a lab can have: `lab` alone, or the three per service. */
export type LabCaId = 'lab' | 'fleet' | 'agent' | 'elasticsearch';
/** The servers whose certificates the wizard's commands do not install (no role names them). */
export type LabServer = 'fleet-server' | 'elasticsearch' | 'logstash' | 'proxy';

/** A file of the lab: its name and where the plan's commands read it (per host and OS). */
export interface LabFile {
  readonly name: string;
  readonly roles: readonly CertRole[];
  readonly paths: readonly string[];
  /** The same, by the host that reads it. */
  readonly pathsOn: Readonly<Partial<Record<HostKind, readonly string[]>>>;
}

/** A CA: what the writer needs (CaToWrite), and the files of the trust roles it fills, one per file name. */
export interface LabCaSpec extends CaToWrite {
  readonly id: LabCaId;
  readonly files: readonly LabFile[];
}

/**
 * A leaf: what the writer needs (LeafToWrite: subject, SANs, EKU, key type, signing CA,
 * whether its file carries the CA, which ca_trusted_fingerprint needs: tls-errors.md L12),
 * the server it is for (null for a client certificate) and its files.
 */
export interface LabLeafSpec extends LeafToWrite {
  readonly signedBy: LabCaId;
  readonly server: LabServer | null;
  readonly cert: LabFile;
  readonly key: LabFile;
  /**
   * The passphrase file of the key where the plan has it encrypted (the legs say so, per
   * file: topology/key-files.ts), else null. Never for the Fleet Server→Elasticsearch
   * client key: no passphrase flag exists for it (elastic-agent-cli.md §1.6).
   */
  readonly keyPassphrase: LabFile | null;
  /** The named agent host this certificate is for (LabOptions.agentHosts), else null: shared by all agents. */
  readonly agentHost: string | null;
}

export interface LabSpec {
  readonly cas: readonly LabCaSpec[];
  readonly leaves: readonly LabLeafSpec[];
  /** Options that cannot be used; when there are any, nothing is to be made (cas and leaves empty). */
  readonly problems: readonly LabProblem[];
}

/** A DNS name in the preferred name syntax (RFC 1123 §2.1, RFC 5280 §4.2.1.6): no wildcard, no underscore. */
const DNS_NAME = /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** A named agent host as it goes into a SAN: a DNS name (lower case) or an IP address (canonical), else null. */
function agentHostName(text: string): { readonly dns: string } | { readonly ip: string } | null {
  if (isIpAddress(text)) {
    const bytes = parseIp(text);
    const ip = bytes ? formatIp(bytes) : null;
    // An IPv4-mapped IPv6 address is refused: give the IPv4 address.
    return ip && !ip.startsWith('::ffff:') ? { ip } : null;
  }
  return DNS_NAME.test(text) && !/^[\d.]+$/.test(text) ? { dns: text.toLowerCase() } : null;
}

/** What is wrong with the named agent hosts, if anything. */
export function agentHostsProblems(hosts: readonly string[]): LabProblem[] {
  if (hosts.length === 0) return [{ code: 'agent-hosts-empty' }];
  if (hosts.length > MAX_AGENT_HOSTS) return [{ code: 'agent-hosts-too-many', params: { count: hosts.length, max: MAX_AGENT_HOSTS } }];
  const problems: LabProblem[] = [];
  const seen = new Set<string>();
  for (const host of hosts) {
    const name = agentHostName(host);
    if (!name) problems.push({ code: 'agent-host-invalid', params: { host } });
    else {
      const key = 'dns' in name ? name.dns : name.ip;
      if (seen.has(key)) problems.push({ code: 'agent-host-duplicate', params: { host } });
      seen.add(key);
    }
  }
  return problems;
}

const RSA_DEFAULT: LabKeyType = { kind: 'RSA', bits: 2048 };

/** Which per-service CA signs a server's certificate, or a client's. */
function caFor(server: LabServer | null, cas: LabOptions['cas']): LabCaId {
  if (cas === 'one') return 'lab';
  if (server === null) return 'agent';
  return server === 'fleet-server' || server === 'proxy' ? 'fleet' : 'elasticsearch';
}

function labServer(node: NodeId): LabServer | null {
  switch (node) {
    case 'fleet-server':
    case 'elasticsearch':
    case 'logstash':
    case 'proxy':
      return node;
    case 'agent':
    case 'fleet-server-agent':
    case 'cloud-fleet':
    case 'cloud-es':
      return null;
  }
}

/** The legs whose server certificate is the user's to make: verified against a CA or a fingerprint. */
function userTrusted(leg: Leg): boolean {
  return leg.trust.kind === 'ca' || leg.trust.kind === 'fingerprint';
}

const hostsOf = (dials: readonly string[]): string[] => dials.map(dialHost).filter((h): h is string => h !== null);
const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/**
 * Plan → the certificates a lab needs for it, as data: read from the legs (who presents
 * what to whom, who trusts which CA), never from the plan's switches.
 */
/** Elastic Defend runs on the agents and, before 9.1, refuses EC keys (gate defend-ec-keys; check defend-rsa): their certificates get RSA. */
export function defendNeedsRsa(plan: Plan): boolean {
  return plan.defend && gateOpen('defend-ec-keys', planVersions(plan)) === false;
}

export function labSpec(plan: Plan, options: LabOptions): LabSpec {
  const problems = options.agentHosts ? agentHostsProblems(options.agentHosts) : [];
  if (problems.length > 0) return { cas: [], leaves: [], problems };
  const agentHosts = options.agentHosts?.map((h) => agentHostName(h)!) ?? null;
  const topology = buildTopology(plan);
  const legs = topology.legs;
  const hostsByRole = roleHosts(plan, topology);
  const fileOf = (role: CertRole | null, fallback: string, roles: readonly CertRole[]): LabFile => ({
    name: role ? plan.certs.files[role] || ROLE_FACTS[role].defaultFile : fallback,
    roles,
    paths: unique(roles.flatMap((r) => hostsByRole[r].flatMap((host) => osesOf(plan, host).map((os) => rolePath(plan, r, host, os))))),
    pathsOn: Object.fromEntries(
      (['fleet-server', 'agent'] as const).map((host) => [
        host,
        unique(roles.flatMap((r) => (hostsByRole[r].includes(host) ? osesOf(plan, host).map((os) => rolePath(plan, r, host, os)) : []))),
      ]),
    ),
  });

  // Elastic Defend before 9.1 reads the certificates of agent→Fleet and agent→output itself
  // and refuses EC keys (gate defend-ec-keys; check defend-rsa).
  const defendRsa = defendNeedsRsa(plan);
  const rsaLegs = new Set<Leg['id']>(defendRsa ? ['agent-fleet', 'agent-output'] : []);
  const keyFor = (onLegs: readonly Leg[]): LabKeyType =>
    onLegs.some((l) => rsaLegs.has(l.id)) && options.keyType.kind !== 'RSA' ? RSA_DEFAULT : options.keyType;

  const leaves: LabLeafSpec[] = [];
  const caRoles = new Map<LabCaId, Set<CertRole>>();
  const caRsa = new Set<LabCaId>();
  const signs = (ca: LabCaId, role: CertRole | null, key: LabKeyType) => {
    const roles = caRoles.get(ca) ?? new Set<CertRole>();
    if (role) roles.add(role);
    caRoles.set(ca, roles);
    if (key.kind === 'RSA' && options.keyType.kind !== 'RSA') caRsa.add(ca);
  };

  // Server certificates: one per server the plan's clients verify, covering every name they dial.
  for (const server of ['fleet-server', 'proxy', 'elasticsearch', 'logstash'] as const) {
    const onLegs = legs.filter((l) => userTrusted(l) && labServer(l.server) === server);
    if (onLegs.length === 0) continue;
    // The Fleet Server host's own agent dials https://localhost:8221 (INTERNAL_FLEET_URL).
    const hosts = unique(hostsOf(onLegs.flatMap((l) => l.dials)));
    const presented = onLegs.map((l) => l.presented).find((p) => p.kind === 'cert');
    const roles = presented?.kind === 'cert' ? [presented.cert, presented.key] : [];
    const passphrases = unique(onLegs.flatMap((l) => (l.presented.kind === 'cert' && l.presented.passphrase ? [l.presented.passphrase] : [])));
    const ca = caFor(server, options.cas);
    const keyType = keyFor(onLegs);
    for (const l of onLegs) if (l.trust.kind !== 'public' && 'role' in l.trust) signs(ca, l.trust.role, keyType);
    const dns = hosts.filter((h) => !isIpAddress(h));
    leaves.push({
      id: server,
      commonName: dns[0] ?? hosts[0] ?? server,
      dns,
      ips: hosts.filter(isIpAddress),
      eku: ['serverAuth'],
      keyType,
      signedBy: ca,
      server,
      chain: onLegs.some((l) => l.trust.kind === 'fingerprint'),
      cert: fileOf(presented?.kind === 'cert' ? presented.cert : null, `${server}.crt`, roles.slice(0, 1)),
      key: fileOf(presented?.kind === 'cert' ? presented.key : null, `${server}.key`, roles.slice(1)),
      agentHost: null,
      keyPassphrase: passphrases[0] ? fileOf(passphrases[0], `${server}.key.pass`, passphrases) : null,
    });
  }

  // Client certificates: one per certificate file the plan names (agentCert and outputCert share agent.crt by default).
  const clientSan = gateOpen('fleet-server-checks-client-san', planVersions(plan)) === true;
  const mutualLegs = legs.filter((l) => l.mutual !== null);
  const byFile = new Map<string, Leg[]>();
  for (const l of mutualLegs) {
    const name = plan.certs.files[l.mutual!.clientCert];
    byFile.set(name, [...(byFile.get(name) ?? []), l]);
  }
  for (const [name, onLegs] of byFile) {
    const certRoles = unique(onLegs.map((l) => l.mutual!.clientCert));
    const keyRoles = unique(onLegs.map((l) => l.mutual!.clientKey));
    const passphrases = unique(onLegs.flatMap((l) => (l.mutual!.passphrase ? [l.mutual!.passphrase] : [])));
    const first = certRoles[0]!;
    const ca = caFor(null, options.cas);
    const keyType = keyFor(onLegs);
    for (const l of onLegs) signs(ca, l.mutual!.clientCa, keyType);
    // Fleet Server 8.13.0–8.16.1 checks the client certificate's SANs against the SNI
    // (gate fleet-server-checks-client-san, audit row 4): the Fleet Server names and localhost.
    const toFleetServer = onLegs.filter((l) => l.server === 'fleet-server');
    const dns =
      clientSan && toFleetServer.length > 0 ? unique([...hostsOf(toFleetServer.flatMap((l) => l.dials)).filter((h) => !isIpAddress(h)), 'localhost']) : [];
    const shared: LabLeafSpec = {
      id: first,
      commonName: first === 'fleetServerEsCert' ? 'fleet-server' : 'elastic-agent',
      dns,
      ips: [],
      eku: ['clientAuth'],
      keyType,
      signedBy: ca,
      server: null,
      chain: false,
      cert: fileOf(first, name, certRoles),
      key: fileOf(keyRoles[0]!, `${first}.key`, keyRoles),
      keyPassphrase: passphrases[0] ? fileOf(passphrases[0], `${first}.key.pass`, passphrases) : null,
      agentHost: null,
    };
    // The agents' certificates, once per named host: CN and first SAN the host's name.
    if (agentHosts && first !== 'fleetServerEsCert') {
      for (const host of agentHosts) {
        const own = 'dns' in host ? host.dns : host.ip;
        leaves.push({
          ...shared,
          id: `${first}@${own}`,
          commonName: own,
          dns: unique([...('dns' in host ? [host.dns] : []), ...dns]),
          ips: 'ip' in host ? [host.ip] : [],
          agentHost: own,
        });
      }
    } else leaves.push(shared);
  }

  const cas: LabCaSpec[] = [...caRoles].map(([id, roles]) => {
    const names = unique([...roles].map((r) => plan.certs.files[r]));
    return {
      id,
      commonName: id === 'lab' ? 'Fleet TLS Wizard lab CA' : `Fleet TLS Wizard lab ${id} CA`,
      keyType: caRsa.has(id) ? RSA_DEFAULT : options.keyType,
      files: names.map((name) => {
        const filled = [...roles].filter((r) => plan.certs.files[r] === name);
        return fileOf(filled[0] ?? null, `${id}-ca.crt`, filled);
      }),
    };
  });
  return { cas, leaves, problems: [] };
}

function osesOf(plan: Plan, host: HostKind): OsFamily[] {
  if (host === 'fleet-server') return [platformFacts(plan.fleetServer.platform).os];
  return unique(plan.agents.platforms.map((p) => platformFacts(p).os));
}
