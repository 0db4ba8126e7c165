/**
 * The CSRs the product writes, held to OpenSSL: `req -verify` accepts the signature and
 * reads the requested extensions; a CA made by OpenSSL signs it with
 * `x509 -req -copy_extensions copyall`, and the certificate verifies with the SANs and
 * EKU asked; the key is the CSR's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeCsr } from './make-csr';
import type { LabKeyType } from './sign';

const dir = mkdtempSync(join(tmpdir(), 'make-csr-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const openssl = (args: string[]) => execFileSync('openssl', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 });

// A CA of OpenSSL's own making, to sign the requests as a real CA would.
openssl([
  'req',
  '-x509',
  '-newkey',
  'ec',
  '-pkeyopt',
  'ec_paramgen_curve:P-256',
  '-nodes',
  '-keyout',
  'ca.key',
  '-out',
  'ca.crt',
  '-subj',
  '/CN=Test CA',
  '-days',
  '2',
]);

describe.each<[string, LabKeyType]>([
  ['P-256', { kind: 'EC', curve: 'P-256' }],
  ['P-384', { kind: 'EC', curve: 'P-384' }],
  ['RSA 2048', { kind: 'RSA', bits: 2048 }],
])('makeCsr, %s', (label, keyType) => {
  it('is accepted by openssl req -verify, with the SANs, EKU, key usage and CA:FALSE asked; signed by a CA, it keeps them and verifies', async () => {
    const base = label.replace(/\W/g, '');
    const { csrPem, keyPem } = await makeCsr({
      commonName: 'fleet.example.com',
      dns: ['fleet.example.com', 'localhost'],
      ips: ['10.0.0.5', 'fd00::5'],
      eku: ['serverAuth'],
      keyType,
    });
    writeFileSync(join(dir, `${base}.csr`), csrPem);
    writeFileSync(join(dir, `${base}.key`), keyPem, { mode: 0o600 });
    expect(csrPem).toMatch(/^-----BEGIN CERTIFICATE REQUEST-----\n/);
    expect(keyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);

    const text = execFileSync('openssl', ['req', '-in', `${base}.csr`, '-verify', '-noout', '-text'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(text).toContain('Subject: CN = fleet.example.com');
    expect(text).toContain('Requested Extensions:');
    expect(text).toContain('DNS:fleet.example.com, DNS:localhost, IP Address:10.0.0.5, IP Address:FD00:0:0:0:0:0:0:5');
    expect(text).toContain('TLS Web Server Authentication');
    expect(text).toMatch(/X509v3 Basic Constraints: critical\n\s+CA:FALSE/);
    expect(text).toMatch(
      keyType.kind === 'RSA' ? /Key Usage: critical\n\s+Digital Signature, Key Encipherment/ : /Key Usage: critical\n\s+Digital Signature\n/,
    );
    // -verify prints its verdict on stderr: run it again for that alone.
    const verify = execFileSync('bash', ['-c', `openssl req -in ${base}.csr -verify -noout 2>&1`], { cwd: dir, encoding: 'utf8' });
    expect(verify.trim()).toMatch(/verify OK$/i);

    // The key is the request's.
    expect(openssl(['pkey', '-in', `${base}.key`, '-pubout'])).toBe(openssl(['req', '-in', `${base}.csr`, '-noout', '-pubkey']));

    openssl([
      'x509',
      '-req',
      '-in',
      `${base}.csr`,
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-days',
      '1',
      '-copy_extensions',
      'copyall',
      '-out',
      `${base}.crt`,
    ]);
    expect(openssl(['verify', '-CAfile', 'ca.crt', '-purpose', 'sslserver', `${base}.crt`]).trim()).toMatch(/: OK$/);
    const cert = openssl(['x509', '-in', `${base}.crt`, '-noout', '-ext', 'subjectAltName,extendedKeyUsage']);
    expect(cert).toContain('DNS:fleet.example.com, DNS:localhost, IP Address:10.0.0.5, IP Address:FD00:0:0:0:0:0:0:5');
    expect(cert).toContain('TLS Web Server Authentication');
    expect(openssl(['x509', '-in', `${base}.crt`, '-noout', '-checkhost', 'fleet.example.com'])).toContain('does match certificate');
  });
});

it('a client request asks clientAuth, and no SAN extension when it names no host', async () => {
  const { csrPem } = await makeCsr({ commonName: 'elastic-agent', dns: [], ips: [], eku: ['clientAuth'], keyType: { kind: 'EC', curve: 'P-256' } });
  writeFileSync(join(dir, 'client.csr'), csrPem);
  const text = openssl(['req', '-in', 'client.csr', '-noout', '-text']);
  expect(text).toContain('TLS Web Client Authentication');
  expect(text).not.toContain('Subject Alternative Name');
});
