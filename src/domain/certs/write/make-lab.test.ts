/**
 * The writer's DER, field by field, as OpenSSL reads it: signature algorithms (RFC 4055,
 * RFC 5758), times (RFC 5280 §4.1.2.5), key identifiers (RFC 5280 §4.2.1.2), serials.
 * lab-reality.test.ts holds whole labs to `openssl verify`, the reader and a handshake.
 */
import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeLab } from './make-lab';
import type { LabKeyType } from './sign';

const dir = mkdtempSync(join(tmpdir(), 'make-lab-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const openssl = (args: string[]) => execFileSync('openssl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

async function write(ca: LabKeyType, leaf: LabKeyType, now: Date, validityDays: number) {
  const lab = await makeLab(
    {
      cas: [{ id: 'lab', commonName: 'Lab CA', keyType: ca, files: [{ name: 'ca.crt' }] }],
      leaves: [
        {
          id: 'server',
          commonName: 'fleet.example.com',
          dns: ['fleet.example.com'],
          ips: ['10.0.0.5', 'fd00::5'],
          eku: ['serverAuth'],
          keyType: leaf,
          signedBy: 'lab',
          chain: false,
          cert: { name: 'server.crt' },
          key: { name: 'server.key' },
        },
      ],
    },
    { now, validityDays },
  );
  const sub = mkdtempSync(join(dir, 'lab-'));
  for (const [name, content] of lab.files) writeFileSync(join(sub, name), content);
  return { lab, ca: join(sub, 'ca.crt'), server: join(sub, 'server.crt') };
}

const asn1 = (file: string) => openssl(['asn1parse', '-in', file]);

describe('makeLab writes X.509 v3 as OpenSSL reads it', () => {
  it('RSA signs with sha256WithRSAEncryption, NULL parameters (RFC 4055 §5); P-384 ECDSA with SHA-384, no parameters (RFC 5758 §3.2)', async () => {
    const rsa = await write({ kind: 'RSA', bits: 2048 }, { kind: 'EC', curve: 'P-256' }, new Date('2026-11-29T10:00:00Z'), 30);
    expect(asn1(rsa.ca)).toMatch(/OBJECT +:sha256WithRSAEncryption\n.*NULL/);
    expect(openssl(['verify', '-CAfile', rsa.ca, rsa.server]).trim()).toMatch(/: OK$/);
    const ec = await write({ kind: 'EC', curve: 'P-384' }, { kind: 'EC', curve: 'P-384' }, new Date('2026-11-29T10:00:00Z'), 30);
    const parsed = asn1(ec.ca);
    expect(parsed).toMatch(/OBJECT +:ecdsa-with-SHA384\n/);
    expect(parsed).not.toMatch(/ecdsa-with-SHA384\n.*NULL/);
    expect(openssl(['verify', '-CAfile', ec.ca, ec.server]).trim()).toMatch(/: OK$/);
  });

  it('UTCTime through 2049, GeneralizedTime from 2050, whole seconds (RFC 5280 §4.1.2.5)', async () => {
    const { ca } = await write({ kind: 'EC', curve: 'P-256' }, { kind: 'EC', curve: 'P-256' }, new Date('2045-01-01T00:00:00.123Z'), 3650);
    expect(asn1(ca)).toMatch(/UTCTIME +:441231235500Z\n.*GENERALIZEDTIME +:20541230000000Z\n/);
  });

  it('key identifiers: SHA-1 of the public key bits; the leaf’s authority key id is its CA’s subject key id; serials positive, 16 bytes', async () => {
    const { lab, ca, server } = await write({ kind: 'EC', curve: 'P-256' }, { kind: 'EC', curve: 'P-256' }, new Date('2026-11-29T10:00:00Z'), 30);
    const ext = (file: string, name: string) =>
      openssl(['x509', '-in', file, '-noout', '-ext', name])
        .split('\n')[1]!
        .trim()
        .replace(/^keyid:/, '');
    // An uncompressed P-256 point is the last 65 bytes of the SubjectPublicKeyInfo.
    const keyBits = (pem: string) => createPublicKey(pem).export({ type: 'spki', format: 'der' }).subarray(-65);
    const sha1 = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex').toUpperCase().match(/../g)!.join(':');
    expect(ext(ca, 'subjectKeyIdentifier')).toBe(sha1(keyBits(lab.cas[0]!.certPem)));
    expect(ext(server, 'subjectKeyIdentifier')).toBe(sha1(keyBits(lab.leaves[0]!.certPem)));
    expect(ext(server, 'authorityKeyIdentifier')).toBe(ext(ca, 'subjectKeyIdentifier'));
    for (const file of [ca, server]) {
      const serial = openssl(['x509', '-in', file, '-noout', '-serial']).trim().replace('serial=', '');
      expect(serial).toMatch(/^[0-7][0-9A-F]{31}$/);
      expect(serial).not.toMatch(/^00/);
    }
    expect(openssl(['x509', '-in', server, '-noout', '-ext', 'subjectAltName'])).toContain(
      'DNS:fleet.example.com, IP Address:10.0.0.5, IP Address:FD00:0:0:0:0:0:0:5',
    );
  });
});

describe('makeLab and encrypted keys', () => {
  const spec = (keyPassphrase: { name: string } | null) => ({
    cas: [{ id: 'lab', commonName: 'Lab CA', keyType: { kind: 'EC', curve: 'P-256' } as const, files: [{ name: 'ca.crt' }] }],
    leaves: [
      {
        id: 'agent',
        commonName: 'elastic-agent',
        dns: [],
        ips: [],
        eku: ['clientAuth'] as const,
        keyType: { kind: 'EC', curve: 'P-256' } as const,
        signedBy: 'lab',
        chain: false,
        cert: { name: 'agent.crt' },
        key: { name: 'agent.key' },
        keyPassphrase,
      },
    ],
  });
  const now = new Date('2026-11-29T10:00:00Z');

  it('refuses a spec with an encrypted key and no passphrase (or an empty one)', async () => {
    await expect(makeLab(spec({ name: 'agent.key.pass' }), { now, validityDays: 30 })).rejects.toThrow(/agent.*no passphrase/);
    await expect(makeLab(spec({ name: 'agent.key.pass' }), { now, validityDays: 30, passphrase: '' })).rejects.toThrow(/no passphrase/);
  });

  it('writes the key encrypted and the passphrase file without a trailing newline; plain keys stay plain', async () => {
    const lab = await makeLab(spec({ name: 'agent.key.pass' }), { now, validityDays: 30, passphrase: 's3cret' });
    expect(lab.files.get('agent.key')).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
    expect(lab.files.get('agent.key.pass')).toBe('s3cret');
    const plain = await makeLab(spec(null), { now, validityDays: 30, passphrase: 's3cret' });
    expect(plain.files.get('agent.key')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect([...plain.files.keys()]).toEqual(['ca.crt', 'agent.crt', 'agent.key']);
  });
});
