import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from './main';
import { testIo } from './io.test-helper';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLE = join(ROOT, 'public', 'examples', 'on-prem-mutual.json');

async function run(argv: string[]) {
  const { io, output } = testIo();
  const code = await main(argv, io);
  return { code, ...output() };
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
const openssl = (...args: string[]) => execFileSync('openssl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('fleet-tls lab PLAN.json --out DIR', () => {
  test('writes the lab by host, keys for their owner only, a README naming every file, and OpenSSL accepts the chains', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'fleet-lab-cli-')), 'lab');
    const r = await run(['lab', EXAMPLE, '--out', dir]);
    expect(r.code).toBe(0);
    const files = filesUnder(dir);
    expect(files).toEqual(
      expect.arrayContaining([
        'README.txt',
        'ca/lab-ca.key',
        'fleet-server/fleet-server.crt',
        'fleet-server/fleet-server.key',
        'agents/agent.crt',
        'agents/agent.key',
        'agents/fleet-ca.crt',
      ]),
    );
    expect(r.out).toBe(`Wrote ${files.length} files under ${dir}. README.txt says which file goes where. For labs only.\n`);
    for (const f of files) expect([f, statSync(join(dir, f)).mode & 0o777]).toEqual([f, /\.key(\.pass)?$/.test(f) ? 0o600 : 0o644]);
    const readme = readFileSync(join(dir, 'README.txt'), 'utf8');
    for (const f of files.filter((f) => f !== 'README.txt' && !f.startsWith('ca/'))) expect(readme).toContain(`  ${f}`);
    expect(readme).toContain('  fleet-server/fleet-server.crt -> /etc/elastic-agent/certs/fleet-server.crt\n');
    // Each host's own paths: the Linux Fleet Server host is not told the agents' Windows path.
    expect(readme).toContain('  fleet-server/fleet-ca.crt -> /etc/elastic-agent/certs/fleet-ca.crt\n');
    expect(readme).toContain('  agents/fleet-ca.crt -> /etc/elastic-agent/certs/fleet-ca.crt, C:\\ProgramData\\ElasticAgentCerts\\fleet-ca.crt\n');
    // What each host holds is enough for its side of each connection.
    expect(openssl('verify', '-purpose', 'sslserver', '-CAfile', join(dir, 'agents/fleet-ca.crt'), join(dir, 'fleet-server/fleet-server.crt'))).toContain(
      ': OK',
    );
    expect(openssl('verify', '-purpose', 'sslclient', '-CAfile', join(dir, 'fleet-server/agent-ca.crt'), join(dir, 'agents/agent.crt'))).toContain(': OK');
    const pub = (args: string[]) => openssl(...args);
    expect(pub(['pkey', '-in', join(dir, 'agents/agent.key'), '-passin', `file:${join(dir, 'agents/agent.key.pass')}`, '-pubout'])).toBe(
      pub(['x509', '-in', join(dir, 'agents/agent.crt'), '-noout', '-pubkey']),
    );
    // The plan marks the Fleet Server and agent keys encrypted: written so, with passphrase files.
    expect(r.err).toBe('');
  });

  test('a directory that is not empty is left as it was, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fleet-lab-cli-'));
    writeFileSync(join(dir, 'keep.txt'), 'mine');
    const r = await run(['lab', EXAMPLE, '--out', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${dir} exists and is not empty: nothing was written. Give a new directory.\n`);
    expect(filesUnder(dir)).toEqual(['keep.txt']);
  });

  test('a plan with problems gets no lab, exit 1; wrong options are usage errors, exit 2', async () => {
    const base = mkdtempSync(join(tmpdir(), 'fleet-lab-cli-'));
    const plan = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { fleetServer: { urls: string[] } };
    plan.fleetServer.urls = ['fleet'];
    writeFileSync(join(base, 'bad.json'), JSON.stringify(plan));
    const bad = await run(['lab', join(base, 'bad.json'), '--out', join(base, 'lab')]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('fleetServer.urls.0: “fleet” is not a URL.');
    expect(existsSync(join(base, 'lab'))).toBe(false);
    for (const args of [
      ['--key', '__proto__'],
      ['--key', 'dsa'],
      ['--days', '0'],
      ['--days', '826'],
      ['--cas', 'two'],
    ]) {
      const r = await run(['lab', EXAMPLE, '--out', join(base, 'lab'), ...args]);
      expect([args, r.code]).toEqual([args, 2]);
    }
    expect((await run(['lab', EXAMPLE])).err).toContain('lab needs a plan file and --out DIR.');
    mkdirSync(join(base, 'empty'));
    expect((await run(['lab', EXAMPLE, '--out', join(base, 'empty'), '--cas', 'per-service', '--days', '30'])).code).toBe(0);
    expect(filesUnder(join(base, 'empty'))).toContain('ca/agent-ca.key');
  });

  test('--help says what it makes and that it is for labs', async () => {
    const r = await run(['lab', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: fleet-tls lab PLAN.json --out DIR');
    expect(r.out).toContain('For labs only');
  });
});
