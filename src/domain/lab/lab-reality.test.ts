/**
 * The lab held to reality (issue 15, "Checked against reality"): for each example plan,
 * the certificates makeLab writes are checked by OpenSSL (chains with the right purpose,
 * every host the plan dials, key pairs, PKCS#8) and judged by the product's own reader
 * and verdicts: every connection of the plan passes.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeFile } from '../certs/decode-file';
import { bash, REPO_ROOT, sections } from '../certs/fixtures.test-helper';
import { makeLab, type MadeLab } from '../certs/write/make-lab';
import { openPlan } from '../plan/open-plan';
import type { Plan } from '../plan/schema';
import { buildTopology } from '../topology/build-topology';
import { dialHost } from '../topology/dial-host';
import { isIpAddress } from '../topology/ip-literal';
import { evaluate, type AssignmentOverrides } from '../verdict/evaluate';
import { labSpec, type LabSpec } from './lab-spec';

const NOW = new Date('2026-11-29T10:00:00Z');
const EXAMPLES = join(REPO_ROOT, 'public/examples');
const NAMES = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .map((f) => f.replace(/\.json$/, ''));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** An example plan, its blank hosts filled, keys unencrypted (the lab writes no passphrase files yet). */
function examplePlan(name: string): Plan {
  const opened = openPlan(readFileSync(join(EXAMPLES, `${name}.json`), 'utf8'));
  if (!opened.ok) throw new Error(`${name} does not open`);
  const plan = structuredClone(opened.plan);
  if (plan.fleetServer.urls.length === 0) plan.fleetServer.urls = ['https://fleet.example.com:8220'];
  if (plan.elasticsearch.hosts.length === 0) plan.elasticsearch.hosts = ['https://es.example.com:9200'];
  if (plan.output.kind === 'logstash' && plan.output.logstashHosts.length === 0) plan.output.logstashHosts = ['logstash.example.com:5044'];
  if (plan.proxy.fleetUrl === '') plan.proxy.fleetUrl = 'https://fleet-proxy.example.com:443';
  if (plan.proxy.esUrl === '') plan.proxy.esUrl = 'https://es-proxy.example.com:443';
  plan.certs.encrypted = { fleetServerKey: false, agentKey: false, outputKey: false };
  return plan;
}

interface WrittenLab {
  dir: string;
  spec: LabSpec;
  lab: MadeLab;
}

/** Writes the plan's files, and each CA and leaf under its id (ca-<id>.crt, leaf-<id>.crt/.key), to a temp dir. */
async function writeLab(spec: LabSpec): Promise<WrittenLab> {
  const lab = await makeLab(spec, { now: NOW, validityDays: 365 });
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
    const out = sections(bash([`cd '${dir}' || exit 1`, ...lines, 'true'].join('\n')));
    for (const [key, text] of out) {
      if (key.startsWith('verify ') || key.startsWith('ca ')) expect(text.trim(), key).toMatch(/: OK$/);
      if (key.startsWith('pair ')) expect(text.trim(), key).toBe('same');
      if (key.startsWith('pkcs8 ')) expect(text.trim(), key).toBe('-----BEGIN PRIVATE KEY-----');
      if (key.startsWith('host ')) expect(text, key).toMatch(/does match certificate/);
    }
    expect([...out.keys()].filter((k) => k.startsWith('host ')).length).toBe([...dialled.values()].flat().length);
  });

  it("is read by the product's reader and every connection of the plan passes", async () => {
    const plan = examplePlan(name);
    const spec = labSpec(plan, { cas: 'one', keyType: EC });
    const lab = await makeLab(spec, { now: NOW, validityDays: 365 });
    const files = await Promise.all(
      [...lab.files].map(async ([fileName, content]) => ({
        id: fileName,
        decoded: await decodeFile({ name: fileName, bytes: new TextEncoder().encode(content) }),
      })),
    );
    if (plan.elasticsearch.trust === 'fingerprint') {
      const esCa = files.find((f) => f.id === plan.certs.files.esCa)?.decoded.items[0];
      if (esCa?.kind === 'certificate') plan.elasticsearch.fingerprint = esCa.sha256Fingerprint;
    }
    // The lab knows which file fills which role, as the user's pins would: autoAssign alone
    // leaves two client-only certificates (agent.crt, fleet-server-es.crt) unassigned.
    const pins: AssignmentOverrides = {};
    for (const file of [...spec.cas.flatMap((c) => c.files), ...spec.leaves.flatMap((l) => [l.cert, l.key])])
      for (const role of file.roles) pins[role] = file.name;
    const { legs } = await evaluate(plan, files, pins, NOW);
    const checked = legs.filter((l) => l.verdict !== 'not-checked');
    expect(checked.map((l) => [l.id, l.verdict, l.findings.map((f) => f.code)])).toEqual(checked.map((l) => [l.id, 'pass', []]));
  });
});
