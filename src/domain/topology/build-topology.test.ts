import { describe, expect, it } from 'vitest';
import { examplePlans } from '../../../test/example-plans';
import { buildTopology, rolesInUse } from './build-topology';
import { roleHosts } from './role-hosts';

const ex = Object.fromEntries(examplePlans().map((e) => [e.name, e.plan]));

describe('buildTopology', () => {
  it('on-premises, mutual TLS everywhere: four legs; the local agent needs a certificate because client auth is required', () => {
    expect(buildTopology(ex['on-prem-mutual']!).legs).toEqual([
      {
        id: 'agent-fleet',
        client: 'agent',
        server: 'fleet-server',
        dials: ['https://fleet.example.com:8220'],
        hostnameChecked: true,
        trust: { kind: 'ca', role: 'fleetServerCa' },
        presented: { kind: 'cert', cert: 'fleetServerCert', key: 'fleetServerKey', passphrase: 'fleetServerKeyPassphrase' },
        mutual: { clientCert: 'agentCert', clientKey: 'agentKey', passphrase: 'agentKeyPassphrase', clientCa: 'agentCa', clientAuth: 'required' },
      },
      {
        id: 'fleet-self',
        client: 'fleet-server-agent',
        server: 'fleet-server',
        dials: ['https://localhost:8221'],
        hostnameChecked: false,
        trust: { kind: 'ca', role: 'fleetServerCa' },
        presented: { kind: 'cert', cert: 'fleetServerCert', key: 'fleetServerKey', passphrase: 'fleetServerKeyPassphrase' },
        mutual: { clientCert: 'agentCert', clientKey: 'agentKey', passphrase: 'agentKeyPassphrase', clientCa: 'agentCa', clientAuth: 'required' },
      },
      {
        id: 'fleet-es',
        client: 'fleet-server',
        server: 'elasticsearch',
        dials: ['https://es.example.com:9200'],
        hostnameChecked: true,
        trust: { kind: 'ca', role: 'esCa' },
        presented: { kind: 'external' },
        mutual: { clientCert: 'fleetServerEsCert', clientKey: 'fleetServerEsKey', passphrase: null, clientCa: null, clientAuth: 'required' },
      },
      {
        id: 'agent-output',
        client: 'agent',
        server: 'elasticsearch',
        dials: ['https://es.example.com:9200'],
        hostnameChecked: true,
        trust: { kind: 'ca', role: 'esCa' },
        presented: { kind: 'external' },
        // The output key is agent.key, the file the agent key toggle says is encrypted: one file, one state (audit row 5).
        mutual: { clientCert: 'outputCert', clientKey: 'outputKey', passphrase: 'agentKeyPassphrase', clientCa: 'agentCa', clientAuth: 'required' },
      },
    ]);
  });

  it('client auth optional: the local agent keeps a one-way connection', () => {
    const self = buildTopology(ex['on-prem-fleet-cloud-es-mutual']!).legs.find((l) => l.id === 'fleet-self');
    expect(self?.mutual).toBeNull();
  });

  it('Elastic Cloud behind your proxy, mutual: agents end TLS at the proxy, which dials Elastic Cloud over a public CA', () => {
    expect(buildTopology(ex['cloud-fleet-proxy-mutual']!).legs.map((l) => [l.id, l.client, l.server, l.trust.kind, l.mutual !== null, l.dials[0]])).toEqual([
      ['agent-fleet', 'agent', 'proxy', 'ca', true, 'https://fleet-proxy.example.com:443'],
      ['proxy-fleet-upstream', 'proxy', 'cloud-fleet', 'public', false, 'https://8f1c2a7d3b.fleet.europe-west1.gcp.cloud.es.io:443'],
      ['agent-output', 'agent', 'proxy', 'ca', true, 'https://es-proxy.example.com:443'],
      ['proxy-es-upstream', 'proxy', 'cloud-es', 'public', false, 'https://8f1c2a7d3b.es.europe-west1.gcp.cloud.es.io:443'],
    ]);
  });

  it('Fleet Server on Elastic Cloud: two legs, both to a public CA, nothing mutual', () => {
    expect(buildTopology(ex['cloud-fleet-one-way']!).legs.map((l) => [l.id, l.server, l.trust.kind, l.presented.kind, l.mutual])).toEqual([
      ['agent-fleet', 'cloud-fleet', 'public', 'managed', null],
      ['agent-output', 'cloud-es', 'public', 'managed', null],
    ]);
  });

  it('lab mode: agents skip verification, the local agent trusts the generated CA', () => {
    expect(buildTopology(ex['on-prem-lab']!).legs.map((l) => [l.id, l.trust.kind, l.presented.kind])).toEqual([
      ['agent-fleet', 'none', 'self-signed'],
      ['fleet-self', 'generated', 'self-signed'],
      ['fleet-es', 'ca', 'external'],
      ['agent-output', 'ca', 'external'],
    ]);
  });

  it('the roles a plan needs, and which host holds each file', () => {
    const plan = ex['on-prem-fleet-cloud-es-proxy-mutual']!;
    const topology = buildTopology(plan);
    expect(rolesInUse(topology)).toEqual([
      'fleetServerCa',
      'fleetServerCert',
      'fleetServerKey',
      'agentCa',
      'agentCert',
      'agentKey',
      'fleetServerEsCert',
      'fleetServerEsKey',
      'outputCert',
      'outputKey',
      'proxyCa',
    ]);
    const hosts = roleHosts(plan, topology);
    expect([hosts.agentCa, hosts.agentCert, hosts.proxyCa, hosts.fleetServerEsCert, hosts.outputKey]).toEqual([
      ['fleet-server'],
      ['agent', 'fleet-server'],
      ['agent', 'fleet-server'],
      ['fleet-server'],
      ['agent'],
    ]);
  });
});
