import { describe, expect, test } from 'vitest';
import { certificateParts } from './certificate-parts';
import { inspectCertificate } from './inspect-certificate';
import { leanName, leanPublicKey, leanValidity } from './lean-x509';
import { readExtensions } from './read-extensions';
import { EXTENSIONS } from './oids';
import { sampleCertificate, warmUp } from './warm-up';

describe('the warm-up certificate', () => {
  test('is read as a CA, with the facts it was made with', () => {
    const facts = inspectCertificate(sampleCertificate());
    expect(facts).toMatchObject({
      subject: 'CN=Warm-up CA,O=Fleet TLS Wizard',
      selfIssued: true,
      notBefore: '2026-01-01T00:00:00.000Z',
      notAfter: '2036-01-01T00:00:00.000Z',
      publicKey: { algorithm: 'EC', bits: 256, curve: 'P-256' },
      basicConstraints: { ca: true, pathLength: null },
      keyUsage: ['keyCertSign', 'cRLSign'],
      subjectKeyId: '07'.repeat(20),
      authorityKeyId: '07'.repeat(20),
    });
  });

  test('goes down the same fast path as a CA bundle (what it is there to compile)', () => {
    const parts = certificateParts(sampleCertificate());
    if (!parts?.extensions) throw new Error('the sample has extensions');
    expect(leanName(parts.subject)).not.toBeNull();
    expect(leanValidity(parts.validity)).not.toBeNull();
    expect(leanPublicKey(parts.spki)).not.toBeNull();
    expect([...readExtensions(parts.extensions).keys()].sort()).toEqual(
      [EXTENSIONS.basicConstraints, EXTENSIONS.keyUsage, EXTENSIONS.subjectKeyId, EXTENSIONS.authorityKeyId].sort(),
    );
    expect(inspectCertificate(sampleCertificate())).toEqual(inspectCertificate(sampleCertificate(), { lean: false }));
  });

  test('warming up reads a few copies of it without a problem', async () => {
    const decoded = await warmUp(3);
    expect(decoded.problems).toEqual([]);
    expect(decoded.items.map((i) => i.kind)).toEqual(['certificate', 'certificate', 'certificate']);
  });
});
