import type { Finding } from '../finding';
import { dialHost } from '../../topology/dial-host';
import { isIpAddress } from '../../topology/ip-literal';
import { sanCoversHost } from '../san-covers-host';
import type { LegCheck } from './leg-check';

/**
 * Every host the client dials must be in the server certificate's SANs. Go's TLS, which
 * the agent uses, ignores the Common Name (tls-errors.md X3–X6).
 */
export const sanCoversDials: LegCheck = (e) => {
  const p = e.server.presented;
  if (!p || !e.leg.hostnameChecked) return [];
  if (!p.leaf.hasSanExtension) {
    return [{ code: 'san-absent', severity: 'error', leg: e.leg.id, roles: [p.role], params: { file: p.file, cn: p.leaf.subjectCommonName ?? '' } }];
  }
  const covers = [...p.leaf.sans.dns, ...p.leaf.sans.ip].join(', ');
  return e.leg.dials.flatMap((dial): Finding[] => {
    const host = dialHost(dial);
    if (!host || sanCoversHost(p.leaf, host).covered) return [];
    return [{ code: 'san-missing', severity: 'error', leg: e.leg.id, roles: [p.role], params: { file: p.file, host, covers, ip: isIpAddress(host) ? 1 : 0 } }];
  });
};
