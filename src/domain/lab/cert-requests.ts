import { gateOpen } from '../catalog/gates';
import type { LabKeyType } from '../certs/write/sign';
import { planVersions } from '../plan/plan-versions';
import type { Plan } from '../plan/schema';
import { buildTopology } from '../topology/build-topology';
import type { Leg } from '../topology/leg';
import type { HostKind } from '../topology/paths';
import { labSpec, type LabFile, type LabLeafSpec, type LabOptions, type LabServer } from './lab-spec';

/** What a certificate is for: the server it identifies, or the client it authenticates. */
export type RequestPurpose = LabServer | 'agent-client' | 'fleet-server-es-client';

/** Where a certificate and its key live: the wizard's hosts, or the server it identifies. */
export type RequestHost = HostKind | LabServer;

export type RequestKeyUsage = 'digitalSignature' | 'keyEncipherment';

/**
 * Why the key is what it is, beyond the type the user chose:
 * - `defend-needs-rsa`: Elastic Defend before 9.1 reads the agent's certificates itself and
 *   refuses EC keys (gate defend-ec-keys, catalog/gates.ts: elastic/docs-content#5514, #1133);
 * - `logstash-needs-pkcs8`: the Logstash elastic_agent input's `ssl_key` "must be in the PKCS8
 *   format and PEM encoded" (elastic/logstash docs/reference/plugins-inputs-elastic_agent.md,
 *   `ssl_key`; https://www.elastic.co/docs/reference/logstash/plugins/plugins-inputs-elastic_agent#plugins-inputs-elastic_agent-ssl_key).
 */
export type KeyReason = 'defend-needs-rsa' | 'logstash-needs-pkcs8';

/** One certificate to ask a PKI for: what it must say, which key it needs, where it goes, who must trust its issuer. */
export interface CertRequest {
  readonly id: string;
  readonly purpose: RequestPurpose;
  readonly commonName: string;
  readonly dns: readonly string[];
  readonly ips: readonly string[];
  readonly eku: readonly ('serverAuth' | 'clientAuth')[];
  readonly keyUsage: readonly RequestKeyUsage[];
  readonly keyType: LabKeyType;
  readonly keyReasons: readonly KeyReason[];
  readonly hosts: readonly RequestHost[];
  /** The plan's file names, and the paths its commands read them at, per host. */
  readonly cert: LabFile;
  readonly key: LabFile;
  /** The plan's CA files that must hold this certificate's issuer (the chain the PKI sends back goes there). */
  readonly issuerFiles: readonly string[];
  /**
   * The servers whose own CA setting, which the plan names no file for, must hold the issuer:
   * Elasticsearch's xpack.security.http.ssl.certificate_authorities for Fleet Server's client
   * certificate (generate/elasticsearch/elasticsearch-settings.ts, note es-fleet-server-client-ca).
   */
  readonly issuerTrustedOn: readonly LabServer[];
  /** Whether the certificate file must carry its CA after it (ca_trusted_fingerprint needs the CA in the chain). */
  readonly chain: boolean;
}

/** RFC 5280 Appendix A: ub-common-name INTEGER ::= 64; OpenSSL refuses a longer CN ("string too long", maxsize=64). */
const CN_MAX = 64;

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** The legs a leaf is presented on: as the server's certificate, or as a client certificate under its file name. */
function legsOf(plan: Plan, legs: readonly Leg[], leaf: LabLeafSpec): Leg[] {
  if (leaf.server !== null) return legs.filter((l) => l.server === leaf.server && (l.trust.kind === 'ca' || l.trust.kind === 'fingerprint'));
  return legs.filter((l) => l.mutual !== null && plan.certs.files[l.mutual.clientCert] === leaf.cert.name);
}

/** The CA roles that verify a leaf on its legs: the client's trust for a server, the server's client CA for a client. */
function issuerRoles(leaf: LabLeafSpec, onLegs: readonly Leg[]) {
  return onLegs.flatMap((l) => {
    if (leaf.server === null) return l.mutual?.clientCa ? [l.mutual.clientCa] : [];
    return l.trust.kind === 'ca' || l.trust.kind === 'fingerprint' ? [l.trust.role] : [];
  });
}

const LAB_SERVERS: readonly string[] = ['fleet-server', 'elasticsearch', 'logstash', 'proxy'] satisfies LabServer[];
const isLabServer = (node: string): node is LabServer => LAB_SERVERS.includes(node);

function purposeOf(leaf: LabLeafSpec): RequestPurpose {
  if (leaf.server !== null) return leaf.server;
  return leaf.cert.roles.includes('fleetServerEsCert') ? 'fleet-server-es-client' : 'agent-client';
}

/** digitalSignature always; keyEncipherment for an RSA server key (RSA key transport in TLS 1.2), as certs/write/make-lab.ts writes. */
function keyUsageOf(leaf: LabLeafSpec): RequestKeyUsage[] {
  return leaf.eku.includes('serverAuth') && leaf.keyType.kind === 'RSA' ? ['digitalSignature', 'keyEncipherment'] : ['digitalSignature'];
}

function hostsOf(leaf: LabLeafSpec): RequestHost[] {
  const onHosts = (['fleet-server', 'agent'] as const).filter((h) => (leaf.cert.pathsOn[h] ?? []).length > 0);
  return onHosts.length > 0 ? onHosts : leaf.server !== null ? [leaf.server] : [];
}

/**
 * Plan → the certificates to ask a PKI for, one per certificate the plan's connections
 * need (labSpec's leaves): subject, SANs, EKU, key usage, key type and why, the hosts and
 * paths, and which of the plan's CA files must hold the issuer.
 */
export function certRequests(plan: Plan, options: LabOptions): CertRequest[] {
  const legs = buildTopology(plan).legs;
  const defendRsa = plan.defend && gateOpen('defend-ec-keys', planVersions(plan)) === false;
  return labSpec(plan, options).leaves.map((leaf) => {
    const onLegs = legsOf(plan, legs, leaf);
    const keyReasons: KeyReason[] = [];
    if (defendRsa && onLegs.some((l) => l.id === 'agent-fleet' || l.id === 'agent-output')) keyReasons.push('defend-needs-rsa');
    if (leaf.server === 'logstash') keyReasons.push('logstash-needs-pkcs8');
    return {
      id: leaf.id,
      purpose: purposeOf(leaf),
      // The SANs name the hosts; a CN too long for X.520 falls back to the certificate's id.
      commonName: leaf.commonName.length <= CN_MAX ? leaf.commonName : leaf.id,
      dns: leaf.dns,
      ips: leaf.ips,
      eku: leaf.eku,
      keyUsage: keyUsageOf(leaf),
      keyType: leaf.keyType,
      keyReasons,
      hosts: hostsOf(leaf),
      cert: leaf.cert,
      key: leaf.key,
      issuerFiles: unique(issuerRoles(leaf, onLegs).map((r) => plan.certs.files[r])),
      issuerTrustedOn: unique(
        onLegs.flatMap((l) => (leaf.server === null && l.mutual !== null && l.mutual.clientCa === null && isLabServer(l.server) ? [l.server] : [])),
      ),
      chain: leaf.chain,
    };
  });
}
