import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES_DIR, certificateOf, readWithOpenssl, type OpensslView } from './fixtures.test-helper';
import { certificatePem } from './pem-text';
import type { CertificateFacts } from './types';

// What only openssl can know about freshly generated certificates (serials, dates,
// hashes) comes from openssl; the rest is spelled out, so each case states the engine's
// semantics and the whole shape is asserted.
const FILES = [
  'fleet-server.crt',
  'fleet-ca.crt',
  'cn-only.crt',
  'ed25519.crt',
  'rsa-pss-signed.crt',
  'unusual-subject.crt',
  'xss-cn.crt',
  'not-a-ca.crt',
  'agent-ca.crt',
];
let openssl: Map<string, OpensslView>;
beforeAll(() => {
  openssl = readWithOpenssl(FILES);
});

function volatile(
  file: string,
): Pick<CertificateFacts, 'serialHex' | 'notBefore' | 'notAfter' | 'subjectKeyId' | 'authorityKeyId' | 'sha256Fingerprint' | 'spkiSha256Base64' | 'der'> {
  const o = openssl.get(file);
  if (!o) throw new Error(`openssl did not read ${file}`);
  const pem = readFileSync(join(FIXTURES_DIR, file), 'utf8');
  return {
    serialHex: o.serialHex,
    notBefore: o.notBefore,
    notAfter: o.notAfter,
    subjectKeyId: o.subjectKeyId,
    authorityKeyId: o.authorityKeyId,
    sha256Fingerprint: o.sha256Fingerprint,
    spkiSha256Base64: o.spkiSha256Base64,
    der: pem.replace(/-----[^-]+-----|\s/g, ''),
  };
}

const noSans = { dns: [], ip: [], email: [], uri: [] };
const O = 'O=Fleet TLS Wizard Test';
const rootUsage = { keyUsage: ['keyCertSign', 'cRLSign'], extendedKeyUsage: [], basicConstraints: { ca: true, pathLength: null } };
const p256 = { algorithm: 'EC', bits: 256, curve: 'P-256' } as const;

describe('inspectCertificate: the whole shape', () => {
  test.each<[string, string, Omit<CertificateFacts, keyof ReturnType<typeof volatile>>]>([
    [
      'a leaf with DNS, IPv4 and IPv6 SANs (IPv6 compressed) and two EKUs',
      'fleet-server.crt',
      {
        kind: 'certificate',
        subject: `CN=fleet.example.com,${O}`,
        subjectCommonName: 'fleet.example.com',
        issuer: `CN=Fleet Server Test Intermediate CA,OU=Fleet,${O}`,
        sans: { dns: ['fleet.example.com', 'localhost'], ip: ['10.0.0.5', '::1'], email: [], uri: [] },
        hasSanExtension: true,
        publicKey: p256,
        signatureAlgorithm: 'ecdsa-with-SHA256',
        keyUsage: ['digitalSignature', 'keyEncipherment'],
        extendedKeyUsage: ['serverAuth', 'clientAuth'],
        basicConstraints: { ca: false, pathLength: null },
        selfIssued: false,
      },
    ],
    [
      'a self-signed root',
      'fleet-ca.crt',
      {
        kind: 'certificate',
        subject: `CN=Fleet Server Test Root CA,${O}`,
        subjectCommonName: 'Fleet Server Test Root CA',
        issuer: `CN=Fleet Server Test Root CA,${O}`,
        sans: noSans,
        hasSanExtension: false,
        publicKey: p256,
        signatureAlgorithm: 'ecdsa-with-SHA256',
        ...rootUsage,
        selfIssued: true,
      },
    ],
    [
      'a P-521 root signed with SHA-512',
      'agent-ca.crt',
      {
        kind: 'certificate',
        subject: `CN=Agent Test Root CA,${O}`,
        subjectCommonName: 'Agent Test Root CA',
        issuer: `CN=Agent Test Root CA,${O}`,
        sans: noSans,
        hasSanExtension: false,
        publicKey: { algorithm: 'EC', bits: 521, curve: 'P-521' },
        signatureAlgorithm: 'ecdsa-with-SHA512',
        ...rootUsage,
        selfIssued: true,
      },
    ],
    [
      'no SAN extension at all: hasSanExtension is false',
      'cn-only.crt',
      {
        kind: 'certificate',
        subject: `CN=fleet.example.com,${O}`,
        subjectCommonName: 'fleet.example.com',
        issuer: `CN=Fleet Server Test Intermediate CA,OU=Fleet,${O}`,
        sans: noSans,
        hasSanExtension: false,
        publicKey: p256,
        signatureAlgorithm: 'ecdsa-with-SHA256',
        keyUsage: ['digitalSignature', 'keyEncipherment'],
        extendedKeyUsage: ['serverAuth'],
        basicConstraints: { ca: false, pathLength: null },
        selfIssued: false,
      },
    ],
    [
      'an Ed25519 key has no bit size',
      'ed25519.crt',
      {
        kind: 'certificate',
        subject: `CN=Ed25519 Test CA,${O}`,
        subjectCommonName: 'Ed25519 Test CA',
        issuer: `CN=Ed25519 Test CA,${O}`,
        sans: noSans,
        hasSanExtension: false,
        publicKey: { algorithm: 'Ed25519', bits: null, curve: null },
        signatureAlgorithm: 'ED25519',
        ...rootUsage,
        selfIssued: true,
      },
    ],
    [
      'signed with RSASSA-PSS',
      'rsa-pss-signed.crt',
      {
        kind: 'certificate',
        subject: `CN=pss.example.com,${O}`,
        subjectCommonName: 'pss.example.com',
        issuer: `CN=RSA Test Root CA,${O}`,
        sans: { ...noSans, dns: ['pss.example.com'] },
        hasSanExtension: true,
        publicKey: p256,
        signatureAlgorithm: 'rsassaPss',
        keyUsage: ['digitalSignature', 'keyEncipherment'],
        extendedKeyUsage: ['serverAuth'],
        basicConstraints: { ca: false, pathLength: null },
        selfIssued: false,
      },
    ],
    [
      'UTF-8, a multi-valued RDN and every character RFC 2253 escapes',
      'unusual-subject.crt',
      {
        kind: 'certificate',
        subject: 'CN=\\<ok\\>\\ ,OU=\\#hash \\"quotes\\"+OU=plus\\;semi,O=Z\\C3\\BCrich Test\\, Ltd.,C=CH',
        subjectCommonName: '<ok> ',
        issuer: 'CN=\\<ok\\>\\ ,OU=\\#hash \\"quotes\\"+OU=plus\\;semi,O=Z\\C3\\BCrich Test\\, Ltd.,C=CH',
        sans: noSans,
        hasSanExtension: false,
        publicKey: p256,
        signatureAlgorithm: 'ecdsa-with-SHA256',
        ...rootUsage,
        selfIssued: true,
      },
    ],
    [
      'a script tag in the CN stays data: escaped in the DN, verbatim in subjectCommonName',
      'xss-cn.crt',
      {
        kind: 'certificate',
        subject: 'CN=\\<script\\>alert(1)\\</script\\>',
        subjectCommonName: '<script>alert(1)</script>',
        issuer: 'CN=\\<script\\>alert(1)\\</script\\>',
        sans: noSans,
        hasSanExtension: false,
        publicKey: p256,
        signatureAlgorithm: 'ecdsa-with-SHA256',
        ...rootUsage,
        selfIssued: true,
      },
    ],
    [
      'no extensions at all: basicConstraints null, empty usages',
      'not-a-ca.crt',
      {
        kind: 'certificate',
        subject: `CN=Not A CA,${O}`,
        subjectCommonName: 'Not A CA',
        issuer: `CN=Not A CA,${O}`,
        sans: noSans,
        hasSanExtension: false,
        publicKey: p256,
        signatureAlgorithm: 'ecdsa-with-SHA256',
        keyUsage: [],
        extendedKeyUsage: [],
        basicConstraints: null,
        selfIssued: true,
      },
    ],
  ])('%s (%s)', async (_, file, stable) => {
    expect(await certificateOf(file)).toEqual({ ...stable, ...volatile(file) });
  });
});

test.each(FILES)('certificatePem writes %s back exactly as openssl did', async (file) => {
  expect(certificatePem(await certificateOf(file))).toBe(readFileSync(join(FIXTURES_DIR, file), 'utf8'));
});
