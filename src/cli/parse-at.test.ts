import { describe, expect, test } from 'vitest';
import { parseAt } from './parse-at';

describe('parseAt (--at)', () => {
  test.each([
    ['a date is midnight UTC', '2026-03-01', '2026-03-01T00:00:00.000Z'],
    ['Z', '2026-03-01T12:34:56Z', '2026-03-01T12:34:56.000Z'],
    ['minutes only', '2026-03-01T12:34Z', '2026-03-01T12:34:00.000Z'],
    ['a positive offset', '2026-03-01T14:00+02:00', '2026-03-01T12:00:00.000Z'],
    ['a negative offset across midnight', '2026-02-28T23:30:00-05:00', '2026-03-01T04:30:00.000Z'],
    ['one fraction digit', '2026-03-01T12:00:00.5Z', '2026-03-01T12:00:00.500Z'],
    ['nine fraction digits, cut to milliseconds', '2026-03-01T12:00:00.123456789Z', '2026-03-01T12:00:00.123Z'],
    ['lower-case t and z (RFC 3339)', '2026-03-01t12:00:00z', '2026-03-01T12:00:00.000Z'],
    ['29 February of a leap year', '2028-02-29', '2028-02-29T00:00:00.000Z'],
  ])('%s: %s', (_t, text, iso) => {
    expect(parseAt(text)?.toISOString()).toBe(iso);
  });

  test.each([
    ['no offset: it would depend on the machine’s time zone', '2026-03-01T12:00:00'],
    ['30 February (Date.parse would say 2 March)', '2026-02-30'],
    ['29 February of a common year', '2026-02-29'],
    ['month 13', '2026-13-01'],
    ['hour 24', '2026-03-01T24:00:00Z'],
    ['a leap second', '2026-03-01T23:59:60Z'],
    ['offset hour 24', '2026-03-01T12:00:00+24:00'],
    ['a US date', '03/01/2026'],
    ['words', 'next month'],
    ['a Unix time', '1772323200'],
    ['a space instead of T', '2026-03-01 12:00:00Z'],
    ['empty', ''],
  ])('refused: %s (%s)', (_t, text) => {
    expect(parseAt(text)).toBeNull();
  });
});
