import type { Leg } from '../topology/leg';
import type { InspectRole, ServerRole } from './shelf';

/** The role whose file holds what the leg's server presents, when the wizard can know it. */
export function presentedRole(leg: Leg): InspectRole | null {
  if (leg.presented.kind === 'cert') return leg.presented.cert;
  if (leg.presented.kind !== 'external') return null;
  const byServer: Partial<Record<Leg['server'], ServerRole>> = {
    elasticsearch: 'esServerCert',
    logstash: 'logstashServerCert',
    proxy: 'proxyServerCert',
  };
  return byServer[leg.server] ?? null;
}

/** The role whose file holds the key of what the server presents (only for servers the wizard configures). */
export function presentedKeyRole(leg: Leg): InspectRole | null {
  return leg.presented.kind === 'cert' ? leg.presented.key : null;
}
