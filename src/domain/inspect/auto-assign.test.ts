import { beforeAll, describe, expect, it } from 'vitest';
import { loadManifest } from '../certs/fixtures.test-helper';
import { autoAssign } from './auto-assign';
import { GOOD, mutualPlan as plan, shelf } from './shelf.test-helper';

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
    const p = plan((x) => { x.elasticsearch.trust = 'fingerprint'; });
    expect(autoAssign(p, await shelf(GOOD)).esCa).toBe('es-ca.crt');
  });

  it('leaves a role open when two files fit equally', async () => {
    const p = plan();
    const a = autoAssign(p, await shelf([...GOOD, 'fleet-server-bundle-reversed-crlf.pem']));
    expect(a.fleetServerCert).toBeUndefined();
  });
});
