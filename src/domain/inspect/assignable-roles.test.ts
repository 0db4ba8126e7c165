import { describe, expect, test } from 'vitest';
import { defaultPlan } from '../plan/defaults';
import type { Plan } from '../plan/schema';
import { assignableRoles, rolesOfFile } from './assignable-roles';

function plan(change: (p: Plan) => void): Plan {
  const p = defaultPlan('on-prem');
  change(p);
  return p;
}

describe('assignableRoles', () => {
  test.each([
    {
      title: 'on-premises one-way: the Fleet Server files, the Elasticsearch CA and its server certificate',
      plan: plan(() => {}),
      roles: ['fleetServerCa', 'fleetServerCert', 'fleetServerKey', 'esCa', 'esServerCert'],
    },
    {
      title: 'mutual TLS everywhere: client certificates and keys too, never a passphrase file',
      plan: plan((p) => {
        p.tls = 'mutual';
        p.mutualFleetServerEs = true;
        p.mutualOutput = true;
        p.certs.encrypted.agentKey = true;
      }),
      roles: [
        'fleetServerCa',
        'fleetServerCert',
        'fleetServerKey',
        'agentCa',
        'agentCert',
        'agentKey',
        'esCa',
        'fleetServerEsCert',
        'fleetServerEsKey',
        'outputCert',
        'outputKey',
        'esServerCert',
      ],
    },
    {
      title: 'a CA trusted fingerprint still offers the Elasticsearch CA (to fill the fingerprint in)',
      plan: plan((p) => (p.elasticsearch.trust = 'fingerprint')),
      roles: ['fleetServerCa', 'fleetServerCert', 'fleetServerKey', 'esCa', 'esServerCert'],
    },
    {
      title: 'a Logstash output: its CA and its certificate',
      plan: plan((p) => (p.output.kind = 'logstash')),
      roles: ['fleetServerCa', 'fleetServerCert', 'fleetServerKey', 'esCa', 'logstashCa', 'esServerCert', 'logstashServerCert'],
    },
    {
      title: 'Elastic Cloud behind a proxy: the proxy’s CA and certificate, nothing of Elastic Cloud',
      plan: plan((p) => (p.model = 'cloud-fleet-proxy')),
      roles: ['proxyCa', 'proxyServerCert'],
    },
    { title: 'Fleet Server on Elastic Cloud: nothing to check', plan: plan((p) => (p.model = 'cloud-fleet')), roles: [] },
  ])('$title', ({ plan: p, roles }) => {
    expect(assignableRoles(p)).toEqual(roles);
  });
});

describe('rolesOfFile', () => {
  test('the roles a file plays, among the plan’s, in their order', () => {
    const roles = assignableRoles(plan((p) => (p.tls = 'mutual')));
    const assignments = { agentKey: 'f1', agentCert: 'f1', fleetServerCa: 'f2', outputCert: 'f1' };
    expect(rolesOfFile('f1', assignments, roles)).toEqual(['agentCert', 'agentKey']);
    expect(rolesOfFile('f3', assignments, roles)).toEqual([]);
  });
});
