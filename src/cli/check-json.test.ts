import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadManifest } from '../domain/certs/fixtures.test-helper';
import type { ChainReport, CheckReport, ConnectionReport, FileReport } from './check-report';
import { fixtureText, fx, GOOD, mutualPlan, run, scratchDir, writeJson } from './cli-fixtures.test-helper';

const opensslSha256 = (path: string) =>
  execFileSync('openssl', ['x509', '-in', path, '-noout', '-fingerprint', '-sha256'], { encoding: 'utf8' })
    .trim()
    .replace(/^.*=/, '')
    .replaceAll(':', '')
    .toLowerCase();

const report = async (argv: string[], env: Record<string, string> = {}) => {
  const r = await run(['check', '--json', ...argv], env);
  return { code: r.code, err: r.err, json: JSON.parse(r.out) as CheckReport };
};
const connection = (j: CheckReport, id: string) => j.connections!.find((c) => c.id === id) as ConnectionReport;

describe('check --json: each connection says what it judged, at what time', () => {
  const dir = scratchDir();
  const plan = writeJson(dir, 'plan.json', mutualPlan());

  test('the files, the leaf by fingerprint, the chain from leaf to anchor, the anchor and its file, the time', async () => {
    const at = '2027-01-15T10:00:00.000Z';
    const { json } = await report(['--plan', plan, '--at', at, ...GOOD.map(fx)]);
    expect(json.judgedAt).toBe(at);
    const c = connection(json, 'agent-fleet');
    const [leaf, intermediate, root, agent, agentRoot] = ['fleet-server.crt', 'fleet-intermediate.crt', 'fleet-ca.crt', 'agent-client.crt', 'agent-ca.crt'].map(
      (n) => opensslSha256(fx(n)),
    );
    expect(c).toMatchObject({
      id: 'agent-fleet',
      verdict: 'pass',
      judgedAt: at,
      endpoints: { client: 'agent', server: 'fleet-server' },
      dials: ['https://fleet.example.com:8220'],
      trust: 'ca',
      mutual: true,
      files: [fx('fleet-server-bundle.pem'), fx('fleet-server.key'), fx('fleet-ca.crt'), fx('agent-client.crt'), fx('agent-client.key'), fx('agent-ca.crt')],
    });
    expect(c.sides.server).toEqual({
      purpose: 'serverAuth',
      presented: {
        role: 'fleetServerCert',
        file: fx('fleet-server-bundle.pem'),
        leaf: { sha256: leaf, subject: 'CN=fleet.example.com,O=Fleet TLS Wizard Test', file: fx('fleet-server-bundle.pem') },
        bundle: [intermediate],
        key: { role: 'fleetServerKey', file: fx('fleet-server.key'), container: 'pem', format: 'pkcs8', encrypted: false, opened: false },
      },
      trusted: { role: 'fleetServerCa', file: fx('fleet-ca.crt'), fingerprint: null, cas: [root] },
      chain: {
        status: 'ok',
        path: [leaf, intermediate, root],
        anchor: { sha256: root, subject: 'CN=Fleet Server Test Root CA,O=Fleet TLS Wizard Test', file: fx('fleet-ca.crt') },
        failedAt: null,
      },
    });
    expect(c.sides.client?.chain).toEqual({
      status: 'ok',
      path: [agent, agentRoot],
      anchor: { sha256: agentRoot, subject: 'CN=Agent Test Root CA,O=Fleet TLS Wizard Test', file: fx('agent-ca.crt') },
      failedAt: null,
    });
    expect(json.connections!.every((x) => x.judgedAt === at)).toBe(true);
  });

  test('--at judges at another time: next month the 10-day certificate has expired, before it was issued it is not yet valid', async () => {
    const bundle = join(dir, 'expiring-bundle.pem');
    writeFileSync(bundle, fixtureText('expiring-soon.crt') + fixtureText('fleet-intermediate.crt'));
    const files = [
      '--as',
      `fleetServerCert=${bundle}`,
      '--as',
      `fleetServerKey=${fx('expiring-soon.key')}`,
      ...GOOD.filter((f) => !f.startsWith('fleet-server')).map(fx),
    ];
    const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
    const codes = async (at: string) => {
      const { code, json } = await report(['--plan', plan, '--at', at, ...files]);
      return [code, json.status, [...new Set(connection(json, 'agent-fleet').findings.map((f) => f.code))]];
    };
    expect(await codes(inDays(0))).toEqual([0, 'warn', ['cert-expiring']]);
    expect(await codes(inDays(31))).toEqual([1, 'fail', ['cert-expired']]);
    // A day ago no certificate of the fixtures was valid yet, the CAs included.
    expect(await codes(inDays(-1))).toEqual([1, 'fail', ['cert-not-yet-valid']]);
  });

  test('each finding says its side: server, client, or both when both sides use the certificate', async () => {
    // One file holds both roots and an expired root no chain uses, and is trusted on both
    // sides; at a time when the leaves have long expired.
    const cas = join(dir, 'both-roots.pem');
    writeFileSync(cas, fixtureText('fleet-ca.crt') + fixtureText('agent-ca.crt') + fixtureText('verdict-expired-root.crt'));
    const { json: now } = await report(['--plan', plan, fx('fleet-ca.crt')]);
    const rootExpiry = Date.parse(now.files[0]!.items[0]!.kind === 'certificate' ? (now.files[0]!.items[0] as { notAfter: string }).notAfter : '');
    const at = new Date(rootExpiry - 10 * 86_400_000).toISOString();
    const { json } = await report([
      '--plan',
      plan,
      '--at',
      at,
      '--as',
      `fleetServerCa=${cas}`,
      '--as',
      `agentCa=${cas}`,
      ...GOOD.filter((f) => !f.endsWith('-ca.crt') || f === 'es-ca.crt').map(fx),
    ]);
    const c = connection(json, 'agent-fleet');
    expect(c.findings.map((f) => [f.code, f.side, f.params.file])).toEqual([
      ['cert-expired', 'server', fx('fleet-server-bundle.pem')],
      ['cert-expired', 'server', fx('fleet-server-bundle.pem')],
      ['cert-expired', 'client', fx('agent-client.crt')],
      ['cert-expired-unused', 'both', cas],
    ]);
  });

  test('a client certificate from the wrong CA: the chain finding is the client side’s', async () => {
    const { json } = await report([
      '--plan',
      plan,
      '--as',
      `agentCert=${fx('rsa-server.crt')}`,
      '--as',
      `agentKey=${fx('rsa-server.key')}`,
      ...GOOD.filter((f) => !f.startsWith('agent-client')).map(fx),
    ]);
    const c = connection(json, 'agent-fleet');
    expect(c.verdict).toBe('fail');
    expect(c.findings.map((f) => [f.code, f.side])).toEqual([['chain-unknown-authority', 'client']]);
    expect(c.sides.client?.chain).toMatchObject({ status: 'unknown-authority', anchor: null });
  });

  test('missing files say which side lacks them', async () => {
    const { json } = await report(['--plan', plan, ...['agent-client.crt', 'agent-client.key', 'es-server.crt', 'es-ca.crt'].map(fx)]);
    expect(connection(json, 'agent-fleet').missing).toEqual([
      { role: 'fleetServerCert', side: 'server' },
      { role: 'fleetServerKey', side: 'server' },
      { role: 'fleetServerCa', side: 'server' },
      { role: 'agentCa', side: 'client' },
    ]);
    expect(connection(json, 'agent-fleet').findings.map((f) => [f.code, f.side, f.params.role])).toEqual([
      ['file-missing', 'server', 'fleetServerCert'],
      ['file-missing', 'server', 'fleetServerKey'],
      ['file-missing', 'server', 'fleetServerCa'],
      ['file-missing', 'client', 'agentCa'],
    ]);
  });
});

describe('check --json: one name per file, every SAN, RFC 4514 names, one fingerprint encoding', () => {
  const dir = scratchDir();
  const plan = writeJson(dir, 'plan.json', mutualPlan());

  test('every file a report mentions is a path exactly as given, relative ones too', async () => {
    const relative = (n: string) => join('.fixtures', n);
    loadManifest();
    const { json } = await report([
      '--plan',
      plan,
      '--as',
      `fleetServerCert=${fx('san-mismatch.crt')}`,
      '--as',
      `fleetServerKey=${relative('san-mismatch.key')}`,
      ...GOOD.map(relative),
    ]);
    const given = new Set([plan, fx('san-mismatch.crt'), relative('san-mismatch.key'), ...GOOD.map(relative)]);
    const named: string[] = [];
    const visit = (v: unknown, key: string) => {
      if (typeof v === 'string' && /^(file|path|keyFile|caFile|intermediateFile|betterCaFile)$/.test(key) && v !== '') named.push(v);
      else if (Array.isArray(v)) v.forEach((x) => visit(x, key === 'files' ? 'file' : ''));
      else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => visit(x, k));
    };
    visit(json, '');
    expect(named.length).toBeGreaterThan(40);
    expect(named.filter((n) => !given.has(n))).toEqual([]);
    expect(Object.values(json.assignments!).every((f) => given.has(f))).toBe(true);
    const c = connection(json, 'agent-fleet');
    // The words are the rules' (src/i18n); what matters here is the name they use.
    expect(c.findings.find((f) => f.code === 'san-missing')?.message.startsWith(`${fx('san-mismatch.crt')} does not cover fleet.example.com`)).toBe(true);
    // Parameters keep their schema-1 wire form: the engine's boolean `ip` goes out as 0 or 1.
    expect(c.findings.find((f) => f.code === 'san-missing')?.params.ip).toBe(0);
  });

  test('SANs of every type, the subject in UTF-8, fingerprints as lowercase hex SHA-256 of the DER', async () => {
    const path = fx('cli-all-sans.crt');
    const { json } = await report([path, fx('fleet-ca.crt')]);
    const cert = json.files[0]!.items[0]!;
    expect(cert).toMatchObject({
      kind: 'certificate',
      file: path,
      container: 'pem',
      index: 0,
      sha256: opensslSha256(path),
      subject: 'CN=fleet.example.com,OU=Zürich Ops,O=Fleet TLS Wizard Test',
      issuer: 'CN=Fleet Server Test Root CA,O=Fleet TLS Wizard Test',
      sans: { dns: ['fleet.example.com'], ip: ['10.0.0.5', '2001:db8::1'], email: ['ops@example.com'], uri: ['spiffe://example.com/fleet-server'] },
    });
    const spki = execFileSync(
      'bash',
      ['-c', 'openssl x509 -in "$1" -noout -pubkey | openssl pkey -pubin -outform DER | openssl dgst -sha256 -r | cut -d" " -f1', '_', path],
      { encoding: 'utf8' },
    ).trim();
    expect(cert.kind === 'certificate' && cert.spkiSha256).toBe(spki);
    expect((json.chains as ChainReport[])[0]).toMatchObject({
      subject: 'CN=fleet.example.com,OU=Zürich Ops,O=Fleet TLS Wizard Test',
      verdict: 'pass',
      path: [opensslSha256(path), opensslSha256(fx('fleet-ca.crt'))],
    });
  });

  test('a key inside a PKCS#12 archive says so: its container and its file, in the file and in the connection', async () => {
    const p12 = fx('fleet-server.p12');
    const { json } = await report(
      ['--plan', plan, '--as', `fleetServerCert=${p12}`, '--as', `fleetServerKey=${p12}`, ...GOOD.filter((f) => !f.startsWith('fleet-server')).map(fx)],
      { FLEET_TLS_PASSWORD: loadManifest().passphrases.pkcs12 },
    );
    const file = json.files.find((f) => f.path === p12) as FileReport;
    expect(file.items.map((i) => [i.kind, i.file, i.container, i.index])).toEqual([
      ['certificate', p12, 'pkcs12', 0],
      ['certificate', p12, 'pkcs12', 1],
      ['private-key', p12, 'pkcs12', 2],
    ]);
    expect(file.roles).toEqual(['fleetServerCert', 'fleetServerKey']);
    expect(connection(json, 'agent-fleet').sides.server.presented?.key).toEqual({
      role: 'fleetServerKey',
      file: p12,
      container: 'pkcs12',
      format: 'encrypted-pkcs8',
      encrypted: true,
      opened: true,
    });
    const words = await run(['check', p12], { FLEET_TLS_PASSWORD: loadManifest().passphrases.pkcs12 });
    expect(words.out).toContain(`private key  encrypted-pkcs8, encrypted (opened)  P-256, inside the PKCS#12 archive ${p12}\n`);
  });
});
