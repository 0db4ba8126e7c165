import { describe, expect, it } from 'vitest';
import { examplePlans } from '../../../../test/example-plans';
import type { Plan } from '../../plan/schema';
import { buildTopology } from '../../topology/build-topology';
import { buildFleetServerInstall } from './fleet-server-script';

const mutual = examplePlans().find((e) => e.name === 'on-prem-mutual')!.plan;

/**
 * The Fleet Server policy uses the default output (kibana full_agent_policy.ts), so the
 * Fleet Server host reads the Output's files at the Output's paths (audit row 6).
 */
describe('the Fleet Server script places the Output’s files where the Fleet Server policy reads them', () => {
  it('another folder on the Fleet Server host: copy the output’s CA, certificate and key there too, and write the passphrase there', () => {
    const plan: Plan = structuredClone(mutual);
    plan.agents.platforms = ['linux-x86_64'];
    plan.clientAuth = 'optional';
    plan.certs.fleetServerDir = '/opt/fleet-certs';
    const script = buildFleetServerInstall(plan, buildTopology(plan));
    expect(script.filter((s) => s.kind === 'comment' && s.note.code === 'place-policy-output-files')).toEqual([
      { kind: 'comment', note: { code: 'place-policy-output-files', params: { dir: '/etc/elastic-agent/certs', files: 'es-ca.crt, agent.crt, agent.key' } } },
    ]);
    expect(script.filter((s) => s.kind === 'write-secret-file').map((s) => (s.kind === 'write-secret-file' ? s.path : ''))).toEqual([
      '/opt/fleet-certs/fleet-server.key.pass',
      '/etc/elastic-agent/certs/agent.key.pass',
    ]);
  });

  it('the same folder: nothing more to copy', () => {
    const plan: Plan = structuredClone(mutual);
    plan.agents.platforms = ['linux-x86_64'];
    const script = buildFleetServerInstall(plan, buildTopology(plan));
    expect(script.some((s) => s.kind === 'comment' && s.note.code === 'place-policy-output-files')).toBe(false);
  });
});
