import { beforeAll, describe, expect, it, test } from 'vitest';
import { decodeFixture, loadManifest } from '../certs/fixtures.test-helper';
import type { Plan } from '../plan/schema';
import { evaluate, type AssignmentOverrides } from './evaluate';
import { GOOD, mutualPlan, shelf, WRONG_FLEET_NAME } from '../inspect/shelf.test-helper';

const NOW = new Date();
const plan = mutualPlan;

/** Verdicts, and each finding as [leg, code]. */
/** A finding's parameters, whatever its code, for reading by name. */
const anyParams = (p: Readonly<Record<string, string | number | boolean>> | undefined) => p ?? {};

async function judge(p: Plan, names: string[], overrides: AssignmentOverrides = {}, passwords: Record<string, string> = {}) {
  const ev = await evaluate(p, await shelf(names, passwords), overrides, NOW);
  return {
    verdicts: Object.fromEntries(ev.legs.map((l) => [l.id, l.verdict])),
    findings: ev.legs.flatMap((l) => l.findings.map((f) => [l.id, f.code, anyParams(f.params)] as const)),
    assignments: ev.assignments,
  };
}

beforeAll(() => {
  loadManifest();
});

describe('evaluate: a verdict per connection', () => {
  it('the right files: every connection passes', async () => {
    const r = await judge(plan(), GOOD);
    expect(r.findings).toEqual([]);
    expect(r.verdicts).toEqual({ 'agent-fleet': 'pass', 'fleet-self': 'pass', 'fleet-es': 'pass', 'agent-output': 'pass' });
  });

  it('a Fleet Server certificate for another name fails agents, not the local agent (which skips the host check)', async () => {
    const r = await judge(plan(), [...GOOD, 'san-mismatch.crt', 'san-mismatch.key'], {
      fleetServerCert: 'san-mismatch.crt',
      fleetServerKey: 'san-mismatch.key',
    });
    expect(r.verdicts['agent-fleet']).toBe('fail');
    expect(r.verdicts['fleet-self']).toBe('fail'); // the leaf alone lacks its intermediate
    expect(r.findings.filter(([, code]) => code === 'san-missing')).toEqual([
      [
        'agent-fleet',
        'san-missing',
        { file: 'san-mismatch.crt', host: 'fleet.example.com', covers: 'other.example.com', ip: false, valid: 'other.example.com' },
      ],
    ]);
  });

  it('a Fleet Server URL that cannot be parsed fails the connection instead of skipping the name check', async () => {
    const r = await judge(
      plan((p) => (p.fleetServer.urls = ['https://fleet.example.com:8220:9'])),
      GOOD,
    );
    expect(r.verdicts['agent-fleet']).toBe('fail');
    expect(r.findings.filter(([, code]) => code === 'dial-unreadable')).toEqual([
      ['agent-fleet', 'dial-unreadable', { dial: 'https://fleet.example.com:8220:9' }],
    ]);
    // Not answered yet is the plan's question, not a failed connection.
    const blank = await judge(
      plan((p) => (p.fleetServer.urls = ['https://fleet.example.com:8220', ' '])),
      GOOD,
    );
    expect(blank.verdicts['agent-fleet']).toBe('pass');
  });

  it('a leaf without its intermediate names the file that has it', async () => {
    const r = await judge(plan(), [...GOOD, 'fleet-server.crt', 'fleet-intermediate.crt'], { fleetServerCert: 'fleet-server.crt' });
    expect(r.findings.filter(([, code]) => code === 'chain-missing-intermediate')).toEqual([
      ['agent-fleet', 'chain-missing-intermediate', { side: 'server', file: 'fleet-server.crt', intermediateFile: 'fleet-intermediate.crt' }],
      ['fleet-self', 'chain-missing-intermediate', { side: 'server', file: 'fleet-server.crt', intermediateFile: 'fleet-intermediate.crt' }],
    ]);
  });

  it('the wrong CA file: unknown authority, and the file on the shelf that signs it', async () => {
    const r = await judge(plan(), [...GOOD, 'rsa-ca.crt'], { fleetServerCa: 'rsa-ca.crt' });
    expect(r.verdicts['agent-fleet']).toBe('fail');
    const f = r.findings.find(([leg, code]) => leg === 'agent-fleet' && code === 'chain-unknown-authority');
    expect(f?.[2]).toMatchObject({ side: 'server', file: 'fleet-server-bundle.pem', caFile: 'rsa-ca.crt', betterCaFile: 'fleet-ca.crt' });
  });

  it('a key from another certificate is a mismatch', async () => {
    const r = await judge(plan(), [...GOOD, 'orphan.key'], { fleetServerKey: 'orphan.key' });
    expect(r.findings.filter(([, c]) => c === 'key-mismatch').map(([leg, , params]) => [leg, params])).toEqual([
      ['agent-fleet', { keyFile: 'orphan.key', file: 'fleet-server-bundle.pem' }],
      ['fleet-self', { keyFile: 'orphan.key', file: 'fleet-server-bundle.pem' }],
    ]);
  });

  it('an expired agent certificate fails the mutual connections', async () => {
    const r = await judge(plan(), [...GOOD, 'expired.crt'], { agentCert: 'expired.crt' });
    expect(r.findings.some(([leg, code]) => leg === 'agent-fleet' && code === 'cert-expired')).toBe(true);
  });

  it('a certificate expiring within 30 days is a warning with the days left', async () => {
    const r = await judge(plan(), [...GOOD, 'expiring-soon.crt', 'expiring-soon.key'], {
      fleetServerCert: 'expiring-soon.crt',
      fleetServerKey: 'expiring-soon.key',
    });
    const f = r.findings.find(([leg, code]) => leg === 'fleet-self' && code === 'cert-expiring');
    expect(f?.[2]).toMatchObject({ file: 'expiring-soon.crt', days: 9 });
  });

  it('a server-only certificate as the agents’ client certificate lacks clientAuth', async () => {
    const r = await judge(plan(), GOOD, { agentCert: 'es-server.crt', agentKey: null });
    expect(r.findings.filter(([, c]) => c === 'eku-missing')).toEqual([
      ['agent-fleet', 'eku-missing', { file: 'es-server.crt', purpose: 'clientAuth', has: 'serverAuth' }],
      ['fleet-self', 'eku-missing', { file: 'es-server.crt', purpose: 'clientAuth', has: 'serverAuth' }],
    ]);
  });

  it('an encrypted key with its passphrase opened, but the plan not told: the flag is missing', async () => {
    const m = loadManifest();
    const pass = m.files.find((f) => f.name === 'fleet-server.encrypted-pkcs8.key')?.passphrase ?? m.passphrases.key;
    const r = await judge(
      plan(),
      [...GOOD, 'fleet-server.encrypted-pkcs8.key'],
      { fleetServerKey: 'fleet-server.encrypted-pkcs8.key' },
      { 'fleet-server.encrypted-pkcs8.key': pass },
    );
    expect(r.findings.filter(([leg, c]) => leg === 'agent-fleet' && c.startsWith('key-'))).toEqual([
      ['agent-fleet', 'key-encrypted-toggle-off', { keyFile: 'fleet-server.encrypted-pkcs8.key', flag: '--fleet-server-cert-key-passphrase' }],
    ]);
    const told = await judge(
      plan((p) => (p.certs.encrypted.fleetServerKey = true)),
      [...GOOD, 'fleet-server.encrypted-pkcs8.key'],
      { fleetServerKey: 'fleet-server.encrypted-pkcs8.key' },
      { 'fleet-server.encrypted-pkcs8.key': pass },
    );
    expect(told.verdicts['agent-fleet']).toBe('pass');
  });

  it('Elastic Defend before 9.1 refuses the EC Fleet Server certificate', async () => {
    const r = await judge(
      plan((p) => {
        p.defend = true;
        p.agentVersion = '9.0.3';
      }),
      GOOD,
    );
    expect(r.verdicts['agent-fleet']).toBe('fail');
    expect(r.verdicts['fleet-es']).toBe('pass');
    expect(r.findings.filter(([, c]) => c === 'defend-non-rsa').map(([leg]) => leg)).toEqual(['agent-fleet', 'agent-fleet', 'agent-fleet', 'agent-output']);
  });

  it('missing files leave a connection incomplete, saying which', async () => {
    const r = await judge(plan(), ['fleet-server-bundle.pem', 'fleet-server.key', 'fleet-ca.crt']);
    expect(r.verdicts).toEqual({ 'agent-fleet': 'incomplete', 'fleet-self': 'incomplete', 'fleet-es': 'incomplete', 'agent-output': 'incomplete' });
    expect(r.findings.filter(([leg]) => leg === 'agent-fleet').map(([, , p]) => p.role)).toEqual(['agentCert', 'agentKey', 'agentCa']);
  });

  it('a CA trusted fingerprint of a CA the server does not send', async () => {
    const m = await decodeFixture('es-ca.crt');
    const fp = m.items[0]?.kind === 'certificate' ? m.items[0].sha256Fingerprint : '';
    const r = await judge(
      plan((p) => {
        p.elasticsearch.trust = 'fingerprint';
        p.elasticsearch.fingerprint = fp.toUpperCase();
      }),
      GOOD,
    );
    expect(r.findings.filter(([, c]) => c === 'fingerprint-ca-not-presented').map(([leg]) => leg)).toEqual(['fleet-es', 'agent-output']);
  });
});

describe('evaluate: a server certificate that does not fit is assigned, and its connection fails with the reason', () => {
  const ES_OTHER = {
    subject: 'CN=*.es.example.com,O=Fleet TLS Wizard Test',
    issuer: 'CN=Other Test Root CA,O=Fleet TLS Wizard Test',
    purpose: 'serverAuth',
    side: 'server',
  };
  const withoutEsServer = GOOD.filter((f) => f !== 'es-server.crt');
  const esHostAboveWildcard = (p: Plan) => {
    p.elasticsearch.hosts = ['https://es.example.com:9200'];
  };

  test.each<{ title: string; plan: Plan; files: string[]; overrides?: AssignmentOverrides; verdicts: Record<string, string>; findings: unknown[] }>([
    {
      title: 'Fleet Server’s certificate made for the machine’s own name: agents fail for the host they dial, the local agent does not check it',
      plan: plan(),
      files: WRONG_FLEET_NAME,
      verdicts: { 'agent-fleet': 'fail', 'fleet-self': 'pass', 'fleet-es': 'pass', 'agent-output': 'pass' },
      findings: [
        [
          'agent-fleet',
          'san-missing',
          { file: 'fleet01-internal.crt', host: 'fleet.example.com', covers: 'fleet01.internal', ip: false, valid: 'fleet01.internal' },
        ],
      ],
    },
    {
      title: 'a Fleet Server certificate covering one of two Fleet Server URLs: agents fail for the other',
      plan: plan((p) => p.fleetServer.urls.push('https://fleet2.example.com:8220')),
      files: [...GOOD, 'rsa-server.crt', 'weak-rsa1024.crt'],
      verdicts: { 'agent-fleet': 'fail', 'fleet-self': 'pass', 'fleet-es': 'pass', 'agent-output': 'pass' },
      findings: [
        [
          'agent-fleet',
          'san-missing',
          {
            file: 'fleet-server-bundle.pem',
            host: 'fleet2.example.com',
            covers: 'fleet.example.com, localhost, 10.0.0.5, ::1',
            ip: false,
            valid: 'fleet.example.com, localhost',
          },
        ],
      ],
    },
    {
      title: 'a wildcard one label too deep (*.es.example.com for es.example.com): both clients of Elasticsearch fail',
      plan: plan(esHostAboveWildcard),
      files: GOOD,
      verdicts: { 'agent-fleet': 'pass', 'fleet-self': 'pass', 'fleet-es': 'fail', 'agent-output': 'fail' },
      findings: [
        ['fleet-es', 'san-missing', { file: 'es-server.crt', host: 'es.example.com', covers: '*.es.example.com', ip: false, valid: '*.es.example.com' }],
        ['agent-output', 'san-missing', { file: 'es-server.crt', host: 'es.example.com', covers: '*.es.example.com', ip: false, valid: '*.es.example.com' }],
      ],
    },
    {
      title: 'Elasticsearch’s certificate from another CA, that CA not on the shelf: unknown authority against es-ca.crt',
      plan: plan(),
      files: [...withoutEsServer, 'es-server-other-ca.crt'],
      verdicts: { 'agent-fleet': 'pass', 'fleet-self': 'pass', 'fleet-es': 'fail', 'agent-output': 'fail' },
      findings: [
        ['fleet-es', 'chain-unknown-authority', { ...ES_OTHER, file: 'es-server-other-ca.crt', caFile: 'es-ca.crt', betterCaFile: '' }],
        ['agent-output', 'chain-unknown-authority', { ...ES_OTHER, file: 'es-server-other-ca.crt', caFile: 'es-ca.crt', betterCaFile: '' }],
      ],
    },
    {
      title: 'Fleet Server’s certificate from a CA with the Fleet CA’s name but another key: unknown authority on both Fleet Server connections',
      plan: plan(),
      files: [...WRONG_FLEET_NAME.filter((f) => !f.startsWith('fleet01')), 'wrong-ca-leaf.crt', 'wrong-ca-leaf.key'],
      verdicts: { 'agent-fleet': 'fail', 'fleet-self': 'fail', 'fleet-es': 'pass', 'agent-output': 'pass' },
      findings: ['agent-fleet', 'fleet-self'].map((leg) => [
        leg,
        'chain-unknown-authority',
        {
          side: 'server',
          file: 'wrong-ca-leaf.crt',
          caFile: 'fleet-ca.crt',
          betterCaFile: '',
          purpose: 'serverAuth',
          subject: 'CN=fleet.example.com,O=Fleet TLS Wizard Test',
          issuer: 'CN=Fleet Server Test Root CA,O=Fleet TLS Wizard Test',
        },
      ]),
    },
    {
      title: 'the CA the user chose stays, and the failure names the CA file on the shelf that issued the certificate',
      plan: plan(esHostAboveWildcard),
      files: [...withoutEsServer, 'es-server-other-ca.crt', 'other-ca.crt'],
      overrides: { esCa: 'es-ca.crt' },
      verdicts: { 'agent-fleet': 'pass', 'fleet-self': 'pass', 'fleet-es': 'fail', 'agent-output': 'fail' },
      findings: ['fleet-es', 'agent-output'].flatMap((leg) => [
        [leg, 'chain-unknown-authority', { ...ES_OTHER, file: 'es-server-other-ca.crt', caFile: 'es-ca.crt', betterCaFile: 'other-ca.crt' }],
        [leg, 'san-missing', { file: 'es-server-other-ca.crt', host: 'es.example.com', covers: '*.es.example.com', ip: false, valid: '*.es.example.com' }],
      ]),
    },
  ])('$title', async ({ plan: p, files, overrides, verdicts, findings }) => {
    const r = await judge(p, files, overrides);
    expect({ verdicts: r.verdicts, findings: r.findings }).toEqual({ verdicts, findings });
  });
});
