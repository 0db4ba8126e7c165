import { describe, expect, it } from 'vitest';
import { normalizeFingerprint } from './fingerprint';

const HEX = '9a3b5c7d1e2f405162738495a6b7c8d9eafb0c1d2e3f405162738495a6b7c8d9';

describe('normalizeFingerprint', () => {
  it.each([
    ['lower-case hex is kept', HEX, { ok: true, hex: HEX }],
    ['OpenSSL colon form in upper case is normalised', HEX.toUpperCase().match(/../g)!.join(':'), { ok: true, hex: HEX }],
    ['the whole openssl output line is accepted', `sha256 Fingerprint=${HEX.toUpperCase().match(/../g)!.join(':')}`, { ok: true, hex: HEX }],
    ['spaces and a trailing newline are removed', ` ${HEX.match(/.{8}/g)!.join(' ')}\n`, { ok: true, hex: HEX }],
    ['empty is refused', '  ', { ok: false, code: 'fingerprint-empty' }],
    ['a SHA-1 fingerprint has the wrong length', 'a'.repeat(40), { ok: false, code: 'fingerprint-length', length: 40 }],
    ['a truncated paste has the wrong length', HEX.slice(0, 63), { ok: false, code: 'fingerprint-length', length: 63 }],
    ['base64 (the --ca-sha256 pin form) is refused', 'mD1dQ8wkcs9Z4RTJ5xIW1cHl0wFh1lCA0b1TUMxLHuQ=', { ok: false, code: 'fingerprint-base64' }],
    ['non-hex letters are refused', 'zz' + HEX.slice(2) + '!', { ok: false, code: 'fingerprint-not-hex' }],
  ])('%s', (_title, input, expected) => {
    expect(normalizeFingerprint(input)).toEqual(expected);
  });
});
