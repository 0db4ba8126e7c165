import type { Finding } from '../finding';
import type { PlanCheck } from './plan-check';

/**
 * Agents dial the Fleet Server host URLs as written (audit row 20). A port other than the
 * one Fleet Server listens on, or a path, works only through a load balancer or proxy
 * that maps it; nothing is wrong with that, but the wizard asks.
 */
export const fleetUrlShape: PlanCheck = (plan, topology) => {
  const leg = topology.legs.find((l) => l.id === 'agent-fleet' && l.server === 'fleet-server');
  if (!leg || leg.presented.kind !== 'cert') return [];
  const findings: Finding[] = [];
  for (const dial of leg.dials) {
    let url: URL;
    try {
      url = new URL(dial.trim());
    } catch {
      continue;
    }
    const port = Number(url.port || 443);
    if (port !== plan.fleetServer.port) {
      findings.push({ code: 'fleet-url-port', severity: 'info', leg: 'agent-fleet', params: { url: dial, port, listen: plan.fleetServer.port } });
    }
    if (url.pathname.replace(/\/+$/, '') !== '') {
      findings.push({ code: 'fleet-url-path', severity: 'warning', leg: 'agent-fleet', params: { url: dial, path: url.pathname.replace(/\/+$/, '') } });
    }
  }
  return findings;
};
