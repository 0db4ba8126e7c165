import type { PlanCheck } from './plan-check';

/** No passphrase flag exists for --fleet-server-es-cert-key (elastic-agent-cli.md §1.6). */
export const fleetEsKeyUnencrypted: PlanCheck = (_plan, topology) =>
  topology.legs.some((l) => l.id === 'fleet-es' && l.mutual)
    ? [{ code: 'fleet-es-key-unencrypted', severity: 'info', leg: 'fleet-es', roles: ['fleetServerEsKey'] }]
    : [];
