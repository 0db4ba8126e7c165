import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from './main';
import { PLAN_VERSION } from '../domain/plan/plan-version';
import { testIo } from './io.test-helper';
import { FIXTURES_DIR, loadManifest } from '../domain/certs/fixtures.test-helper';
import { defaultPlan } from '../domain/plan/defaults';
import { GOOD } from '../domain/inspect/shelf.test-helper';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLE = join(ROOT, 'public', 'examples', 'on-prem-mutual.json');

function run(argv: string[], files: Record<string, string> = {}, env: Record<string, string> = {}) {
  const { io, output } = testIo(files, env);
  return main(argv, io).then((code) => ({ code, ...output() }));
}

describe('fleet-tls render', () => {
  it('prints the runbook of a ready plan, step by step, then what to watch for, and exits 0', async () => {
    const r = await run(['render', EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.match(/^(\d\. .+|===== .+ =====|What to watch for)$/gm)).toEqual([
      '1. In Kibana: the Fleet Server host, the outputs, the policies and their tokens',
      '===== kibana-fleet-settings.txt =====',
      '===== output-advanced.yml =====',
      '2. On Elasticsearch: accept the client certificates',
      '===== elasticsearch-http-ssl.yml =====',
      '3. Put the certificate files on each host',
      '===== certificate-files.txt =====',
      '4. Install Fleet Server',
      '===== fleet-server-linux-x86_64.sh =====',
      '5. Install the agents',
      '===== agent-linux-x86_64.sh =====',
      '===== agent-windows-x86_64.ps1 =====',
      '===== agent-windows-x86_64-msi.ps1 =====',
      '===== agent-windows-x86_64-msi.cmd =====',
      '===== agent-deb-amd64.sh =====',
      '6. Or run them in containers',
      '===== docker-fleet-server.sh =====',
      '===== docker-agent.sh =====',
      '===== elastic-agent-kubernetes.yml =====',
      '7. Check each connection',
      '===== check-fleet-server.sh =====',
      '===== check-agent-posix.sh =====',
      '===== check-agent-windows.ps1 =====',
      'What to watch for',
    ]);
    // Kibana's sections are numbered under their step.
    expect(r.out.match(/^1\.\d {2}.+$/gm)?.length).toBe(5);
  });

  it('--platform keeps only that platform’s install commands', async () => {
    const r = await run(['render', EXAMPLE, '--platform', 'deb-amd64']);
    expect(r.out.match(/^===== .+\.(sh|ps1) =====$/gm)).toEqual([
      '===== agent-deb-amd64.sh =====',
      '===== docker-fleet-server.sh =====',
      '===== docker-agent.sh =====',
      '===== check-fleet-server.sh =====',
      '===== check-agent-posix.sh =====',
      '===== check-agent-windows.ps1 =====',
    ]);
  });

  it('--json is machine-readable: steps with their artifacts, and the findings', async () => {
    const r = await run(['render', EXAMPLE, '--json', '--platform=linux-x86_64']);
    const json = JSON.parse(r.out);
    expect([json.ready, json.issues]).toEqual([true, []]);
    expect(json.steps.map((s: { number: number; id: string; artifacts: { id: string }[] }) => [s.number, s.id, s.artifacts.map((a) => a.id)])).toEqual([
      [1, 'kibana', ['kibana-settings', 'output-yaml']],
      [2, 'elasticsearch', ['elasticsearch-settings']],
      [3, 'files', ['certificate-files']],
      [4, 'fleet-server', ['fleet-server-install:linux-x86_64']],
      [5, 'agents', ['agent-install:linux-x86_64']],
      [6, 'containers', ['docker-run:fleet-server', 'docker-run:agent', 'kubernetes']],
      [7, 'check', ['connection-checks:fleet-server', 'connection-checks:agent-posix', 'connection-checks:agent-windows']],
    ]);
    expect(json.steps[4].artifacts[0].text).toContain('--enrollment-token=');
    expect(json.findings.map((f: { code: string }) => f.code)).toContain('es-client-auth');
    expect(json.findings[0].message).toMatch(/^The Output’s Advanced YAML/);
  });

  it('a plan with problems lists them in words and exits 1', async () => {
    const plan = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    plan.agentVersion = '8.12.0';
    plan.fleetServer.urls = ['http://fleet:8220'];
    const r = await run(['render', 'p.json'], { 'p.json': JSON.stringify(plan) });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain(
      'agentVersion: Mutual TLS flags (--elastic-agent-cert, --fleet-server-client-auth, --fleet-server-es-cert, …) needs Elastic Agent 8.13.0 or later.',
    );
    expect(r.err).toContain('fleetServer.urls.0: “http://fleet:8220” must start with https://');
  });

  it('--json for a plan with problems: the problems, and no script at all (a refused value never reaches one)', async () => {
    const plan = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    plan.fleetServer.urls = ['http://fleet:8220'];
    plan.certs.agentDirPosix = '/etc/$(id)';
    const r = await run(['render', 'p.json', '--json'], { 'p.json': JSON.stringify(plan) });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect([json.ready, json.issues.map((i: { code: string }) => i.code), json.steps, json.findings]).toEqual([
      false,
      ['url-not-https', 'path-character'],
      [],
      [],
    ]);
    expect(r.out).not.toContain('$(id)/');
  });

  it.each([
    ['not JSON', '%PDF-1.4', '“bad.json” is not a plan: it is not JSON.'],
    ['a newer plan', '{"version": 99}', `“bad.json” was saved by a newer release of this wizard (plan format 99; this one reads up to ${PLAN_VERSION})`],
    ['a plan with a control character', JSON.stringify({ version: 2, title: 'a\rb' }), '“bad.json” is a plan, but these answers in it are not valid'],
  ])('an unreadable plan (%s) exits 2 with the reason', async (_t, text, message) => {
    const r = await run(['render', 'bad.json'], { 'bad.json': text });
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it('usage errors exit 2 and print the usage', async () => {
    for (const argv of [
      ['render'],
      ['render', EXAMPLE, '--platform', 'amiga'],
      ['frobnicate'],
      [],
      ['render', EXAMPLE, '--frobnicate'],
      ['check', '--frobnicate', 'x.pem'],
    ]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err, argv.join(' ')).toMatch(/Usage: fleet-tls|--platform takes one of/);
    }
  });

  it('--help, COMMAND --help and --version print to stdout and exit 0', async () => {
    const help = await run(['--help']);
    expect([help.code, help.out.startsWith('Usage: fleet-tls COMMAND')]).toEqual([0, true]);
    const renderHelp = await run(['render', '--help']);
    expect([renderHelp.code, renderHelp.out.startsWith('Usage: fleet-tls render PLAN.json')]).toEqual([0, true]);
    const checkHelp = await run(['check', '--help']);
    expect([checkHelp.code, checkHelp.out.startsWith('Usage: fleet-tls check')]).toEqual([0, true]);
    const version = await run(['--version']);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version).toEqual({ code: 0, out: `fleet-tls ${pkg.version}\n`, err: '' });
  });

  it('node bin/fleet-tls.js runs the same code from a shell', () => {
    const r = spawnSync('node', [join(ROOT, 'bin', 'fleet-tls.js'), 'render', EXAMPLE, '--platform', 'linux-x86_64'], {
      encoding: 'utf8',
      cwd: ROOT,
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--fleet-server-client-auth=required');
  });
});

describe('fleet-tls check', () => {
  const fx = (name: string) => join(FIXTURES_DIR, name);
  const planJson = (() => {
    const p = defaultPlan('on-prem');
    p.tls = 'mutual';
    p.fleetServer.urls = ['https://fleet.example.com:8220'];
    p.elasticsearch.hosts = ['https://node1.es.example.com:9200'];
    return JSON.stringify(p);
  })();

  it('judges every connection of the plan with the files and exits 0 when none fails', async () => {
    loadManifest();
    const r = await run(['check', '--plan', 'plan.json', ...GOOD.map(fx)], { 'plan.json': planJson });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.match(/^ {2}\[[A-Z ]+\] .+$/gm)).toEqual([
      '  [PASS] Agents → Fleet Server',
      '  [PASS] Fleet Server host’s own agent → localhost:8221',
      '  [PASS] Fleet Server → Elasticsearch',
      '  [PASS] Agents → output',
    ]);
  });

  it('with a plan: after the connections, what to watch for, as the page shows it', async () => {
    loadManifest();
    const r = await run(['check', '--plan', 'plan.json', ...GOOD.map(fx)], { 'plan.json': planJson });
    expect(r.out).toContain('\nWhat to watch for\n  - Note: The agent commands show <ENROLLMENT_TOKEN>');
  });

  it('a plan with problems is refused, with them, before any file is judged', async () => {
    const bad = JSON.parse(planJson);
    bad.fleetServer.urls = ['https://fleet.example.com:8220:9'];
    const r = await run(['check', '--plan', 'plan.json', ...GOOD.map(fx)], { 'plan.json': JSON.stringify(bad) });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('fleetServer.urls.0: “https://fleet.example.com:8220:9” is not a URL.');
  });

  it('a certificate for the wrong host, given its role with --as, fails the connection, says why, and exits 1', async () => {
    loadManifest();
    const r = await run(
      [
        'check',
        '--plan',
        'plan.json',
        '--as',
        `fleetServerCert=${fx('san-mismatch.crt')}`,
        '--as',
        `fleetServerKey=${fx('san-mismatch.key')}`,
        ...GOOD.map(fx),
        fx('fleet-intermediate.crt'),
      ],
      { 'plan.json': planJson },
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain('[FAIL] Agents → Fleet Server');
    expect(r.out).toContain('san-mismatch.crt does not cover fleet.example.com (it covers: other.example.com).');
    expect(r.out).toContain('x509: certificate is valid for other.example.com, not fleet.example.com');
  });

  it('a file named both with --as and as an argument is read once', async () => {
    loadManifest();
    const r = await run(['check', '--plan', 'plan.json', '--as', `fleetServerCert=${fx('fleet-server-bundle.pem')}`, ...GOOD.map(fx), '--json'], {
      'plan.json': planJson,
    });
    expect(JSON.parse(r.out).files.map((f: { path: string }) => f.path)).toEqual(GOOD.map(fx));
  });

  it('--json reports files, roles and connections', async () => {
    loadManifest();
    const r = await run(['check', '--plan', 'plan.json', '--json', ...GOOD.map(fx)], { 'plan.json': planJson });
    const json = JSON.parse(r.out);
    expect([json.schemaVersion, json.status, json.ok, json.exitCode]).toEqual([1, 'pass', true, 0]);
    expect(json.connections.map((l: { id: string; verdict: string }) => [l.id, l.verdict])).toEqual([
      ['agent-fleet', 'pass'],
      ['fleet-self', 'pass'],
      ['fleet-es', 'pass'],
      ['agent-output', 'pass'],
    ]);
    expect(json.assignments.fleetServerCa).toBe(fx('fleet-ca.crt'));
  });

  it('without a plan: inspects the files, and a bad file or a broken chain exits 1', async () => {
    loadManifest();
    const ok = await run(['check', fx('fleet-server-bundle.pem'), fx('fleet-ca.crt')]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('fleet-server-bundle.pem: CN=fleet.example.com');
    const bad = await run(['check', fx('random.bin'), fx('expired.crt'), fx('fleet-ca.crt'), fx('fleet-intermediate.crt')]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('problem: This is not a certificate or a key');
    expect(bad.out).toMatch(/expired\.crt: .*: expired/);
  });

  it('opens PKCS#12 with the password from FLEET_TLS_PASSWORD, never from the command line', async () => {
    const m = loadManifest();
    const entry = m.files.find((f) => f.name === 'fleet-server.p12')!;
    const r = await run(['check', fx('fleet-server.p12'), fx('fleet-ca.crt')], {}, { FLEET_TLS_PASSWORD: entry.password! });
    expect(r.out).toContain('private key  encrypted-pkcs8, encrypted (opened)  P-256');
    expect(r.code).toBe(0);
    const wrong = await run(['check', fx('fleet-server.p12'), fx('fleet-ca.crt')], {}, { FLEET_TLS_PASSWORD: 'nope' });
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain('That password does not open this file.');
  });
});
