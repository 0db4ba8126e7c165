import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { certificateOf } from '../domain/certs/fixtures.test-helper';
import { fx, run } from './cli-fixtures.test-helper';
import { rfc4514 } from './rfc4514';

describe('rfc4514: the engine’s names in RFC 4514 with UTF-8', () => {
  test.each([
    ['ASCII is unchanged', 'CN=fleet.example.com,O=Fleet TLS Wizard Test', 'CN=fleet.example.com,O=Fleet TLS Wizard Test'],
    ['UTF-8 bytes become the character', 'O=Z\\C3\\BCrich', 'O=Zürich'],
    ['a four-byte character', 'CN=\\F0\\9F\\94\\92 vault', 'CN=🔒 vault'],
    ['the escapes RFC 4514 requires stay', 'CN=\\<ok\\>\\ ,OU=\\#hash \\"q\\"+OU=a\\;b\\,c\\\\d', 'CN=\\<ok\\>\\ ,OU=\\#hash \\"q\\"+OU=a\\;b\\,c\\\\d'],
    ['an escaped backslash before hex digits is not a hex escape', 'CN=a\\\\C3\\\\BC', 'CN=a\\\\C3\\\\BC'],
    ['control characters stay escaped', 'CN=a\\0Ab\\00', 'CN=a\\0Ab\\00'],
    ['a C1 control (U+009B, a terminal’s CSI) stays escaped', 'CN=\\C2\\9B31m', 'CN=\\C2\\9B31m'],
    ['a bidi override stays escaped', 'CN=abc\\E2\\80\\AEgpj.exe', 'CN=abc\\E2\\80\\AEgpj.exe'],
    ['bytes that are not UTF-8 stay escaped', 'CN=\\FF\\FE', 'CN=\\FF\\FE'],
    ['a control character between UTF-8 characters', 'CN=\\C3\\BC\\0A\\C3\\B6', 'CN=ü\\0Aö'],
    ['an unknown attribute’s DER stays hex', '1.2.3.4=#0C03616263', '1.2.3.4=#0C03616263'],
  ])('%s', (_t, engine, expected) => {
    expect(rfc4514(engine)).toBe(expected);
  });

  test.each(['unusual-subject.crt', 'cli-all-sans.crt', 'fleet-server.crt'])(
    'the same as openssl -nameopt RFC2253 -nameopt -esc_msb prints it (%s)',
    async (name) => {
      const path = fx(name);
      const cert = await certificateOf(name);
      const openssl = (what: string) =>
        execFileSync('openssl', ['x509', '-in', path, '-noout', `-${what}`, '-nameopt', 'RFC2253', '-nameopt', '-esc_msb'], { encoding: 'utf8' })
          .trim()
          .replace(/^(subject|issuer)=/, '');
      expect([rfc4514(cert.subject), rfc4514(cert.issuer)]).toEqual([openssl('subject'), openssl('issuer')]);
    },
  );
});

describe('check, in words', () => {
  test('names in UTF-8 and every SAN type', async () => {
    const r = await run(['check', fx('cli-all-sans.crt'), fx('fleet-ca.crt')]);
    expect(r.out).toContain('certificate  CN=fleet.example.com,OU=Zürich Ops,O=Fleet TLS Wizard Test\n');
    expect(r.out).toContain('SAN DNS:fleet.example.com, IP:10.0.0.5, IP:2001:db8::1, email:ops@example.com, URI:spiffe://example.com/fleet-server\n');
  });
});
