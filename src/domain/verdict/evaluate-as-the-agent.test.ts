/**
 * No false green, no false red: each connection judged as the agent's TLS judges it, on
 * openssl fixtures (scripts/make-fixtures.sh, the verdict- block among them). Each case
 * names the Go (1.19.8 source, Debian golang-1.19-src) or elastic-agent-libs (2238ac8)
 * code it follows.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { decodeFile } from '../certs/decode-file';
import { fixtureBytes, loadManifest } from '../certs/fixtures.test-helper';
import type { Plan } from '../plan/schema';
import { evaluate, type AssignmentOverrides } from './evaluate';
import { GOOD, mutualPlan as plan, shelf } from '../inspect/shelf.test-helper';
import type { ShelfFile } from '../inspect/shelf';

const NOW = new Date();

/** Verdicts, and the findings of the codes asked for as [leg, code, params]. */
/** A finding's parameters, whatever its code, for reading by name. */
const anyParams = (p: Readonly<Record<string, string | number | boolean>> | undefined) => p ?? {};

async function judge(p: Plan, files: string[] | ShelfFile[], overrides: AssignmentOverrides, codes: readonly string[]) {
  const shelved = typeof files[0] === 'string' ? await shelf(files as string[]) : (files as ShelfFile[]);
  const ev = await evaluate(p, shelved, overrides, NOW);
  return {
    verdicts: Object.fromEntries(ev.legs.map((l) => [l.id, l.verdict])),
    findings: ev.legs.flatMap((l) => l.findings.filter((f) => codes.includes(f.code)).map((f) => [l.id, f.code, anyParams(f.params)] as const)),
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
      side: 'server',
      file: 'fleet-server-bundle-reversed-crlf.pem',
      first: 'CN=Fleet Server Test Intermediate CA,OU=Fleet,O=Fleet TLS Wizard Test',
      meant: 'CN=fleet.example.com,O=Fleet TLS Wizard Test',
    };
    const mismatch = { keyFile: 'fleet-server.key', file: 'fleet-server-bundle-reversed-crlf.pem' };
    expect(r.findings).toEqual(
      ['agent-fleet', 'fleet-self'].flatMap((leg) => [
        [leg, 'cert-order-wrong', order],
        [leg, 'key-mismatch', mismatch],
      ]),
    );
  });

  test('the same files leaf first pass', async () => {
    expect((await judge(plan(), GOOD, {}, [])).verdicts).toEqual(ALL_PASS);
  });
});

describe('a file that yields nothing usable for its role fails the connection that uses it, naming the file and the role', () => {
  // libs LoadCertificateAuthorities (tls.go l.164–195): "file is not a certificate adding … to the list of known CAs";
  // Go tls.X509KeyPair (crypto/tls/tls.go l.245–285): no CERTIFICATE block, or a certificate where the key belongs.
  const unusable = (file: string, role: string, reason: string, problem: string, holds: string, kind: string) => ({ file, role, reason, problem, holds, kind });

  test.each<[string, string, string, Record<string, string>, Record<string, string>]>([
    [
      'an empty file as the Fleet Server certificate',
      'empty.pem',
      'fleetServerCert',
      { 'agent-fleet': 'fail', 'fleet-self': 'fail' },
      unusable('empty.pem', 'fleetServerCert', 'no-certificate', 'empty', 'nothing', 'cert'),
    ],
    [
      'a truncated file as the Fleet Server CA',
      'truncated.pem',
      'fleetServerCa',
      { 'agent-fleet': 'fail', 'fleet-self': 'fail' },
      unusable('truncated.pem', 'fleetServerCa', 'no-certificate', 'pem-truncated', 'nothing', 'ca'),
    ],
    [
      'random bytes as the Elasticsearch CA',
      'random.bin',
      'esCa',
      { 'fleet-es': 'fail', 'agent-output': 'fail' },
      unusable('random.bin', 'esCa', 'no-certificate', 'not-recognised', 'nothing', 'ca'),
    ],
    [
      'a damaged PEM as the agents’ CA (Fleet Server checks agents with it)',
      'bad-base64.pem',
      'agentCa',
      { 'agent-fleet': 'fail', 'fleet-self': 'fail' },
      unusable('bad-base64.pem', 'agentCa', 'no-certificate', 'pem-bad-base64', 'nothing', 'ca'),
    ],
    [
      'a README as Elasticsearch’s certificate',
      'not-a-cert.txt',
      'esServerCert',
      { 'fleet-es': 'fail', 'agent-output': 'fail' },
      unusable('not-a-cert.txt', 'esServerCert', 'no-certificate', 'not-recognised', 'nothing', 'cert'),
    ],
    [
      'a certificate where the agents’ key belongs',
      'fleet01-internal.crt',
      'agentKey',
      { 'agent-fleet': 'fail', 'fleet-self': 'fail' },
      unusable('fleet01-internal.crt', 'agentKey', 'no-key', '', 'certificate', 'key'),
    ],
    [
      'a key where the Fleet Server certificate belongs',
      'orphan.key',
      'fleetServerCert',
      { 'agent-fleet': 'fail', 'fleet-self': 'fail' },
      unusable('orphan.key', 'fleetServerCert', 'no-certificate', '', 'key', 'cert'),
    ],
    [
      'a DSA key, which Go’s parsePrivateKey does not load, as the agents’ key',
      'dsa.key',
      'agentKey',
      { 'agent-fleet': 'fail', 'fleet-self': 'fail' },
      unusable('dsa.key', 'agentKey', 'agent-cannot-open', 'dsa-key-unsupported', 'nothing', 'key'),
    ],
  ])('%s', async (_, file, role, verdicts, params) => {
    const r = await judge(plan(), [...GOOD, file], { [role]: file }, ['file-unusable']);
    expect(r.verdicts).toEqual({ ...ALL_PASS, ...verdicts });
    expect(r.findings).toEqual(Object.keys(verdicts).map((leg) => [leg, 'file-unusable', params]));
  });

  test('a PKCS#12 not opened yet (no password) holds the verdict instead of failing it', async () => {
    const r = await judge(plan(), [...GOOD, 'fleet-server.p12'], { fleetServerCert: 'fleet-server.p12' }, ['file-not-opened', 'file-unusable']);
    expect(r.verdicts).toEqual({ ...ALL_PASS, 'agent-fleet': 'incomplete', 'fleet-self': 'incomplete' });
    const params = { file: 'fleet-server.p12', role: 'fleetServerCert', reason: 'not-opened', problem: 'password-needed', holds: 'nothing', kind: 'cert' };
    expect(r.findings).toEqual([
      ['agent-fleet', 'file-not-opened', params],
      ['fleet-self', 'file-not-opened', params],
    ]);
  });

  test.each([
    ['closed', undefined],
    ['opened here with its passphrase', 'KEY'],
  ] as const)('a key the agent cannot open (PBES1: libs’ pkcs8 "only PBES2 supported"), %s, fails with that reason', async (_, pass) => {
    // The decoder names the scheme (certs/agent-key-support.ts); the connection rule reads
    // the problem from the one list, AGENT_UNUSABLE_KEY_PROBLEMS, before the opened key.
    const passwords: Record<string, string> = pass === undefined ? {} : { 'verdict-pbes1.key': loadManifest().passphrases.key };
    const files = await shelf([...GOOD, 'verdict-pbes1.key'], passwords);
    const r = await judge(
      plan((p) => (p.certs.encrypted.fleetServerKey = true)),
      files,
      { fleetServerKey: 'verdict-pbes1.key' },
      ['file-unusable', 'key-locked'],
    );
    expect(r.verdicts).toEqual({ ...ALL_PASS, 'agent-fleet': 'fail', 'fleet-self': 'fail' });
    const params = {
      file: 'verdict-pbes1.key',
      role: 'fleetServerKey',
      reason: 'agent-cannot-open',
      problem: 'encrypted-key-agent-unsupported',
      holds: 'key',
      kind: 'key',
    };
    expect(r.findings).toEqual([
      ['agent-fleet', 'file-unusable', params],
      ['fleet-self', 'file-unusable', params],
    ]);
  });
});

describe('only the chain that would be built counts (Go verify.go buildChains; isValid l.574–585 on that chain)', () => {
  test('an expired root beside the right one in a trust bundle: passes, with a note', async () => {
    const files = [...without('fleet-ca.crt', 'es-ca.crt'), 'verdict-trust-bundle-expired.pem'];
    const r = await judge(plan(), files, { fleetServerCa: 'verdict-trust-bundle-expired.pem', esCa: 'verdict-trust-bundle-expired.pem' }, [
      'cert-expired',
      'cert-expired-unused',
    ]);
    expect(r.verdicts).toEqual(ALL_PASS);
    const note = { file: 'verdict-trust-bundle-expired.pem', count: 1, subjects: 'CN=Verdict Expired Root CA,O=Fleet TLS Wizard Test' };
    expect(r.findings).toEqual(['agent-fleet', 'fleet-self', 'fleet-es', 'agent-output'].map((leg) => [leg, 'cert-expired-unused', note]));
  });

  test('one CA file trusted on both sides (one CA file for all): one note, about both roles', async () => {
    const bytes = Buffer.concat(['fleet-ca.crt', 'agent-ca.crt', 'verdict-expired-root.crt'].map((f) => fixtureBytes(f)));
    const both: ShelfFile = { id: 'all-cas.pem', decoded: await decodeFile({ name: 'all-cas.pem', bytes }) };
    const files = [...(await shelf(without('fleet-ca.crt', 'agent-ca.crt'))), both];
    const ev = await evaluate(plan(), files, { fleetServerCa: 'all-cas.pem', agentCa: 'all-cas.pem' }, NOW);
    const leg = ev.legs.find((l) => l.id === 'agent-fleet');
    expect(leg?.verdict).toBe('pass');
    expect(leg?.findings.filter((f) => f.code === 'cert-expired-unused').map((f) => [f.roles, f.params])).toEqual([
      [['fleetServerCa', 'agentCa'], { file: 'all-cas.pem', count: 1, subjects: 'CN=Verdict Expired Root CA,O=Fleet TLS Wizard Test' }],
    ]);
  });

  test('the expired root the chain does use fails it', async () => {
    const files = [
      ...without('fleet-ca.crt', 'fleet-server-bundle.pem', 'fleet-server.key'),
      'verdict-trust-bundle-expired.pem',
      'verdict-expired-root-leaf.crt',
      'verdict-expired-root-leaf.key',
    ];
    const overrides = {
      fleetServerCa: 'verdict-trust-bundle-expired.pem',
      fleetServerCert: 'verdict-expired-root-leaf.crt',
      fleetServerKey: 'verdict-expired-root-leaf.key',
    };
    const r = await judge(plan(), files, overrides, ['cert-expired']);
    expect(r.verdicts).toMatchObject({ 'agent-fleet': 'fail', 'fleet-self': 'fail' });
    expect(r.findings.map(([leg, code, p]) => [leg, code, p.file, p.subject])).toEqual(
      ['agent-fleet', 'fleet-self'].map((leg) => [
        leg,
        'cert-expired',
        'verdict-trust-bundle-expired.pem',
        'CN=Verdict Expired Root CA,O=Fleet TLS Wizard Test',
      ]),
    );
  });
});

describe('a trust anchor is trusted as it is (Go verify.go l.801–802 opts.Roots.contains(c); openssl agrees)', () => {
  const CHAIN_CODES = ['ca-not-ca', 'chain-issuer-not-ca', 'chain-unknown-authority', 'cert-expired', 'key-mismatch', 'san-missing'];
  test.each<[string, string, string]>([
    ['a self-signed CA:FALSE certificate pinned as its own CA', 'verdict-self-signed-server.crt', 'verdict-self-signed-server.key'],
    ['a self-signed certificate without basicConstraints pinned as its own CA', 'verdict-self-signed-no-bc.crt', 'verdict-self-signed-no-bc.key'],
  ])('%s passes', async (_, cert, key) => {
    const files = [...without('fleet-ca.crt', 'fleet-server-bundle.pem', 'fleet-server.key'), cert, key];
    const r = await judge(plan(), files, { fleetServerCert: cert, fleetServerKey: key, fleetServerCa: cert }, CHAIN_CODES);
    expect(r).toEqual({ verdicts: ALL_PASS, findings: [] });
  });

  test('a CA file holding a server certificate beside the CA passes', async () => {
    const r = await judge(plan(), [...without('fleet-ca.crt'), 'verdict-ca-and-leaf.pem'], { fleetServerCa: 'verdict-ca-and-leaf.pem' }, CHAIN_CODES);
    expect(r).toEqual({ verdicts: ALL_PASS, findings: [] });
  });

  test('a certificate that is not a CA still cannot issue another (x509.go CheckSignatureFrom l.775–778)', async () => {
    const files = [...without('fleet-ca.crt', 'fleet-server-bundle.pem', 'fleet-server.key'), 'not-a-ca.crt', 'not-a-ca-leaf.crt', 'not-a-ca-leaf.key'];
    const r = await judge(
      plan(),
      files,
      { fleetServerCert: 'not-a-ca-leaf.crt', fleetServerKey: 'not-a-ca-leaf.key', fleetServerCa: 'not-a-ca.crt' },
      CHAIN_CODES,
    );
    expect(r.verdicts).toMatchObject({ 'agent-fleet': 'fail', 'fleet-self': 'fail' });
    expect(r.findings.map(([leg, code]) => [leg, code])).toEqual([
      ['agent-fleet', 'chain-issuer-not-ca'],
      ['agent-fleet', 'ca-not-ca'],
      ['fleet-self', 'chain-issuer-not-ca'],
      ['fleet-self', 'ca-not-ca'],
    ]);
  });
});

describe('the host is checked as verification_mode full checks it (libs tls_config.go verifyHostname l.385–428)', () => {
  const CODES = ['host-by-common-name', 'san-missing', 'chain-missing-intermediate'];
  const fleetServer = (cert: string, key: string) => ({ fleetServerCert: cert, fleetServerKey: key });
  const withServer = (...files: string[]) => [...without('fleet-server-bundle.pem', 'fleet-server.key'), ...files];

  test('no SAN at all, the Common Name the host: works, with a warning that strict and other clients refuse it', async () => {
    const r = await judge(plan(), withServer('verdict-cn-only-bundle.pem', 'cn-only.key'), fleetServer('verdict-cn-only-bundle.pem', 'cn-only.key'), CODES);
    expect(r.verdicts).toEqual({ ...ALL_PASS, 'agent-fleet': 'warn' });
    expect(r.findings).toEqual([
      [
        'agent-fleet',
        'host-by-common-name',
        { file: 'verdict-cn-only-bundle.pem', host: 'fleet.example.com', cn: 'fleet.example.com', mode: 'full', sanExtension: false },
      ],
    ]);
  });

  test('IP SANs but no DNS SAN: libs still falls back to the Common Name for a name', async () => {
    const r = await judge(
      plan(),
      withServer('verdict-cn-ip-san.crt', 'verdict-cn-ip-san.key'),
      fleetServer('verdict-cn-ip-san.crt', 'verdict-cn-ip-san.key'),
      CODES,
    );
    expect(r.verdicts).toEqual({ ...ALL_PASS, 'agent-fleet': 'warn' });
    expect(r.findings).toEqual([
      [
        'agent-fleet',
        'host-by-common-name',
        { file: 'verdict-cn-ip-san.crt', host: 'fleet.example.com', cn: 'fleet.example.com', mode: 'full', sanExtension: true },
      ],
    ]);
  });

  test('an IP address dialled, the Common Name that address: works, with the warning', async () => {
    const p = plan((x) => (x.fleetServer.urls = ['https://10.0.0.5:8220']));
    const r = await judge(p, withServer('verdict-cn-is-ip.crt', 'verdict-cn-is-ip.key'), fleetServer('verdict-cn-is-ip.crt', 'verdict-cn-is-ip.key'), CODES);
    expect(r.verdicts).toEqual({ ...ALL_PASS, 'agent-fleet': 'warn' });
    expect(r.findings).toEqual([
      ['agent-fleet', 'host-by-common-name', { file: 'verdict-cn-is-ip.crt', host: '10.0.0.5', cn: '10.0.0.5', mode: 'full', sanExtension: false }],
    ]);
  });

  test('no SAN, a Common Name for another host: fails as libs does (x509.HostnameError: "not valid for any names")', async () => {
    const r = await judge(
      plan(),
      withServer('verdict-cn-only-other.crt', 'verdict-cn-only-other.key'),
      fleetServer('verdict-cn-only-other.crt', 'verdict-cn-only-other.key'),
      CODES,
    );
    expect(r.verdicts).toEqual({ ...ALL_PASS, 'agent-fleet': 'fail' });
    expect(r.findings).toEqual([
      ['agent-fleet', 'san-missing', { file: 'verdict-cn-only-other.crt', host: 'fleet.example.com', covers: 'other.example.com', ip: false, valid: '' }],
    ]);
  });
});

describe('chain building stays within Go’s bounds (verify.go maxChainSignatureChecks = 100, l.887–911)', () => {
  test('a server sending a loop of 13 same-named CAs fails fast, as Go gives up', async () => {
    const files = [...without('fleet-server-bundle.pem', 'fleet-server.key'), 'verdict-loop-chain.pem', 'verdict-loop-leaf.key'];
    const started = performance.now();
    const r = await judge(plan(), files, { fleetServerCert: 'verdict-loop-chain.pem', fleetServerKey: 'verdict-loop-leaf.key' }, [
      'chain-search-limit',
      'chain-unknown-authority',
    ]);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(r.verdicts).toMatchObject({ 'agent-fleet': 'fail', 'fleet-self': 'fail' });
    const params = { side: 'server', file: 'verdict-loop-chain.pem', caFile: 'fleet-ca.crt', checks: 100 };
    expect(r.findings).toEqual([
      ['agent-fleet', 'chain-search-limit', params],
      ['fleet-self', 'chain-search-limit', params],
    ]);
  });

  test('the same loop trusted as CAs: the first same-named root that signed the leaf ends the chain', async () => {
    const files = [
      ...without('fleet-ca.crt', 'fleet-server-bundle.pem', 'fleet-server.key'),
      'verdict-loop-cas.pem',
      'verdict-loop-leaf.crt',
      'verdict-loop-leaf.key',
    ];
    const overrides = { fleetServerCa: 'verdict-loop-cas.pem', fleetServerCert: 'verdict-loop-leaf.crt', fleetServerKey: 'verdict-loop-leaf.key' };
    const r = await judge(plan(), files, overrides, ['chain-search-limit', 'chain-unknown-authority', 'chain-bad-signature']);
    expect(r).toEqual({ verdicts: ALL_PASS, findings: [] });
  });
});
