import { gateOpen } from '../../catalog/gates';
import { planVersions } from '../../plan/plan-versions';
import { dialHost } from '../../topology/dial-host';
import { isIpAddress } from '../../topology/ip-literal';
import type { PlanCheck } from './plan-check';

/**
 * The names an agent certificate must carry for a Fleet Server that checks client SANs:
 * each DNS name agents dial (Go sends it as SNI; an IP sends none, so nothing is checked),
 * and `localhost` for the Fleet Server host's own agent on :8221 when it presents one.
 */
export function clientSanNames(dials: readonly string[], selfPresents: boolean): string[] {
  const names = dials.map(dialHost).filter((h): h is string => h !== null && !isIpAddress(h));
  return [...new Set([...names, ...(selfPresents ? ['localhost'] : [])])];
}

/**
 * fleet-server 8.13.0–8.16.1 (elastic-agent-libs < v0.14.0) checks each client
 * certificate's SANs against the SNI the client sent, under its default verification
 * mode `full`; agents whose certificates lack those names are refused ("tls: bad
 * certificate"). Fixed by elastic-agent-libs 4babafd (#242), fleet-server 8.16.2
 * (audit row 4; gate fleet-server-checks-client-san).
 */
export const fleetServerChecksClientSan: PlanCheck = (plan, topology) => {
  const leg = topology.legs.find((l) => l.id === 'agent-fleet');
  if (!leg?.mutual || leg.server !== 'fleet-server') return [];
  if (gateOpen('fleet-server-checks-client-san', planVersions(plan)) !== true) return [];
  const self = topology.legs.find((l) => l.id === 'fleet-self');
  const names = clientSanNames(leg.dials, Boolean(self?.mutual));
  if (names.length === 0) return [];
  return [
    {
      code: 'fleet-server-checks-client-san',
      severity: 'warning',
      leg: 'agent-fleet',
      roles: [leg.mutual.clientCert],
      params: { version: plan.agentVersion, names: names.join(', ') },
    },
  ];
};
