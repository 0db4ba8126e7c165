import { describe, expect, test } from 'vitest';
import { fromBase64, fromHex, toBase64, toHex } from './bytes';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('base64', () => {
  test.each([
    ['empty', bytes(), ''],
    ['one byte pads twice', bytes(0x4d), 'TQ=='],
    ['two bytes pad once', bytes(0x4d, 0x61), 'TWE='],
    ['three bytes need no padding', bytes(0x4d, 0x61, 0x6e), 'TWFu'],
    ['high bytes use + and /', bytes(0xfb, 0xff, 0xbf), '+/+/'],
  ])('%s', (_, raw, text) => {
    expect(toBase64(raw)).toBe(text);
    expect(fromBase64(text)).toEqual(raw);
  });

  test.each([
    ['whitespace and line breaks are ignored', 'TW\r\nFu\n', bytes(0x4d, 0x61, 0x6e)],
    ['a character outside the alphabet is refused', 'TW!u', null],
    ['a length that is not a multiple of four is refused', 'TWF', null],
    ['padding in the middle is refused', 'TQ==TWFu', null],
    ['three padding characters are refused', 'T===', null],
  ])('%s', (_, text, expected) => {
    expect(fromBase64(text)).toEqual(expected);
  });
});

describe('hex', () => {
  test.each([
    ['lowercase out, any case in', '00ff7A', bytes(0, 255, 0x7a), '00ff7a'],
    ['empty', '', bytes(), ''],
  ])('%s', (_, text, raw, canonical) => {
    expect(fromHex(text)).toEqual(raw);
    expect(toHex(raw)).toBe(canonical);
  });

  test.each([
    ['odd length', 'abc'],
    ['not hex', 'zz'],
  ])('refuses %s', (_, text) => {
    expect(fromHex(text)).toBeNull();
  });
});
