import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversionArgv } from '../catalog/conversions';
import { decodeFixture, FIXTURES_DIR, loadManifest } from '../certs/fixtures.test-helper';
import { defaultPlan } from '../plan/defaults';
import type { Plan } from '../plan/schema';
import { conversionsInPlan, fileNameFills } from './file-names';
import type { ShelfFile } from './shelf';

let files: ShelfFile[] = [];
const NAMES = ['fleet-server-bundle.pem', 'fleet-server.key', 'fleet-ca.crt', 'fleet-server-nopass.p12', 'fleet-server.der', 'es-ca.crt'];
beforeAll(async () => {
  loadManifest();
  files = await Promise.all(NAMES.map(async (name) => ({ id: name, decoded: await decodeFixture(name, '') })));
});

function plan(change: (p: Plan) => void = () => {}): Plan {
  const p = defaultPlan('on-prem');
  change(p);
  return p;
}

describe('dropped files name the files the commands use', () => {
  it('PEM files give their own names, by themselves where the plan kept the defaults; names already right give nothing', () => {
    const assigned = { fleetServerCert: 'fleet-server-bundle.pem', fleetServerKey: 'fleet-server.key', fleetServerCa: 'fleet-ca.crt', esCa: 'es-ca.crt' };
    expect(fileNameFills(plan(), assigned, files)).toEqual([
      { role: 'fleetServerCert', from: 'fleet-server-bundle.pem', value: 'fleet-server-bundle.pem', conversion: null, automatic: true },
    ]);
  });

  it('a name the admin typed is kept: the file’s name is only offered', () => {
    const p = plan((x) => (x.certs.files.fleetServerCert = 'my-fleet.crt'));
    expect(fileNameFills(p, { fleetServerCert: 'fleet-server-bundle.pem' }, files)).toEqual([
      { role: 'fleetServerCert', from: 'fleet-server-bundle.pem', value: 'fleet-server-bundle.pem', conversion: null, automatic: false },
    ]);
  });

  it('a PKCS#12 file for the certificate and the key: the PEM files it converts to, with the commands', () => {
    const fills = fileNameFills(plan(), { fleetServerCert: 'fleet-server-nopass.p12', fleetServerKey: 'fleet-server-nopass.p12' }, files);
    expect(fills.map((f) => [f.role, f.value, f.conversion])).toEqual([
      ['fleetServerCert', 'fleet-server-nopass.crt', { kind: 'pkcs12-certificate', from: 'fleet-server-nopass.p12', to: 'fleet-server-nopass.crt' }],
      ['fleetServerKey', 'fleet-server-nopass.key', { kind: 'pkcs12-key', from: 'fleet-server-nopass.p12', to: 'fleet-server-nopass.key' }],
    ]);
  });

  it('a DER certificate for an encrypted plan key is converted; the conversions the plan names are listed once', () => {
    const p = plan((x) => {
      x.certs.files.fleetServerCert = 'fleet-server.crt';
      x.certs.files.esCa = 'es-ca.crt';
    });
    const assigned = { fleetServerCert: 'fleet-server.der' };
    expect(fileNameFills(p, assigned, files)).toEqual([]);
    expect(conversionsInPlan(p, assigned, files)).toEqual([{ kind: 'der-certificate', from: 'fleet-server.der', to: 'fleet-server.crt' }]);
  });
});

describe('the conversion commands, run by openssl on its own files', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'fleet-tls-convert-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (argv: string[], input = '') => spawnSync(argv[0]!, argv.slice(1), { cwd: dir, input, encoding: 'utf8' });
  const pemOf = (path: string) => run(['openssl', 'x509', '-in', path]).stdout;

  it.each([
    ['PKCS#12 → the certificate', 'pkcs12-certificate', 'fleet-server-nopass.p12', 'fleet-server.crt'],
    ['DER → the certificate', 'der-certificate', 'fleet-server.der', 'fleet-server.crt'],
  ] as const)('%s: the PEM certificate openssl reads back is the original', (_t, kind, from, original) => {
    const out = `${kind}.pem`;
    // PKCS#12 with an empty password: openssl asks nothing when -passin is given.
    const argv = [...conversionArgv({ kind, from: join(FIXTURES_DIR, from), to: out }), ...(kind.startsWith('pkcs12') ? ['-passin', 'pass:'] : [])];
    const r = run(argv);
    expect(r.status, r.stderr).toBe(0);
    expect(pemOf(join(dir, out))).toBe(pemOf(join(FIXTURES_DIR, original)));
  });

  it.each([
    ['PKCS#12 → the key, unencrypted', 'pkcs12-key', 'fleet-server-nopass.p12'],
    ['DER → the key', 'der-key', 'fleet-server.key.der'],
  ] as const)('%s: a PEM key with the same public key as the original', (_t, kind, from) => {
    const out = `${kind}.key`;
    const argv = [...conversionArgv({ kind, from: join(FIXTURES_DIR, from), to: out }), ...(kind.startsWith('pkcs12') ? ['-passin', 'pass:'] : [])];
    const r = run(argv);
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(join(dir, out), 'utf8');
    expect(text).toMatch(/-----BEGIN PRIVATE KEY-----/);
    const pub = (path: string) => run(['openssl', 'pkey', '-in', path, '-pubout']).stdout;
    expect(pub(join(dir, out))).toBe(pub(join(FIXTURES_DIR, 'fleet-server.key')));
  });
});
