import { CERT_ROLES, type CertRole } from '../catalog/roles';
import type { Plan } from '../plan/schema';
import type { NodeId, Topology } from './leg';
import type { HostKind } from './paths';

/** The wizard's hosts that a node runs on; the other ends (proxy, ES, Logstash) configure their own files. */
function hostOf(node: NodeId): HostKind | null {
  switch (node) {
    case 'agent':
      return 'agent';
    case 'fleet-server':
    case 'fleet-server-agent':
      return 'fleet-server';
    case 'elasticsearch':
    case 'logstash':
    case 'proxy':
    case 'cloud-fleet':
    case 'cloud-es':
      return null;
  }
}

/**
 * For every role, the hosts that must hold its file on disk. A certificate that the
 * Output YAML carries inline needs no file on the agents.
 */
export function roleHosts(plan: Plan, topology: Topology): Record<CertRole, HostKind[]> {
  const hosts = Object.fromEntries(CERT_ROLES.map((r) => [r, new Set<HostKind>()])) as Record<CertRole, Set<HostKind>>;
  const put = (role: CertRole | null, node: NodeId) => {
    const host = hostOf(node);
    if (role && host) hosts[role].add(host);
  };
  for (const leg of topology.legs) {
    const viaYaml = leg.id === 'agent-output';
    if (leg.trust.kind === 'ca' && !(viaYaml && plan.certs.outputCa.kind === 'inline')) put(leg.trust.role, leg.client);
    if (leg.presented.kind === 'cert') {
      put(leg.presented.cert, leg.server);
      put(leg.presented.key, leg.server);
      put(leg.presented.passphrase, leg.server);
    }
    if (leg.mutual) {
      if (!(viaYaml && plan.certs.outputCert.kind === 'inline')) put(leg.mutual.clientCert, leg.client);
      put(leg.mutual.clientKey, leg.client);
      put(leg.mutual.passphrase, leg.client);
      put(leg.mutual.clientCa, leg.server);
    }
  }
  return Object.fromEntries(CERT_ROLES.map((r) => [r, [...hosts[r]].sort()])) as Record<CertRole, HostKind[]>;
}
