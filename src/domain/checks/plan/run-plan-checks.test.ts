import { describe, expect, it } from 'vitest';
import { examplePlans } from '../../../../test/example-plans';
import type { Plan } from '../../plan/schema';
import { buildTopology } from '../../topology/build-topology';
import type { Finding } from '../finding';
import { runPlanChecks } from './run-plan-checks';

const ex = Object.fromEntries(examplePlans().map((e) => [e.name, e.plan]));
const withTokens = (p: Plan): Plan => ({ ...p, secrets: { enrollmentToken: 'tok', serviceToken: 'svc' } });
const checks = (p: Plan) => runPlanChecks(p, buildTopology(p));
const codes = (p: Plan) => checks(p).map((f) => f.code);

function edit(base: Plan, change: (p: Plan) => void): Plan {
  const copy = structuredClone(withTokens(base));
  change(copy);
  return copy;
}

describe('plan findings of the shipped examples', () => {
  it.each([
    [
      'on-premises one-way with its tokens typed: mixed Linux/Windows agents share one YAML path (a CA: inline works)',
      withTokens(ex['on-prem-one-way']!),
      [
        {
          code: 'yaml-paths-mixed-os',
          severity: 'warning',
          leg: 'agent-output',
          roles: ['esCa'],
          params: { path: '/etc/elastic-agent/certs/es-ca.crt', key: false },
        },
      ],
    ],
    [
      'lab: --insecure covers only Fleet; any reachable name works',
      withTokens(ex['on-prem-lab']!),
      [
        { code: 'insecure-covers-only-fleet', severity: 'warning', leg: 'agent-fleet' },
        { code: 'lab-url-is-hostname', severity: 'info', leg: 'agent-fleet', params: { port: 8220 } },
      ],
    ],
    [
      'Logstash on 9.0: Defend needs RSA; the Fleet Server policy keeps an Elasticsearch output; a fingerprint needs the CA in the chain',
      withTokens(ex['on-prem-logstash-mutual']!),
      [
        { code: 'defend-needs-rsa', severity: 'warning', leg: null, params: { version: '9.0.3' } },
        { code: 'fleet-server-policy-own-output', severity: 'info', leg: null, params: { reason: 'logstash' } },
        { code: 'fingerprint-ca-in-chain', severity: 'info', leg: 'fleet-es', roles: ['esCa'] },
        { code: 'output-server-trusts-agent-ca', severity: 'info', leg: 'agent-output', roles: ['agentCa'], params: { server: 'logstash' } },
        { code: 'per-host-client-certs', severity: 'info', leg: 'agent-output', roles: ['outputCert', 'outputKey'] },
      ],
    ],
    [
      'client auth optional is explained',
      withTokens(ex['on-prem-fleet-cloud-es-mutual']!),
      [{ code: 'client-auth-optional', severity: 'info', leg: 'agent-fleet' }],
    ],
    [
      'a missing token becomes a placeholder (Elastic Cloud needs no CA files)',
      ex['cloud-fleet-one-way']!,
      [{ code: 'token-placeholder', severity: 'info', leg: null, params: { token: 'enrollment' } }],
    ],
  ] as [string, Plan, Finding[]][])('%s', (_t, plan, expected) => {
    expect(checks(plan)).toEqual(expected);
  });

  it('mutual TLS everywhere: a key in the YAML, Elasticsearch client authentication, no passphrase for Fleet Server’s key', () => {
    expect(checks(withTokens(ex['on-prem-mutual']!))).toEqual([
      {
        code: 'yaml-paths-mixed-os',
        severity: 'warning',
        leg: 'agent-output',
        roles: ['esCa', 'outputCert', 'outputKey', 'agentKeyPassphrase'],
        params: { path: '/etc/elastic-agent/certs/es-ca.crt', key: true },
      },
      { code: 'es-client-auth', severity: 'info', leg: 'fleet-es', params: { mode: 'optional' } },
      { code: 'fleet-es-key-unencrypted', severity: 'info', leg: 'fleet-es', roles: ['fleetServerEsKey'] },
      { code: 'output-server-trusts-agent-ca', severity: 'info', leg: 'agent-output', roles: ['agentCa'], params: { server: 'elasticsearch' } },
      { code: 'per-host-client-certs', severity: 'info', leg: 'agent-output', roles: ['outputCert', 'outputKey'] },
    ]);
  });
});

describe('plan findings that reproduce the audit’s rows', () => {
  const mutual = ex['on-prem-mutual']!;
  const linuxOnly = (p: Plan) => (p.agents.platforms = ['linux-x86_64']);

  // Audit row 4: fleet-server 8.13.0–8.16.1 (elastic-agent-libs < v0.14.0,
  // tls_config.go makeVerifyServerConnection → verifyHostname(PeerCertificates[0], ServerName)).
  it.each([
    [
      '8.16.0, client auth required: the URL’s name and localhost for the host’s own agent',
      '8.16.0',
      'required',
      ['https://fleet.example.com:8220'],
      'fleet.example.com, localhost',
    ],
    [
      '8.13.0, optional: the host’s own agent presents nothing, so only the URL’s name',
      '8.13.0',
      'optional',
      ['https://fleet.example.com:8220'],
      'fleet.example.com',
    ],
    ['8.16.1, an IP URL sends no SNI: only localhost', '8.16.1', 'required', ['https://192.0.2.10:8220'], 'localhost'],
  ] as const)('fleet-server checks client SANs: %s', (_t, version, clientAuth, urls, names) => {
    const plan = edit(mutual, (p) => {
      p.agentVersion = version;
      p.clientAuth = clientAuth;
      p.fleetServer.urls = [...urls];
      p.certs.encrypted.agentKey = false;
    });
    expect(checks(plan).find((f) => f.code === 'fleet-server-checks-client-san')).toEqual({
      code: 'fleet-server-checks-client-san',
      severity: 'warning',
      leg: 'agent-fleet',
      roles: ['agentCert'],
      params: { version, names },
    });
  });
  it.each(['8.16.2', '8.17.0', '9.2.1'])('fleet-server %s matches no client SANs (libs v0.14.0, fix 4babafd)', (version) => {
    expect(codes(edit(mutual, (p) => (p.agentVersion = version)))).not.toContain('fleet-server-checks-client-san');
  });

  // Audit row 6: the Fleet Server policy's output is the default one (kibana full_agent_policy.ts).
  it('the Fleet Server host keeps its files in another folder: it needs the Output’s files at the Output’s paths too', () => {
    const plan = edit(ex['on-prem-one-way']!, (p) => {
      linuxOnly(p);
      p.certs.fleetServerDir = '/opt/fleet-certs';
    });
    expect(checks(plan)).toEqual([
      {
        code: 'fleet-server-policy-output-files',
        severity: 'warning',
        leg: 'agent-output',
        roles: ['esCa'],
        params: { paths: '/etc/elastic-agent/certs/es-ca.crt' },
      },
    ]);
  });
  it('mutual output: the Fleet Server host needs the output client certificate, key and passphrase file at the agents’ paths', () => {
    const plan = edit(mutual, (p) => {
      linuxOnly(p);
      p.clientAuth = 'optional';
    });
    expect(checks(plan).find((f) => f.code === 'fleet-server-policy-output-files')?.params).toEqual({
      paths: '/etc/elastic-agent/certs/agent.crt, /etc/elastic-agent/certs/agent.key, /etc/elastic-agent/certs/agent.key.pass',
    });
  });
  it.each([
    [
      'a Windows Fleet Server with Linux agents',
      (p: Plan) => {
        linuxOnly(p);
        p.fleetServer.platform = 'windows-x86_64';
        p.certs.fleetServerDir = 'C:\\Certs';
      },
    ],
    [
      'a Linux Fleet Server with Windows agents only',
      (p: Plan) => {
        p.agents.platforms = ['windows-x86_64'];
      },
    ],
  ])('%s: the Fleet Server policy needs an output of its own', (_t, change) => {
    expect(checks(edit(ex['on-prem-one-way']!, change))).toContainEqual({
      code: 'fleet-server-policy-own-output',
      severity: 'warning',
      leg: null,
      params: { reason: 'other-os' },
    });
  });
  it('the same folder on the same OS needs nothing more', () => {
    expect(codes(edit(ex['on-prem-one-way']!, linuxOnly))).toEqual([]);
  });

  // Audit row 12: xpack.security.http.ssl.client_authentication (default none), as the plan answers it.
  const required = (p: Plan) => (p.elasticsearch.clientAuthentication = 'required');
  it('output mTLS without Fleet Server → Elasticsearch mTLS: required locks Fleet Server out', () => {
    expect(
      checks(
        edit(mutual, (p) => {
          p.mutualFleetServerEs = false;
          required(p);
        }),
      ),
    ).toContainEqual({ code: 'es-client-auth-only-output', severity: 'error', leg: 'fleet-es' });
  });
  it('Fleet Server → Elasticsearch mTLS without output mTLS: required locks every agent’s output out', () => {
    expect(
      checks(
        edit(mutual, (p) => {
          p.mutualOutput = false;
          required(p);
        }),
      ),
    ).toContainEqual({ code: 'es-client-auth-only-fleet-server', severity: 'error', leg: 'agent-output' });
  });
  it('with optional, the side without a certificate keeps working: nothing to warn of', () => {
    for (const change of [(p: Plan) => (p.mutualFleetServerEs = false), (p: Plan) => (p.mutualOutput = false)]) {
      const found = checks(edit(mutual, change)).filter((f) => f.code.startsWith('es-client-auth'));
      expect(found.map((f) => [f.code, f.params])).toEqual([['es-client-auth', { mode: 'optional' }]]);
    }
  });
  it('a Logstash output has no Elasticsearch output certificates to be asymmetric about', () => {
    expect(codes(edit(ex['on-prem-logstash-mutual']!, (p) => (p.mutualFleetServerEs = true)))).not.toContain('es-client-auth-only-fleet-server');
  });

  // Audit row 13 (inferred): endpoint_component_modifier.go decrypts only fleet.ssl keys.
  it('Defend with an encrypted output key: warned, and marked as inferred', () => {
    const plan = edit(ex['on-prem-logstash-mutual']!, (p) => (p.certs.encrypted.outputKey = true));
    expect(checks(plan)).toContainEqual({ code: 'defend-encrypted-output-key', severity: 'warning', leg: 'agent-output', params: { inferred: true } });
    expect(
      codes(
        edit(ex['on-prem-logstash-mutual']!, (p) => {
          p.certs.encrypted.outputKey = true;
          p.defend = false;
        }),
      ),
    ).not.toContain('defend-encrypted-output-key');
  });

  // Audit row 20: Kibana accepts these; they work only behind a load balancer or proxy.
  it('a Fleet Server URL on another port than Fleet Server listens on, or with a path, is asked about', () => {
    const plan = edit(ex['on-prem-one-way']!, (p) => {
      linuxOnly(p);
      p.fleetServer.urls = ['https://fleet.example.com:9999/fleet/'];
    });
    expect(checks(plan)).toEqual([
      { code: 'fleet-url-port', severity: 'info', leg: 'agent-fleet', params: { url: 'https://fleet.example.com:9999/fleet/', port: 9999, listen: 8220 } },
      { code: 'fleet-url-path', severity: 'warning', leg: 'agent-fleet', params: { url: 'https://fleet.example.com:9999/fleet/', path: '/fleet' } },
    ]);
  });
  it('a URL without a port dials 443', () => {
    const plan = edit(ex['on-prem-one-way']!, (p) => {
      linuxOnly(p);
      p.fleetServer.urls = ['https://fleet.example.com'];
    });
    expect(checks(plan)).toEqual([
      { code: 'fleet-url-port', severity: 'info', leg: 'agent-fleet', params: { url: 'https://fleet.example.com', port: 443, listen: 8220 } },
    ]);
  });
});
