import type { OsFamily } from '../../catalog/platforms';
import type { Plan } from '../../plan/schema';
import { findLeg, type Topology } from '../../topology/build-topology';
import { rolePath } from '../../topology/paths';
import type { Arg } from '../script';
import { flag, orPlaceholder, PLACEHOLDER } from './flag';

/**
 * The enrollment flags of a normal agent, read from the agent-fleet leg. `--url` and
 * `--enrollment-token` are always written: without them `install --force` or
 * `--non-interactive` silently installs a standalone agent (elastic-agent-cli.md §3.6).
 */
export function agentFlags(plan: Plan, topology: Topology, os: OsFamily): Arg[] {
  const leg = findLeg(topology, 'agent-fleet');
  if (!leg) return [];
  const path = (role: Parameters<typeof rolePath>[1]) => rolePath(plan, role, 'agent', os);
  const args: Arg[] = [
    flag('--url', orPlaceholder(leg.dials[0], PLACEHOLDER.fleetUrl)),
    flag('--enrollment-token', orPlaceholder(plan.secrets.enrollmentToken, PLACEHOLDER.enrollmentToken)),
  ];
  switch (leg.trust.kind) {
    case 'ca':
      args.push(flag('--certificate-authorities', path(leg.trust.role)));
      break;
    case 'none':
      args.push(flag('--insecure'));
      break;
    case 'fingerprint':
    case 'public':
    case 'generated':
      break;
  }
  if (leg.mutual) {
    args.push(flag('--elastic-agent-cert', path(leg.mutual.clientCert)));
    args.push(flag('--elastic-agent-cert-key', path(leg.mutual.clientKey)));
    if (leg.mutual.passphrase) args.push(flag('--elastic-agent-cert-key-passphrase', path(leg.mutual.passphrase)));
  }
  // A forward proxy tunnels TLS with CONNECT: the leg to Fleet Server stays as it is.
  if (plan.agents.proxyUrl.trim()) args.push(flag('--proxy-url', plan.agents.proxyUrl.trim()));
  return args;
}
