import { describe, expect, it } from 'vitest';
import { examplePlans } from '../../../../test/example-plans';
import { labSpec } from '../../lab/lab-spec';
import type { Plan } from '../../plan/schema';
import { buildTopology } from '../../topology/build-topology';
import { buildProxyFronts, PROXY_CERT, PROXY_KEY } from './proxy-fronts';

const plans = Object.fromEntries(examplePlans().map(({ name, plan }) => [name, plan]));
const fronts = (plan: Plan) => buildProxyFronts(plan, buildTopology(plan));
const changed = (name: string, change: (p: Plan) => void) => {
  const p = structuredClone(plans[name]!);
  change(p);
  return p;
};

const FLEET_CLOUD = { cloudHost: '8f1c2a7d3b.fleet.europe-west1.gcp.cloud.es.io', cloudPort: 443 };
const ES_CLOUD = { cloudHost: '8f1c2a7d3b.es.europe-west1.gcp.cloud.es.io', cloudPort: 443 };

describe('buildProxyFronts', () => {
  it('cloud-fleet-proxy, mutual: a Fleet and an Elasticsearch front on 443, both requiring the agent CA’s certificates', () => {
    expect(fronts(plans['cloud-fleet-proxy-mutual']!)).toEqual({
      fronts: [
        { host: 'fleet-proxy.example.com', port: 443, upstream: 'fleet', ...FLEET_CLOUD, verify: 'on', clientCa: 'agent-ca.crt', notes: [] },
        { host: 'es-proxy.example.com', port: 443, upstream: 'es', ...ES_CLOUD, verify: 'on', clientCa: 'agent-ca.crt', notes: [] },
      ],
      files: ['proxy.crt', 'proxy.key', 'agent-ca.crt'],
      serverCa: 'proxy-ca.crt',
    });
  });

  it('cloud-fleet-proxy, one way: no client verification and no client CA file', () => {
    expect(fronts(plans['cloud-fleet-proxy-one-way']!)).toEqual({
      fronts: [
        { host: 'fleet-proxy.example.com', port: 443, upstream: 'fleet', ...FLEET_CLOUD, verify: null, clientCa: 'agent-ca.crt', notes: [] },
        { host: 'es-proxy.example.com', port: 443, upstream: 'es', ...ES_CLOUD, verify: null, clientCa: 'agent-ca.crt', notes: [] },
      ],
      files: ['proxy.crt', 'proxy.key'],
      serverCa: 'proxy-ca.crt',
    });
  });

  it('on-prem Fleet Server, cloud Elasticsearch behind the proxy: one front for Fleet Server and the agents; Fleet Server’s client CA has no role of its own', () => {
    expect(fronts(plans['on-prem-fleet-cloud-es-proxy-mutual']!)).toEqual({
      fronts: [
        {
          host: 'es-proxy.example.com',
          port: 9243,
          upstream: 'es',
          ...ES_CLOUD,
          verify: 'on',
          clientCa: 'agent-ca.crt',
          notes: [{ code: 'proxy-ca-also', params: { ca: 'agent-ca.crt', file: 'fleet-server-es.crt' } }],
        },
      ],
      files: ['proxy.crt', 'proxy.key', 'agent-ca.crt'],
      serverCa: 'proxy-ca.crt',
    });
  });

  it('a connection to a front without a client certificate (agents’ output one way, Fleet Server mutual): the front can only ask, and says why', () => {
    const front = fronts(changed('on-prem-fleet-cloud-es-proxy-mutual', (p) => (p.mutualOutput = false)))!.fronts[0]!;
    expect(front).toMatchObject({ verify: 'optional', clientCa: 'agent-ca.crt' });
    expect(front.notes).toEqual([{ code: 'proxy-optional' }, { code: 'proxy-ca-also', params: { ca: 'agent-ca.crt', file: 'fleet-server-es.crt' } }]);
  });

  it('Fleet Server one way, the agents’ output mutual: optional too, and no CA to add', () => {
    const front = fronts(changed('on-prem-fleet-cloud-es-proxy-mutual', (p) => (p.mutualFleetServerEs = false)))!.fronts[0]!;
    expect(front).toMatchObject({ verify: 'optional', clientCa: 'agent-ca.crt', notes: [{ code: 'proxy-optional' }] });
  });

  it('client auth optional for the agents’ Fleet connection: that front asks, the output front still requires', () => {
    const f = fronts(changed('cloud-fleet-proxy-mutual', (p) => (p.clientAuth = 'optional')))!.fronts;
    expect(f.map((x) => [x.upstream, x.verify, x.notes])).toEqual([
      ['fleet', 'optional', []],
      ['es', 'on', []],
    ]);
  });

  it('the proxy fronts only Fleet: no Elasticsearch front; ports and file names from the plan', () => {
    const plan = changed('cloud-fleet-proxy-mutual', (p) => {
      p.proxy.frontsElasticsearch = false;
      p.proxy.fleetUrl = 'https://proxy.internal:8443';
      p.certs.files.agentCa = 'clients.pem';
    });
    expect(fronts(plan)).toEqual({
      fronts: [{ host: 'proxy.internal', port: 8443, upstream: 'fleet', ...FLEET_CLOUD, verify: 'on', clientCa: 'clients.pem', notes: [] }],
      files: ['proxy.crt', 'proxy.key', 'clients.pem'],
      serverCa: 'proxy-ca.crt',
    });
  });

  it('a proxy URL not yet given, or not a URL: no front for it', () => {
    expect(fronts(changed('cloud-fleet-proxy-mutual', (p) => (p.proxy.fleetUrl = '')))!.fronts.map((f) => f.upstream)).toEqual(['es']);
    expect(fronts(changed('on-prem-fleet-cloud-es-proxy-mutual', (p) => (p.proxy.esUrl = 'not a url')))).toBeNull();
  });

  it.each(Object.keys(plans).filter((n) => !n.includes('proxy')))('%s: no proxy, no fronts', (name) => {
    expect(fronts(plans[name]!)).toBeNull();
  });

  it('names the proxy’s certificate and key as the lab writes them', () => {
    const spec = labSpec(plans['cloud-fleet-proxy-mutual']!, { cas: 'one', keyType: { kind: 'EC', curve: 'P-256' } });
    const proxy = spec.leaves.find((l) => l.server === 'proxy')!;
    expect([proxy.cert.name, proxy.key.name]).toEqual([PROXY_CERT, PROXY_KEY]);
  });
});
