import { describe, expect, test } from 'vitest';
import { publicKeyText, sanEntries, utcDateTime, validityAt, validityText, withColons } from './certificate-view';

describe('validityAt', () => {
  const from = '2026-01-01T00:00:00.000Z';
  const until = '2026-03-01T00:00:00.000Z';
  test.each([
    { title: 'valid: whole days left, rounded down', now: '2026-02-27T12:00:00Z', v: { state: 'valid', days: 1 } },
    { title: 'the last moment is still valid', now: until, v: { state: 'valid', days: 0 } },
    { title: 'expired: whole days since', now: '2026-03-31T00:00:01Z', v: { state: 'expired', days: 30 } },
    { title: 'not yet valid: days until it starts, rounded up', now: '2025-12-30T12:00:00Z', v: { state: 'not-yet-valid', days: 2 } },
  ])('$title', ({ now, v }) => {
    expect(validityAt(from, until, new Date(now))).toEqual(v);
  });
});

test.each([
  { v: { state: 'valid', days: 824 } as const, text: '824 days left' },
  { v: { state: 'valid', days: 1 } as const, text: '1 day left' },
  { v: { state: 'expired', days: 0 } as const, text: 'expired today' },
  { v: { state: 'expired', days: 30 } as const, text: 'expired 30 days ago' },
  { v: { state: 'not-yet-valid', days: 30 } as const, text: 'starts in 30 days' },
])('validityText: $text', ({ v, text }) => {
  expect(validityText(v)).toBe(text);
});

test('utcDateTime', () => {
  expect(utcDateTime('2029-02-25T14:03:59.000Z')).toBe('2029-02-25 14:03 UTC');
});

test('withColons gives the OpenSSL form', () => {
  expect(withColons('0a1bff')).toBe('0A:1B:FF');
});

describe('publicKeyText', () => {
  test.each([
    { key: { algorithm: 'RSA', bits: 2048, curve: null }, text: 'RSA 2048' },
    { key: { algorithm: 'EC', bits: 256, curve: 'P-256' }, text: 'EC P-256' },
    { key: { algorithm: 'Ed25519', bits: null, curve: null }, text: 'Ed25519' },
    { key: { algorithm: 'unknown', bits: null, curve: null }, text: 'unknown' },
  ] as const)('$text', ({ key, text }) => {
    expect(publicKeyText(key)).toBe(text);
  });
});

test('sanEntries types every name and marks wildcards', () => {
  expect(sanEntries({ dns: ['*.es.example.com', 'es.example.com'], ip: ['10.0.0.5', '::1'], email: ['a@example.com'], uri: ['spiffe://x'] })).toEqual([
    { kind: 'DNS', value: '*.es.example.com', wildcard: true },
    { kind: 'DNS', value: 'es.example.com', wildcard: false },
    { kind: 'IPv4', value: '10.0.0.5', wildcard: false },
    { kind: 'IPv6', value: '::1', wildcard: false },
    { kind: 'email', value: 'a@example.com', wildcard: false },
    { kind: 'URI', value: 'spiffe://x', wildcard: false },
  ]);
});
