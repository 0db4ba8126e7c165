import { gateOpen } from '../../catalog/gates';
import { planVersions } from '../../plan/plan-versions';
import { clientSanNames } from '../client-san-names';
import type { PlanCheck } from './plan-check';

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
