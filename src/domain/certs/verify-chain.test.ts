import { describe, expect, test } from 'vitest';
import { certificateOf, decodeFixture, loadManifest } from './fixtures.test-helper';
import type { CertificateFacts, ChainResult, VerifyChainInput } from './types';
import { verifyChain } from './verify-chain';

const now = new Date();
const DAY = 24 * 60 * 60 * 1000;
const fp = async (file: string) => (await certificateOf(file)).sha256Fingerprint;
const certs = (files: string[]) => Promise.all(files.map(certificateOf));
async function result(status: ChainResult['status'], path: string[], failedAt: string | null): Promise<ChainResult> {
  return { status, path: await Promise.all(path.map(fp)), failedAt: failedAt === null ? null : await fp(failedAt) };
}

/** Every chain the manifest describes, with the whole expected result. */
const MANIFEST_CASES: Record<string, { path: string[]; failedAt: string | null }> = {
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
  'eku-restricted-server.crt': { path: ['eku-restricted-server.crt', 'client-only-intermediate.crt', 'fleet-ca.crt'], failedAt: 'client-only-intermediate.crt' },
  'rsa-server.crt': { path: ['rsa-server.crt', 'rsa-ca.crt'], failedAt: null },
  'weak-rsa1024.crt': { path: ['weak-rsa1024.crt', 'rsa-ca.crt'], failedAt: null },
  'weak-sha1.crt': { path: ['weak-sha1.crt'], failedAt: 'weak-sha1.crt' },
  'rsa-pss-signed.crt': { path: ['rsa-pss-signed.crt', 'rsa-ca.crt'], failedAt: null },
  'ed25519-signed.crt': { path: ['ed25519-signed.crt', 'ed25519.crt'], failedAt: null },
};

describe('verifyChain: the chains of the manifest', () => {
  const cases = loadManifest().files.filter((f) => f.verify).map((f) => [f.description, f.name, f.verify!] as const);
  test('every manifest chain has an expected result here', () => {
    expect(cases.map(([, name]) => name).sort()).toEqual(Object.keys(MANIFEST_CASES).sort());
  });
  test.each(cases)('%s (%s)', async (_, file, v) => {
    const expected = MANIFEST_CASES[file] ?? { path: [], failedAt: null };
    const input: VerifyChainInput = {
      leaf: await certificateOf(file), intermediates: await certs(v.intermediates), roots: await certs(v.roots), at: now, purpose: v.purpose,
    };
    expect(await verifyChain(input)).toEqual(await result(v.expect as ChainResult['status'], expected.path, expected.failedAt));
  });
});

describe('verifyChain: how the path is built', () => {
  const base = async (): Promise<VerifyChainInput> => ({
    leaf: await certificateOf('fleet-server.crt'), intermediates: await certs(['fleet-intermediate.crt']),
    roots: await certs(['fleet-ca.crt']), at: now, purpose: 'serverAuth',
  });
  const FULL = ['fleet-server.crt', 'fleet-intermediate.crt', 'fleet-ca.crt'];

  test.each<[string, () => Promise<Partial<VerifyChainInput>>, () => Promise<ChainResult>]>([
    ['intermediates in any order, unrelated ones ignored',
      async () => ({ intermediates: await certs(['agent-ca.crt', 'es-ca.crt', 'fleet-intermediate.crt', 'client-only-intermediate.crt']) }),
      () => result('ok', FULL, null)],
    ['the leaf repeated among the intermediates changes nothing',
      async () => ({ intermediates: await certs(['fleet-server.crt', 'fleet-intermediate.crt']) }),
      () => result('ok', FULL, null)],
    ['an intermediate the client trusts directly ends the path (as in Go)',
      async () => ({ intermediates: [], roots: await certs(['fleet-intermediate.crt']) }),
      () => result('ok', ['fleet-server.crt', 'fleet-intermediate.crt'], null)],
    ['the missing intermediate: unknown authority at the leaf',
      async () => ({ intermediates: [] }),
      () => result('unknown-authority', ['fleet-server.crt'], 'fleet-server.crt')],
    ['the wrong root: unknown authority at the top of the path built',
      async () => ({ roots: await certs(['agent-ca.crt']) }),
      () => result('unknown-authority', ['fleet-server.crt', 'fleet-intermediate.crt'], 'fleet-intermediate.crt')],
    ['a root with the same name but another key is not the issuer',
      async () => ({ roots: await certs(['wrong-ca.crt']) }),
      () => result('unknown-authority', ['fleet-server.crt', 'fleet-intermediate.crt'], 'fleet-intermediate.crt')],
    ['the right root among 150 others',
      async () => ({ roots: [...(await decodeFixture('ca-bundle-150.pem')).items as CertificateFacts[], await certificateOf('fleet-ca.crt')] }),
      () => result('ok', FULL, null)],
    ['a leaf that is itself trusted', async () => ({ intermediates: [], roots: await certs(['fleet-server.crt']) }),
      () => result('ok', ['fleet-server.crt'], null)],
    ['a self-signed certificate not trusted',
      async () => ({ leaf: await certificateOf('fleet-ca.crt'), roots: await certs(['agent-ca.crt']) }),
      () => result('unknown-authority', ['fleet-ca.crt'], 'fleet-ca.crt')],
    ['purpose clientAuth: the Fleet Server certificate also has clientAuth', async () => ({ purpose: 'clientAuth' }),
      () => result('ok', FULL, null)],
    ['at a time before the chain was issued: not yet valid, at the leaf first',
      async () => ({ at: new Date(now.getTime() - 2 * DAY) }),
      () => result('not-yet-valid', ['fleet-server.crt'], 'fleet-server.crt')],
    ['an intermediate expired at `at`: expired, at the intermediate',
      async () => ({ intermediates: [{ ...(await certificateOf('fleet-intermediate.crt')), notAfter: new Date(now.getTime() - DAY).toISOString() }] }),
      () => result('expired', FULL.slice(0, 2), 'fleet-intermediate.crt')],
    ['a root whose path length forbids any intermediate: issuer-not-ca at the root',
      async () => ({ roots: [{ ...(await certificateOf('fleet-ca.crt')), basicConstraints: { ca: true, pathLength: 0 } }] }),
      () => result('issuer-not-ca', FULL, 'fleet-ca.crt')],
  ])('%s', async (_, change, expected) => {
    expect(await verifyChain({ ...(await base()), ...(await change()) })).toEqual(await expected());
  });

  test.each<[string, string, string[], VerifyChainInput['purpose'], () => Promise<ChainResult>]>([
    ['an agent certificate (clientAuth only) offered as a server', 'agent-client.crt', ['agent-ca.crt'], 'serverAuth',
      () => result('incompatible-usage', ['agent-client.crt', 'agent-ca.crt'], 'agent-client.crt')],
    ['an issuer EKU restricts, unless no purpose is asked', 'eku-restricted-server.crt', ['fleet-ca.crt'], null,
      () => result('ok', ['eku-restricted-server.crt', 'client-only-intermediate.crt', 'fleet-ca.crt'], null)],
  ])('%s', async (_, leaf, roots, purpose, expected) => {
    const input = { leaf: await certificateOf(leaf), intermediates: await certs(['client-only-intermediate.crt']), roots: await certs(roots), at: now, purpose };
    expect(await verifyChain(input)).toEqual(await expected());
  });
});
