import type { ConvertRefusal } from './types';

/**
 * What OpenSSL reads of a passphrase file: its first line, at most 1023 bytes (measured
 * with openssl 3.0.19: a 1024-byte passphrase written with `-passout file:` does not open
 * the key with all 1024 bytes; `file:pathname` in openssl-passphrase-options(1),
 * https://docs.openssl.org/3.0/man1/openssl-passphrase-options/). Elastic Agent reads the
 * whole file, without trimming (reference/elastic-agent-cli.md §5, `ssl.key_passphrase_path`).
 */
export const MAX_PASSPHRASE_BYTES = 1023;

/** Why a passphrase would not open the key alike for OpenSSL and Elastic Agent; null if it would. */
export function passphraseRefusal(passphrase: string | undefined): ConvertRefusal | null {
  if (passphrase === undefined || passphrase === '') return { code: 'passphrase-needed' };
  const refuse = (reason: 'line-break' | 'control-character' | 'too-long'): ConvertRefusal => ({
    code: 'passphrase-unusable',
    params: { reason, maxBytes: MAX_PASSPHRASE_BYTES },
  });
  if (/[\r\n]/.test(passphrase)) return refuse('line-break');
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  if (/[\u0000-\u001f\u007f]/.test(passphrase)) return refuse('control-character');
  if (new TextEncoder().encode(passphrase).length > MAX_PASSPHRASE_BYTES) return refuse('too-long');
  return null;
}
