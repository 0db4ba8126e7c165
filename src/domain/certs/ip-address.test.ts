import { describe, expect, test } from 'vitest';
import { formatIp, parseIp, sameIp } from './ip-address';

describe('parseIp then formatIp gives the RFC 5952 form', () => {
  test.each([
    ['IPv4', '10.0.0.5', '10.0.0.5'],
    ['IPv6 loopback, uncompressed as OpenSSL prints it', '0:0:0:0:0:0:0:1', '::1'],
    ['IPv6 upper case and leading zeros', '2001:0DB8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['the longest zero run is compressed, the first of equal ones', '2001:0:0:1:0:0:0:1', '2001:0:0:1::1'],
    ['a single zero group is not compressed', '2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['all zeros', '::', '::'],
    ['IPv4-mapped keeps the dotted tail', '::ffff:10.0.0.5', '::ffff:10.0.0.5'],
    ['embedded IPv4 elsewhere becomes hex', '64:ff9b::10.0.0.5', '64:ff9b::a00:5'],
  ])('%s', (_, text, canonical) => {
    const bytes = parseIp(text);
    expect(bytes && formatIp(bytes)).toBe(canonical);
  });

  test.each([
    ['a host name', 'fleet.example.com'],
    ['an IPv4 octet over 255', '10.0.0.256'],
    ['an IPv4 octet with a leading zero (ambiguous: octal?)', '010.0.0.5'],
    ['three IPv4 parts', '10.0.5'],
    ['two :: in one address', '1::2::3'],
    ['nine IPv6 groups', '1:2:3:4:5:6:7:8:9'],
    ['brackets (the caller strips them)', '[::1]'],
    ['a zone id', 'fe80::1%eth0'],
  ])('refuses %s', (_, text) => {
    expect(parseIp(text)).toBeNull();
  });
});

describe('sameIp', () => {
  const ip = (t: string) => parseIp(t) ?? new Uint8Array(0);
  test.each([
    ['equal IPv6 written differently', '::1', '0:0:0:0:0:0:0:1', true],
    ['IPv4 and its IPv4-mapped IPv6 form (Go net.IP.Equal)', '10.0.0.5', '::ffff:10.0.0.5', true],
    ['different addresses', '10.0.0.5', '10.0.0.6', false],
    ['IPv4 and an IPv6 address that merely ends the same', '10.0.0.5', '::10.0.0.5', false],
  ])('%s', (_, a, b, same) => {
    expect(sameIp(ip(a), ip(b))).toBe(same);
  });
});
