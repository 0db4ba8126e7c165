import type { PlanCheck } from './plan-check';

/**
 * With no certificate, `enroll` generates one for the host's own name and rewrites the
 * Fleet Server URL to https://<hostname>:<port> (elastic-agent-cli.md §3.3): the URL in
 * Kibana and in the agents' --url must use that name.
 */
export const labUrlIsHostname: PlanCheck = (plan, topology) =>
  topology.legs.some((l) => l.id === 'agent-fleet' && l.presented.kind === 'self-signed')
    ? [{ code: 'lab-url-is-hostname', severity: 'info', leg: 'agent-fleet', params: { port: plan.fleetServer.port } }]
    : [];
