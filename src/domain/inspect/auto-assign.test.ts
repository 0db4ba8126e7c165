import { beforeAll, describe, expect, it, test } from 'vitest';
import { loadManifest } from '../certs/fixtures.test-helper';
import type { Plan } from '../plan/schema';
import { autoAssign } from './auto-assign';
import type { Assignments, InspectRole } from './shelf';
import { GOOD, mutualPlan as plan, shelf, WRONG_FLEET_NAME } from './shelf.test-helper';

beforeAll(() => {
  loadManifest();
});

describe('autoAssign', () => {
  it('assigns every role where the evidence is clear', async () => {
    const p = plan();
    expect(autoAssign(p, await shelf(GOOD))).toEqual({
      fleetServerCert: 'fleet-server-bundle.pem',
      esServerCert: 'es-server.crt',
      agentCert: 'agent-client.crt',
      fleetServerKey: 'fleet-server.key',
      agentKey: 'agent-client.key',
      fleetServerCa: 'fleet-ca.crt',
      agentCa: 'agent-ca.crt',
      esCa: 'es-ca.crt',
    });
  });

  it('with a CA trusted fingerprint, still names the CA file (so its fingerprint can be filled in)', async () => {
    const p = plan((x) => {
      x.elasticsearch.trust = 'fingerprint';
    });
    expect(autoAssign(p, await shelf(GOOD)).esCa).toBe('es-ca.crt');
  });

  it('leaves a role open when two files fit equally', async () => {
    const p = plan();
    const a = autoAssign(p, await shelf([...GOOD, 'fleet-server-bundle-reversed-crlf.pem']));
    expect(a.fleetServerCert).toBeUndefined();
  });
});

const AGENT = { agentCert: 'agent-client.crt', agentKey: 'agent-client.key', agentCa: 'agent-ca.crt' };
const FLEET = { fleetServerCert: 'fleet-server-bundle.pem', fleetServerKey: 'fleet-server.key', fleetServerCa: 'fleet-ca.crt' };
const FLEET01 = { fleetServerCert: 'fleet01-internal.crt', fleetServerKey: 'fleet01-internal.key', fleetServerCa: 'fleet-ca.crt' };
/** Server certificates that fit no server of these plans, so elimination cannot decide. */
const OTHERS = ['rsa-server.crt', 'weak-rsa1024.crt'];
const ES_HOST_ABOVE_WILDCARD = (p: Plan) => {
  p.elasticsearch.hosts = ['https://es.example.com:9200'];
};
/** A Logstash output, so that a row can show a rule beside another (Logstash's certificate found by its name). */
const WITH_LOGSTASH = (p: Plan) => {
  p.output.kind = 'logstash';
  p.output.logstashHosts = ['logstash.example.com:5044'];
};
const oneWay = (change: (p: Plan) => void = () => {}) =>
  plan((p) => {
    p.tls = 'one-way';
    change(p);
  });

interface Case {
  title: string;
  plan: Plan;
  files: string[];
  pinned?: Partial<Record<InspectRole, string | null>>;
  expected: Assignments;
}
const assigns = async ({ plan: p, files, pinned, expected }: Case) => {
  expect(autoAssign(p, await shelf(files), undefined, pinned)).toEqual(expected);
};

describe('autoAssign: a server certificate that does not fit is still its server’s, by other evidence', () => {
  test.each<Case>([
    {
      title: 'made for the machine’s own name, and the only server certificate left: by elimination',
      plan: plan(),
      files: WRONG_FLEET_NAME,
      expected: { ...FLEET01, ...AGENT, esServerCert: 'es-server.crt', esCa: 'es-ca.crt' },
    },
    {
      title: 'a wildcard one label too deep (*.es.example.com for es.example.com): by elimination',
      plan: plan(ES_HOST_ABOVE_WILDCARD),
      files: GOOD,
      expected: { ...FLEET, ...AGENT, esServerCert: 'es-server.crt', esCa: 'es-ca.crt' },
    },
    {
      title: 'it pairs with the key the user chose for Fleet Server',
      plan: plan(),
      files: [...WRONG_FLEET_NAME, 'san-mismatch.crt'],
      pinned: { fleetServerKey: 'fleet01-internal.key' },
      expected: { ...FLEET01, ...AGENT, esServerCert: 'es-server.crt', esCa: 'es-ca.crt' },
    },
    {
      title: 'it covers one of two Fleet Server URLs',
      plan: oneWay((p) => p.fleetServer.urls.push('https://fleet2.example.com:8220')),
      files: ['fleet-server-bundle.pem', 'fleet-server.key', 'fleet-ca.crt', 'es-server.crt', 'es-ca.crt', ...OTHERS],
      expected: { ...FLEET, esServerCert: 'es-server.crt', esCa: 'es-ca.crt' },
    },
    {
      title: 'two certificates cover the host: the one that pairs with the key the user chose',
      plan: plan(),
      files: [...GOOD, 'expiring-soon.crt', 'expiring-soon.key'],
      pinned: { fleetServerKey: 'expiring-soon.key' },
      expected: {
        ...FLEET,
        ...AGENT,
        fleetServerCert: 'expiring-soon.crt',
        fleetServerKey: 'expiring-soon.key',
        esServerCert: 'es-server.crt',
        esCa: 'es-ca.crt',
      },
    },
    {
      title: 'it chains to the CA the user chose for Fleet Server',
      plan: plan(),
      files: [...WRONG_FLEET_NAME, ...OTHERS],
      pinned: { fleetServerCa: 'fleet-ca.crt' },
      expected: { ...FLEET01, ...AGENT, esServerCert: 'es-server.crt', esCa: 'es-ca.crt' },
    },
    {
      title: 'one certificate covering the hosts of both Fleet Server and Elasticsearch is both servers’',
      plan: oneWay((p) => {
        p.elasticsearch.hosts = ['https://fleet.example.com:9200'];
        WITH_LOGSTASH(p);
      }),
      files: ['fleet-server-bundle.pem', 'san-mismatch.crt as logstash.crt'],
      expected: { fleetServerCert: 'fleet-server-bundle.pem', esServerCert: 'fleet-server-bundle.pem', logstashServerCert: 'logstash.crt' },
    },
  ])('$title', assigns);

  it('it chains to the CA whose fingerprint Elasticsearch’s clients trust', async () => {
    const [ca] = (await shelf(['es-ca.crt'])).flatMap((f) => f.decoded.items);
    const p = oneWay((x) => {
      ES_HOST_ABOVE_WILDCARD(x);
      x.elasticsearch.trust = 'fingerprint';
      x.elasticsearch.fingerprint = ca?.kind === 'certificate' ? ca.sha256Fingerprint : '';
    });
    await assigns({
      title: '',
      plan: p,
      files: ['fleet-server-bundle.pem', 'fleet-server.key', 'fleet-ca.crt', 'es-server.crt', 'es-ca.crt', ...OTHERS],
      expected: { ...FLEET, esServerCert: 'es-server.crt', esCa: 'es-ca.crt' },
    });
  });
});

describe('autoAssign: file names', () => {
  test.each<Case>([
    {
      title: 'the plan’s own name for the Fleet Server certificate',
      plan: oneWay((p) => (p.certs.files.fleetServerCert = 'fleet01.pem')),
      files: ['fleet01-internal.crt as fleet01.pem', ...OTHERS],
      expected: { fleetServerCert: 'fleet01.pem' },
    },
    {
      title: 'the plan’s own name in another case, with another certificate extension',
      plan: oneWay((p) => (p.certs.files.fleetServerCert = 'fleet01.pem')),
      files: ['fleet01-internal.crt as FLEET01.crt', ...OTHERS],
      expected: { fleetServerCert: 'FLEET01.crt' },
    },
    {
      title: 'the plan’s own name beats a common one',
      plan: oneWay((p) => (p.certs.files.fleetServerCert = 'my-fleet.crt')),
      files: ['fleet01-internal.crt as my-fleet.crt', 'san-mismatch.crt as fleet.pem', ...OTHERS],
      expected: { fleetServerCert: 'my-fleet.crt' },
    },
    {
      title: 'fleet.pem for Fleet Server',
      plan: oneWay(),
      files: ['fleet01-internal.crt as fleet.pem', ...OTHERS],
      expected: { fleetServerCert: 'fleet.pem' },
    },
    {
      title: 'es-http.crt for Elasticsearch',
      plan: oneWay(),
      files: ['fleet01-internal.crt as es-http.crt', ...OTHERS],
      expected: { esServerCert: 'es-http.crt' },
    },
    {
      title: 'logstash.crt for Logstash',
      plan: oneWay((p) => {
        p.output.kind = 'logstash';
        p.output.logstashHosts = ['logstash.example.com:5044'];
      }),
      files: ['fleet01-internal.crt as logstash.crt', ...OTHERS],
      expected: { logstashServerCert: 'logstash.crt' },
    },
    {
      title: 'proxy.crt for the proxy in front of Elastic Cloud',
      plan: oneWay((p) => {
        p.model = 'cloud-fleet-proxy';
        p.proxy.fleetUrl = 'https://proxy.example.com:8220';
        p.proxy.esUrl = 'https://proxy.example.com:9200';
      }),
      files: ['fleet01-internal.crt as proxy.crt', ...OTHERS],
      expected: { proxyServerCert: 'proxy.crt' },
    },
  ])('$title', assigns);
});

describe('autoAssign: never a guess', () => {
  test.each<Case>([
    {
      title: 'two certificates chain to the CA chosen for Fleet Server: it stays open (Elasticsearch’s is found by its CA)',
      plan: oneWay(ES_HOST_ABOVE_WILDCARD),
      files: ['fleet01-internal.crt', 'san-mismatch.crt', 'fleet-intermediate.crt', 'fleet-ca.crt', 'es-server.crt', 'es-ca.crt'],
      pinned: { fleetServerCa: 'fleet-ca.crt', esCa: 'es-ca.crt' },
      expected: { fleetServerCa: 'fleet-ca.crt', esCa: 'es-ca.crt', esServerCert: 'es-server.crt' },
    },
    {
      title: 'two certificates cover the host equally: it stays open, though a third has a common name',
      plan: oneWay(WITH_LOGSTASH),
      files: [
        'fleet-server-bundle.pem',
        'fleet-server-bundle-reversed-crlf.pem',
        'fleet01-internal.crt as fleet.pem',
        'es-server.crt',
        'san-mismatch.crt as logstash.crt',
      ],
      expected: { esServerCert: 'es-server.crt', logstashServerCert: 'logstash.crt' },
    },
    {
      title: 'two certificates cover Fleet Server’s host equally and Elasticsearch takes one: the other is not Fleet Server’s by elimination',
      plan: oneWay((p) => {
        p.elasticsearch.hosts = ['https://localhost:9200'];
        WITH_LOGSTASH(p);
      }),
      files: ['fleet-server-bundle.pem', 'expiring-soon.crt', 'san-mismatch.crt as logstash.crt'],
      expected: { esServerCert: 'fleet-server-bundle.pem', logstashServerCert: 'logstash.crt' },
    },
    {
      title: 'one certificate chains to the CA both Fleet Server and Elasticsearch trust: neither gets it',
      plan: oneWay(WITH_LOGSTASH),
      files: ['fleet01-internal.crt', 'fleet-ca.crt', 'san-mismatch.crt as logstash.crt'],
      pinned: { fleetServerCa: 'fleet-ca.crt', esCa: 'fleet-ca.crt' },
      expected: { fleetServerCa: 'fleet-ca.crt', esCa: 'fleet-ca.crt', logstashServerCert: 'logstash.crt' },
    },
    {
      title: 'two common names for Fleet Server, the plan naming neither: it stays open',
      plan: oneWay((p) => (p.certs.files.fleetServerCert = 'my-fleet.crt')),
      files: ['fleet01-internal.crt as fleet.pem', 'san-mismatch.crt as fleet-server.pem', 'rsa-server.crt as es-http.crt'],
      expected: { esServerCert: 'es-http.crt' },
    },
    {
      title: 'a role the user set to none stays empty and is not open: the other server takes the last certificate, never a client-only one',
      plan: plan(ES_HOST_ABOVE_WILDCARD),
      files: ['fleet-ca.crt', 'es-server.crt', 'es-ca.crt', 'agent-client.crt', 'agent-client.key', 'agent-ca.crt'],
      pinned: { fleetServerCert: null },
      expected: { ...AGENT, esServerCert: 'es-server.crt', esCa: 'es-ca.crt' },
    },
    {
      title: 'a certificate with the agents’ file name is not a server’s by elimination',
      plan: plan(ES_HOST_ABOVE_WILDCARD),
      files: ['fleet-server-bundle.pem', 'fleet-server.key', 'fleet-ca.crt', 'rsa-server.crt as agent.crt', 'es-server.crt', 'es-ca.crt'],
      expected: { ...FLEET, esServerCert: 'es-server.crt', esCa: 'es-ca.crt' },
    },
  ])('$title', assigns);
});

const FLEET_FILES = ['fleet-server-bundle.pem', 'fleet-server.key', 'fleet-ca.crt'];

describe('autoAssign: the CA that issued the certificate, held by two files', () => {
  test.each<Case>([
    {
      title: 'the one with the plan’s name',
      plan: oneWay(),
      files: [...FLEET_FILES, 'fleet-ca-trusted.pem'],
      expected: FLEET,
    },
    {
      title: 'neither with the plan’s name: the role stays open, though a CA file that did not issue it has that name',
      plan: oneWay(),
      files: [
        'fleet-server-bundle.pem',
        'fleet-server.key',
        'fleet-ca.crt as root.pem',
        'fleet-ca-trusted.pem',
        'rsa-ca.crt as fleet-ca.crt',
        'es-server-other-ca.crt',
        'es-ca.crt',
      ],
      expected: { fleetServerCert: 'fleet-server-bundle.pem', fleetServerKey: 'fleet-server.key', esServerCert: 'es-server-other-ca.crt', esCa: 'es-ca.crt' },
    },
  ])('$title', assigns);
});

describe('autoAssign: the CA a client trusts when no CA file on the shelf issued its server’s certificate', () => {
  test.each<Case>([
    {
      title: 'the CA file with the plan’s name for the role',
      plan: oneWay(),
      files: [...FLEET_FILES, 'es-server-other-ca.crt', 'es-ca.crt', 'rsa-ca.crt'],
      expected: { ...FLEET, esServerCert: 'es-server-other-ca.crt', esCa: 'es-ca.crt' },
    },
    {
      title: 'the CA file with the name Elasticsearch gives its own (http_ca.crt)',
      plan: oneWay(),
      files: [...FLEET_FILES, 'es-server-other-ca.crt', 'es-ca.crt as http_ca.crt', 'rsa-ca.crt'],
      expected: { ...FLEET, esServerCert: 'es-server-other-ca.crt', esCa: 'http_ca.crt' },
    },
    {
      title: 'the plan’s name beats the name Elasticsearch gives its CA',
      plan: oneWay(),
      files: [...FLEET_FILES, 'es-server-other-ca.crt', 'rsa-ca.crt as http_ca.crt', 'es-ca.crt'],
      expected: { ...FLEET, esServerCert: 'es-server-other-ca.crt', esCa: 'es-ca.crt' },
    },
    {
      title: 'the only CA file left, whatever its name',
      plan: oneWay(),
      files: [...FLEET_FILES, 'es-server-other-ca.crt', 'es-ca.crt as corp-root.pem'],
      expected: { ...FLEET, esServerCert: 'es-server-other-ca.crt', esCa: 'corp-root.pem' },
    },
    {
      title: 'two CA files left, neither named for the role: it stays open',
      plan: oneWay(),
      files: [
        'fleet01-internal.crt',
        'fleet01-internal.key',
        'fleet-ca.crt',
        'es-server-other-ca.crt',
        'es-ca.crt as corp-root.pem',
        'rsa-ca.crt as other-root.pem',
      ],
      expected: { ...FLEET01, esServerCert: 'es-server-other-ca.crt' },
    },
    {
      title: 'behind a CA trusted fingerprint, a CA file that did not issue the certificate is not taken',
      plan: oneWay((p) => (p.elasticsearch.trust = 'fingerprint')),
      files: ['fleet01-internal.crt', 'fleet01-internal.key', 'fleet-ca.crt', 'es-server-other-ca.crt', 'es-ca.crt'],
      expected: { ...FLEET01, esServerCert: 'es-server-other-ca.crt' },
    },
    {
      title: 'a CA file with another role’s name is not the only one left',
      plan: plan(),
      files: ['fleet01-internal.crt', 'fleet01-internal.key', 'fleet-ca.crt', 'agent-client.crt', 'agent-client.key', 'es-ca.crt'],
      pinned: { esServerCert: null },
      expected: { ...FLEET01, agentCert: 'agent-client.crt', agentKey: 'agent-client.key' },
    },
  ])('$title', assigns);
});
