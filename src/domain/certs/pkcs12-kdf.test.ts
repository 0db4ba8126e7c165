import { describe, expect, test } from 'vitest';
import { fromHex, toHex } from './bytes';
import { bash, sections } from './fixtures.test-helper';
import { bmpPassword, pkcs12Kdf, type Pkcs12Hash } from './pkcs12-kdf';

describe('bmpPassword', () => {
  test.each([
    ['ASCII, two-byte terminator', 'smeg', '0073006d006500670000'],
    ['empty: the terminator only', '', '0000'],
    ['non-ASCII as UTF-16BE', 'ü€', '00fc20ac0000'],
  ])('%s', (_, password, hex) => {
    expect(toHex(bmpPassword(password))).toBe(hex);
  });
});

describe('pkcs12Kdf (RFC 7292 B.2)', () => {
  test('the classic vector: "smeg", SHA-1, key and IV', () => {
    const salt = fromHex('0a58cf64530d823f') ?? new Uint8Array(0);
    expect(toHex(pkcs12Kdf('SHA-1', bmpPassword('smeg'), salt, 1, 1, 24))).toBe('8aaae6297b6cb04642ab5b077851284eb7128f1a2a7fbca3');
    expect(toHex(pkcs12Kdf('SHA-1', bmpPassword('smeg'), salt, 2, 1, 8))).toBe('79993dfe048d3b76');
  });

  const cases: [string, Pkcs12Hash, string, string, 1 | 2 | 3, number, number][] = [
    ['SHA-256 MAC key, 2048 iterations (OpenSSL 3 default)', 'SHA-256', 'fleet-p12-password', '0102030405060708', 3, 2048, 32],
    ['SHA-1 MAC key (legacy files)', 'SHA-1', 'fleet-p12-password', '0102030405060708', 3, 2048, 20],
    ['output longer than one hash: the I_j update runs', 'SHA-1', 'pw', 'a1a2a3a4a5a6a7a8', 1, 3, 50],
    ['SHA-256, three blocks', 'SHA-256', 'pw', 'a1a2a3a4a5a6a7a8', 2, 5, 70],
    ['SHA-384 (128-byte blocks)', 'SHA-384', 'pw', 'a1a2a3a4a5a6a7a8a9', 3, 7, 48],
    ['SHA-512, two blocks', 'SHA-512', 'pw', 'a1a2a3a4a5a6a7a8a9', 1, 2, 100],
    ['empty password', 'SHA-256', '', '0102030405060708', 3, 1, 32],
    ['a password longer than one block', 'SHA-256', 'x'.repeat(70), '01020304050607080910', 3, 1, 32],
  ];
  test('agrees with openssl kdf PKCS12KDF', () => {
    const script = cases
      .map(
        ([title, hash, pw, salt, id, iter, len]) =>
          `echo "@@ ${title}"; openssl kdf -keylen ${len} -kdfopt digest:${hash.replace('-', '')} -kdfopt hexpass:${toHex(bmpPassword(pw))} -kdfopt hexsalt:${salt} -kdfopt iter:${iter} -kdfopt id:${id} PKCS12KDF`,
      )
      .join('\n');
    const theirs = sections(bash(script));
    const ours = new Map(
      cases.map(([title, hash, pw, salt, id, iter, len]) => [
        title,
        toHex(pkcs12Kdf(hash, bmpPassword(pw), fromHex(salt) ?? new Uint8Array(0), id, iter, len)),
      ]),
    );
    expect(Object.fromEntries(ours)).toEqual(Object.fromEntries([...theirs].map(([t, out]) => [t, out.replace(/[:\s]/g, '').toLowerCase()])));
  });
});
