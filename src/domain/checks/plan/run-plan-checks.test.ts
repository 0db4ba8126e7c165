import { describe, expect, it } from 'vitest';
import { examplePlans } from '../../../../test/example-plans';
import type { Plan } from '../../plan/schema';
import { buildTopology } from '../../topology/build-topology';
import { runPlanChecks } from './run-plan-checks';

const ex = Object.fromEntries(examplePlans().map((e) => [e.name, e.plan]));
const withTokens = (p: Plan): Plan => ({ ...p, secrets: { enrollmentToken: 'tok', serviceToken: 'svc' } });
const checks = (p: Plan) => runPlanChecks(p, buildTopology(p));

describe('plan findings', () => {
  it.each([
    ['on-premises one-way with its tokens typed: mixed Linux/Windows agents share one YAML path', withTokens(ex['on-prem-one-way']!), [
      { code: 'yaml-paths-mixed-os', severity: 'warning', leg: 'agent-output', roles: ['esCa'], params: { path: '/etc/elastic-agent/certs/es-ca.crt' } },
    ]],
    ['lab: --insecure covers only Fleet; the URL is the host name', withTokens(ex['on-prem-lab']!), [
      { code: 'insecure-covers-only-fleet', severity: 'warning', leg: 'agent-fleet' },
      { code: 'lab-url-is-hostname', severity: 'info', leg: 'agent-fleet', params: { port: 8220 } },
    ]],
    ['Defend on 9.0 needs RSA; a fingerprint needs the CA in the chain; Logstash must trust the agent CA', withTokens(ex['on-prem-logstash-mutual']!), [
      { code: 'defend-needs-rsa', severity: 'warning', leg: null, params: { version: '9.0.3' } },
      { code: 'fingerprint-ca-in-chain', severity: 'info', leg: 'fleet-es', roles: ['esCa'] },
      { code: 'output-server-trusts-agent-ca', severity: 'info', leg: 'agent-output', roles: ['agentCa'], params: { server: 'logstash' } },
      { code: 'per-host-client-certs', severity: 'info', leg: 'agent-output', roles: ['outputCert', 'outputKey'] },
    ]],
    ['client auth optional is explained', withTokens(ex['on-prem-fleet-cloud-es-mutual']!), [
      { code: 'client-auth-optional', severity: 'info', leg: 'agent-fleet' },
    ]],
    ['a missing token becomes a placeholder (Elastic Cloud needs no CA files)', ex['cloud-fleet-one-way']!, [
      { code: 'token-placeholder', severity: 'info', leg: null, params: { token: 'enrollment' } },
    ]],
  ])('%s', (_t, plan, expected) => {
    expect(checks(plan)).toEqual(expected);
  });

  it('mutual Fleet Server → Elasticsearch: its key cannot have a passphrase', () => {
    expect(checks(withTokens(ex['on-prem-mutual']!)).map((f) => f.code)).toEqual([
      'yaml-paths-mixed-os',
      'fleet-es-key-unencrypted',
      'output-server-trusts-agent-ca',
      'per-host-client-certs',
    ]);
  });
});
