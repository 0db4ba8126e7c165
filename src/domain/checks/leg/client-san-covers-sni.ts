import { gateOpen } from '../../catalog/gates';
import { planVersions } from '../../plan/plan-versions';
import { clientSanNames } from '../client-san-names';
import type { Finding } from '../finding';
import { fullModeCoversHost } from '../full-mode-covers-host';
import type { LegCheck } from './leg-check';

/**
 * fleet-server 8.13.0–8.16.1 runs elastic-agent-libs' host check on the client
 * certificate against the SNI the agent sent (tls_config.go makeVerifyServerConnection →
 * verifyHostname(PeerCertificates[0], ServerName); fixed in libs v0.14.0, fleet-server
 * 8.16.2). The agent then sees "remote error: tls: bad certificate" (audit row 4).
 */
export const clientSanCoversSni: LegCheck = (e, { plan }) => {
  const p = e.client?.presented;
  if (!p || e.leg.server !== 'fleet-server') return [];
  if (gateOpen('fleet-server-checks-client-san', planVersions(plan)) !== true) return [];
  const names = e.leg.id === 'fleet-self' ? ['localhost'] : clientSanNames(e.leg.dials, false);
  const covers = [...p.leaf.sans.dns, ...p.leaf.sans.ip].join(', ') || (p.leaf.subjectCommonName ?? '');
  return names.flatMap((host): Finding[] =>
    fullModeCoversHost(p.leaf, host).covered
      ? []
      : [{ code: 'client-san-missing', severity: 'error', leg: e.leg.id, roles: [p.role], params: { file: p.file, host, covers, version: plan.agentVersion } }],
  );
};
