import { beforeAll, describe, expect, it } from 'vitest';
import { decodeFixture, loadManifest } from '../certs/fixtures.test-helper';
import { defaultPlan } from '../plan/defaults';
import type { Plan } from '../plan/schema';
import { evaluate, type AssignmentOverrides } from './evaluate';
import type { ShelfFile } from '../inspect/shelf';
import { GOOD } from '../inspect/shelf.test-helper';

const NOW = new Date();

function plan(version: string, clientAuth: Plan['clientAuth'] = 'required'): Plan {
  const p = defaultPlan('on-prem');
  p.tls = 'mutual';
  p.clientAuth = clientAuth;
  p.agentVersion = version;
  p.fleetServer.urls = ['https://fleet.example.com:8220'];
  p.elasticsearch.hosts = ['https://node1.es.example.com:9200'];
  return p;
}

async function clientSanFindings(p: Plan, overrides: AssignmentOverrides = {}) {
  const files: ShelfFile[] = await Promise.all(GOOD.map(async (name) => ({ id: name, decoded: await decodeFixture(name) })));
  const ev = await evaluate(p, files, overrides, NOW);
  return {
    verdicts: Object.fromEntries(ev.legs.filter((l) => l.id === 'agent-fleet' || l.id === 'fleet-self').map((l) => [l.id, l.verdict])),
    findings: ev.legs.flatMap((l) => l.findings.filter((f) => f.code === 'client-san-missing').map((f) => [l.id, f.params])),
  };
}

beforeAll(() => loadManifest());

/**
 * Audit row 4: fleet-server 8.13.0–8.16.1 (elastic-agent-libs v0.7.4–v0.12.1,
 * tls_config.go makeVerifyServerConnection → verifyHostname(cs.PeerCertificates[0],
 * cs.ServerName)) refuses client certificates that do not cover the SNI: the Fleet Server
 * name for agents, `localhost` for the Fleet Server host's own agent. The agent fixture
 * covers only agent-01.example.com.
 */
describe('client certificates and the SNI, by Fleet Server release', () => {
  it('8.16.1: the agent certificate covers neither name, so both connections fail', async () => {
    expect(await clientSanFindings(plan('8.16.1'))).toEqual({
      verdicts: { 'agent-fleet': 'fail', 'fleet-self': 'fail' },
      findings: [
        ['agent-fleet', { file: 'agent-client.crt', host: 'fleet.example.com', covers: 'agent-01.example.com', version: '8.16.1' }],
        ['fleet-self', { file: 'agent-client.crt', host: 'localhost', covers: 'agent-01.example.com', version: '8.16.1' }],
      ],
    });
  });

  it('8.16.2 no longer matches names on the server side: both pass', async () => {
    expect(await clientSanFindings(plan('8.16.2'))).toEqual({ verdicts: { 'agent-fleet': 'pass', 'fleet-self': 'pass' }, findings: [] });
  });

  it('8.13.0 with a client certificate that names fleet.example.com and localhost passes', async () => {
    // fleet-server-bundle.pem: SANs fleet.example.com, localhost; EKU serverAuth and clientAuth.
    const r = await clientSanFindings(plan('8.13.0'), { agentCert: 'fleet-server-bundle.pem', agentKey: 'fleet-server.key', agentCa: 'fleet-ca.crt' });
    expect(r).toEqual({ verdicts: { 'agent-fleet': 'pass', 'fleet-self': 'pass' }, findings: [] });
  });

  it('an IP URL sends no SNI, so agents are not checked; the host’s own agent still sends localhost', async () => {
    const p = plan('8.15.3');
    p.fleetServer.urls = ['https://10.0.0.5:8220'];
    expect((await clientSanFindings(p)).findings).toEqual([
      ['fleet-self', { file: 'agent-client.crt', host: 'localhost', covers: 'agent-01.example.com', version: '8.15.3' }],
    ]);
  });
});
