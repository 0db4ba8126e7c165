import { describe, expect, it } from 'vitest';
import { decodeFixture } from '../fixtures.test-helper';
import { conversionsFor } from './conversions-for';

describe('conversionsFor: what applies to a file as the inspection read it (no password given)', () => {
  it.each([
    ['fleet-server.p12', ['pkcs12-to-pem']],
    ['fleet-server-legacy.p12', ['pkcs12-to-pem']],
    ['fleet-server.der', ['der-to-pem']],
    ['fleet-server.key.der', ['der-to-pem', 'encrypt-key']],
    ['rsa-server.pkcs1.key', ['to-pkcs8', 'encrypt-key']],
    ['fleet-server.sec1.key', ['to-pkcs8', 'encrypt-key']],
    ['fleet-server.sec1-with-params.key', ['to-pkcs8', 'encrypt-key']],
    ['fleet-server.key', ['encrypt-key']],
    ['fleet-server.encrypted-pkcs8.key', ['decrypt-key', 'encrypt-key']],
    ['rsa-server.legacy-aes256.key', ['decrypt-key', 'encrypt-key']],
    ['fleet-server-bundle.pem', ['split-bundle']],
    ['agent-client-cert-and-key.pem', ['encrypt-key', 'split-bundle']],
    ['engine-pbkdf2-20-keys.pem', ['split-bundle']],
    ['fleet-server.crt', []],
    ['dsa.key', []],
    ['random.bin', []],
    ['empty.pem', []],
  ])('%s → %j', async (file, expected) => {
    expect(conversionsFor(await decodeFixture(file))).toEqual(expected);
  });
});
