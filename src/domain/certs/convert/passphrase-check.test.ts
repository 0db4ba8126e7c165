import { describe, expect, it } from 'vitest';
import { MAX_PASSPHRASE_BYTES, passphraseRefusal } from './passphrase-check';

describe('passphraseRefusal: a passphrase OpenSSL and Elastic Agent read alike', () => {
  it.each([
    ['missing', undefined, { code: 'passphrase-needed' }],
    ['empty', '', { code: 'passphrase-needed' }],
    ['a line break (OpenSSL reads the first line only)', 'one\ntwo', { code: 'passphrase-unusable', params: { reason: 'line-break', maxBytes: 1023 } }],
    ['a trailing CR', 'secret\r', { code: 'passphrase-unusable', params: { reason: 'line-break', maxBytes: 1023 } }],
    ['a tab', 'a\tb', { code: 'passphrase-unusable', params: { reason: 'control-character', maxBytes: 1023 } }],
    ['1024 bytes', 'a'.repeat(1024), { code: 'passphrase-unusable', params: { reason: 'too-long', maxBytes: 1023 } }],
    ['1023 bytes counted in UTF-8 (3 bytes a character)', '€'.repeat(342), { code: 'passphrase-unusable', params: { reason: 'too-long', maxBytes: 1023 } }],
  ])('refuses %s', (_, passphrase, refusal) => expect(passphraseRefusal(passphrase)).toEqual(refusal));

  it.each([
    ['spaces, quotes and shell characters', `it's "a" $(test) & more`],
    ['exactly the bytes OpenSSL reads', 'a'.repeat(MAX_PASSPHRASE_BYTES)],
    ['non-ASCII', 'pässwörd-密码'],
  ])('takes %s', (_, passphrase) => expect(passphraseRefusal(passphrase)).toBeNull());
});
