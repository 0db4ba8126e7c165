/**
 * The lab held to reality (issue 15, "Checked against reality"): for each example plan,
 * the certificates makeLab writes are checked by OpenSSL (chains with the right purpose,
 * every host the plan dials, key pairs, PKCS#8) and judged by the product's own reader
 * and verdicts: every connection of the plan passes.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeFile } from '../certs/decode-file';
import { bash, sections } from '../certs/fixtures.test-helper';
import { makeLab, type MadeLab } from '../certs/write/make-lab';
import { buildTopology } from '../topology/build-topology';
import { dialHost } from '../topology/dial-host';
import { isIpAddress } from '../topology/ip-literal';
import { evaluate, type AssignmentOverrides } from '../verdict/evaluate';
import { labSpec, type LabSpec } from './lab-spec';
import { labInspectionFiles } from './lab-tree';
import { LAB_PLAN_NAMES, labPlan } from './lab-plans.test-helper';

const NOW = new Date('2026-11-29T10:00:00Z');
const NAMES = LAB_PLAN_NAMES;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The passphrase of the lab's encrypted keys (on-prem-mutual marks the Fleet Server and agent keys encrypted); not ASCII, to hold UTF-8 to both sides. */
const PASSPHRASE = 'lab passphrase, ünïcode';

const examplePlan = labPlan;

interface WrittenLab {
  dir: string;
  spec: LabSpec;
  lab: MadeLab;
}

/** Writes the plan's files, and each CA and leaf under its id (ca-<id>.crt, leaf-<id>.crt/.key), to a temp dir. */
async function writeLab(spec: LabSpec): Promise<WrittenLab> {
  const lab = await makeLab(spec, { now: NOW, validityDays: 365, passphrase: PASSPHRASE });
  const dir = mkdtempSync(join(tmpdir(), 'fleet-lab-'));
  dirs.push(dir);
  for (const [name, content] of lab.files) writeFileSync(join(dir, name), content);
  for (const ca of lab.cas) writeFileSync(join(dir, `ca-${ca.id}.crt`), ca.certPem);
  for (const leaf of lab.leaves) {
    writeFileSync(join(dir, `leaf-${leaf.id}.crt`), leaf.certPem);
    writeFileSync(join(dir, `leaf-${leaf.id}.key`), leaf.keyPem);
  }
  return { dir, spec, lab };
}

const EC = { kind: 'EC', curve: 'P-256' } as const;

describe.each(NAMES)('the lab for %s', (name) => {
  it('passes OpenSSL: chains with their purpose, every dialled host, key pairs, PKCS#8', async () => {
    const plan = examplePlan(name);
    const spec = labSpec(plan, { cas: 'per-service', keyType: EC });
    const { dir } = await writeLab(spec);
    // Every host a client verifies, for the server certificate it is checked against.
    const dialled = new Map<string, string[]>();
    for (const leg of buildTopology(plan).legs) {
      if (leg.trust.kind !== 'ca' && leg.trust.kind !== 'fingerprint') continue;
      const leaf = spec.leaves.find((l) => l.server === leg.server);
      expect(leaf, `a certificate for ${leg.server}`).toBeDefined();
      const hosts = leg.dials.map(dialHost).filter((h): h is string => h !== null);
      dialled.set(leaf!.id, [...new Set([...(dialled.get(leaf!.id) ?? []), ...hosts])]);
    }
    const lines: string[] = [];
    for (const leaf of spec.leaves) {
      const crt = `leaf-${leaf.id}.crt`;
      const key = `leaf-${leaf.id}.key`;
      const purpose = leaf.server ? 'sslserver' : 'sslclient';
      lines.push(`echo "@@ verify ${leaf.id}"; openssl verify -CAfile ca-${leaf.signedBy}.crt -purpose ${purpose} ${crt} 2>&1`);
      lines.push(`echo "@@ pair ${leaf.id}"; cmp <(openssl pkey -in ${key} -pubout) <(openssl x509 -in ${crt} -noout -pubkey) && echo same`);
      lines.push(`echo "@@ pkcs8 ${leaf.id}"; head -1 ${key}`);
      for (const host of dialled.get(leaf.id) ?? []) {
        const flag = isIpAddress(host) ? '-checkip' : '-checkhost';
        lines.push(`echo "@@ host ${leaf.id} ${host}"; openssl x509 -in ${crt} -noout ${flag} '${host}'`);
      }
    }
    for (const ca of spec.cas) lines.push(`echo "@@ ca ${ca.id}"; openssl verify -CAfile ca-${ca.id}.crt ca-${ca.id}.crt 2>&1`);
    // Encrypted keys, under the plan's names, open with their passphrase file as written.
    const encrypted = spec.leaves.filter((l) => l.keyPassphrase);
    for (const leaf of encrypted) {
      const [key, pass] = [leaf.key.name, leaf.keyPassphrase!.name];
      lines.push(`echo "@@ encrypted ${leaf.id}"; head -1 ${key}`);
      lines.push(
        `echo "@@ opens ${leaf.id}"; cmp <(openssl pkey -in ${key} -passin file:${pass} -pubout) <(openssl x509 -in leaf-${leaf.id}.crt -noout -pubkey) && echo same`,
      );
      expect(readFileSync(join(dir, pass), 'utf8'), `${pass}: the passphrase, no trailing newline`).toBe(PASSPHRASE);
    }
    expect(encrypted.length > 0).toBe(Object.values(plan.certs.encrypted).some(Boolean));
    const out = sections(bash([`cd '${dir}' || exit 1`, ...lines, 'true'].join('\n')));
    for (const [key, text] of out) {
      if (key.startsWith('verify ') || key.startsWith('ca ')) expect(text.trim(), key).toMatch(/: OK$/);
      if (key.startsWith('pair ') || key.startsWith('opens ')) expect(text.trim(), key).toBe('same');
      if (key.startsWith('encrypted ')) expect(text.trim(), key).toBe('-----BEGIN ENCRYPTED PRIVATE KEY-----');
      if (key.startsWith('pkcs8 ')) expect(text.trim(), key).toBe('-----BEGIN PRIVATE KEY-----');
      if (key.startsWith('host ')) expect(text, key).toMatch(/does match certificate/);
    }
    expect([...out.keys()].filter((k) => k.startsWith('host ')).length).toBe([...dialled.values()].flat().length);
  });

  it("is read by the product's reader and every connection of the plan passes", async () => {
    const plan = examplePlan(name);
    const spec = labSpec(plan, { cas: 'one', keyType: EC });
    const lab = await makeLab(spec, { now: NOW, validityDays: 365, passphrase: PASSPHRASE });
    const inspected = labInspectionFiles(spec, lab);
    const files = await Promise.all(
      inspected.map(async (f) => ({
        id: f.name,
        decoded: await decodeFile({ name: f.name, bytes: new TextEncoder().encode(f.content), ...(f.passphrase !== null ? { password: f.passphrase } : {}) }),
      })),
    );
    // Every encrypted key is opened with its passphrase, as the page will.
    for (const f of inspected.filter((f) => f.passphrase !== null)) {
      expect(f.content, f.name).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----/);
      expect(
        files.find((x) => x.id === f.name)?.decoded.items.map((i) => i.kind),
        f.name,
      ).toEqual(['private-key']);
    }
    expect(inspected.some((f) => f.passphrase !== null)).toBe(Object.values(plan.certs.encrypted).some(Boolean));
    if (plan.elasticsearch.trust === 'fingerprint') {
      const esCa = files.find((f) => f.id === plan.certs.files.esCa)?.decoded.items[0];
      if (esCa?.kind === 'certificate') plan.elasticsearch.fingerprint = esCa.sha256Fingerprint;
    }
    // The lab knows which file fills which role, as the user's pins would.
    const pins: AssignmentOverrides = {};
    for (const f of inspected) for (const role of f.roles) pins[role] = f.name;
    const { legs } = await evaluate(plan, files, pins, NOW);
    const checked = legs.filter((l) => l.verdict !== 'not-checked');
    expect(checked.map((l) => [l.id, l.verdict, l.findings.map((f) => f.code)])).toEqual(checked.map((l) => [l.id, 'pass', []]));
  });
});

/** A port nobody listens on now, on the loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves once the process prints `text` on stdout; rejects on exit or after `ms`. */
function waitFor(child: ChildProcess, text: string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`no "${text}" within ${ms} ms: ${seen}`)), ms);
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code}: ${seen}`));
    });
  });
}

describe('a real mutual-TLS handshake on 127.0.0.1 with the on-prem-mutual lab', () => {
  it('succeeds with the agent certificate; fails with another CA’s, with none, and dialling a name not covered', async () => {
    const plan = examplePlan('on-prem-mutual');
    const { dir } = await writeLab(labSpec(plan, { cas: 'per-service', keyType: EC }));
    const { dir: otherDir } = await writeLab(labSpec(plan, { cas: 'one', keyType: EC }));
    const fleetHost = dialHost(plan.fleetServer.urls[0]!)!;
    const port = await freePort();
    // -www answers one GET per connection: a client that gets the page completed the whole handshake,
    // also under TLS 1.3, where the server judges the client certificate after the client is done.
    const server = spawn(
      'openssl',
      [
        's_server',
        '-accept',
        `127.0.0.1:${port}`,
        '-cert',
        'leaf-fleet-server.crt',
        '-key',
        'leaf-fleet-server.key',
        '-CAfile',
        'ca-agent.crt',
        '-Verify',
        '1',
        '-verify_return_error',
        '-www',
      ],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      await waitFor(server, 'ACCEPT', 10_000);
      const dial = (name: string, client: string[]) => {
        const run = spawnSync(
          'openssl',
          [
            's_client',
            '-connect',
            `127.0.0.1:${port}`,
            '-servername',
            name,
            '-verify_hostname',
            name,
            '-CAfile',
            'ca-fleet.crt',
            '-verify_return_error',
            '-ign_eof',
            ...client,
          ],
          { cwd: dir, input: 'GET / HTTP/1.0\r\n\r\n', encoding: 'utf8', timeout: 10_000 },
        );
        return { status: run.status, page: run.stdout.includes('HTTP/1.0 200 ok') };
      };
      const agent = ['-cert', 'leaf-agentCert.crt', '-key', 'leaf-agentCert.key'];
      expect(dial(fleetHost, agent)).toEqual({ status: 0, page: true });
      expect(dial(fleetHost, ['-cert', join(otherDir, 'leaf-agentCert.crt'), '-key', join(otherDir, 'leaf-agentCert.key')]).page).toBe(false);
      expect(dial(fleetHost, []).page).toBe(false);
      const wrongName = dial('other.example.com', agent);
      expect(wrongName).toMatchObject({ page: false });
      expect(wrongName.status).not.toBe(0);
      // The server still answers: the refusals were its judgement (or the client's), not a dead server.
      expect(dial(fleetHost, agent)).toEqual({ status: 0, page: true });
    } finally {
      if (server.pid !== undefined && server.exitCode === null) process.kill(server.pid);
    }
  });
});
