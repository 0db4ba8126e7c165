import { beforeEach, describe, expect, test, vi } from 'vitest';
import { certificateOf, decodeFixture, loadManifest } from './fixtures.test-helper';
import type { CertificateFacts, ChainResult, VerifyChainInput } from './types';
import { forgetSignatureVerdicts, MAX_SIGNATURE_CHECKS, verifyChain, type VerifiedChain } from './verify-chain';
import type * as signatures from './verify-signature';
import { verifySignature } from './verify-signature';

// Every signature the engine really verifies goes through here, counted.
vi.mock('./verify-signature', async (original) => {
  const real = await original<typeof signatures>();
  return { ...real, verifySignature: vi.fn(real.verifySignature) };
});
const signaturesVerified = () => vi.mocked(verifySignature).mock.calls.length;

const now = new Date();
const DAY = 24 * 60 * 60 * 1000;
/** Every certificate of a fixture file, in file order. */
const certsIn = async (file: string) => (await decodeFixture(file)).items.filter((i): i is CertificateFacts => i.kind === 'certificate');
/** A fixture's certificate; `bundle.pem#3` is the third certificate of a bundle. */
const fp = async (name: string) => {
  const [file = name, index = '1'] = name.split('#');
  const cert = (await certsIn(file))[Number(index) - 1];
  if (!cert) throw new Error(`no certificate ${name}`);
  return cert.sha256Fingerprint;
};
const certs = async (files: string[]) => (await Promise.all(files.map(certsIn))).flat();
async function result(status: ChainResult['status'], path: string[], failedAt: string | null): Promise<ChainResult> {
  return { status, path: await Promise.all(path.map(fp)), failedAt: failedAt === null ? null : await fp(failedAt) };
}

/** Every chain the manifest describes, with the whole expected result. */
const MANIFEST_CASES: Record<string, { path: string[]; failedAt: string | null; limitReached?: true }> = {
  'fleet-server.crt': { path: ['fleet-server.crt', 'fleet-intermediate.crt', 'fleet-ca.crt'], failedAt: null },
  'agent-client.crt': { path: ['agent-client.crt', 'agent-ca.crt'], failedAt: null },
  'es-server.crt': { path: ['es-server.crt', 'es-ca.crt'], failedAt: null },
  'cn-only.crt': { path: ['cn-only.crt', 'fleet-intermediate.crt', 'fleet-ca.crt'], failedAt: null },
  'expired.crt': { path: ['expired.crt'], failedAt: 'expired.crt' },
  'not-yet-valid.crt': { path: ['not-yet-valid.crt'], failedAt: 'not-yet-valid.crt' },
  'expiring-soon.crt': { path: ['expiring-soon.crt', 'fleet-intermediate.crt', 'fleet-ca.crt'], failedAt: null },
  'wrong-ca-leaf.crt': { path: ['wrong-ca-leaf.crt'], failedAt: 'wrong-ca-leaf.crt' },
  'san-mismatch.crt': { path: ['san-mismatch.crt', 'fleet-intermediate.crt', 'fleet-ca.crt'], failedAt: null },
  'fleet01-internal.crt': { path: ['fleet01-internal.crt', 'fleet-ca.crt'], failedAt: null },
  'es-server-other-ca.crt': { path: ['es-server-other-ca.crt', 'other-ca.crt'], failedAt: null },
  'bad-signature.crt': { path: ['bad-signature.crt'], failedAt: 'bad-signature.crt' },
  'not-a-ca-leaf.crt': { path: ['not-a-ca-leaf.crt', 'not-a-ca.crt'], failedAt: 'not-a-ca.crt' },
  'eku-restricted-server.crt': {
    path: ['eku-restricted-server.crt', 'client-only-intermediate.crt', 'fleet-ca.crt'],
    failedAt: 'client-only-intermediate.crt',
  },
  'rsa-server.crt': { path: ['rsa-server.crt', 'rsa-ca.crt'], failedAt: null },
  'weak-rsa1024.crt': { path: ['weak-rsa1024.crt', 'rsa-ca.crt'], failedAt: null },
  'weak-sha1.crt': { path: ['weak-sha1.crt'], failedAt: 'weak-sha1.crt' },
  'rsa-pss-signed.crt': { path: ['rsa-pss-signed.crt', 'rsa-ca.crt'], failedAt: null },
  'ed25519-signed.crt': { path: ['ed25519-signed.crt', 'ed25519.crt'], failedAt: null },
  // A trust anchor is trusted as it is, CA or not (Go 1.19.8 verify.go l.801–802).
  'verdict-self-signed-server.crt': { path: ['verdict-self-signed-server.crt'], failedAt: null },
  'verdict-self-signed-no-bc.crt': { path: ['verdict-self-signed-no-bc.crt'], failedAt: null },
  'verdict-expired-root-leaf.crt': { path: ['verdict-expired-root-leaf.crt', 'verdict-expired-root.crt'], failedAt: 'verdict-expired-root.crt' },
  'verdict-cn-only-other.crt': { path: ['verdict-cn-only-other.crt', 'fleet-ca.crt'], failedAt: null },
  'verdict-cn-ip-san.crt': { path: ['verdict-cn-ip-san.crt', 'fleet-ca.crt'], failedAt: null },
  'verdict-cn-is-ip.crt': { path: ['verdict-cn-is-ip.crt', 'fleet-ca.crt'], failedAt: null },
  // The first path as deep as the loop allows (one certificate per key: K0 by K1, K1 by K2,
  // K2 by K3, K3 by K0), then Go's limit. The bundle holds Ki by Kj in order i, j, then K0 by K0.
  'verdict-loop-leaf.crt': {
    path: ['verdict-loop-leaf.crt', 'verdict-loop-cas.pem#1', 'verdict-loop-cas.pem#5', 'verdict-loop-cas.pem#9', 'verdict-loop-cas.pem#10'],
    failedAt: 'verdict-loop-cas.pem#10',
    limitReached: true,
  },
  'verdict-same-name-leaf.crt': { path: ['verdict-same-name-leaf.crt', 'verdict-same-name-cas.pem#20'], failedAt: null },
};

describe('verifyChain: the chains of the manifest', () => {
  const cases = loadManifest()
    .files.filter((f) => f.verify)
    .map((f) => [f.description, f.name, f.verify!] as const);
  test('every manifest chain has an expected result here', () => {
    expect(cases.map(([, name]) => name).sort()).toEqual(Object.keys(MANIFEST_CASES).sort());
  });
  test.each(cases)('%s (%s)', async (_, file, v) => {
    const expected = MANIFEST_CASES[file] ?? { path: [], failedAt: null };
    const input: VerifyChainInput = {
      leaf: await certificateOf(file),
      intermediates: await certs(v.intermediates),
      roots: await certs(v.roots),
      at: now,
      purpose: v.purpose,
    };
    const expectedResult: VerifiedChain = await result(v.expect as ChainResult['status'], expected.path, expected.failedAt);
    expect(await verifyChain(input)).toEqual(expected.limitReached ? { ...expectedResult, limitReached: true } : expectedResult);
  });
});

describe('verifyChain: how the path is built', () => {
  const base = async (): Promise<VerifyChainInput> => ({
    leaf: await certificateOf('fleet-server.crt'),
    intermediates: await certs(['fleet-intermediate.crt']),
    roots: await certs(['fleet-ca.crt']),
    at: now,
    purpose: 'serverAuth',
  });
  const FULL = ['fleet-server.crt', 'fleet-intermediate.crt', 'fleet-ca.crt'];

  test.each<[string, () => Promise<Partial<VerifyChainInput>>, () => Promise<ChainResult>]>([
    [
      'intermediates in any order, unrelated ones ignored',
      async () => ({ intermediates: await certs(['agent-ca.crt', 'es-ca.crt', 'fleet-intermediate.crt', 'client-only-intermediate.crt']) }),
      () => result('ok', FULL, null),
    ],
    [
      'the leaf repeated among the intermediates changes nothing',
      async () => ({ intermediates: await certs(['fleet-server.crt', 'fleet-intermediate.crt']) }),
      () => result('ok', FULL, null),
    ],
    [
      'an intermediate the client trusts directly ends the path (as in Go)',
      async () => ({ intermediates: [], roots: await certs(['fleet-intermediate.crt']) }),
      () => result('ok', ['fleet-server.crt', 'fleet-intermediate.crt'], null),
    ],
    [
      'the missing intermediate: unknown authority at the leaf',
      async () => ({ intermediates: [] }),
      () => result('unknown-authority', ['fleet-server.crt'], 'fleet-server.crt'),
    ],
    [
      'the wrong root: unknown authority at the top of the path built',
      async () => ({ roots: await certs(['agent-ca.crt']) }),
      () => result('unknown-authority', ['fleet-server.crt', 'fleet-intermediate.crt'], 'fleet-intermediate.crt'),
    ],
    [
      'a root with the same name but another key is not the issuer',
      async () => ({ roots: await certs(['wrong-ca.crt']) }),
      () => result('unknown-authority', ['fleet-server.crt', 'fleet-intermediate.crt'], 'fleet-intermediate.crt'),
    ],
    [
      'the right root among 150 others',
      async () => ({ roots: [...((await decodeFixture('ca-bundle-150.pem')).items as CertificateFacts[]), await certificateOf('fleet-ca.crt')] }),
      () => result('ok', FULL, null),
    ],
    [
      'a leaf that is itself trusted',
      async () => ({ intermediates: [], roots: await certs(['fleet-server.crt']) }),
      () => result('ok', ['fleet-server.crt'], null),
    ],
    [
      'a self-signed certificate not trusted',
      async () => ({ leaf: await certificateOf('fleet-ca.crt'), roots: await certs(['agent-ca.crt']) }),
      () => result('unknown-authority', ['fleet-ca.crt'], 'fleet-ca.crt'),
    ],
    ['purpose clientAuth: the Fleet Server certificate also has clientAuth', async () => ({ purpose: 'clientAuth' }), () => result('ok', FULL, null)],
    [
      'at a time before the chain was issued: not yet valid, at the leaf first',
      async () => ({ at: new Date(now.getTime() - 2 * DAY) }),
      () => result('not-yet-valid', ['fleet-server.crt'], 'fleet-server.crt'),
    ],
    [
      'an intermediate expired at `at`: expired, at the intermediate',
      async () => ({ intermediates: [{ ...(await certificateOf('fleet-intermediate.crt')), notAfter: new Date(now.getTime() - DAY).toISOString() }] }),
      () => result('expired', FULL.slice(0, 2), 'fleet-intermediate.crt'),
    ],
    [
      'a root whose path length forbids any intermediate: issuer-not-ca at the root',
      async () => ({ roots: [{ ...(await certificateOf('fleet-ca.crt')), basicConstraints: { ca: true, pathLength: 0 } }] }),
      () => result('issuer-not-ca', FULL, 'fleet-ca.crt'),
    ],
  ])('%s', async (_, change, expected) => {
    expect(await verifyChain({ ...(await base()), ...(await change()) })).toEqual(await expected());
  });

  test.each<[string, string, string[], VerifyChainInput['purpose'], () => Promise<ChainResult>]>([
    [
      'an agent certificate (clientAuth only) offered as a server',
      'agent-client.crt',
      ['agent-ca.crt'],
      'serverAuth',
      () => result('incompatible-usage', ['agent-client.crt', 'agent-ca.crt'], 'agent-client.crt'),
    ],
    [
      'an issuer EKU restricts, unless no purpose is asked',
      'eku-restricted-server.crt',
      ['fleet-ca.crt'],
      null,
      () => result('ok', ['eku-restricted-server.crt', 'client-only-intermediate.crt', 'fleet-ca.crt'], null),
    ],
  ])('%s', async (_, leaf, roots, purpose, expected) => {
    const input = {
      leaf: await certificateOf(leaf),
      intermediates: await certs(['client-only-intermediate.crt']),
      roots: await certs(roots),
      at: now,
      purpose,
    };
    expect(await verifyChain(input)).toEqual(await expected());
  });
});

describe('verifyChain: bounded as Go bounds it, and every signature verified once', () => {
  const fleetCa = () => certs(['fleet-ca.crt']);
  beforeEach(() => {
    forgetSignatureVerdicts();
    vi.mocked(verifySignature).mockClear();
  });

  test('a loop of 13 same-named CAs over 4 keys: at most 100 signature checks (Go: maxChainSignatureChecks), then unknown authority', async () => {
    // Before the bound, a search telling certificates apart only by fingerprint walked this loop for minutes.
    const started = performance.now();
    const r = await verifyChain({
      leaf: await certificateOf('verdict-loop-leaf.crt'),
      intermediates: await certs(['verdict-loop-cas.pem']),
      roots: await fleetCa(),
      at: now,
      purpose: 'serverAuth',
    });
    expect(r).toMatchObject({ status: 'unknown-authority', limitReached: true });
    expect(signaturesVerified()).toBeLessThanOrEqual(MAX_SIGNATURE_CHECKS);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  test('the same chain verified again costs no signature at all (memoised across calls)', async () => {
    const input = async (): Promise<VerifyChainInput> => ({
      leaf: await certificateOf('fleet-server.crt'),
      intermediates: await certs(['fleet-intermediate.crt']),
      roots: await fleetCa(),
      at: now,
      purpose: 'serverAuth',
    });
    expect((await verifyChain(await input())).status).toBe('ok');
    const first = signaturesVerified();
    expect(first).toBe(2);
    expect((await verifyChain(await input())).status).toBe('ok');
    expect(signaturesVerified()).toBe(first);
  });

  test('20 roots of one name: the one whose key id the leaf names is tried first (cert_pool.go findPotentialParents), one signature', async () => {
    const r = await verifyChain({
      leaf: await certificateOf('verdict-same-name-leaf.crt'),
      intermediates: [],
      roots: await certs(['verdict-same-name-cas.pem']),
      at: now,
      purpose: 'serverAuth',
    });
    expect(r).toEqual(await result('ok', ['verdict-same-name-leaf.crt', 'verdict-same-name-cas.pem#20'], null));
    expect(signaturesVerified()).toBe(1);
  });

  test('without key ids to go by, the roots are tried in file order: the 20th is found within the limit', async () => {
    const leaf = { ...(await certificateOf('verdict-same-name-leaf.crt')), authorityKeyId: null };
    const r = await verifyChain({ leaf, intermediates: [], roots: await certs(['verdict-same-name-cas.pem']), at: now, purpose: 'serverAuth' });
    expect(r.status).toBe('ok');
    expect(signaturesVerified()).toBe(20);
  });

  test('the right root behind 100 same-named others: Go gives up at its limit, and so does the engine', async () => {
    const leaf = { ...(await certificateOf('verdict-same-name-leaf.crt')), authorityKeyId: null };
    const [wrong] = await certs(['verdict-same-name-cas.pem']);
    // 100 distinct same-named roots that did not sign the leaf (copies told apart by fingerprint), then the right one.
    const decoys = Array.from({ length: MAX_SIGNATURE_CHECKS }, (_, i) => ({ ...wrong!, sha256Fingerprint: `decoy-${i}` }));
    const right = await fp('verdict-same-name-cas.pem#20');
    const roots = [...decoys, ...(await certs(['verdict-same-name-cas.pem'])).filter((c) => c.sha256Fingerprint === right)];
    const r = await verifyChain({ leaf, intermediates: [], roots, at: now, purpose: 'serverAuth' });
    expect(r).toEqual({ status: 'unknown-authority', path: [leaf.sha256Fingerprint], failedAt: leaf.sha256Fingerprint, limitReached: true });
  });
});

describe('verifyChain: a trust anchor is trusted as it is, and only the chain built counts', () => {
  const verify = async (leaf: string, intermediates: string[], roots: string[]) =>
    verifyChain({ leaf: await certificateOf(leaf), intermediates: await certs(intermediates), roots: await certs(roots), at: now, purpose: 'serverAuth' });

  test.each<[string, string, string[], string[], () => Promise<ChainResult>]>([
    [
      'a self-signed CA:FALSE server certificate pinned as its own CA',
      'verdict-self-signed-server.crt',
      [],
      ['verdict-self-signed-server.crt'],
      () => result('ok', ['verdict-self-signed-server.crt'], null),
    ],
    [
      'a CA file holding a server certificate beside the CA: the leaf is ignored',
      'fleet-server.crt',
      ['fleet-intermediate.crt'],
      ['verdict-ca-and-leaf.pem'],
      () => result('ok', ['fleet-server.crt', 'fleet-intermediate.crt', 'fleet-ca.crt'], null),
    ],
    [
      'an expired root the chain does not use changes nothing',
      'fleet-server.crt',
      ['fleet-intermediate.crt'],
      ['verdict-trust-bundle-expired.pem'],
      () => result('ok', ['fleet-server.crt', 'fleet-intermediate.crt', 'fleet-ca.crt'], null),
    ],
    [
      'the expired root the chain does use: expired, at that root',
      'verdict-expired-root-leaf.crt',
      [],
      ['verdict-trust-bundle-expired.pem'],
      () => result('expired', ['verdict-expired-root-leaf.crt', 'verdict-expired-root.crt'], 'verdict-expired-root.crt'),
    ],
  ])('%s', async (_, leaf, intermediates, roots, expected) => {
    expect(await verify(leaf, intermediates, roots)).toEqual(await expected());
  });

  test('an issuer whose key usage lacks keyCertSign cannot sign (x509.go CheckSignatureFrom l.780–782)', async () => {
    const intermediate = { ...(await certificateOf('fleet-intermediate.crt')), keyUsage: ['digitalSignature', 'cRLSign'] };
    const r = await verifyChain({
      leaf: await certificateOf('fleet-server.crt'),
      intermediates: [intermediate],
      roots: await certs(['fleet-ca.crt']),
      at: now,
      purpose: 'serverAuth',
    });
    expect(r).toEqual(await result('issuer-not-ca', ['fleet-server.crt', 'fleet-intermediate.crt'], 'fleet-intermediate.crt'));
  });
});
