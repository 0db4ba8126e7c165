import { describe, expect, it } from 'vitest';
import { safeStem, stemOf, uniqueNames } from './file-names';

describe('stemOf: the input name without folders and certificate extensions', () => {
  it.each([
    ['fleet-server.p12', 'fleet-server'],
    ['fleet-server.key.der', 'fleet-server'],
    ['rsa-server.pkcs1.key', 'rsa-server'],
    ['C:\\certs\\agent.pfx', 'agent'],
    ['/etc/ssl/es.crt', 'es'],
    ['.p12', 'converted'],
    ['-rf .pem', 'rf'],
    ['$(reboot);.key', 'reboot'],
    ['CON.pem', 'converted-CON'],
    ['übung münchen.crt', 'ubung-munchen'],
  ])('%s → %s', (name, stem) => expect(stemOf(name)).toBe(stem));
});

describe('safeStem: letters, digits, dot, underscore, dash; never hidden, never an option', () => {
  it.each([
    ['fleet.example.com', 'fleet.example.com'],
    ['Fleet Server Test Root CA', 'Fleet-Server-Test-Root-CA'],
    ['*.example.com', 'example.com'],
    ['../../etc/passwd', 'etc-passwd'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    ['', 'certificate'],
    ['...', 'certificate'],
    ['nul', 'certificate-nul'],
    ['a'.repeat(100), 'a'.repeat(64)],
  ])('%j → %s', (text, stem) => expect(safeStem(text, 'certificate')).toBe(stem));
});

describe('uniqueNames', () => {
  it('never the input, a reserved name or an earlier output; case does not tell names apart', () => {
    const wanted = [
      { stem: 'ca', extension: '.crt' },
      { stem: 'CA', extension: '.crt' },
      { stem: 'ca', extension: '.crt' },
      { stem: 'leaf', extension: '.key' },
    ];
    expect(uniqueNames(wanted, ['dir/ca.crt', 'leaf.key'])).toEqual(['ca-2.crt', 'CA-3.crt', 'ca-4.crt', 'leaf-2.key']);
  });
});
