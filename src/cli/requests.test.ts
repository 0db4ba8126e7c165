import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { main } from './main';
import { testIo } from './io.test-helper';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLE = join(ROOT, 'public', 'examples', 'on-prem-mutual.json');
const LOGSTASH = join(ROOT, 'public', 'examples', 'on-prem-logstash-mutual.json');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'fleet-requests-cli-'));
  dirs.push(dir);
  return dir;
};

async function run(argv: string[]) {
  const { io, output } = testIo();
  const code = await main(argv, io);
  return { code, ...output() };
}

const filesIn = (dir: string) => readdirSync(dir).sort();
/** bash in `dir`, bounded in time. */
const bash = (dir: string, script: string) => spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', timeout: 60_000 });

describe('fleet-tls requests PLAN.json --out DIR', () => {
  test('writes a config per certificate, requests.sh, instances.yml and README.txt; requests.sh makes keys and CSRs OpenSSL reads as asked', async () => {
    const dir = join(tempDir(), 'requests');
    const r = await run(['requests', EXAMPLE, '--out', dir]);
    expect(r.code).toBe(0);
    expect(filesIn(dir)).toEqual(['README.txt', 'agent.cnf', 'elasticsearch.cnf', 'fleet-server-es.cnf', 'fleet-server.cnf', 'instances.yml', 'requests.sh']);
    expect(r.out).toBe(`Wrote 7 files under ${dir}. Run requests.sh there with sh; README.txt says what to send to your PKI.\n`);
    // The example marks the agent key encrypted; requests.sh writes keys unencrypted, and says so.
    expect(r.err).toContain('requests.sh writes them unencrypted');

    expect(parse(readFileSync(join(dir, 'instances.yml'), 'utf8'))).toEqual({
      instances: [
        { name: 'fleet.example.com', filename: 'fleet-server', dns: ['fleet.example.com', 'localhost'] },
        { name: 'es.example.com', filename: 'elasticsearch', dns: ['es.example.com'] },
        { name: 'elastic-agent', filename: 'agent' },
        { name: 'fleet-server', filename: 'fleet-server-es' },
      ],
    });

    const made = bash(dir, 'sh requests.sh >/dev/null 2>&1 && ls');
    expect(made.status).toBe(0);
    for (const f of ['fleet-server.key', 'fleet-server.csr', 'agent.key', 'agent.csr', 'elasticsearch.key', 'fleet-server-es.key'])
      expect(made.stdout).toContain(`${f}\n`);
    const csr = bash(dir, 'openssl req -in fleet-server.csr -noout -subject -verify -text 2>&1');
    expect(csr.stdout).toContain('subject=CN = fleet.example.com');
    expect(csr.stdout).toContain('verify OK');
    expect(csr.stdout).toMatch(/X509v3 Subject Alternative Name: \n\s+DNS:fleet.example.com, DNS:localhost\n/);
    expect(csr.stdout).toMatch(/X509v3 Extended Key Usage: \n\s+TLS Web Server Authentication\n/);
    const agent = bash(dir, 'openssl req -in agent.csr -noout -text');
    expect(agent.stdout).toMatch(/X509v3 Extended Key Usage: \n\s+TLS Web Client Authentication\n/);
    expect(agent.stdout).not.toContain('Subject Alternative Name');
    expect(readFileSync(join(dir, 'agent.key'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    // A second run never replaces a key whose certificate may already be signed.
    const before = readFileSync(join(dir, 'agent.key'), 'utf8');
    expect(bash(dir, 'sh requests.sh >/dev/null 2>&1').status).not.toBe(0);
    expect(readFileSync(join(dir, 'agent.key'), 'utf8')).toBe(before);
  });

  test('README.txt names each certificate’s subject, SANs, EKU, key, hosts and paths, the CA file of its issuer, and how to sign it', async () => {
    const dir = join(tempDir(), 'requests');
    expect((await run(['requests', EXAMPLE, '--out', dir, '--days', '90'])).code).toBe(0);
    const readme = readFileSync(join(dir, 'README.txt'), 'utf8');
    expect(readme).toContain('The private keys stay on that machine: send only the .csr files to\nyour PKI.');
    expect(readme).toContain(
      [
        'fleet-server: Fleet Server’s server certificate',
        '  subject             CN=fleet.example.com',
        '  DNS names           fleet.example.com, localhost',
        '  IP addresses        (none)',
        '  extended key usage  serverAuth',
        '  key usage           digitalSignature (critical)',
        '  key                 EC P-256',
        '  on the Fleet Server host: certificate /etc/elastic-agent/certs/fleet-server.crt; key /etc/elastic-agent/certs/fleet-server.key',
        '  its issuer must be in the plan’s CA file fleet-ca.crt',
        '  here: fleet-server.cnf -> fleet-server.key (private) and fleet-server.csr; the certificate comes back as fleet-server.crt',
        '  to sign it with OpenSSL 3.0 or later, keeping the extensions asked for:',
        '    openssl x509 -req -in fleet-server.csr -CA fleet-ca.crt -CAkey fleet-ca.key -days 90 -copy_extensions copyall -out fleet-server.crt',
      ].join('\n'),
    );
    expect(readme).toContain('  on every agent host: certificate /etc/elastic-agent/certs/agent.crt, C:\\ProgramData\\ElasticAgentCerts\\agent.crt;');
    expect(readme).toContain('  its issuer must be among the CAs trusted by the Elasticsearch nodes (their own settings)');
    expect(readme).toContain('    bin/elasticsearch-certutil csr --in instances.yml --out csr-bundle.zip --keysize 2048');
    expect(readme).toContain('      certutil makes RSA keys only, not the EC key asked for.');
    expect(readme).toContain('    then ca/ca.crt is the CA of them all: copy it to fleet-ca.crt, es-ca.crt, agent-ca.crt\n');
    expect(readme).toContain('  on the Elasticsearch nodes (their own settings)\n');
  });

  test('the PKI’s signing command, run as README.txt shows it, gives certificates OpenSSL accepts for their purpose and hosts', async () => {
    const dir = join(tempDir(), 'requests');
    expect((await run(['requests', LOGSTASH, '--out', dir])).code).toBe(0);
    expect(bash(dir, 'sh requests.sh >/dev/null 2>&1').status).toBe(0);
    const readme = readFileSync(join(dir, 'README.txt'), 'utf8');
    const signs = readme
      .split('\n')
      .filter((l) => l.startsWith('    openssl x509 -req '))
      .map((l) => l.trim());
    expect(signs).toHaveLength(4);
    const cas = [...new Set(signs.map((s) => /-CA (\S+) -CAkey (\S+)/.exec(s)!.slice(1, 3).join(' ')))];
    const makeCas = cas.map((pair) => {
      const [crt, key] = pair.split(' ');
      return `openssl req -x509 -newkey rsa:2048 -nodes -keyout ${key} -out ${crt} -days 2 -subj /CN=${crt} -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null`;
    });
    const signed = bash(dir, [...makeCas, ...signs].join(' && \\\n'));
    expect([signed.status, signed.stderr.split('\n').filter((l) => l !== '' && !/^(Certificate request self-signature ok|subject=CN = .*)$/.test(l))]).toEqual([
      0,
      [],
    ]);
    const checks = bash(
      dir,
      [
        'openssl verify -purpose sslserver -CAfile fleet-ca.crt fleet-server.crt',
        'openssl verify -purpose sslserver -CAfile logstash-ca.crt logstash.crt',
        'openssl verify -purpose sslclient -CAfile agent-ca.crt agent.crt',
        'openssl x509 -in logstash.crt -noout -checkhost logstash.example.com',
        'head -1 logstash.key',
        'openssl x509 -in logstash.crt -noout -text | grep -A1 "Public Key Algorithm"',
      ].join(' && '),
    );
    expect(checks.stdout).toContain('fleet-server.crt: OK\nlogstash.crt: OK\nagent.crt: OK\nHostname logstash.example.com does match certificate\n');
    expect(checks.stdout).toContain('-----BEGIN PRIVATE KEY-----\n');
    // Elastic Defend before 9.1 on this plan: the agents' connections get RSA.
    expect(checks.stdout).toContain('rsaEncryption');
  });

  test('a directory that is not empty is left as it was, exit 2; a plan with problems gets nothing, exit 1; wrong options exit 2', async () => {
    const base = tempDir();
    writeFileSync(join(base, 'keep.txt'), 'mine');
    const full = await run(['requests', EXAMPLE, '--out', base]);
    expect([full.code, full.err]).toEqual([2, `${base} exists and is not empty: nothing was written. Give a new directory.\n`]);
    expect(filesIn(base)).toEqual(['keep.txt']);

    const plan = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { fleetServer: { urls: string[] } };
    plan.fleetServer.urls = ['fleet'];
    writeFileSync(join(base, 'bad.json'), JSON.stringify(plan));
    const bad = await run(['requests', join(base, 'bad.json'), '--out', join(base, 'out')]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('fleetServer.urls.0: “fleet” is not a URL.');
    expect(existsSync(join(base, 'out'))).toBe(false);
    for (const args of [
      ['--key', '__proto__'],
      ['--key', 'dsa'],
      ['--days', '0'],
      ['--days', '826'],
      ['--cas', 'one'],
    ]) {
      const r = await run(['requests', EXAMPLE, '--out', join(base, 'out'), ...args]);
      expect([args, r.code]).toEqual([args, 2]);
    }
    expect((await run(['requests', EXAMPLE])).err).toContain('requests needs a plan file and --out DIR.');
    mkdirSync(join(base, 'empty'));
    expect((await run(['requests', EXAMPLE, '--out', join(base, 'empty'), '--key', 'rsa3072'])).code).toBe(0);
    expect(readFileSync(join(base, 'empty', 'requests.sh'), 'utf8')).toContain(
      'openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 > fleet-server.key\n',
    );
  });

  test('--help says what it writes; the main usage lists it after lab', async () => {
    const help = await run(['requests', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: fleet-tls requests PLAN.json --out DIR');
    const usage = await run(['--help']);
    expect(usage.out).toContain('[--agent-host NAME]...\n  fleet-tls requests PLAN.json --out DIR [--key TYPE] [--days N]\n  fleet-tls convert FILE');
  });
});
