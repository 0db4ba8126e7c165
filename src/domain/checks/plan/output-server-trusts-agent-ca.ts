import type { PlanCheck } from './plan-check';

/** With client certificates to the output, the output's end must trust the agents' CA. */
export const outputServerTrustsAgentCa: PlanCheck = (_plan, topology) => {
  const leg = topology.legs.find((l) => l.id === 'agent-output');
  if (!leg?.mutual) return [];
  return [{ code: 'output-server-trusts-agent-ca', severity: 'info', leg: 'agent-output', roles: ['agentCa'], params: { server: leg.server } }];
};
