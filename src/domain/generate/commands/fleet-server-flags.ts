import type { OsFamily } from '../../catalog/platforms';
import { normalizeFingerprint } from '../../plan/fingerprint';
import type { Plan } from '../../plan/schema';
import { findLeg, type Topology } from '../../topology/build-topology';
import { rolePath } from '../../topology/paths';
import type { Arg } from '../script';
import { flag, orPlaceholder, PLACEHOLDER } from './flag';

/**
 * The `install`/`enroll` flags of the Fleet Server host, read from its legs:
 * agent-fleet (what Fleet Server presents, which CAs verify agents), fleet-self (the
 * host's own agent on localhost:8221) and fleet-es (Fleet Server → Elasticsearch).
 * Order follows the Fleet docs' examples (shared/seeds/001_6bf2b0001625a715.txt).
 */
export function fleetServerFlags(plan: Plan, topology: Topology, os: OsFamily): Arg[] {
  const agentFleet = findLeg(topology, 'agent-fleet');
  const self = findLeg(topology, 'fleet-self');
  const es = findLeg(topology, 'fleet-es');
  if (!agentFleet || !self || !es) return [];
  const path = (role: Parameters<typeof rolePath>[1]) => rolePath(plan, role, 'fleet-server', os);
  const args: Arg[] = [];

  // Without a certificate, `enroll` generates a self-signed one and rewrites the URL (elastic-agent-cli.md §3.3).
  if (agentFleet.presented.kind === 'cert') args.push(flag('--url', orPlaceholder(plan.fleetServer.urls[0], PLACEHOLDER.fleetUrl)));

  // One comma-joined value: the CAs the local agent trusts for Fleet Server, and on a
  // Fleet Server host also the CAs that verify agents' client certificates (§3.2).
  const cas = [...(self.trust.kind === 'ca' ? [path(self.trust.role)] : []), ...(agentFleet.mutual?.clientCa ? [path(agentFleet.mutual.clientCa)] : [])];
  const uniqueCas = [...new Set(cas)];
  if (uniqueCas.length > 0) args.push(flag('--certificate-authorities', uniqueCas.join(',')));

  if (self.mutual) {
    args.push(flag('--elastic-agent-cert', path(self.mutual.clientCert)));
    args.push(flag('--elastic-agent-cert-key', path(self.mutual.clientKey)));
    if (self.mutual.passphrase) args.push(flag('--elastic-agent-cert-key-passphrase', path(self.mutual.passphrase)));
  }

  args.push(flag('--fleet-server-es', orPlaceholder(es.dials[0], PLACEHOLDER.esUrl)));
  switch (es.trust.kind) {
    case 'ca':
      args.push(flag('--fleet-server-es-ca', path(es.trust.role)));
      break;
    case 'fingerprint': {
      const fp = normalizeFingerprint(es.trust.fingerprint);
      args.push(flag('--fleet-server-es-ca-trusted-fingerprint', fp.ok ? fp.hex : PLACEHOLDER.fingerprint));
      break;
    }
    case 'public':
    case 'generated':
    case 'none':
      break;
  }
  if (es.mutual) {
    args.push(flag('--fleet-server-es-cert', path(es.mutual.clientCert)));
    args.push(flag('--fleet-server-es-cert-key', path(es.mutual.clientKey)));
  }

  if (agentFleet.presented.kind === 'cert') {
    args.push(flag('--fleet-server-cert', path(agentFleet.presented.cert)));
    args.push(flag('--fleet-server-cert-key', path(agentFleet.presented.key)));
    if (agentFleet.presented.passphrase) {
      args.push(flag('--fleet-server-cert-key-passphrase', path(agentFleet.presented.passphrase)));
    }
  }
  if (agentFleet.mutual) args.push(flag('--fleet-server-client-auth', agentFleet.mutual.clientAuth));

  if (plan.fleetServer.serviceTokenSource === 'file') {
    args.push(flag('--fleet-server-service-token-path', plan.fleetServer.serviceTokenPath));
  } else {
    args.push(flag('--fleet-server-service-token', orPlaceholder(plan.secrets.serviceToken, PLACEHOLDER.serviceToken)));
  }
  args.push(flag('--fleet-server-policy', plan.fleetServer.policyId));
  args.push(flag('--fleet-server-port', String(plan.fleetServer.port)));
  return args;
}
