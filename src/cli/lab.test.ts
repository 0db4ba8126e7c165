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
    expect(r.out).toBe(
      `Wrote ${files.length} files under ${dir}. README.txt says which file goes where. For labs only.\n` +
        'The plan marks keys encrypted: their passphrase was made at random and written only into the passphrase files README.txt names.\n',
    );
    // A random passphrase: 24 base64url characters, no newline, the same in each passphrase file, printed nowhere.
    const passphrase = readFileSync(join(dir, 'agents/agent.key.pass'), 'utf8');
    expect(passphrase).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(readFileSync(join(dir, 'fleet-server/fleet-server.key.pass'), 'utf8')).toBe(passphrase);
    expect(r.out + r.err).not.toContain(passphrase);
    for (const f of files) expect([f, statSync(join(dir, f)).mode & 0o777]).toEqual([f, /\.key(\.pass)?$/.test(f) ? 0o600 : 0o644]);
    const readme = readFileSync(join(dir, 'README.txt'), 'utf8');
    expect(readme).toContain('For labs only');
    expect(readme).toContain('  agents/agent.key: agents/agent.key.pass\n');
    expect(readme).toContain('  fleet-server/fleet-server.key: fleet-server/fleet-server.key.pass\n');
    expect(readFileSync(join(dir, 'fleet-server/fleet-server.key'), 'utf8')).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----/);
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

  test('--passphrase-file: its line is the passphrase, written without the newline, and the keys open with it', async () => {
    const base = mkdtempSync(join(tmpdir(), 'fleet-lab-cli-'));
    writeFileSync(join(base, 'pass.txt'), 'my lab sécret\r\n');
    const dir = join(base, 'lab');
    const r = await run(['lab', EXAMPLE, '--out', dir, '--passphrase-file', join(base, 'pass.txt')]);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).not.toContain('random');
    expect(r.out).not.toContain('sécret');
    for (const [key, pass, crt] of [
      ['agents/agent.key', 'agents/agent.key.pass', 'agents/agent.crt'],
      ['fleet-server/fleet-server.key', 'fleet-server/fleet-server.key.pass', 'fleet-server/fleet-server.crt'],
    ] as const) {
      expect(readFileSync(join(dir, pass), 'utf8')).toBe('my lab sécret');
      expect(openssl('pkey', '-in', join(dir, key), '-passin', `file:${join(dir, pass)}`, '-pubout')).toBe(
        openssl('x509', '-in', join(dir, crt), '-noout', '-pubkey'),
      );
    }
  });

  test.each([
    ['empty', '\n', 'is empty'],
    ['a control character', 'two\nlines\n', 'control character'],
    ['a tab', 'a\tb', 'control character'],
    ['not UTF-8', '\xff\xfe', 'not UTF-8'],
  ])('a passphrase file that is %s is refused, exit 2, nothing written', async (_label, content, message) => {
    const base = mkdtempSync(join(tmpdir(), 'fleet-lab-cli-'));
    writeFileSync(join(base, 'pass.txt'), Buffer.from(content, 'latin1'));
    const r = await run(['lab', EXAMPLE, '--out', join(base, 'lab'), '--passphrase-file', join(base, 'pass.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(existsSync(join(base, 'lab'))).toBe(false);
  });

  test('a passphrase file that does not exist is refused, exit 2, nothing written', async () => {
    const base = mkdtempSync(join(tmpdir(), 'fleet-lab-cli-'));
    const r = await run(['lab', EXAMPLE, '--out', join(base, 'lab'), '--passphrase-file', join(base, 'missing.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Passphrase file: /);
    expect(existsSync(join(base, 'lab'))).toBe(false);
  });

  test('--agent-host: one agent certificate per host folder, each a client certificate the Fleet Server host trusts, for its own name', async () => {
    const base = mkdtempSync(join(tmpdir(), 'fleet-lab-cli-'));
    const dir = join(base, 'lab');
    const r = await run(['lab', EXAMPLE, '--out', dir, '--agent-host', 'web-1.example.com', '--agent-host', '10.0.0.7']);
    expect([r.code, r.err]).toEqual([0, '']);
    const files = filesUnder(dir);
    expect(files.filter((f) => f.startsWith('agents/'))).toEqual([
      'agents/10.0.0.7/agent.crt',
      'agents/10.0.0.7/agent.key',
      'agents/10.0.0.7/agent.key.pass',
      'agents/10.0.0.7/es-ca.crt',
      'agents/10.0.0.7/fleet-ca.crt',
      'agents/web-1.example.com/agent.crt',
      'agents/web-1.example.com/agent.key',
      'agents/web-1.example.com/agent.key.pass',
      'agents/web-1.example.com/es-ca.crt',
      'agents/web-1.example.com/fleet-ca.crt',
    ]);
    for (const [host, flag] of [
      ['web-1.example.com', '-checkhost'],
      ['10.0.0.7', '-checkip'],
    ] as const) {
      const crt = join(dir, `agents/${host}/agent.crt`);
      expect(openssl('verify', '-purpose', 'sslclient', '-CAfile', join(dir, 'fleet-server/agent-ca.crt'), crt)).toContain(': OK');
      expect(openssl('x509', '-in', crt, '-noout', flag, host)).toContain('does match certificate');
      expect(openssl('x509', '-in', crt, '-noout', '-subject')).toContain(`CN = ${host}`);
      expect(openssl('pkey', '-in', join(dir, `agents/${host}/agent.key`), '-passin', `file:${join(dir, `agents/${host}/agent.key.pass`)}`, '-pubout')).toBe(
        openssl('x509', '-in', crt, '-noout', '-pubkey'),
      );
    }
    const bad = await run(['lab', EXAMPLE, '--out', join(base, 'bad'), '--agent-host', '*.example.com']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('“*.example.com” is neither a DNS name');
    expect(existsSync(join(base, 'bad'))).toBe(false);
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
