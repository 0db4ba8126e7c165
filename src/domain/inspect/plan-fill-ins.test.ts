import { beforeAll, describe, expect, test } from 'vitest';
import { decodeFixture, loadManifest } from '../certs/fixtures.test-helper';
import { certificatePem } from '../certs/pem-text';
import type { ShelfFile } from './shelf';
import { defaultPlan } from '../plan/defaults';
import type { Plan } from '../plan/schema';
import { planFillIns } from './plan-fill-ins';

const NAMES = ['es-ca.crt', 'es-server.crt', 'agent-client-cert-and-key.pem', 'fleet-server-bundle.pem', 'fleet-ca.crt'];
let files: ShelfFile[] = [];
let esCa = { fingerprint: '', pem: '' };
let agent = { pem: '' };

beforeAll(async () => {
  loadManifest();
  files = await Promise.all(NAMES.map(async (name) => ({ id: name, decoded: await decodeFixture(name) })));
  const ca = (await decodeFixture('es-ca.crt')).items[0];
  const client = (await decodeFixture('agent-client.crt')).items[0];
  if (ca?.kind !== 'certificate' || client?.kind !== 'certificate') throw new Error('fixtures changed');
  esCa = { fingerprint: ca.sha256Fingerprint, pem: certificatePem(ca) };
  agent = { pem: certificatePem(client) };
});

function plan(change: (p: Plan) => void = () => {}): Plan {
  const p = defaultPlan('on-prem');
  p.tls = 'mutual';
  p.mutualOutput = true;
  change(p);
  return p;
}

describe('planFillIns', () => {
  test('an empty CA trusted fingerprint is filled from the assigned Elasticsearch CA', () => {
    const p = plan((x) => (x.elasticsearch.trust = 'fingerprint'));
    expect(planFillIns(p, { esCa: 'es-ca.crt' }, files)).toEqual([{ kind: 'fingerprint', file: 'es-ca.crt', value: esCa.fingerprint }]);
  });

  test('a fingerprint already typed is never replaced', () => {
    const p = plan((x) => {
      x.elasticsearch.trust = 'fingerprint';
      x.elasticsearch.fingerprint = 'AB:CD';
    });
    expect(planFillIns(p, { esCa: 'es-ca.crt' }, files)).toEqual([]);
  });

  test('a file with no CA in it offers no fingerprint', () => {
    const p = plan((x) => (x.elasticsearch.trust = 'fingerprint'));
    expect(planFillIns(p, { esCa: 'es-server.crt' }, files)).toEqual([]);
  });

  test('inline PEM chosen and empty: the output CA and the client certificate (without its key)', () => {
    const p = plan((x) => {
      x.certs.outputCa = { kind: 'inline', pem: '' };
      x.certs.outputCert = { kind: 'inline', pem: '  ' };
    });
    expect(planFillIns(p, { esCa: 'es-ca.crt', outputCert: 'agent-client-cert-and-key.pem' }, files)).toEqual([
      { kind: 'inline-pem', which: 'outputCa', file: 'es-ca.crt', pem: esCa.pem },
      { kind: 'inline-pem', which: 'outputCert', file: 'agent-client-cert-and-key.pem', pem: agent.pem },
    ]);
  });

  test('a bundle goes in leaf first, with its intermediate', () => {
    const p = plan((x) => (x.certs.outputCert = { kind: 'inline', pem: '' }));
    const [fill] = planFillIns(p, { outputCert: 'fleet-server-bundle.pem' }, files);
    expect(fill?.kind === 'inline-pem' ? fill.pem.match(/BEGIN CERTIFICATE/g)?.length : 0).toBe(2);
  });

  test.each([
    { title: 'paths chosen: nothing to fill', change: () => {}, assignments: { esCa: 'es-ca.crt', outputCert: 'agent-client-cert-and-key.pem' } },
    { title: 'inline chosen but nothing assigned', change: (x: Plan) => (x.certs.outputCa = { kind: 'inline', pem: '' }), assignments: {} },
    {
      title: 'inline PEM already pasted',
      change: (x: Plan) => (x.certs.outputCa = { kind: 'inline', pem: '-----BEGIN CERTIFICATE-----' }),
      assignments: { esCa: 'es-ca.crt' },
    },
    {
      title: 'one-way output: no client certificate to fill',
      change: (x: Plan) => {
        x.mutualOutput = false;
        x.certs.outputCert = { kind: 'inline', pem: '' };
      },
      assignments: { outputCert: 'agent-client-cert-and-key.pem' },
    },
  ])('$title', ({ change, assignments }) => {
    expect(planFillIns(plan(change), assignments, files)).toEqual([]);
  });
});
