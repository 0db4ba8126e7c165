/**
 * No false green, no false red: each connection judged as the agent's TLS judges it, on
 * openssl fixtures (scripts/make-fixtures.sh, the verdict- block among them). Each case
 * names the Go (1.19.8 source, Debian golang-1.19-src) or elastic-agent-libs (2238ac8)
 * code it follows.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { loadManifest } from '../certs/fixtures.test-helper';
import type { Plan } from '../plan/schema';
import { evaluate, type AssignmentOverrides } from './evaluate';
import { GOOD, mutualPlan as plan, shelf } from './shelf.test-helper';
import type { ShelfFile } from './shelf';

const NOW = new Date();

/** Verdicts, and the findings of the codes asked for as [leg, code, params]. */
async function judge(p: Plan, files: string[] | ShelfFile[], overrides: AssignmentOverrides, codes: readonly string[]) {
  const shelved = typeof files[0] === 'string' ? await shelf(files as string[]) : (files as ShelfFile[]);
  const ev = await evaluate(p, shelved, overrides, NOW);
  return {
    verdicts: Object.fromEntries(ev.legs.map((l) => [l.id, l.verdict])),
    findings: ev.legs.flatMap((l) => l.findings.filter((f) => codes.includes(f.code)).map((f) => [l.id, f.code, f.params ?? {}] as const)),
  };
}

const ALL_PASS = { 'agent-fleet': 'pass', 'fleet-self': 'pass', 'fleet-es': 'pass', 'agent-output': 'pass' };
const without = (...names: string[]) => GOOD.filter((f) => !names.includes(f));

beforeAll(() => {
  loadManifest();
});

describe('the presented certificate is the first of its file (Go tls.X509KeyPair, crypto/tls/tls.go l.250–260, l.294)', () => {
  test('a full chain stored intermediate-first presents the intermediate: its key does not match, and the order is named', async () => {
    const files = [...without('fleet-server-bundle.pem'), 'fleet-server-bundle-reversed-crlf.pem'];
    const r = await judge(plan(), files, {}, ['cert-order-wrong', 'key-mismatch']);
    expect(r.verdicts).toEqual({ ...ALL_PASS, 'agent-fleet': 'fail', 'fleet-self': 'fail' });
    const order = {
      side: 'server', file: 'fleet-server-bundle-reversed-crlf.pem',
      first: 'CN=Fleet Server Test Intermediate CA,OU=Fleet,O=Fleet TLS Wizard Test', meant: 'CN=fleet.example.com,O=Fleet TLS Wizard Test',
    };
    const mismatch = { keyFile: 'fleet-server.key', file: 'fleet-server-bundle-reversed-crlf.pem' };
    expect(r.findings).toEqual(['agent-fleet', 'fleet-self'].flatMap((leg) => [[leg, 'cert-order-wrong', order], [leg, 'key-mismatch', mismatch]]));
  });

  test('the same files leaf first pass', async () => {
    expect((await judge(plan(), GOOD, {}, [])).verdicts).toEqual(ALL_PASS);
  });
});
