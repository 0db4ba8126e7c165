import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main, type Io } from './main';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLE = join(ROOT, 'public', 'examples', 'on-prem-mutual.json');

function run(argv: string[], files: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readFile: (p) => {
      if (p in files) return files[p]!;
      return readFileSync(p, 'utf8');
    },
  };
  return main(argv, io).then((code) => ({ code, out, err }));
}

describe('fleet-tls render', () => {
  it('prints every artifact of a ready plan and exits 0', async () => {
    const r = await run(['render', EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.match(/^===== .+ =====$/gm)).toEqual([
      '===== fleet-server-linux-x86_64.sh =====',
      '===== agent-linux-x86_64.sh =====',
      '===== agent-windows-x86_64.ps1 =====',
      '===== agent-deb-amd64.sh =====',
      '===== kibana-fleet-settings.txt =====',
      '===== output-advanced.yml =====',
    ]);
  });

  it('--platform keeps only that platform’s install commands', async () => {
    const r = await run(['render', EXAMPLE, '--platform', 'deb-amd64']);
    expect(r.out.match(/^===== .+ =====$/gm)).toEqual([
      '===== agent-deb-amd64.sh =====',
      '===== kibana-fleet-settings.txt =====',
      '===== output-advanced.yml =====',
    ]);
  });

  it('--json is machine-readable', async () => {
    const r = await run(['render', EXAMPLE, '--json', '--platform=linux-x86_64']);
    const json = JSON.parse(r.out);
    expect(json.ready).toBe(true);
    expect(json.issues).toEqual([]);
    expect(json.artifacts.map((a: { id: string }) => a.id)).toEqual([
      'fleet-server-install:linux-x86_64',
      'agent-install:linux-x86_64',
      'kibana-settings',
      'output-yaml',
    ]);
    expect(json.artifacts[1].text).toContain('--enrollment-token=');
  });

  it('a plan with problems lists them in words and exits 1', async () => {
    const plan = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    plan.agentVersion = '8.12.0';
    plan.fleetServer.urls = ['http://fleet:8220'];
    const r = await run(['render', 'p.json'], { 'p.json': JSON.stringify(plan) });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('agentVersion: Mutual TLS flags (--elastic-agent-cert, --fleet-server-client-auth, …) needs Elastic Agent 8.13.0 or later.');
    expect(r.err).toContain('fleetServer.urls.0: “http://fleet:8220” must start with https://');
  });

  it.each([
    ['not JSON', '%PDF-1.4', 'This file is not a plan: it is not JSON.'],
    ['a newer plan', '{"version": 99}', 'saved by a newer Fleet TLS Wizard (plan version 99)'],
  ])('an unreadable plan (%s) exits 2 with the reason', async (_t, text, message) => {
    const r = await run(['render', 'bad.json'], { 'bad.json': text });
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it('usage errors exit 2', async () => {
    expect((await run(['render'])).code).toBe(2);
    expect((await run(['render', EXAMPLE, '--platform', 'amiga'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['--help'])).code).toBe(0);
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
