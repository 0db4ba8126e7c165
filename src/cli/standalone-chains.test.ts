import { describe, expect, test } from 'vitest';
import { certificateOf, decodeFixture } from '../domain/certs/fixtures.test-helper';
import type { CertificateFacts, VerifyChainInput } from '../domain/certs/types';
import { verifyChain } from '../domain/certs/verify-chain';
import type { ShelfFile } from '../domain/inspect/shelf';
import { fx } from './cli-fixtures.test-helper';
import { standaloneChains } from './standalone-chains';

const AT = new Date();
const shelf = async (...names: string[]): Promise<ShelfFile[]> => Promise.all(names.map(async (n) => ({ id: n, decoded: await decodeFixture(n) })));

/** `count` CA certificates that are not self-issued, each with its own name, copied from a real one. */
async function syntheticCas(count: number, issuer: (i: number) => string): Promise<ShelfFile> {
  const model = await certificateOf('fleet-intermediate.crt');
  const items: CertificateFacts[] = Array.from({ length: count }, (_, i) => ({
    ...model,
    subject: `CN=Synthetic CA ${i}`,
    issuer: issuer(i),
    sha256Fingerprint: i.toString(16).padStart(64, '0'),
  }));
  return { id: 'synthetic.pem', decoded: { name: 'synthetic.pem', container: 'pem', items, problems: [] } };
}

describe('standaloneChains: the CA pool is built once', () => {
  test('each certificate is verified against the CAs on its issuer path only, not against all of them', async () => {
    // 2,000 CAs in one chain of names: CA i is issued by CA i-1, CA 0 by a name not among the files.
    const file = await syntheticCas(2000, (i) => (i === 0 ? 'CN=Absent Root' : `CN=Synthetic CA ${i - 1}`));
    const sizes: number[] = [];
    const counting = (input: VerifyChainInput) => {
      sizes.push(input.roots.length + input.intermediates.length);
      return Promise.resolve({ status: 'unknown-authority' as const, path: [input.leaf.sha256Fingerprint], failedAt: input.leaf.sha256Fingerprint });
    };
    await standaloneChains([file], AT, counting);
    expect(sizes.length).toBe(2000);
    // CA i's issuer path holds the i CAs below it: what verifyChain could ever look at.
    expect(sizes).toEqual(Array.from({ length: 2000 }, (_, i) => i));
  });

  // How long it takes is the benchmark's business, not a test's; the test above holds the
  // shape that makes it fast (each pool is the issuer path only).
  test('10,000 CAs whose issuers are not among the files each get a verdict of their own', async () => {
    const file = await syntheticCas(10_000, (i) => `CN=Absent Issuer ${i}`);
    const chains = await standaloneChains([file], AT);
    expect(chains.length).toBe(10_000);
    expect(new Set(chains.map((c) => c.status))).toEqual(new Set(['no-root-given']));
  });

  test('the verdicts are those of verifyChain given every CA among the files', async () => {
    const names = [
      'fleet-server-bundle.pem',
      'fleet-ca.crt',
      'expired.crt',
      'wrong-ca-leaf.crt',
      'agent-client.crt',
      'agent-ca.crt',
      'bad-signature.crt',
      'not-a-ca-leaf.crt',
      'not-a-ca.crt',
      'ca-bundle-150.pem',
      'weak-sha1.crt',
      'rsa-ca.crt',
    ];
    names.forEach(fx);
    const files = await shelf(...names);
    const all = files.flatMap((f) => f.decoded.items.filter((i): i is CertificateFacts => i.kind === 'certificate'));
    const cas = all.filter((c) => c.basicConstraints?.ca === true);
    const chains = await standaloneChains(files, AT);
    const expected = await Promise.all(
      all.map((c) =>
        c.basicConstraints?.ca && c.selfIssued
          ? verifyChain({ leaf: c, intermediates: [], roots: [c], at: AT, purpose: null })
          : verifyChain({ leaf: c, intermediates: cas.filter((x) => !x.selfIssued), roots: cas.filter((x) => x.selfIssued), at: AT, purpose: null }),
      ),
    );
    expect(chains.map((c) => [c.status, c.path, c.failedAt])).toEqual(expected.map((r) => [r.status, r.path, r.failedAt]));
    expect(chains.filter((c) => c.status !== 'ok').map((c) => [c.file, c.status])).toEqual([
      ['expired.crt', 'expired'],
      ['wrong-ca-leaf.crt', 'unknown-authority'],
      ['bad-signature.crt', 'bad-signature'],
      ['not-a-ca-leaf.crt', 'unknown-authority'],
      // Self-signed, but no basicConstraints: not a CA, so not an anchor either.
      ['not-a-ca.crt', 'unknown-authority'],
      ['weak-sha1.crt', 'weak-signature'],
    ]);
  });
});
