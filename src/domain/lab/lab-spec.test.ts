import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../certs/fixtures.test-helper';
import { openPlan } from '../plan/open-plan';
import type { Plan } from '../plan/schema';
import { labSpec, type LabOptions, type LabSpec } from './lab-spec';

const EC: LabOptions = { cas: 'per-service', keyType: { kind: 'EC', curve: 'P-256' } };

function example(name: string, change: (p: Plan) => void = () => {}): Plan {
  const opened = openPlan(readFileSync(join(REPO_ROOT, 'public/examples', `${name}.json`), 'utf8'));
  if (!opened.ok) throw new Error(`${name} does not open`);
  const plan = structuredClone(opened.plan);
  change(plan);
  return plan;
}

const leaf = (spec: LabSpec, id: string) => {
  const found = spec.leaves.find((l) => l.id === id);
  if (!found) throw new Error(`no leaf ${id}: ${spec.leaves.map((l) => l.id).join(', ')}`);
  return found;
};
const summary = (spec: LabSpec) => spec.leaves.map((l) => [l.id, l.signedBy, l.eku, l.dns, l.ips, l.cert.name]);

describe('labSpec', () => {
  it('on-premises mutual: Fleet Server (with localhost for :8221), Elasticsearch, the agent client certificate, Fleet Server→Elasticsearch client', () => {
    const spec = labSpec(example('on-prem-mutual'), EC);
    expect(spec.cas.map((c) => [c.id, c.files.map((f) => f.name)])).toEqual([
      ['fleet', ['fleet-ca.crt']],
      ['elasticsearch', ['es-ca.crt']],
      ['agent', ['agent-ca.crt']],
    ]);
    expect(summary(spec)).toEqual([
      ['fleet-server', 'fleet', ['serverAuth'], ['fleet.example.com', 'localhost'], [], 'fleet-server.crt'],
      ['elasticsearch', 'elasticsearch', ['serverAuth'], ['es.example.com'], [], 'elasticsearch.crt'],
      // 9.2.1: Fleet Server no longer checks client SANs (gate fleet-server-checks-client-san).
      ['agentCert', 'agent', ['clientAuth'], [], [], 'agent.crt'],
      ['fleetServerEsCert', 'agent', ['clientAuth'], [], [], 'fleet-server-es.crt'],
    ]);
    // agentCert and outputCert are one file (agent.crt) in the plan, so one certificate.
    expect(leaf(spec, 'agentCert').cert.roles).toEqual(['agentCert', 'outputCert']);
    expect(leaf(spec, 'agentCert').key.paths).toEqual(['/etc/elastic-agent/certs/agent.key', 'C:\\ProgramData\\ElasticAgentCerts\\agent.key']);
    expect(leaf(spec, 'fleet-server').key.paths).toEqual(['/etc/elastic-agent/certs/fleet-server.key']);
  });

  it('records the passphrase file of each key the plan encrypts, by file; never for the Fleet Server→Elasticsearch client key', () => {
    // on-prem-mutual: fleetServerKey and agentKey encrypted; outputKey is agent.key too, so it is encrypted with it (key-files.ts).
    const spec = labSpec(example('on-prem-mutual'), EC);
    expect(spec.leaves.map((l) => [l.id, l.keyPassphrase?.name ?? null, l.keyPassphrase?.roles ?? null])).toEqual([
      ['fleet-server', 'fleet-server.key.pass', ['fleetServerKeyPassphrase']],
      ['elasticsearch', null, null],
      ['agentCert', 'agent.key.pass', ['agentKeyPassphrase']],
      ['fleetServerEsCert', null, null],
    ]);
    expect(leaf(spec, 'agentCert').keyPassphrase?.paths).toEqual([
      '/etc/elastic-agent/certs/agent.key.pass',
      'C:\\ProgramData\\ElasticAgentCerts\\agent.key.pass',
    ]);
    const plain = labSpec(
      example('on-prem-mutual', (p) => (p.certs.encrypted = { fleetServerKey: false, agentKey: false, outputKey: false })),
      EC,
    );
    expect(plain.leaves.map((l) => l.keyPassphrase)).toEqual([null, null, null, null]);
  });

  it('one CA signs everything and fills every trust role under the plan’s file names', () => {
    const spec = labSpec(example('on-prem-mutual'), { ...EC, cas: 'one' });
    expect(spec.cas.map((c) => [c.id, c.files.flatMap((f) => f.roles)])).toEqual([['lab', ['fleetServerCa', 'esCa', 'agentCa']]]);
    expect(new Set(spec.leaves.map((l) => l.signedBy))).toEqual(new Set(['lab']));
  });

  it('puts IP literals of the Fleet Server URLs in IP SANs, DNS names in DNS SANs', () => {
    const spec = labSpec(
      example('on-prem-one-way', (p) => (p.fleetServer.urls = ['https://fleet.example.com:8220', 'https://10.0.0.5:8220', 'https://[fd00::5]:8220'])),
      EC,
    );
    expect(leaf(spec, 'fleet-server')).toMatchObject({ dns: ['fleet.example.com', 'localhost'], ips: ['10.0.0.5', 'fd00::5'] });
  });

  // Audit row 4 (fleet-behaviour-audit.md): Fleet Server 8.13.0–8.16.1 with client auth checks
  // each agent certificate's SAN against the SNI; gate fleet-server-checks-client-san.
  it.each([
    ['8.12.2', []],
    ['8.13.0', ['fleet.example.com', 'localhost']],
    ['8.16.1', ['fleet.example.com', 'localhost']],
    ['8.16.2', []],
  ])('agent %s: the agent certificate carries %j (client SANs, audit row 4)', (version, dns) => {
    const plan = example('on-prem-mutual', (p) => {
      p.agentVersion = version;
      p.fleetServer.urls = ['https://fleet.example.com:8220', 'https://10.0.0.5:8220'];
    });
    expect(leaf(labSpec(plan, EC), 'agentCert').dns).toEqual(dns);
    // Fleet Server's own client certificate for Elasticsearch is not checked by Fleet Server.
    expect(leaf(labSpec(plan, EC), 'fleetServerEsCert').dns).toEqual([]);
  });

  // Elastic Defend before 9.1 refuses EC keys on agent→Fleet and agent→output (gate defend-ec-keys; check defend-rsa).
  it('forces RSA on the agents’ connections where Elastic Defend runs before 9.1, and only there', () => {
    const before = labSpec(example('on-prem-logstash-mutual'), EC); // defend, agent 9.0.3
    const rsa = { kind: 'RSA', bits: 2048 };
    expect(before.leaves.map((l) => [l.id, l.keyType])).toEqual([
      ['fleet-server', rsa],
      ['elasticsearch', EC.keyType], // Fleet Server→Elasticsearch only: Defend does not read it
      ['logstash', rsa],
      ['agentCert', rsa],
    ]);
    expect(before.cas.map((c) => [c.id, c.keyType])).toEqual([
      ['fleet', rsa],
      ['elasticsearch', rsa],
      ['agent', rsa],
    ]);
    const after = labSpec(
      example('on-prem-logstash-mutual', (p) => (p.agentVersion = '9.1.0')),
      EC,
    );
    expect(new Set(after.leaves.map((l) => l.keyType.kind))).toEqual(new Set(['EC']));
  });

  it('Logstash: its certificate for the hosts agents dial; Elasticsearch behind a CA fingerprint gets a file with its CA', () => {
    const spec = labSpec(example('on-prem-logstash-mutual'), EC);
    expect(leaf(spec, 'logstash')).toMatchObject({ dns: ['logstash.example.com'], signedBy: 'elasticsearch', chain: false });
    expect(leaf(spec, 'elasticsearch').chain).toBe(true);
    expect(spec.cas.find((c) => c.id === 'elasticsearch')?.files.map((f) => f.name)).toEqual(['es-ca.crt', 'logstash-ca.crt']);
  });

  it('proxy models: the proxy’s certificate covers both URLs; no Fleet Server certificate', () => {
    const spec = labSpec(example('cloud-fleet-proxy-mutual'), EC);
    expect(summary(spec)).toEqual([
      ['proxy', 'fleet', ['serverAuth'], ['fleet-proxy.example.com', 'es-proxy.example.com'], [], 'proxy.crt'],
      ['agentCert', 'agent', ['clientAuth'], [], [], 'agent.crt'],
    ]);
    expect(spec.cas.find((c) => c.id === 'fleet')?.files.map((f) => f.roles)).toEqual([['proxyCa']]);
  });

  it('lab mode and Elastic Cloud: nothing to make where the certificate is self-signed or Elastic’s', () => {
    expect(labSpec(example('cloud-fleet-one-way'), EC)).toEqual({ cas: [], leaves: [], problems: [] });
    expect(summary(labSpec(example('on-prem-lab'), EC))).toEqual([
      ['elasticsearch', 'elasticsearch', ['serverAuth'], ['es.example.com'], [], 'elasticsearch.crt'],
    ]);
  });

  describe('one agent certificate per named host', () => {
    it('each host gets its own: CN and SAN its name (DNS or IP); Fleet Server→Elasticsearch stays one', () => {
      const spec = labSpec(example('on-prem-mutual'), { ...EC, agentHosts: ['Web-1.example.com', '10.0.0.7', 'fd00::0:7'] });
      expect(spec.problems).toEqual([]);
      expect(spec.leaves.filter((l) => l.cert.roles.includes('agentCert')).map((l) => [l.id, l.agentHost, l.commonName, l.dns, l.ips, l.cert.name])).toEqual([
        ['agentCert@web-1.example.com', 'web-1.example.com', 'web-1.example.com', ['web-1.example.com'], [], 'agent.crt'],
        ['agentCert@10.0.0.7', '10.0.0.7', '10.0.0.7', [], ['10.0.0.7'], 'agent.crt'],
        ['agentCert@fd00::7', 'fd00::7', 'fd00::7', [], ['fd00::7'], 'agent.crt'],
      ]);
      expect(leaf(spec, 'fleetServerEsCert').agentHost).toBeNull();
      expect(labSpec(example('on-prem-mutual'), EC).leaves.filter((l) => l.agentHost !== null)).toEqual([]);
    });

    it('while Fleet Server checks client SANs (audit row 4), each also carries the Fleet Server names and localhost', () => {
      const plan = example('on-prem-mutual', (p) => (p.agentVersion = '8.15.0'));
      expect(leaf(labSpec(plan, { ...EC, agentHosts: ['web-1.example.com'] }), 'agentCert@web-1.example.com').dns).toEqual([
        'web-1.example.com',
        'fleet.example.com',
        'localhost',
      ]);
    });

    it.each<[string[], unknown[]]>([
      [[], [{ code: 'agent-hosts-empty' }]],
      [Array.from({ length: 65 }, (_, i) => `h${i}.example.com`), [{ code: 'agent-hosts-too-many', params: { count: 65, max: 64 } }]],
      [
        ['*.example.com', 'a b', 'under_score.example.com', '300.1.1.1', '::ffff:10.0.0.1', ''],
        ['*.example.com', 'a b', 'under_score.example.com', '300.1.1.1', '::ffff:10.0.0.1', ''].map((host) => ({
          code: 'agent-host-invalid',
          params: { host },
        })),
      ],
      [
        ['web.example.com', 'WEB.example.com', 'fd00::7', 'fd00:0::7'],
        [
          { code: 'agent-host-duplicate', params: { host: 'WEB.example.com' } },
          { code: 'agent-host-duplicate', params: { host: 'fd00:0::7' } },
        ],
      ],
    ])('refuses %j with a coded problem, and makes nothing', (agentHosts, problems) => {
      expect(labSpec(example('on-prem-mutual'), { ...EC, agentHosts })).toEqual({ cas: [], leaves: [], problems });
    });
  });
});
